import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // spbe-* tags are custom elements, not Vue components: Vue renders them
      // as they are, sets the props they have (client, value) as properties,
      // and v-model on them binds `value` and the `input` event, as on a <select>.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('spbe-') } },
    }),
  ],
});
