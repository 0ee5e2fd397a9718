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
// its first load against JSON.parse of the same catalog. The in-page half is
// bench/service-finder-page.ts; what it shares with
// bench/region-select.bench.ts is bench/keystroke-bench.ts.
//
// Exit code (the same in both keystroke benches): a goal not met prints
// MISSED but does not fail the run (the machine is shared and noisy: goals are
// reported, not gated); only errors make it exit non-zero.
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openRegionStore, services as sampleServices } from '@spbe/data';
import type { Region, Service } from '@spbe/sdk';
import { browserBundle } from '../.ci/browser-bundle.js';
import { GENERATED_SIZE, generateCatalog } from './generated-catalog.js';
import { random } from './harness.js';
import {
  BACKSPACE,
  byCase,
  describe,
  GOAL,
  goalMet,
  inChromium,
  ms,
  type Outcome,
  printCases,
  printKinds,
  printLoads,
  printSlowest,
} from './keystroke-bench.js';
import type { KeySample } from './keystroke-page.js';
import type { ScopeSpec, ServiceFinderPage, SplitSample } from './service-finder-page.js';

const root = join(import.meta.dirname, '..');
/** Measured loads per scope (after the first), interleaved across scopes. */
const LOAD_ROUNDS = 7;
/** Times the search half alone is run on the element's values (the median counts). */
const SPLIT_PASSES = 3;

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
 * box (Ctrl+A, Backspace: the start view again, which counts too, as does
 * each first letter, which keeps it): plain needs, typos left in, slips
 * corrected with Backspace, words that match thousands of the generated
 * services ("layanan", "data": the element lists the best 100 and says "more
 * than 100") and one the catalog lacks ("sampah": the no-results help and its
 * spelling suggestion).
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

// ---------- The report ----------

interface Result extends Outcome {
  scope: Scope;
}

function report(
  scope: Scope,
  services: number,
  samples: KeySample[],
  split: SplitSample[],
): Result {
  const by = byCase(samples);
  const attrs = scope.region ? `region="${scope.region}"` : 'no region attribute';
  console.log(`\n### ${scope.name} (${attrs}): ${services} services offered\n`);
  console.log(
    `${by.subject.n} keystrokes per text box (${QUERIES.length} queries, interleaved; emptying the box counts: the element shows its start view again); baseline: the naive finder (vs naive: its time ÷ this one, above 1 is faster)\n`,
  );
  printCases(by, 'spbe-service-finder', 'results', scope.name);
  const subject = samples.filter((s) => s.case === 'subject');
  printKinds(subject, [
    // One letter is no query yet (results.ts isQuery()): the element keeps its start view.
    ['first letter (start view kept)', (s) => s.key !== 'Backspace' && s.value.length === 1],
    ['second letter', (s) => s.key !== 'Backspace' && s.value.length === 2],
    ['third letter on', (s) => s.key !== 'Backspace' && s.value.length > 2],
    ['Backspace in a query', (s) => s.key === 'Backspace' && s.value !== ''],
    ['emptied (start view)', (s) => s.value === ''],
  ]);
  const late = printSlowest(subject, 'workMs');
  // The element's work per keystroke, against its search half alone on the same values (in order).
  const searched = split.map((s) => s.outcomeMs);
  const helped = split.flatMap((s) => (s.helpMs === undefined ? [] : [s.helpMs]));
  const rest = subject.map((s, i) => s.workMs - searched[i]! - (split[i]?.helpMs ?? 0));
  const slowSearch = [...split].sort((a, b) => b.outcomeMs - a.outcomeMs).slice(0, 3);
  console.log(
    `\nwhere the element's work goes: handlers ${describe(subject.map((s) => s.workMs))}; the search alone (results.ts outcome() on the same values in the page, median of ${SPLIT_PASSES} passes) ${describe(searched)}${helped.length ? `; the no-results help (help(): suggestion(), countWith()) ${describe(helped)} (n=${helped.length})` : ''}; the rest (handlers minus those, per keystroke: rendering, the event, Lit) ${describe(rest)}. Slowest searches: ${slowSearch.map((s) => `"${s.value}" ${ms(s.outcomeMs)} (${s.start ? 'start view' : `${s.more ? 'more than ' : ''}${s.total} found`})`).join(', ')}`,
  );
  return { scope, subject: by.subject, floor: by.floor, late };
}

