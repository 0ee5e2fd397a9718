// Search: @spbe/sdk/search against Fuse.js and MiniSearch, side by
// side in one run, on all ~91,600 region names and a generated 10,000-service
// catalog. Reports build time, heap, per-query median/p95 over an as-you-type
// workload (every keystroke of real names and citizen queries), the ratio to
// each baseline, and each engine's accuracy on the labelled query sets.
import { readFileSync } from 'node:fs';
import { openRegionStore, services as sampleServices } from '@spbe/data';
import type { Region, Service } from '@spbe/sdk';
import {
  createRegionIndex,
  createServiceIndex,
  type RegionIndex,
  type ServiceIndex,
} from '@spbe/sdk/search';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { generateCatalog } from './generated-catalog.js';
import { median, quantile, random, record } from './harness.js';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

interface Label {
  q: string;
  expect: string;
  within: number;
}
const labels = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../packages/data/src/search/fixtures/${name}`, import.meta.url), 'utf8'),
  ) as Label[];

/** Every keystroke of typing `text`: "ban", "band", … (from 2 letters; 1-letter queries too for a few). */
function keystrokes(text: string, fromOne: boolean): string[] {
  const out: string[] = [];
  for (let i = fromOne ? 1 : 2; i <= text.length; i++)
    if (text[i - 1] !== ' ') out.push(text.slice(0, i));
  return out;
}

interface Engine<T> {
  name: string;
  build: () => unknown;
  search: (index: unknown, q: string) => T[];
}

interface Row {
  engine: string;
  buildMs: number;
  heapMb: number;
  medianMs: number;
  p95Ms: number;
  sampleMedianMs: number;
  accuracy: string;
}

function measure<T>(
  engine: Engine<T>,
  workload: string[],
  sample: string[],
  fullWorkload: boolean,
  check: (q: string, hits: T[]) => boolean,
  set: Label[],
): Row {
  const builds: number[] = [];
  let index: unknown;
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  for (let i = 0; i < 3; i++) {
    index = undefined;
    gc();
    const started = performance.now();
    index = engine.build();
    builds.push(performance.now() - started);
  }
  gc();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  const time = (queries: string[]) => {
    for (const q of queries.slice(0, 50)) engine.search(index, q); // warm up
    const times: number[] = [];
    for (const q of queries) {
      const started = performance.now();
      engine.search(index, q);
      times.push(performance.now() - started);
    }
    return times;
  };
  const all = fullWorkload ? time(workload) : [];
  const sampled = time(sample);
  const passed = set.filter((label) => check(label.q, engine.search(index, label.q))).length;
  return {
    engine: engine.name,
    buildMs: median(builds),
    heapMb,
    medianMs: fullWorkload ? median(all) : Number.NaN,
    p95Ms: fullWorkload ? quantile(all, 0.95) : Number.NaN,
    sampleMedianMs: median(sampled),
    accuracy: `${passed}/${set.length}`,
  };
}

function report(title: string, rows: Row[], workload: number, sample: number) {
  const [ours, mini, fuse] = rows as [Row, Row, Row];
  console.log(`\n## ${title}\n`);
  console.log(
    `workload: ${workload} as-you-type queries (every keystroke); Fuse.js on every ${Math.round(workload / sample)}th (${sample}), all engines timed on that sample too\n`,
  );
  console.log(
    '| engine | build (median of 3) | heap | query median | query p95 | median on the Fuse sample | accuracy (labels) |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  const ms = (v: number) => (Number.isNaN(v) ? '—' : `${v.toFixed(3)} ms`);
  for (const r of rows) {
    console.log(
      `| ${r.engine} | ${r.buildMs.toFixed(0)} ms | ${r.heapMb.toFixed(1)} MB | ${ms(r.medianMs)} | ${ms(r.p95Ms)} | ${ms(r.sampleMedianMs)} | ${r.accuracy} |`,
    );
  }
  console.log(
    `\nspeed-up by median: ${(mini.medianMs / ours.medianMs).toFixed(1)}× MiniSearch (full workload), ${(fuse.sampleMedianMs / ours.sampleMedianMs).toFixed(0)}× Fuse.js (sample); p95 ${(mini.p95Ms / ours.p95Ms).toFixed(1)}× MiniSearch`,
  );
  for (const other of [mini, fuse]) {
    const full = other === mini;
    const [mine, theirs] = full
      ? [ours.medianMs, other.medianMs]
      : [ours.sampleMedianMs, other.sampleMedianMs];
    record({
      bench: title,
      subject: `query median, accuracy ${ours.accuracy}`,
      value: `${mine.toFixed(3)} ms`,
      baseline: `${other.engine}: ${theirs.toFixed(3)} ms, accuracy ${other.accuracy}`,
      ratio: `${(theirs / mine).toFixed(1)}× faster`,
    });
  }
}

