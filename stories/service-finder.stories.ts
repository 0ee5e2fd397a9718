import '@spbe/elements';
import type { SearchDetail } from '@spbe/elements';
import type { Service } from '@spbe/sdk';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { type Behaviour, sampleClient } from './sample-api.js';
import { forcedColorsParameters, offlineParameters, type StoryCheck } from './story-check.js';

interface Args {
  region: string;
  query: string;
  sector: string;
  audience: '' | 'citizens' | 'civil-servants' | 'businesses' | 'governments';
  pageSize: string;
  headingLevel: string;
  lang: 'id' | 'en';
  theme: '' | 'light' | 'dark';
  /** How wide the story's frame is (not an attribute): a phone is 320 px. */
  width: string;
  /** How the sample API behaves (the stories' client, not an attribute). */
  api: Behaviour;
  /** The catalog the sample API serves (not an attribute). */
  catalog: 'sample' | 'hostile' | 'large';
}

/**
 * `<spbe-service-finder>` over the sample catalog of @spbe/data (the stories'
 * sample API, no server needed). Type as a citizen would: "bikin ktp", "izin
 * usaha", "lapor jalan rusak", "bpjs", a typo ("kependudukn") or a word the
 * catalog lacks ("bpsj", for the spelling suggestion).
 */
