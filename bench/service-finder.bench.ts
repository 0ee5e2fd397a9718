// <spbe-service-finder> in headless Chromium: keystroke → results painted,
// typed with real key presses (playwright-core) into the drop-in bundle built
// from source (Rollup + esbuild + terser, as the drop-in ships), over the
// sample catalog (@spbe/data) and a generated 10,000-service catalog, for
// Kota Bandung (`region="32.73"`) and, on the big catalog, with no region
// (queries that match thousands). Side by side in the same page, interleaved
// query by query: the floor (a plain <input> whose listener does nothing:
// what the browser itself costs) and a naive finder (every word of the query
// found with includes() in each service's name, keywords and summary, every
// match's name rendered as <li>). Reports median, p95 and max per scope, the
// ratio to the naive finder and the element minus the floor, the results and
// elements in the DOM, the element's work split into search and the rest, and
// its first load against JSON.parse of the same catalog. Exits non-zero when
// a goal is missed. The in-page half is bench/service-finder-page.ts.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openRegionStore, services as sampleServices } from '@spbe/data';
import type { Region, Service } from '@spbe/sdk';
import { transform } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { browserBundle } from '../.ci/browser-bundle.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../.ci/chromium.mjs';
import { median, quantile, random } from './harness.js';
import type {
  CaseName,
  FirstLoad,
  KeySample,
  LoadRound,
  ScopeSpec,
  SplitSample,
} from './service-finder-page.js';

const root = join(import.meta.dirname, '..');
/** Services in the generated catalog. */
const GENERATED = 10_000;
/** Measured loads per scope (after the first), interleaved across scopes. */
const LOAD_ROUNDS = 7;
/** Times the search half alone is run on the element's values (the median counts). */
const SPLIT_PASSES = 3;
const GOAL = { p95Ms: 16, maxMs: 50 } as const;
const BACKSPACE = '⌫';

interface Scope extends ScopeSpec {
  name: string;
}

const SCOPES: Scope[] = [
  { name: 'Sample catalog, Kota Bandung', catalog: 'sample', region: '32.73' },
  { name: '10,000 services, Kota Bandung', catalog: 'generated', region: '32.73' },
  { name: '10,000 services, every regency', catalog: 'generated', region: null },
];

/**
 * What citizens type, the same in every scope, each query into an emptied
 * box (Ctrl+A, Backspace: the start view again, which counts too): plain
 * needs, typos left in, slips corrected with Backspace, words that match
 * thousands of the generated services ("layanan", "data") and one the
 * catalog lacks ("sampah": the no-results help and its spelling suggestion).
 */
const QUERIES = [
  'bikin ktp',
  'izin usaha',
  'pajak kendaraan',
  'lapor jalan rusak',
  'bpjs kesehatan',
  'kartu keluarga',
  'layanan',
  'data',
  `akta kelahiarn${BACKSPACE}${BACKSPACE}ran`,
  'perpanjang sim',
  'pajak kendaran',
  'kartu kluarga',
  'daftar sekolah',
  'lowongan kerja',
  `izin usaj${BACKSPACE}ha`,
  'bansos',
  'surat pindah',
  'aduan warga',
  'layanan kesehatan',
  'data penduduk',
  'paspor',
  `cek pjak${BACKSPACE.repeat(3)}ajak`,
  'sampah',
  'rumah sakit',
  'nib oss',
  'surat keterangan tidak mampu',
].map((query) => [...query]);

/**
 * The generated catalog, as bench/search.bench.ts makes it: the sample
 * services, each re-issued by West Java's regencies with the regency's name
 * and a shuffled share of the catalog's own words (realistic vocabulary,
 * 10,000 entries), the same every run.
 */