// ---------- Regions: all of Indonesia ----------
const regions = await openRegionStore().all();
const rand = random(2026);
const pick = <T>(list: T[], n: number) =>
  Array.from({ length: n }, () => list[Math.floor(rand() * list.length)]!);
const byLevel = (level: Region['level']) => regions.filter((r) => r.level === level);
const targets = [
  ...pick(byLevel('regency'), 40),
  ...pick(byLevel('district'), 60),
  ...pick(byLevel('village'), 100),
];
const regionWorkload = [
  ...targets.flatMap((r, i) =>
    keystrokes(
      r.name.toLowerCase().replace(/^(kabupaten|kota) /, i % 2 ? 'kab ' : ''),
      i % 5 === 0,
    ),
  ),
  ...labels('region-queries.json').flatMap((l) => keystrokes(l.q.toLowerCase(), false)),
];
const regionSample = regionWorkload.filter((_, i) => i % 40 === 0);
const regionLabels = labels('region-queries.json');
// A label query may appear twice (two expected answers): count each label on its own.
const regionSet = regionLabels.map((l, i) => ({ ...l, q: `${l.q}\u0000${i}` }));
const unlabel = (q: string) => q.split('\u0000')[0]!;
const regionRows = [
  measure(
    {
      name: '@spbe/sdk/search',
      build: () => createRegionIndex(regions),
      search: (index, q) => (index as RegionIndex).search(unlabel(q)),
    },
    regionWorkload,
    regionSample,
    true,
    (q, hits) => {
      const l = regionSet.find((x) => x.q === q)!;
      return hits.slice(0, l.within).some((h) => h.item.code === l.expect);
    },
    regionSet,
  ),
  measure(
    {
      name: 'MiniSearch 7.2 (prefix, fuzzy 0.2, AND)',
      build: () => {
        const mini = new MiniSearch({ idField: 'code', fields: ['name'], storeFields: [] });
        mini.addAll(regions);
        return mini;
      },
      search: (index, q) =>
        (index as MiniSearch)
          .search(unlabel(q), { prefix: true, fuzzy: 0.2, combineWith: 'AND' })
          .slice(0, 10),
    },
    regionWorkload,
    regionSample,
    true,
    (q, hits) => {
      const l = regionSet.find((x) => x.q === q)!;
      return hits.slice(0, l.within).some((h) => h.id === l.expect);
    },
    regionSet,
  ),
  measure(
    {
      name: 'Fuse.js 7.5 (threshold 0.3)',
      build: () => new Fuse(regions, { keys: ['name'], threshold: 0.3, ignoreLocation: true }),
      search: (index, q) => (index as Fuse<Region>).search(unlabel(q), { limit: 10 }),
    },
    regionWorkload,
    regionSample,
    false,
    (q, hits) => {
      const l = regionSet.find((x) => x.q === q)!;
      return hits.slice(0, l.within).some((h) => h.item.code === l.expect);
    },
    regionSet,
  ),
];
report(
  `Region search: ${regions.length} regions of Indonesia`,
  regionRows,
  regionWorkload.length,
  regionSample.length,
);

// ---------- Services: a generated 10,000-service catalog ----------
// Drawn from the same numbers as the regions' picks, after them (bench/generated-catalog.ts).
const generated = await generateCatalog(rand);
const serviceLabels = labels('service-queries.json');
const serviceWorkload = serviceLabels.flatMap((l) => keystrokes(l.q, true));
const serviceSample = serviceWorkload.filter((_, i) => i % 10 === 0);
// Accuracy is scored on the sample catalog itself (the labels name its entries).
const accuracyCatalog = sampleServices;
const serviceDocs = (list: readonly Service[]) =>
  list.map((s) => ({
    id: s.id,
    name: s.name,
    keywords: s.keywords.join(' '),
    summary: s.summary,
    other: `${s.sector} ${s.provider.name}`,
  }));