// ---------- The run ----------

const [generated, regions] = await Promise.all([
  generateCatalog(random(GENERATED_SIZE)),
  loadRegions(),
]);
const [element, resultsModule] = await Promise.all([bundleElement(), bundleResults()]);
await inChromium<ServiceFinderPage>(
  {
    title: 'spbe-service-finder bench',
    script: 'service-finder-page.ts',
    element,
    listHeight: '40rem',
    files: {
      '/results.js': ['text/javascript; charset=utf-8', resultsModule],
      '/catalog-sample.json': ['application/json', catalogJson(sampleServices)],
      '/catalog-generated.json': ['application/json', catalogJson(generated)],
      '/regions.json': ['application/json', JSON.stringify(regions)],
    },
  },
  async (bench, version) => {
    const specOf = (scope: Scope): ScopeSpec => ({ catalog: scope.catalog, region: scope.region });
    const loads = await bench.loads(SCOPES.map(specOf), LOAD_ROUNDS);

    const results: Result[] = [];
    console.log('\n## <spbe-service-finder>: keystroke → results painted\n');
    console.log(
      `Chromium ${version}, headless, real key presses (playwright-core); the element from the drop-in bundle built from source (${(gzipSync(element).length / 1024).toFixed(1)} KB gzipped), its catalog from an in-page client answering from memory. Each time runs from the keydown's timeStamp to the end of a task after the next painted frame that shows the keystroke's results (the text, and the heading naming the query, or the start view for fewer than two letters or digits). "handlers done": keydown → the last input listener ran (the element's search and render included).`,
    );
    for (const scope of SCOPES) {
      const spec = specOf(scope);
      await bench.call('setup', spec);
      await bench.typeAll(QUERIES);
      const samples = await bench.call('take');
      const values = samples.filter((s) => s.case === 'subject').map((s) => s.value);
      const split = await bench.call('split', spec, values, SPLIT_PASSES);
      const items = scope.catalog === 'sample' ? sampleServices : generated;
      const offered = items.filter(
        (s) =>
          scope.region === null ||
          s.availability === 'all' ||
          s.availability.includes(scope.region),
      ).length;
      results.push(report(scope, offered, samples, split));
    }

    console.log(
      '\n### First load: setting the client → first results painted, against JSON.parse of the same catalog\n',
    );
    console.log(
      `baseline: JSON.parse of the catalog as \`GET /v1/catalog\` sends it; a fresh element each time (the catalog indexed again, as on a page's first load), each load and parse after a forced GC; the first load of each scope in the page, then ${LOAD_ROUNDS} rounds interleaved across scopes, medians\n`,
    );
    printLoads(
      loads,
      'results',
      [
        ['scope', (_, i) => SCOPES[i]!.name],
        ['services in catalog', (first) => `${first.services}`],
      ],
      [['elements (start view)', (first) => `${first.nodes}`]],
    );

    // The issue's goal: "p95 within one frame (16 ms) at 10,000, and never
    // above 50 ms", judged as the region select's bench judges it (goalMet());
    // the literal reading (keystroke → painted p95 ≤ 16 ms) is printed beside it.
    console.log(`\n### Goals (the element)\n`);
    for (const result of results) {
      const { scope, subject: r, floor, late } = result;
      console.log(
        `- ${goalMet(result) ? 'met' : 'MISSED'}: ${scope.name}: results in the next painted frame (late: ${late}), its work p95 ≤ ${GOAL.p95Ms} ms (${ms(r.workP95)}), keystroke → painted never above ${GOAL.maxMs} ms (max ${ms(r.max)}). Literally: keystroke → painted p95 ${ms(r.p95)} (${r.p95 <= GOAL.p95Ms ? '≤' : '>'} ${GOAL.p95Ms} ms), max ${ms(r.max)}; a plain <input> takes p95 ${ms(floor.p95)}, max ${ms(floor.max)} (the wait for the next frame). Elements in the shadow root: at most ${r.nodes}`,
      );
    }
  },
);
