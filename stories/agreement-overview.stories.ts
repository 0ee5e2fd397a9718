import '@spbe/elements';
import type { RegencyOpenDetail } from '@spbe/elements';
import type { AgreementOverview } from '@spbe/sdk';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { type Behaviour, sampleClient } from './sample-api.js';
import { forcedColorsParameters, offlineParameters, type StoryCheck } from './story-check.js';

type Shape = 'sample' | 'hostile' | 'empty' | 'no-programs' | 'all-active';

interface Args {
  parent: string;
  program: string;
  lang: 'id' | 'en';
  theme: '' | 'light' | 'dark';
  /** How wide the story's frame is (not an attribute): a phone is 320 px. */
  width: string;
  /** How the sample API behaves (the stories' client, not an attribute). */
  api: Behaviour;
  /** What the sample API's overview holds (not an attribute). */
  data: Shape;
}

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  'Kabupaten \u202eSumedang\u202c dengan nama yang sangat panjang sekali',
  'Kotaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  '"><script>alert(1)</script>',
];

/** The sample overview reshaped for a story. */
const SHAPES: Record<Shape, ((o: AgreementOverview) => AgreementOverview) | undefined> = {
  sample: undefined,
  hostile: (o) => ({
    ...o,
    programs: o.programs.map((p, i) =>
      i === 0 ? { ...p, name: `<b>${p.name}</b> ${'panjang '.repeat(6)}`.trim() } : p,
    ),
    regencies: o.regencies.map((r, i) =>
      i < HOSTILE.length ? { ...r, region: { ...r.region, name: HOSTILE[i]! } } : r,
    ),
  }),
  empty: (o) => ({ ...o, regencies: [] }),
  'all-active': (o) => ({
    ...o,
    regencies: o.regencies.map((r) => ({
      ...r,
      agreements: r.agreements.map((a) => ({ ...a, status: 'active' as const })),
    })),
  }),
  'no-programs': (o) => ({ ...o, programs: [] }),
};

/**
 * `<spbe-agreement-overview>` over the sample agreements of @spbe/data on
 * the dataset's date (29 November 2026), through the stories' sample API: no
 * server needed. Sort by a column, tick "only those needing action", open a
 * regency's details.
 */
