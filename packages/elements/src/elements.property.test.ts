// Property tests of every element in Chromium: arbitrary attribute values
// (markup, script URLs, huge, empty, Unicode) and catalogs whose every name
// is hostile, served through an SDK client with a fetch in memory. Whatever
// they hold, no error reaches the page, no script runs (each payload would
// set window.__spbeFuzzRan), the shadow trees hold only the elements' own
// markup, and names and labels show as the exact text they are.
//
// One instance of each element is reused across runs, as a page would reuse
// it: each run sets new attributes and a new client, then waits for the
// element to settle.
import '/__spbe/env.js';
import { expect } from '@open-wc/testing';
import {
  type CallOptions,
  type Catalog,
  isRegionCode,
  type Program,
  type Region,
  type Service,
  type SpbeClient,
  SpbeHttpError,
  SpbeInputError,
} from '@spbe/sdk';
import fc from 'fast-check';
import { API_URL } from '/__spbe/env.js';
import { checkProperty, fuzzRuns } from '../../sdk/src/testing/fuzz.js';
import type { SpbeAgreementBadge } from './agreement-badge/agreement-badge.js';
import './agreement-badge/define.js';
import type { SpbeAgreementOverview } from './agreement-overview/agreement-overview.js';
import './agreement-overview/define.js';
import './provider/define.js';
import type { SpbeProvider } from './provider/provider.js';
import './region-select/define.js';
import type { SpbeRegionSelect } from './region-select/region-select.js';
import './service-finder/define.js';
import { setDefaultClient } from './client.js';
import type { SpbeServiceFinder } from './service-finder/service-finder.js';
import { describeNoPageErrors, recordPageErrors } from './testing/page-errors.js';

const pageErrors = recordPageErrors();
const ran = () => (window as { __spbeFuzzRan?: unknown }).__spbeFuzzRan;

// ------------------------------------------------------------ hostile text

/** Each would set window.__spbeFuzzRan if it were ever treated as markup or a URL. */
const PAYLOADS = [
  '<img src=x onerror="window.__spbeFuzzRan=1">',
  '<script>window.__spbeFuzzRan=2</script>',
  '<svg onload=window.__spbeFuzzRan=3>',
  '"><img src=x onerror=window.__spbeFuzzRan=4>',
  '\'><iframe srcdoc="<script>parent.__spbeFuzzRan=5</script>">',
  '<a href="javascript:window.__spbeFuzzRan=6">x</a>',
  'javascript:window.__spbeFuzzRan=7',
  '{{constructor.constructor("window.__spbeFuzzRan=8")()}}',
  '$\u007Bwindow.__spbeFuzzRan=9}',
  '<details open ontoggle=window.__spbeFuzzRan=10>',
  '<math><mtext><img src=x onerror=window.__spbeFuzzRan=11></mtext></math>',
  '<input autofocus onfocus=window.__spbeFuzzRan=12>',
  '<style>*{display:none!important}</style>',
  '<!--',
  '</template><slot>',
  '&lt;b&gt;&amp;',
  '\u202Eevil\u202C',
  '__proto__',
  'constructor',
];

const payload = fc.constantFrom(...PAYLOADS);
const anyText = fc.oneof(
  { weight: 3, arbitrary: payload },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.string({ unit: 'grapheme', maxLength: 10 }), payload)
      .map(([a, b]) => `${a} ${b}`),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
);
/** Text the contract allows in a name: non-empty, trimmed, at most `max` characters. */
const nameText = (max: number) =>
  anyText.map((s) => s.trim().slice(0, max).trim()).map((s) => s || 'Layanan <b>x</b>');

/** An attribute value: one that means something, or anything; undefined removes it. */
const attribute = (meaningful: readonly string[]) =>
  fc.option(
    fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...meaningful) },
      { weight: 2, arbitrary: anyText },
      {
        weight: 1,
        arbitrary: fc.constantFrom('', ' ', 'null', 'undefined', 'NaN', '-1', '1e309', '0x10'),
      },
      { weight: 1, arbitrary: fc.constant('x'.repeat(5000)) },
    ),
    { nil: undefined, freq: 4 },
  );