async function generateCatalog(): Promise<Service[]> {
  const rand = random(GENERATED);
  const regencies = await openRegionStore().children('32');
  if (regencies === undefined) throw new Error('no regencies of 32 in the dataset');
  const vocabulary = sampleServices.flatMap((s) => s.summary.split(/\s+/));
  const generated: Service[] = [...sampleServices];
  for (let i = 0; generated.length < GENERATED; i++) {
    const base = sampleServices[i % sampleServices.length]!;
    const regency = regencies[Math.floor(rand() * regencies.length)]!;
    const extra = Array.from(
      { length: 12 },
      () => vocabulary[Math.floor(rand() * vocabulary.length)],
    ).join(' ');
    generated.push({
      ...base,
      id: `${base.id}-${i}`,
      name: `${base.name} ${regency.name.replace(/^(Kabupaten|Kota) /, '')}`,
      summary: `${base.summary} ${extra}`.slice(0, 600),
      availability: [regency.code],
      provider: { name: `Diskominfo ${regency.name}`, level: 'regency', regionCode: regency.code },
    });
  }
  return generated;
}

/** `GET /v1/catalog`'s body for `items`. */
function catalogJson(items: readonly Service[]): string {
  // ISO dates: the latest sorts last.
  const updatedAt =
    items
      .map((s) => s.updatedAt)
      .sort()
      .at(-1) ?? '';
  return JSON.stringify({ updatedAt, total: items.length, items });
}

/** The regions `regions.get()` answers: the scopes' regencies. */
async function loadRegions(): Promise<Region[]> {
  const store = openRegionStore();
  const codes = [...new Set(SCOPES.flatMap((s) => (s.region === null ? [] : [s.region])))];
  return Promise.all(
    codes.map(async (code) => {
      const region = await store.get(code);
      if (region === undefined) throw new Error(`no region ${code} in the dataset`);
      return region;
    }),
  );
}

const bundleElement = () =>
  browserBundle(join(root, 'packages/elements/src/service-finder/define.ts'));
/** The finder's search half on its own, to time it apart from rendering. */
const bundleResults = () =>
  browserBundle(join(root, 'packages/elements/src/service-finder/results.ts'));

async function bundlePage(): Promise<string> {
  const source = await readFile(join(import.meta.dirname, 'service-finder-page.ts'), 'utf8');
  const { code } = await transform(source, { loader: 'ts', format: 'esm', target: 'es2022' });
  return code;
}

const HTML = `<!doctype html>
<html lang="id">
<meta charset="utf-8">
<title>spbe-service-finder bench</title>
<link rel="icon" href="data:,">
<style>
  body { margin: 0; padding: 1rem; font: 16px/1.4 system-ui, sans-serif; display: grid;
    grid-template-columns: repeat(3, 1fr); gap: 1rem; align-items: start; }
  input { box-sizing: border-box; width: 100%; min-height: 2.75rem; font: inherit; padding: 0.5em 0.75em; }
  ul { margin: 0.25em 0 0; padding: 0; list-style: none; max-height: 40rem; overflow-y: auto; border: 1px solid #888; }
  li { padding: 0.6em 0.75em; border-block-end: 1px solid #ddd; }
</style>
<section><label>Floor <input id="floor-input" autocomplete="off"></label></section>
<section><label>Naive <input id="naive-input" autocomplete="off"></label><ul id="naive-list"></ul></section>
<section id="subject"></section>
<script type="module" src="/service-finder.js"></script>
<script type="module" src="/page.js"></script>
</html>`;

// ---------- Statistics and the report ----------

const ms = (v: number) => `${v.toFixed(1)} ms`;
const CASES: CaseName[] = ['floor', 'naive', 'subject'];
const LABEL: Record<CaseName, string> = {
  floor: 'floor: plain <input>, empty listener',
  naive: 'naive: includes() + every match as <li>',
  subject: '<spbe-service-finder>',
};

interface Stats {
  n: number;
  median: number;
  p95: number;
  max: number;
  work: number;
  workP95: number;
  results: number;
  nodes: number;
}

interface Result {
  scope: Scope;
  subject: Stats;
  floor: Stats;
  /** The element's keystrokes whose results missed the first frame after them. */
  late: number;
}

function stats(samples: KeySample[]): Stats {
  const paint = samples.map((s) => s.paintMs);
  const work = samples.map((s) => s.workMs);
  return {
    n: samples.length,
    median: median(paint),
    p95: quantile(paint, 0.95),
    max: Math.max(...paint),
    work: median(work),
    workP95: quantile(work, 0.95),
    results: Math.max(...samples.map((s) => s.results)),
    nodes: Math.max(...samples.map((s) => s.nodes)),
  };
}