const meta: Meta<Args> = {
  title: 'Elements/Agreement overview',
  component: 'spbe-agreement-overview',
  args: {
    parent: '32',
    program: '',
    lang: 'id',
    theme: '',
    width: '64rem',
    api: 'ok',
    data: 'sample',
  },
  argTypes: {
    api: { control: 'select', options: ['ok', 'slow', 'never', 'down', 'broken', 'stale'] },
    data: {
      control: 'inline-radio',
      options: ['sample', 'hostile', 'empty', 'no-programs', 'all-active'],
    },
    program: {
      control: 'select',
      options: ['', 'spbe-infrastructure', 'saber-hoaks', 'command-center'],
    },
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args) =>
    html`<div style="max-width: ${args.width}">
      <spbe-agreement-overview
        parent=${args.parent}
        program=${args.program || nothing}
        lang=${args.lang}
        theme=${args.theme || nothing}
        .client=${sampleClient(args.api, undefined, SHAPES[args.data])}
      ></spbe-agreement-overview>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** West Java's 27 regencies and cities, every program. */
export const Default: Story = {};
export const OneProgram: Story = { args: { program: 'saber-hoaks' } };
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
/** A phone: the table scrolls inside its own region, the names stay in view. */
export const Narrow: Story = { args: { width: '320px' } };
export const NarrowEnglish: Story = {
  args: { width: '320px', lang: 'en', program: 'command-center' },
};
export const ForcedColors: Story = { parameters: forcedColorsParameters };
/** Still waiting after 300 ms: a skeleton, and "loading" for screen readers. */
export const Loading: Story = {
  args: { api: 'never' },
  parameters: { storyCheck: { busy: true, waitFor: ['.skeleton'] } satisfies StoryCheck },
};
/** The API answers after 2.5 s: the skeleton first, then the table. */
export const Slow: Story = {
  args: { api: 'slow' },
  parameters: { storyCheck: { waitFor: ['.skeleton', 'table'] } satisfies StoryCheck },
};
export const ServerDown: Story = { args: { api: 'down' } };
export const BrokenAnswer: Story = { args: { api: 'broken' } };
/** The API went down after the overview was cached: the stale copy, said so. */
export const OfflineStale: Story = {
  parameters: offlineParameters,
  render: (args, context) => {
    const client = sampleClient('stale');
    const el = Object.assign(document.createElement('spbe-agreement-overview'), { client });
    el.setAttribute('parent', args.parent);
    el.lang = args.lang;
    // The sample API answers two requests, then is down ('stale'): two loads fill the
    // cache (the copy expires in 1 ms), and the element's own request finds the API down.
    const load = () =>
      client.regions
        .agreementOverview(args.parent)
        .then(() => new Promise((r) => setTimeout(r, 20)));
    load()
      .then(load)
      .then(() => context.canvasElement.querySelector('div')?.append(el));
    return html`<div style="max-width: ${args.width}"></div>`;
  },
};
export const NotAProvince: Story = { args: { parent: '32.73' } };
export const UnknownProvince: Story = { args: { parent: '99' } };
export const UnknownProgram: Story = { args: { program: 'smart-city' } };
export const NoRegencies: Story = { args: { data: 'empty' } };
export const NoPrograms: Story = { args: { data: 'no-programs' } };
/** Names with markup, script, direction marks and very long words: all shown as text. */
export const HostileContent: Story = { args: { data: 'hostile', width: '320px' } };

/** A host routing in the app: `spbe-regency-open` canceled and logged. */
export const Events: Story = {
  render: (args) => {
    const log = document.createElement('output');
    log.style.cssText = 'display: block; margin-top: 1rem; font: 0.875rem monospace';
    const el = Object.assign(document.createElement('spbe-agreement-overview'), {
      client: sampleClient(args.api),
    });
    el.setAttribute('parent', args.parent);
    el.addEventListener('spbe-regency-open', (e: CustomEvent<RegencyOpenDetail>) => {
      e.preventDefault();
      log.textContent = `spbe-regency-open ${e.detail.region.code} ${e.detail.region.name}: ${e.detail.agreements
        .map((a) => `${a.program} ${a.status}`)
        .join(', ')} (routed in the app)`;
    });
    const box = document.createElement('div');
    box.style.maxWidth = args.width;
    box.append(el, log);
    return box;
  },
};

/**
 * The story's overview once its table is drawn, then `act` on its shadow
 * root, as a person would (a click).
 */
function after(act: (root: ShadowRoot) => void): NonNullable<Story['render']> {
  return (args, context) => {
    const view = meta.render!(args, context);
    const waitAndAct = () => {
      const root = context.canvasElement.querySelector('spbe-agreement-overview')?.shadowRoot;
      if (root?.querySelector('table, [part="message"]')) act(root);
      else setTimeout(waitAndAct, 50);
    };
    setTimeout(waitAndAct, 50);
    return view;
  };
}
const press = (root: ShadowRoot, selector: string) =>
  root.querySelector<HTMLElement>(selector)?.click();

/** "Only those needing action", for one program. */
export const NeedingAction: Story = {
  args: { program: 'spbe-infrastructure' },
  render: after((root) => press(root, 'input[type="checkbox"]')),
};
/** Sorted by a program's status, most pressing first. */
export const SortedByStatus: Story = {
  render: after((root) => press(root, 'thead th:nth-child(2) button')),
};
/** Kota Bandung's details opened in place: the badge's full cards. */
export const DetailsOpen: Story = {
  render: after((root) =>
    [...root.querySelectorAll<HTMLButtonElement>('tbody th button')]
      .find((b) => b.textContent?.trim() === 'Kota Bandung')
      ?.click(),
  ),
};
export const DetailsOpenNarrow: Story = { ...DetailsOpen, args: { width: '320px', lang: 'en' } };
/** Every agreement in force: the filter leaves nobody, and says so. */
export const NobodyNeedsAction: Story = {
  args: { data: 'all-active' },
  render: after((root) => press(root, 'input[type="checkbox"]')),
};