const serviceCheck = (idOf: (hit: never) => string) => (q: string, hits: unknown[]) => {
  const l = serviceLabels.find((x) => x.q === q)!;
  return hits.slice(0, l.within).some((h) => idOf(h as never) === l.expect);
};
const serviceRows = [
  {
    name: '@spbe/sdk/search',
    make: (list: readonly Service[]) => createServiceIndex(list),
    search: (index: unknown, q: string): unknown[] => (index as ServiceIndex).search(q),
    id: (h: { item: Service }) => h.item.id,
    full: true,
  },
  {
    name: 'MiniSearch 7.2 (prefix, fuzzy 0.2, boosts)',
    make: (list: readonly Service[]) => {
      const mini = new MiniSearch({
        fields: ['name', 'keywords', 'summary', 'other'],
        storeFields: [],
      });
      mini.addAll(serviceDocs(list));
      return mini;
    },
    search: (index: unknown, q: string): unknown[] =>
      (index as MiniSearch)
        .search(q, { prefix: true, fuzzy: 0.2, boost: { name: 3, keywords: 2 } })
        .slice(0, 10),
    id: (h: { id: string }) => h.id,
    full: true,
  },
  {
    name: 'Fuse.js 7.5 (weighted keys)',
    make: (list: readonly Service[]) =>
      new Fuse(serviceDocs(list), {
        keys: [
          { name: 'name', weight: 3 },
          { name: 'keywords', weight: 2 },
          { name: 'summary', weight: 1 },
          { name: 'other', weight: 1 },
        ],
        threshold: 0.3,
        ignoreLocation: true,
      }),
    search: (index: unknown, q: string): unknown[] =>
      (index as Fuse<{ id: string }>).search(q, { limit: 10 }),
    id: (h: { item: { id: string } }) => h.item.id,
    full: false,
  },
].map((e) => {
  const row = measure(
    { name: e.name, build: () => e.make(generated), search: e.search },
    serviceWorkload,
    serviceSample,
    e.full,
    () => true,
    [],
  );
  const small = e.make(accuracyCatalog);
  const check = serviceCheck(e.id as never);
  const passed = serviceLabels.filter((l) => check(l.q, e.search(small, l.q))).length;
  return { ...row, accuracy: `${passed}/${serviceLabels.length}` };
});
report(
  `Service search: ${generated.length} generated services (accuracy on the ${accuracyCatalog.length}-service sample)`,
  serviceRows,
  serviceWorkload.length,
  serviceSample.length,
);

const [ours] = regionRows as [Row];
const [oursServices] = serviceRows as [Row];
console.log('\n### Goals');
const goal = (ok: boolean, text: string) => console.log(`- ${ok ? 'met' : 'MISSED'}: ${text}`);
goal(ours.medianMs <= 0.5, `region median ≤ 0.5 ms (${ours.medianMs.toFixed(3)} ms)`);
goal(ours.p95Ms <= 5, `region p95 ≤ 5 ms (${ours.p95Ms.toFixed(2)} ms)`);
goal(oursServices.p95Ms <= 5, `service p95 ≤ 5 ms (${oursServices.p95Ms.toFixed(2)} ms)`);
goal(ours.buildMs <= 400, `region index build ≤ 400 ms (${ours.buildMs.toFixed(0)} ms)`);
goal(
  oursServices.buildMs <= 400,
  `service index build ≤ 400 ms (${oursServices.buildMs.toFixed(0)} ms)`,
);
goal(
  regionRows[2]!.sampleMedianMs / ours.sampleMedianMs >= 100,
  `≥ 100× Fuse.js by median on regions (${(regionRows[2]!.sampleMedianMs / ours.sampleMedianMs).toFixed(0)}×)`,
);
goal(
  serviceRows[2]!.sampleMedianMs / oursServices.sampleMedianMs >= 100,
  `≥ 100× Fuse.js by median on services (${(serviceRows[2]!.sampleMedianMs / oursServices.sampleMedianMs).toFixed(0)}×)`,
);