const meta: Meta<Args> = {
  title: 'Elements/Service finder',
  component: 'spbe-service-finder',
  args: {
    region: '32.73',
    query: '',
    sector: '',
    audience: '',
    pageSize: '',
    headingLevel: '',
    lang: 'id',
    theme: '',
    width: '60rem',
    api: 'ok',
    catalog: 'sample',
  },
  argTypes: {
    api: { control: 'select', options: ['ok', 'slow', 'never', 'down', 'broken', 'stale'] },
    catalog: { control: 'inline-radio', options: ['sample', 'hostile', 'large'] },
    audience: {
      control: 'select',
      options: ['', 'citizens', 'civil-servants', 'businesses', 'governments'],
    },
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args) =>
    html`<div style="max-width: ${args.width}">
      <spbe-service-finder
        region=${args.region || nothing}
        query=${args.query || nothing}
        sector=${args.sector || nothing}
        audience=${args.audience || nothing}
        page-size=${args.pageSize || nothing}
        heading-level=${args.headingLevel || nothing}
        lang=${args.lang}
        theme=${args.theme || nothing}
        .client=${sampleClient(args.api, catalogs[args.catalog]())}
      ></spbe-service-finder>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Kota Bandung's front page: its own services first, grouped by sector. */
export const Default: Story = {};
/** Every service in the province, without a regency. */
export const WholeProvince: Story = { args: { region: '' } };
export const Searching: Story = { args: { query: 'bikin ktp' } };
export const Filtered: Story = { args: { query: 'data', sector: 'open-data' } };
export const ForBusinesses: Story = { args: { audience: 'businesses' } };
export const OneSector: Story = { args: { sector: 'health' } };
/** Nothing found: a nearby spelling, and help. */
export const NoResults: Story = { args: { query: 'bpsj' } };
export const HiddenByFilters: Story = { args: { query: 'pajak', sector: 'archives' } };
/** A service of another regency only (WAKEPO, Sumedang): not offered in Kota Bandung. */
export const NotInThisRegency: Story = { args: { query: 'wakepo' } };
export const Paged: Story = { args: { query: 'data', pageSize: '3' } };
export const English: Story = { args: { lang: 'en', query: 'pajak kendaraan' } };
export const Dark: Story = { args: { theme: 'dark', query: 'izin usaha' } };
export const Narrow: Story = { args: { width: '320px', query: 'lapor jalan rusak' } };
export const NarrowStart: Story = { args: { width: '320px', lang: 'en' } };
export const ForcedColors: Story = {
  args: { query: 'izin usaha', sector: 'licensing' },
  parameters: forcedColorsParameters,
};
/** Still waiting after 300 ms: skeleton lines where the results will be. */
export const Loading: Story = {
  args: { api: 'never' },
  parameters: { storyCheck: { busy: true, waitFor: ['.skeleton'] } satisfies StoryCheck },
};
export const ServerDown: Story = { args: { api: 'down' } };
export const BrokenAnswer: Story = { args: { api: 'broken' } };
/** The API went down after the catalog was cached: stale results, said so. */
export const OfflineStale: Story = {
  args: { api: 'stale', query: 'ktp' },
  parameters: offlineParameters,
  render: (args, context) => {
    const client = sampleClient('stale');
    const el = Object.assign(document.createElement('spbe-service-finder'), { client });
    el.setAttribute('region', args.region);
    el.setAttribute('query', args.query);
    el.lang = args.lang;
    // A first load fills the cache; the API is down for the second.
    Promise.all([client.catalog(), client.regions.get(args.region)])
      .then(() => new Promise((r) => setTimeout(r, 20)))
      .then(() => context.canvasElement.querySelector('div')?.append(el));
    return html`<div style="max-width: ${args.width}"></div>`;
  },
};
export const BadRegion: Story = { args: { region: 'bandung' } };
export const UnknownRegion: Story = { args: { region: '32.99' } };
/** Catalog text with markup, script, direction marks and very long words: all shown as text. */
export const HostileContent: Story = {
  args: { catalog: 'hostile', query: 'layanan', width: '320px' },
};
/** 10,000 services: results come a page at a time, typing stays instant. */
export const LargeCatalog: Story = { args: { catalog: 'large', query: 'layanan' } };

/** A host routing in the app: `spbe-service-select` canceled, `spbe-search` logged. */
export const Events: Story = {
  args: { query: 'lapor' },
  render: (args) => {
    const log = document.createElement('output');
    log.style.cssText = 'display: block; margin-top: 1rem; font: 0.875rem monospace';
    const el = Object.assign(document.createElement('spbe-service-finder'), {
      client: sampleClient(args.api),
    });
    el.setAttribute('region', args.region);
    el.setAttribute('query', args.query);
    el.addEventListener('spbe-search', (e: CustomEvent<SearchDetail>) => {
      log.textContent = `spbe-search ${JSON.stringify(e.detail)}`;
    });
    el.addEventListener('spbe-service-select', (e: CustomEvent<{ service: Service }>) => {
      e.preventDefault();
      log.textContent = `spbe-service-select ${e.detail.service.id} (routed in the app)`;
    });
    const box = document.createElement('div');
    box.style.maxWidth = args.width;
    box.append(el, log);
    return box;
  },
};

/** The catalogs a story can serve (undefined: the sample catalog). */
const catalogs: Record<Args['catalog'], () => Promise<Service[]> | undefined> = {
  sample: () => undefined,
  hostile: () => sampleServices().then(hostile),
  large: () => sampleServices().then(large),
};

const sampleServices = () =>
  import('../packages/data/src/catalog/services.js').then((m) => [...m.services]);

/** Services whose text is markup, script and layout breakers (valid for the schema: the URLs are https). */
function hostile(services: Service[]): Service[] {
  const payloads = [
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(2)">',
    '"><svg onload=alert(3)>',
    '\u202Eevil\u202C gnp.exe',
    'Sangat'.repeat(20),
    'مرحبا \u200F RTL',
  ];
  return payloads.map((payload, i) => ({
    ...services[i]!,
    id: `hostile-${i}`,
    name: `Layanan ${payload}`.slice(0, 120),
    summary: `${payload} ${payload}`,
    provider: { name: payload, level: 'national' as const },
    keywords: ['layanan'],
  }));
}

/** 10,000 services: the sample re-issued per number, as a large catalog would be. */
function large(services: Service[]): Service[] {
  return Array.from({ length: 10_000 }, (_, i) => {
    const s = services[i % services.length]!;
    return { ...s, id: `${s.id}-${i}`, name: `${s.name} ${i}` };
  });
}