const describe = (values: readonly number[]) =>
  `${ms(median(values))} / p95 ${ms(quantile(values, 0.95))} / max ${ms(Math.max(...values))}`;

function report(scope: Scope, services: number, samples: KeySample[], split: SplitSample[]) {
  const by = Object.fromEntries(
    CASES.map((c) => [c, stats(samples.filter((s) => s.case === c))]),
  ) as Record<CaseName, Stats>;
  const attrs = scope.region ? `region="${scope.region}"` : 'no region attribute';
  console.log(`\n### ${scope.name} (${attrs}): ${services} services offered\n`);
  console.log(
    `${by.subject.n} keystrokes per text box (${QUERIES.length} queries, interleaved; emptying the box counts: the element shows its start view again); baseline: the naive finder (vs naive: its time ÷ this one, above 1 is faster)\n`,
  );
  console.log(
    '| case | median | p95 | max | handlers done (median / p95) | vs naive (median) | vs naive (p95) | minus floor (median / p95) | results in DOM (max) | elements (max) |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const c of CASES) {
    const s = by[c];
    console.log(
      `| ${LABEL[c]} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.max)} | ${ms(s.work)} / ${ms(s.workP95)} | ${(by.naive.median / s.median).toFixed(2)}× | ${(by.naive.p95 / s.p95).toFixed(2)}× | ${c === 'floor' ? '—' : `${ms(s.median - by.floor.median)} / ${ms(s.p95 - by.floor.p95)}`} | ${c === 'floor' ? '—' : s.results} | ${c === 'floor' ? '—' : s.nodes} |`,
    );
  }
  const subject = samples.filter((s) => s.case === 'subject');
  const kinds: [string, (s: KeySample) => boolean][] = [
    ['first letter', (s) => s.key !== 'Backspace' && s.value.length === 1],
    ['second letter', (s) => s.key !== 'Backspace' && s.value.length === 2],
    ['third letter on', (s) => s.key !== 'Backspace' && s.value.length > 2],
    ['Backspace in a query', (s) => s.key === 'Backspace' && s.value !== ''],
    ['emptied (start view)', (s) => s.value === ''],
  ];
  console.log(
    `\nthe element by keystroke: ${kinds
      .map(([label, pick]) => {
        const some = subject.filter(pick);
        return `${label} ${describe(some.map((s) => s.paintMs))} (handlers ${ms(median(some.map((s) => s.workMs)))}, n=${some.length})`;
      })
      .join('; ')}`,
  );
  const late = subject.filter((s) => s.frames > 1).length;
  const slowest = [...subject].sort((a, b) => b.workMs - a.workMs).slice(0, 5);
  console.log(
    `\nslowest keystrokes of the element (by its work): ${slowest
      .map(
        (s) =>
          `"${s.value}" ${ms(s.paintMs)} (handlers ${ms(s.workMs)}, ${s.frames} frame${s.frames > 1 ? 's' : ''})`,
      )
      .join(', ')}; results a frame or more late: ${late}`,
  );
  // The element's work per keystroke, against its search half alone on the same values (in order).
  const searched = split.map((s) => s.outcomeMs);
  const helped = split.flatMap((s) => (s.helpMs === undefined ? [] : [s.helpMs]));
  const rest = subject.map((s, i) => s.workMs - searched[i]! - (split[i]?.helpMs ?? 0));
  const slowSearch = [...split].sort((a, b) => b.outcomeMs - a.outcomeMs).slice(0, 3);
  console.log(
    `\nwhere the element's work goes: handlers ${describe(subject.map((s) => s.workMs))}; the search alone (results.ts outcome() on the same values in the page, median of ${SPLIT_PASSES} passes) ${describe(searched)}${helped.length ? `; the no-results help (suggestion(), countWith()) ${describe(helped)} (n=${helped.length})` : ''}; the rest (handlers minus those, per keystroke: rendering, the event, Lit) ${describe(rest)}. Slowest searches: ${slowSearch.map((s) => `"${s.value}" ${ms(s.outcomeMs)} (${s.total} found)`).join(', ')}`,
  );
  return { scope, subject: by.subject, floor: by.floor, late };
}

// ---------- The run ----------

