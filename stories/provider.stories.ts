import '@spbe/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { sampleClient } from './sample-api.js';
import { forcedColorsParameters } from './story-check.js';

interface Args {
  locale: 'id' | 'en';
  theme: '' | 'light' | 'dark';
}

/**
 * `<spbe-provider>` gives every element inside it one API (`base-url`), a
 * language and a theme. Here the badges take the sample client as a property
 * (no server in Storybook); on a site, `base-url` on the provider is enough.
 */
const meta: Meta<Args> = {
  title: 'Elements/Provider',
  component: 'spbe-provider',
  args: { locale: 'id', theme: '' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args) => {
    const client = sampleClient();
    return html`<spbe-provider locale=${args.locale} theme=${args.theme}>
      <p>Kota Bandung: <spbe-agreement-badge region="32.73" program="spbe-infrastructure" .client=${client}></spbe-agreement-badge></p>
      <p>Kabupaten Garut: <spbe-agreement-badge region="32.05" program="spbe-infrastructure" .client=${client}></spbe-agreement-badge></p>
    </spbe-provider>`;
  },
};
export default meta;

export const Indonesian: StoryObj<Args> = {};
export const English: StoryObj<Args> = { args: { locale: 'en' } };
export const Dark: StoryObj<Args> = { args: { theme: 'dark' } };
export const ForcedColors: StoryObj<Args> = { parameters: forcedColorsParameters };