function setAttributes(el: Element, attributes: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) el.removeAttribute(name);
    else el.setAttribute(name, value);
  }
}

// ----------------------------------------------------- a catalog in memory

interface Dataset {
  province: string;
  regencies: string[];
  districts: string[];
  programs: { name: string; nameEn: string; description: string }[];
  services: { name: string; summary: string; provider: string; keywords: string[] }[];
}

const datasetArb: fc.Arbitrary<Dataset> = fc.record({
  province: nameText(80),
  regencies: fc.array(nameText(80), { minLength: 1, maxLength: 3 }),
  districts: fc.array(nameText(80), { minLength: 1, maxLength: 2 }),
  programs: fc.array(
    fc.record({ name: nameText(160), nameEn: nameText(160), description: nameText(300) }),
    { minLength: 1, maxLength: 3 },
  ),
  services: fc.array(
    fc.record({
      name: nameText(120),
      summary: nameText(300),
      provider: nameText(160),
      keywords: fc.array(nameText(60), { maxLength: 2 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
});

const REGENCY_CODES = ['32.01', '32.71', '32.04'];
const PROGRAM_IDS = ['saber-hoaks', 'command-center', 'spbe-infrastructure'];

interface Served {
  regions: Region[];
  programs: Program[];
  catalog: Catalog;
}

function served(data: Dataset): Served {
  const province: Region = { code: '32', name: data.province, level: 'province', parentCode: null };
  const regencies = data.regencies.map(
    (name, i): Region => ({
      code: REGENCY_CODES[i]!,
      name,
      level: 'regency',
      parentCode: '32',
      kind: REGENCY_CODES[i]!.endsWith('71') ? 'kota' : 'kabupaten',
    }),
  );
  const districts = data.districts.map(
    (name, i): Region => ({
      code: `32.01.0${i + 1}`,
      name,
      level: 'district',
      parentCode: '32.01',
    }),
  );
  const programs = data.programs.map((p, i) => ({ id: PROGRAM_IDS[i]!, ...p }));
  const items = data.services.map(
    (s, i): Service => ({
      id: `layanan-${i}`,
      name: s.name,
      summary: s.summary,
      type: 'public',
      sector: 'health',
      audiences: ['citizens'],
      provider: { name: s.provider, level: 'provincial' },
      url: `https://example.go.id/layanan/${i}`,
      channels: ['web'],
      status: 'active',
      availability: 'all',
      keywords: s.keywords,
      updatedAt: '2026-11-01',
    }),
  );
  return {
    regions: [province, ...regencies, ...districts],
    programs,
    catalog: { updatedAt: '2026-11-01', total: items.length, items },
  };
}

/**
 * A client in memory: the SDK's interface answered from `data` at once,
 * refusing malformed codes (SpbeInputError) and unknown ones (404) as the SDK
 * would. An object rather than the SDK on a fetch in memory: a thousand runs
 * of the SDK's request pipeline would take most of the time, and what the
 * elements get from it is the same data (a host's own client may pass
 * anything on, and these names are as the contract allows).
 */
function memoryClient(data: Dataset): SpbeClient {
  const { regions, programs, catalog } = served(data);
  const url = (path: string) => `https://spbe.example.go.id/v1${path}`;
  const answer = async <T>(call: CallOptions | undefined, make: () => T) => {
    await Promise.resolve();
    if (call?.signal?.aborted) throw call.signal.reason;
    return make();
  };
  const region = (code: string, path: string): Region => {
    if (!isRegionCode(code)) throw new SpbeInputError('code', 'must be a Kemendagri region code');
    const found = regions.find((r) => r.code === code);
    if (!found) throw new SpbeHttpError(url(path), 404, undefined, undefined);
    return found;
  };
  const entries = programs.map((p) => ({
    program: p.id,
    status: 'none' as const,
    agreement: null,
    daysLeft: null,
  }));
  const refused = async () => {
    throw new SpbeHttpError(url('/services'), 404, undefined, undefined);
  };
  return {
    apiRoot: url('/'),
    catalog: (call) => answer(call, () => catalog),
    programs: (call) => answer(call, () => programs),
    clearCache: () => {},
    regions: {
      provinces: (call) => answer(call, () => regions.filter((r) => !r.parentCode)),
      get: (code, call) => answer(call, () => region(code, `/regions/${code}`)),
      children: (code, call) =>
        answer(call, () => {
          region(code, `/regions/${code}/children`);
          return regions.filter((r) => r.parentCode === code);
        }),
      descendants: (code, query, call) =>
        answer(call, () => {
          region(code, `/regions/${code}/descendants`);
          return regions.filter((r) => r.level === query.level && r.code.startsWith(`${code}.`));
        }),
      agreements: (code, call) =>
        answer(call, () => {
          if (region(code, `/regions/${code}/agreements`).level !== 'regency')
            throw new SpbeInputError('code', 'must be a regency (kabupaten/kota) code');
          return entries;
        }),
      agreementOverview: (code, call) =>
        answer(call, () => {
          const province = region(code, `/regions/${code}/agreement-overview`);
          if (province.level !== 'province')
            throw new SpbeInputError('code', 'must be a province code such as 32');
          return {
            region: province,
            date: '2026-11-29',
            programs,
            regencies: regions
              .filter((r) => r.parentCode === code)
              .map((r) => ({ region: r, agreements: entries })),
          };
        }),
    },
    services: {
      get: refused,
      list: refused,
      iterate: refused,
    } as unknown as SpbeClient['services'],
    agreements: { list: refused } as unknown as SpbeClient['agreements'],
  };
}

// ------------------------------------------------------------------ checks

/** A task after everything queued so far (unclamped, unlike a nested setTimeout). */
const tick = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

/**
 * Waits until `el` has no update pending and nothing busy (a few tasks with
 * a client in memory, a request to the reference API for the provider's);
 * false if it is still busy after SETTLE_MS, which an element may be
 * (a select waiting for its parent).
 */
const SETTLE_MS = 1000;
async function settle(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<boolean> {
  const started = performance.now();
  while (performance.now() - started < SETTLE_MS) {
    await tick();
    const done = await el.updateComplete;
    if (done && !el.shadowRoot?.querySelector('[aria-busy="true"]')) return true;
  }
  return false;
}

const FOREIGN =
  'script, img, iframe, object, embed, video, audio, source, link, meta, base, math, template, marquee, details, input[autofocus], style:not([data-lit])';
const SCRIPT_URL = /^\s*(?:javascript|data|vbscript):/i;

/** Errors already on the page when a run starts: each run answers for its own. */
let errorsBefore = 0;
beforeEach(() => {
  errorsBefore = pageErrors.length;
});
const startRun = () => {
  errorsBefore = pageErrors.length;
};

/** Nothing ran, nothing reached the page, and the tree holds only the element's own markup. */
function assertInert(el: Element): void {
  expect(pageErrors.slice(errorsBefore).map(String), 'errors on the page').to.deep.equal([]);
  expect(ran(), 'a payload ran').to.equal(undefined);
  const root = el.shadowRoot!;
  expect(
    [...root.querySelectorAll(FOREIGN)].map((n) => n.outerHTML.slice(0, 80)),
    'foreign elements',
  ).to.deep.equal([]);
  for (const node of root.querySelectorAll('*')) {
    for (const { name, value } of node.attributes) {
      expect(name.startsWith('on'), `${node.localName}[${name}]`).to.equal(false);
      if (name === 'href' || name === 'src' || name === 'action')
        expect(SCRIPT_URL.test(value), `${node.localName}[${name}=${value}]`).to.equal(false);
    }
  }
}

const lang = attribute(['id', 'en', 'en-GB', 'in', 'jv']);
const theme = attribute(['light', 'dark']);

let region: SpbeRegionSelect;
let finder: SpbeServiceFinder;
let badge: SpbeAgreementBadge;
let overview: SpbeAgreementOverview;
let provider: SpbeProvider;
let provided: SpbeAgreementBadge;

// On the page for the whole file: a fixture() would be taken down after the
// first test (@open-wc/testing cleans up after each).
const host = document.createElement('div');
before(async () => {
  host.style.width = '40rem';
  host.innerHTML = `<form><spbe-region-select></spbe-region-select></form>
    <spbe-service-finder></spbe-service-finder>
    <spbe-agreement-badge></spbe-agreement-badge>
    <spbe-agreement-overview></spbe-agreement-overview>
    <spbe-provider><spbe-agreement-badge region="32.73"></spbe-agreement-badge></spbe-provider>`;
  document.body.append(host);
  region = host.querySelector('spbe-region-select')!;
  finder = host.querySelector('spbe-service-finder')!;
  [badge, provided] = [...host.querySelectorAll('spbe-agreement-badge')] as [
    SpbeAgreementBadge,
    SpbeAgreementBadge,
  ];
  overview = host.querySelector('spbe-agreement-overview')!;
  provider = host.querySelector('spbe-provider')!;
});
after(() => host.remove());

// -------------------------------------------------------------- properties

/** `[attribute, value]` sets for one element, drawn from what each attribute means. */
type Attributes = Record<string, string | undefined>;

async function regionSelectStaysInert(data: Dataset, attributes: Attributes, open: boolean) {
  startRun();
  region.client = memoryClient(data);
  setAttributes(region, attributes);
  const settled = await settle(region);
  if (open && settled) {
    region.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!.click();
    await settle(region);
  }
  assertInert(region);
  const root = region.shadowRoot!;
  const input = root.querySelector('input')!;
  const label = (attributes.label ?? '').trim();
  expect(root.querySelector('.label')?.textContent ?? '', 'the label as text').to.equal(label);
  const placeholder = (attributes.placeholder ?? '').trim();
  if (placeholder) expect(input.placeholder).to.equal(placeholder);
  // The chosen region's name, as the exact text it is.
  if (region.region && settled) expect(input.value).to.equal(region.region.name);
  const names = new Set(served(data).regions.map((r) => r.name));
  for (const option of root.querySelectorAll('[role="option"] .name'))
    expect(names.has(option.textContent ?? ''), option.textContent ?? '').to.equal(true);
  if (open) region.shadowRoot!.querySelector('input')!.blur();
}

async function serviceFinderStaysInert(data: Dataset, attributes: Attributes) {
  startRun();
  finder.client = memoryClient(data);
  setAttributes(finder, attributes);
  await settle(finder);
  assertInert(finder);
  const names = new Set(data.services.map((s) => s.name));
  for (const shown of finder.shadowRoot!.querySelectorAll('.results .name')) {
    const text = (shown.textContent ?? '').trim();
    expect(names.has(text), `${JSON.stringify(text)} is a service's name`).to.equal(true);
  }
}

/** Whether the element shows each program, by its name in either language, as text. */
function showsPrograms(el: Element, data: Dataset): void {
  const text = el.shadowRoot!.textContent ?? '';
  for (const p of data.programs) {
    expect(text.includes(p.name) || text.includes(p.nameEn), `${p.name} shown`).to.equal(true);
  }
}

async function agreementBadgeStaysInert(data: Dataset, attributes: Attributes) {
  startRun();
  badge.client = memoryClient(data);
  setAttributes(badge, attributes);
  const settled = await settle(badge);
  assertInert(badge);
  const every = REGENCY_CODES.slice(0, data.regencies.length).includes(attributes.region ?? '');
  if (settled && every && attributes.program === undefined) showsPrograms(badge, data);
}

async function agreementOverviewStaysInert(data: Dataset, attributes: Attributes) {
  startRun();
  overview.client = memoryClient(data);
  setAttributes(overview, attributes);
  const settled = await settle(overview);
  assertInert(overview);
  // (A removed parent is no parent: only the first render defaults to West Java.)
  if (settled && attributes.parent?.trim() === '32' && !attributes.program) {
    const text = overview.shadowRoot!.textContent ?? '';
    for (const name of data.regencies) expect(text, 'every regency').to.include(name);
    showsPrograms(overview, data);
  }
}

let pageDefault: SpbeClient;
before(() => {
  const [data] = fc.sample(datasetArb, { numRuns: 1, seed: 1 });
  pageDefault = memoryClient(data!);
});

// The provider's client serves the badge inside it: its base-url is the
// reference API, a value the SDK refuses before any request (a script URL, a
// query, credentials, a broken URL), or none (the page default, in memory),
// so no run reaches another server.
const baseUrl = fc.option(
  fc.oneof(
    fc.constant(API_URL),
    anyText.map((s) => `javascript:${s}`),
    anyText.map((s) => `data:text/html,${s}`),
    anyText.map((s) => `${API_URL}?${s}`),
    anyText.map((s) => `${API_URL}#${s}`),
    fc.constantFrom('http://[', 'ftp://example.go.id/', 'mailto:a@b.c', ' ', ''),
    anyText.map((s) => `https://user:${encodeURIComponent(s)}@example.go.id/`),
  ),
  { nil: undefined, freq: 6 },
);

async function providerStaysInert(attributes: Attributes) {
  startRun();
  // Without a base-url the page default serves it: one in memory, not this test server.
  setDefaultClient(pageDefault);
  setAttributes(provider, attributes);
  await provider.updateComplete;
  await settle(provided);
  assertInert(provided);
  expect(provider.shadowRoot!.querySelectorAll('*').length, 'only its slot').to.equal(1);
  const locale = attributes.locale ?? '';
  if (locale === 'en' || locale === 'id') expect(provided.locale).to.equal(locale);
  if (!/^(?:en|id|in)\b/i.test(locale)) expect(provided.locale).to.equal('id');
}

describe('elements under arbitrary attributes and hostile catalogs', function () {
  // A thousand runs, each a render or two, take longer than mocha's 10 s.
  this.timeout(Math.max(60_000, fuzzRuns() * 60));

  it('<spbe-region-select>: inert, its label, placeholder and names as text', () =>
    checkProperty(
      '<spbe-region-select>: inert, its label, placeholder and names as text',
      [
        datasetArb,
        fc.record({
          name: attribute(['kota']),
          value: attribute(['32', '32.01', '32.71', '32.01.01', '32.73']),
          level: attribute(['province', 'regency', 'district', 'village']),
          parent: attribute(['', '32', '32.01']),
          required: attribute(['']),
          disabled: attribute(['']),
          placeholder: attribute(['Pilih']),
          label: attribute(['Kota']),
          lang,
          theme,
        }),
        fc.boolean(),
      ],
      regionSelectStaysInert,
    ));

  it('<spbe-service-finder>: inert, every result named as its service is', () =>
    checkProperty(
      '<spbe-service-finder>: inert, every result named as its service is',
      [
        datasetArb,
        fc.record({
          region: attribute(['32.01', '32.71']),
          query: attribute(['layanan', 'img', 'script', 'a', '']),
          sector: attribute(['health', 'population']),
          audience: attribute(['citizens', 'businesses']),
          'page-size': attribute(['1', '10', '100', '0', '101']),
          'heading-level': attribute(['2', '3', '6', '7']),
          lang,
          theme,
        }),
      ],
      serviceFinderStaysInert,
    ));

  it('<spbe-agreement-badge>: inert, program names as text', () =>
    checkProperty(
      '<spbe-agreement-badge>: inert, program names as text',
      [
        datasetArb,
        fc.record({
          region: attribute(REGENCY_CODES),
          program: attribute(PROGRAM_IDS),
          variant: attribute(['compact', 'full']),
          lang,
          theme,
        }),
      ],
      agreementBadgeStaysInert,
    ));

  it('<spbe-agreement-overview>: inert, regency and program names as text', () =>
    checkProperty(
      '<spbe-agreement-overview>: inert, regency and program names as text',
      [
        datasetArb,
        fc.record({
          parent: attribute(['32', '33']),
          program: attribute(PROGRAM_IDS),
          lang,
          theme,
        }),
      ],
      agreementOverviewStaysInert,
    ));

  it('<spbe-provider>: inert, its client and language reaching the element inside', () =>
    checkProperty(
      '<spbe-provider>: inert, its client and language reaching the element inside',
      [fc.record({ 'base-url': baseUrl, locale: lang, theme })],
      providerStaysInert,
    ));

  it('nothing ran later either (an <img onerror> would fire after its load fails)', async () => {
    await new Promise((r) => setTimeout(r, 200));
    expect(ran()).to.equal(undefined);
  });
});

describeNoPageErrors('element properties', pageErrors);
