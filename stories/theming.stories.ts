import '@spbe/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { sampleClient } from './sample-api.js';

/** The shared tokens (packages/elements/src/internal/styles.ts), each a control; empty: the default. */
const TOKENS = {
  fontFamily: '--spbe-font-family',
  colorText: '--spbe-color-text',
  colorTextMuted: '--spbe-color-text-muted',
  colorSurface: '--spbe-color-surface',
  colorBorder: '--spbe-color-border',
  colorAccent: '--spbe-color-accent',
  colorSuccess: '--spbe-color-success',
  colorWarning: '--spbe-color-warning',
  colorDanger: '--spbe-color-danger',
  colorInfo: '--spbe-color-info',
  colorNeutral: '--spbe-color-neutral',
  radius: '--spbe-radius',
  space: '--spbe-space',
  focusRing: '--spbe-focus-ring',
  badgeGap: '--spbe-agreement-badge-gap',
  listHeight: '--spbe-region-select-list-height',
} as const;

type Args = Record<keyof typeof TOKENS, string> & {
  theme: '' | 'light' | 'dark';
  /** A rule for `spbe-agreement-badge::part(badge)`. */
  badgePart: string;
  /** A rule for `spbe-region-select::part(input)`. */
  inputPart: string;
};

const color = { control: 'color' } as const;

/**
 * Every `--spbe-*` custom property and two `::part()` rules as controls, on
 * live elements: change one and the badge and the select follow.
 */
const meta: Meta<Args> = {
  title: 'Theming',
  args: {
    fontFamily: '',
    colorText: '',
    colorTextMuted: '',
    colorSurface: '',
    colorBorder: '',
    colorAccent: '',
    colorSuccess: '',
    colorWarning: '',
    colorDanger: '',
    colorInfo: '',
    colorNeutral: '',
    radius: '',
    space: '',
    focusRing: '',
    badgeGap: '',
    listHeight: '',
    theme: '',
    badgePart: '',
    inputPart: '',
  },
  argTypes: {
    colorText: color,
    colorTextMuted: color,
    colorSurface: color,
    colorBorder: color,
    colorAccent: color,
    colorSuccess: color,
    colorWarning: color,
    colorDanger: color,
    colorInfo: color,
    colorNeutral: color,
    // '' (the system's setting) needs a label, or its radio button has no name.
    theme: {
      control: { type: 'inline-radio', labels: { '': 'system' } },
      options: ['', 'light', 'dark'],
    },
    ...Object.fromEntries(
      Object.entries(TOKENS).map(([arg, token]) => [
        arg,
        { ...(arg.startsWith('color') ? color : {}), description: `\`${token}\`` },
      ]),
    ),
  },
  render: (args) => {
    const style = Object.entries(TOKENS)
      .filter(([arg]) => args[arg as keyof typeof TOKENS])
      .map(([arg, token]) => `${token}: ${args[arg as keyof typeof TOKENS]};`)
      .join(' ');
    const client = sampleClient();
    return html`<style>
        ${args.badgePart ? `.themed spbe-agreement-badge::part(badge) { ${args.badgePart} }` : ''}
        ${args.inputPart ? `.themed spbe-region-select::part(input) { ${args.inputPart} }` : ''}
      </style>
      <div class="themed" style=${style || nothing} lang="id">
        <spbe-provider theme=${args.theme || nothing}>
          <div style="display: grid; gap: 1rem; max-width: 40rem">
            <spbe-region-select
              label="Kabupaten/kota"
              level="regency"
              parent="32"
              value="32.73"
              .client=${client}
            ></spbe-region-select>
            <spbe-agreement-badge region="32.73" variant="compact" .client=${client}></spbe-agreement-badge>
            <spbe-agreement-badge
              region="32.05"
              program="spbe-infrastructure"
              variant="full"
              .client=${client}
            ></spbe-agreement-badge>
          </div>
        </spbe-provider>
      </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The defaults. */
export const Tokens: Story = {};
/** A regency's own colours and type: green accent, rounder corners, more room. */
export const RegencyBrand: Story = {
  args: {
    fontFamily: 'Georgia, serif',
    colorAccent: '#0a6b3d',
    colorBorder: '#5c6f64',
    radius: '1rem',
    space: '0.75em',
    focusRing: '3px solid #0a6b3d',
    badgePart: 'text-transform: uppercase; letter-spacing: 0.03em;',
    inputPart: 'border-width: 2px;',
  },
};
/** Dark, set once on a provider (unset: the visitor's system setting). */
export const Dark: Story = { args: { theme: 'dark' } };