const started = performance.now();
const load = () => loadavg()[0]!.toFixed(1);
const loadStart = load();
const [generated, regions] = await Promise.all([generateCatalog(), loadRegions()]);
const [element, resultsModule, pageScript] = await Promise.all([
  bundleElement(),
  bundleResults(),
  bundlePage(),
]);
const files = new Map<string, [type: string, body: string]>([
  ['/', ['text/html; charset=utf-8', HTML]],
  ['/service-finder.js', ['text/javascript; charset=utf-8', element]],
  ['/results.js', ['text/javascript; charset=utf-8', resultsModule]],
  ['/page.js', ['text/javascript; charset=utf-8', pageScript]],
  ['/catalog-sample.json', ['application/json', catalogJson(sampleServices)]],
  ['/catalog-generated.json', ['application/json', catalogJson(generated)]],
  ['/regions.json', ['application/json', JSON.stringify(regions)]],
]);
const unexpected: string[] = [];
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  const file = files.get(path);
  if (file) {
    res.writeHead(200, { 'content-type': file[0], 'cache-control': 'no-store' });
    res.end(file[1]);
  } else {
    if (path !== '/favicon.ico') unexpected.push(`${req.method} ${req.url}`);
    res.writeHead(404).end();
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

const settle = (page: Page, text: string) =>
  page.evaluate((t) => window.serviceFinderBench.settle(t), text);

/** Focuses one text box, empties it with the keyboard if needed, and types `keys`, waiting for each to be painted. */
async function typeQuery(page: Page, which: CaseName, keys: string[]): Promise<void> {
  const before = await page.evaluate((w) => window.serviceFinderBench.focus(w), which);
  if (before !== '') {
    await page.keyboard.press('Control+A');
    await page.keyboard.down('Backspace');
    await Promise.all([page.keyboard.up('Backspace'), settle(page, '')]);
  }
  let text = '';
  for (const key of keys) {
    const name = key === BACKSPACE ? 'Backspace' : key === ' ' ? 'Space' : key;
    text = key === BACKSPACE ? text.slice(0, -1) : text + key;
    await page.keyboard.down(name);
    // The key comes up while the page paints (as it would, about then): one round trip fewer.
    await Promise.all([page.keyboard.up(name), settle(page, text)]);
  }
}

const pageErrors: string[] = [];
let browser: Browser | undefined;
let missed = 0;
try {
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
  });
  const page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      pageErrors.push(`console.${message.type()}: ${message.text()}`);
  });
  await page.goto(url);
  await page.waitForFunction(() => 'serviceFinderBench' in window);
  await page.evaluate(() => window.serviceFinderBench.ready);
  const version = browser.version();

  // First loads, then more loads interleaved across scopes in rotating order (the JIT warms on all alike).
  const specOf = (scope: Scope): ScopeSpec => ({ catalog: scope.catalog, region: scope.region });
  const firsts: FirstLoad[] = [];
  for (const scope of SCOPES) {
    firsts.push(await page.evaluate((s) => window.serviceFinderBench.firstLoad(s), specOf(scope)));
  }
  const rounds: LoadRound[][] = SCOPES.map(() => []);
  for (let r = 0; r < LOAD_ROUNDS; r++) {
    for (let k = 0; k < SCOPES.length; k++) {
      const i = (r + k) % SCOPES.length;
      rounds[i]!.push(
        await page.evaluate((s) => window.serviceFinderBench.loadRound(s), specOf(SCOPES[i]!)),
      );
    }
  }

  const results: Result[] = [];
  console.log('\n## <spbe-service-finder>: keystroke → results painted\n');
  console.log(
    `Chromium ${version}, headless, real key presses (playwright-core); the element from the drop-in bundle built from source (${(gzipSync(element).length / 1024).toFixed(1)} KB gzipped), its catalog from an in-page client answering from memory. Each time runs from the keydown's timeStamp to the end of a task after the next painted frame that shows the keystroke's results (the text, and the heading naming the query, or the start view). "handlers done": keydown → the last input listener ran (the element's search and render included).`,
  );
  for (const scope of SCOPES) {
    const spec = specOf(scope);
    await page.evaluate((s) => window.serviceFinderBench.setup(s), spec);
    for (const [i, keys] of QUERIES.entries()) {
      // Rotate who goes first, so drift within a query hits all three alike.
      for (let k = 0; k < CASES.length; k++) {
        await typeQuery(page, CASES[(i + k) % CASES.length]!, keys);
      }
    }
    const samples = await page.evaluate(() => window.serviceFinderBench.take());
    const values = samples.filter((s) => s.case === 'subject').map((s) => s.value);
    const split = await page.evaluate(([s, v, n]) => window.serviceFinderBench.split(s, v, n), [
      spec,
      values,
      SPLIT_PASSES,
    ] as const);
    const items = scope.catalog === 'sample' ? sampleServices : generated;
    const offered = items.filter(
      (s) =>
        scope.region === null || s.availability === 'all' || s.availability.includes(scope.region),
    ).length;
    results.push(report(scope, offered, samples, split));
  }

  console.log(
    '\n### First load: setting the client → first results painted, against JSON.parse of the same catalog\n',
  );
  console.log(
    `baseline: JSON.parse of the catalog as \`GET /v1/catalog\` sends it; a fresh element each time (the catalog indexed again, as on a page's first load), each load and parse after a forced GC; the first load of each scope in the page, then ${LOAD_ROUNDS} rounds interleaved across scopes, medians\n`,
  );
  console.log(
    '| scope | services in catalog | JSON | JSON.parse | element: results in the DOM | ÷ parse | element: results painted | ÷ parse | first load in the page (painted) | elements (start view) |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [i, scope] of SCOPES.entries()) {
    const first = firsts[i]!;
    const dom = median(rounds[i]!.map((l) => l.domMs));
    const paint = median(rounds[i]!.map((l) => l.paintMs));
    const parse = median(rounds[i]!.map((l) => l.parseMs));
    console.log(
      `| ${scope.name} | ${first.services} | ${(first.bytes / 1024).toFixed(0)} KB | ${ms(parse)} | ${ms(dom)} | ${(dom / parse).toFixed(1)}× | ${ms(paint)} | ${(paint / parse).toFixed(1)}× | ${ms(first.paintMs)} | ${first.nodes} |`,
    );
  }

  const inPage = await page.evaluate(() => window.serviceFinderBench.errors);
  const problems = [...inPage, ...pageErrors, ...unexpected.map((r) => `unexpected request ${r}`)];
  // The issue's goal: "p95 within one frame (16 ms) at 10,000, and never above
  // 50 ms". Judged as the region select's bench judges it: each keystroke's
  // results are in the first frame painted after it (nothing late), the
  // element's own work fits in a frame at p95, and keystroke → painted is
  // never above 50 ms. The time to that frame also waits for the display's
  // next refresh (0–16.7 ms at 60 Hz), which no code can shorten: the floor
  // shows it, and the literal reading (keystroke → painted p95 ≤ 16 ms) is
  // printed beside it.
  console.log(`\n### Goals (the element)\n`);
  for (const { scope, subject: r, floor, late } of results) {
    const ok = late === 0 && r.workP95 <= GOAL.p95Ms && r.max <= GOAL.maxMs;
    if (!ok) missed++;
    console.log(
      `- ${ok ? 'met' : 'MISSED'}: ${scope.name}: results in the next painted frame (late: ${late}), its work p95 ≤ ${GOAL.p95Ms} ms (${ms(r.workP95)}), keystroke → painted never above ${GOAL.maxMs} ms (max ${ms(r.max)}). Literally: keystroke → painted p95 ${ms(r.p95)} (${r.p95 <= GOAL.p95Ms ? '≤' : '>'} ${GOAL.p95Ms} ms), max ${ms(r.max)}; a plain <input> takes p95 ${ms(floor.p95)}, max ${ms(floor.max)} (the wait for the next frame). Elements in the shadow root: at most ${r.nodes}`,
    );
  }
  console.log(
    `\n(${((performance.now() - started) / 1000).toFixed(0)} s; load average ${loadStart} at the start, ${load()} at the end, ${availableParallelism()} cores: other work on the machine shows in the floor's p95 and max)`,
  );
  if (problems.length > 0) {
    console.error(`\nerrors:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    process.exitCode = 1;
  }
  if (missed > 0) {
    console.error(`\nservice-finder bench: ${missed} of ${results.length} scopes missed the goal`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await browser?.close();
  server.close();
}
