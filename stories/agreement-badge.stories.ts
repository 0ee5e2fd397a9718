import type { AgreementStatus } from '@spbe/sdk';
import '@spbe/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { type Behaviour, LONG_CONTENT_REGION, REGENCY_OF, sampleClient } from './sample-api.js';
import { forcedColorsParameters, type StoryCheck } from './story-check.js';

const STATUSES = Object.keys(REGENCY_OF) as AgreementStatus[];

interface Args {
  region: string;
  program: string;
  variant: 'compact' | 'full';
  lang: 'id' | 'en';
  theme: '' | 'light' | 'dark';
  /** How wide the story's frame is (not an attribute): a phone is 320 px. */
  width: string;
  /** How the sample API behaves (the stories' client, not an attribute). */
  api: Behaviour;
}

const meta: Meta<Args> = {
  title: 'Elements/Agreement badge',
  component: 'spbe-agreement-badge',
  args: {
    region: '32.73',
    program: 'spbe-infrastructure',
    variant: 'compact',
    lang: 'id',
    theme: '',
    width: '40rem',
    api: 'ok',
  },
  argTypes: {
    api: { control: 'select', options: ['ok', 'slow', 'never', 'down', 'broken', 'stale'] },
    variant: { control: 'inline-radio', options: ['compact', 'full'] },
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args) =>
    html`<div style="max-width: ${args.width}">
      <spbe-agreement-badge
        region=${args.region}
        program=${args.program}
        variant=${args.variant}
        lang=${args.lang}
        theme=${args.theme || nothing}
        .client=${sampleClient(args.api)}
      ></spbe-agreement-badge>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const Full: Story = { args: { variant: 'full' } };
export const AllPrograms: Story = { args: { program: '', variant: 'compact' } };
export const AllProgramsFull: Story = { args: { program: '', variant: 'full' } };
export const English: Story = { args: { lang: 'en', variant: 'full' } };
/** Very long agreement numbers (no spaces) and titles, every program, in a narrow column: all wraps inside. */
export const LongContent: Story = {
  args: { region: LONG_CONTENT_REGION, program: '', variant: 'full', width: '18rem' },
};
export const Dark: Story = { args: { theme: 'dark', variant: 'full' } };

/** Every status, compact and full, in both languages. */
export const EveryStatus: Story = {
  render: (args) => html`<table>
    ${STATUSES.map(
      (status) => html`<tr>
        <th scope="row">${status}</th>
        ${(['id', 'en'] as const).map(
          (lang) => html`<td>
            <spbe-agreement-badge
              region=${REGENCY_OF[status]}
              program="spbe-infrastructure"
              variant=${args.variant}
              lang=${lang}
              .client=${sampleClient()}
            ></spbe-agreement-badge>
          </td>`,
        )}
      </tr>`,
    )}
  </table>`,
};
export const EveryStatusFull: Story = { ...EveryStatus, args: { variant: 'full' } };

/** Every program's card on a phone: long program names and dates wrap, nothing scrolls sideways. */
export const Narrow: Story = { args: { program: '', variant: 'full', width: '320px' } };
/** Every program at once in Windows High Contrast (and similar): text and icon carry the status. */
export const ForcedColors: Story = {
  args: { program: '', variant: 'full' },
  parameters: forcedColorsParameters,
};

/** Still waiting after 300 ms: a skeleton, and "loading" for screen readers. */
export const Loading: Story = {
  args: { api: 'never' },
  parameters: { storyCheck: { busy: true, waitFor: ['.skeleton'] } satisfies StoryCheck },
};
export const ServerDown: Story = { args: { api: 'down' } };
export const BrokenAnswer: Story = { args: { api: 'broken' } };
export const UnknownRegency: Story = { args: { region: '32.99' } };
export const MalformedRegion: Story = { args: { region: '32-73' } };
export const UnknownProgram: Story = { args: { program: 'teleportasi' } };
export const MissingRegion: Story = { args: { region: '' } };

/** A copy from the cache while the API is down: the second badge asks after the API went away. */
export const StaleData: Story = {
  parameters: {
    storyCheck: { elements: 2, waitFor: ['.stale'] } satisfies StoryCheck,
  },
  render: (args) => {
    const client = sampleClient('stale');
    const badge = () =>
      Object.assign(document.createElement('spbe-agreement-badge'), {
        region: args.region,
        program: args.program,
        variant: args.variant,
        client,
      });
    const host = document.createElement('div');
    host.lang = args.lang;
    host.append(badge());
    setTimeout(() => host.append(document.createElement('hr'), badge()), 500);
    return host;
  },
};
