import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // Workspace packages are read from source (no build needed): the "source"
  // export condition points at src/index.ts.
  async viteFinal(config) {
    config.resolve ??= {};
    config.resolve.conditions = ['source', 'browser', 'module', 'import', 'default'];
    return config;
  },
};

export default config;
