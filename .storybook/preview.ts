import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Generated from the elements' JSDoc by `npm run build:manifest` (run before Storybook starts).
import manifest from '../packages/elements/custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Getting started',
          'Embedding (CSP and SRI)',
          'Theming',
          'SDK',
          'Accessibility',
          'Agreement status',
          'Elements',
        ],
      },
    },
  },
};

export default preview;
