// <spbe-region-select> in headless Chromium: keystroke → results painted,
// typed with real key presses (playwright-core) into the drop-in bundle built
// from source (Rollup + esbuild + terser, as the drop-in ships), on real
// regions: one city's villages, a big regency's villages, and all 7,285
// districts of Indonesia. Side by side in the same page, interleaved word by
// word: the floor (a plain <input> whose listener does nothing: what the
// browser itself costs) and a naive picker (toLowerCase().includes() over
// every name, every match rendered as <li>). Reports median, p95 and max per
// scope, the ratio to the naive picker and the element minus the floor, the
// options in the DOM, and the element's first load against JSON.parse of the
// same data. The in-page half is bench/region-select-page.ts.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openRegionStore } from '@spbe/data';
import type { Region } from '@spbe/sdk';
import { transform } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { browserBundle } from '../.ci/browser-bundle.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../.ci/chromium.mjs';
import { median, quantile, random } from './harness.js';
import type { CaseName, FirstLoad, KeySample, LoadRound, ScopeSpec } from './region-select-page.js';

const root = join(import.meta.dirname, '..');
/** Keystrokes typed into each text box per scope (at least; words are typed whole). */
const KEYSTROKES = 300;
/** Measured loads per scope (after the first), interleaved across scopes. */
const LOAD_ROUNDS = 7;
const GOAL = { p95Ms: 16, maxMs: 50 } as const;
const BACKSPACE = '⌫';

interface Scope extends ScopeSpec {
  name: string;
  seed: number;
}

const SCOPES: Scope[] = [
  { name: 'Kota Bandung, villages', level: 'village', parent: '32.73', seed: 3273 },
  { name: 'Kabupaten Bogor, villages', level: 'village', parent: '32.01', seed: 3201 },
  { name: 'Indonesia, every district', level: 'district', parent: null, seed: 62 },
];

/**
 * What people type, in every scope: place names from around Bandung, a
 * regency with its prefix, typos left in, and a typo corrected with Backspace.
 */
const COMMON = [
  'cibiru',
  'sukamaju',
  'tasikmalaya',
  'ujungberung',
  'kab bandung',
  'cimahi',
  'bojong',
  'ujung brung',
  'sukamju',
  'tasikmalya',
  `cibiri${BACKSPACE}u`,
  'antapani',
  'margahayu',
  'kec coblong',
  'cibinong',
  `jongo${BACKSPACE}gol`,
  'pasir biru',
  'desa sukamaju',
];

/**
 * The words typed in a scope, as keys: the common ones, then names from the
 * scope itself, lower-cased, typed until the list narrows (a prefix of four
 * letters or more), some with two letters swapped and some with a slip of
 * the finger corrected with Backspace.
 */
function workload(scope: Scope, choices: readonly Region[]): string[][] {
  const rand = random(scope.seed);
  const words = COMMON.map((w) => [...w]);
  let count = words.reduce((n, keys) => n + keys.length, 0);
  while (count < KEYSTROKES) {
    const name = choices[Math.floor(rand() * choices.length)]!.name.toLowerCase();
    const length = Math.min(name.length, 4 + Math.floor(rand() * Math.max(1, name.length - 3)));
    const keys = [...name.slice(0, length).trimEnd()];
    const roll = rand();
    const at = 2 + Math.floor(rand() * Math.max(1, keys.length - 3));
    if (roll < 0.15 && at + 1 < keys.length && keys[at] !== ' ' && keys[at + 1] !== ' ') {
      [keys[at], keys[at + 1]] = [keys[at + 1]!, keys[at]!];
    } else if (roll < 0.3 && at < keys.length) {
      keys.splice(at, 0, 'qwertyuiopasdfghjklzxcvbnm'[Math.floor(rand() * 26)]!, BACKSPACE);
    }
    words.push(keys);
    count += keys.length;
  }
  return words;
}

/** Regions for the page: provinces, regencies and districts of Indonesia, and the villages of the village scopes. */
async function loadRegions(): Promise<Region[]> {
  const store = openRegionStore();
  const children = async (code: string | null) => {
    const list = await store.children(code);
    if (list === undefined) throw new Error(`no region ${code} in the dataset`);
    return list;
  };
  const provinces = await children(null);
  const regencies = (await Promise.all(provinces.map((p) => children(p.code)))).flat();
  const districts = (await Promise.all(regencies.map((r) => children(r.code)))).flat();
  const villageParents = SCOPES.filter((s) => s.level === 'village').map((s) => s.parent);
  const villages = (
    await Promise.all(
      districts.filter((d) => villageParents.includes(d.parentCode)).map((d) => children(d.code)),
    )
  ).flat();
  return [...provinces, ...regencies, ...districts, ...villages];
}

/** The drop-in bundle of <spbe-region-select>, built from source as the size budgets build it. */
const bundleElement = () =>
  browserBundle(join(root, 'packages/elements/src/region-select/define.ts'));

async function bundlePage(): Promise<string> {
  const source = await readFile(join(import.meta.dirname, 'region-select-page.ts'), 'utf8');
  const { code } = await transform(source, { loader: 'ts', format: 'esm', target: 'es2022' });
  return code;
}

const HTML = `<!doctype html>
<html lang="id">
<meta charset="utf-8">
<title>spbe-region-select bench</title>
<link rel="icon" href="data:,">
<style>
  body { margin: 0; padding: 1rem; font: 16px/1.4 system-ui, sans-serif; display: grid;
    grid-template-columns: repeat(3, 1fr); gap: 1rem; align-items: start; }
  input { box-sizing: border-box; width: 100%; min-height: 2.75rem; font: inherit; padding: 0.5em 0.75em; }
  ul { margin: 0.25em 0 0; padding: 0; list-style: none; max-height: 18rem; overflow-y: auto; border: 1px solid #888; }
  li { padding: 0.6em 0.75em; border-block-end: 1px solid #ddd; }
</style>
<section><label>Floor <input id="floor-input" autocomplete="off"></label></section>
<section><label>Naive <input id="naive-input" autocomplete="off"></label><ul id="naive-list"></ul></section>
<section id="subject"></section>
<script type="module" src="/region-select.js"></script>
<script type="module" src="/page.js"></script>
</html>`;

// ---------- Statistics and the report ----------

const ms = (v: number) => `${v.toFixed(1)} ms`;
const CASES: CaseName[] = ['floor', 'naive', 'subject'];
const LABEL: Record<CaseName, string> = {
  floor: 'floor: plain <input>, empty listener',
  naive: 'naive: includes() + every match as <li>',
  subject: '<spbe-region-select>',
};

interface Stats {
  n: number;
  median: number;
  p95: number;
  max: number;
  work: number;
  workP95: number;
  options: number;
  nodes: number;
}

interface Result {
  name: string;
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
    options: Math.max(...samples.map((s) => s.options)),
    nodes: Math.max(...samples.map((s) => s.nodes)),
  };
}

function report(scope: Scope, choices: number, words: number, samples: KeySample[]): Result {
  // Clearing a box before a word (Ctrl+A, Backspace) leaves it empty: not a search, not counted.
  const typed = samples.filter((s) => s.value !== '');
  const by = Object.fromEntries(
    CASES.map((c) => [c, stats(typed.filter((s) => s.case === c))]),
  ) as Record<CaseName, Stats>;
  const attrs = `level="${scope.level}"${scope.parent ? ` parent="${scope.parent}"` : ''}`;
  console.log(`\n### ${scope.name} (${attrs}): ${choices} choices\n`);
  console.log(
    `${by.subject.n} keystrokes per text box (${words} words, interleaved); baseline: the naive picker (vs naive: its time ÷ this one, above 1 is faster)\n`,
  );
  console.log(
    '| case | median | p95 | max | handlers done (median / p95) | vs naive (median) | vs naive (p95) | minus floor (median / p95) | options in DOM (max) | elements (max) |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const c of CASES) {
    const s = by[c];
    console.log(
      `| ${LABEL[c]} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.max)} | ${ms(s.work)} / ${ms(s.workP95)} | ${(by.naive.median / s.median).toFixed(2)}× | ${(by.naive.p95 / s.p95).toFixed(2)}× | ${c === 'floor' ? '—' : `${ms(s.median - by.floor.median)} / ${ms(s.p95 - by.floor.p95)}`} | ${c === 'floor' ? '—' : s.options} | ${c === 'floor' ? '—' : s.nodes} |`,
    );
  }
  const subject = typed.filter((s) => s.case === 'subject');
  const kinds: [string, (s: KeySample) => boolean][] = [
    ['first letter (opens the list)', (s) => s.key !== 'Backspace' && s.value.length === 1],
    ['second letter', (s) => s.key !== 'Backspace' && s.value.length === 2],
    ['third letter on', (s) => s.key !== 'Backspace' && s.value.length > 2],
    ['Backspace', (s) => s.key === 'Backspace'],
  ];
  console.log(
    `\nthe element by keystroke: ${kinds
      .map(([label, pick]) => {
        const some = subject.filter(pick);
        const paint = some.map((s) => s.paintMs);
        return `${label} ${ms(median(paint))} / p95 ${ms(quantile(paint, 0.95))} / max ${ms(Math.max(...paint))} (handlers ${ms(median(some.map((s) => s.workMs)))}, n=${some.length})`;
      })
      .join('; ')}`,
  );
  const late = subject.filter((s) => s.frames > 1).length;
  const slowest = [...subject].sort((a, b) => b.paintMs - a.paintMs).slice(0, 5);
  console.log(
    `\nslowest keystrokes of the element: ${slowest
      .map(
        (s) =>
          `"${s.value}" ${ms(s.paintMs)} (handlers ${ms(s.workMs)}, ${s.frames} frame${s.frames > 1 ? 's' : ''})`,
      )
      .join(', ')}; results a frame or more late: ${late}`,
  );
  return { name: scope.name, subject: by.subject, floor: by.floor, late };
}

// ---------- The run ----------

const started = performance.now();
const load = () => loadavg()[0]!.toFixed(1);
const loadStart = load();
const regions = await loadRegions();
const [element, pageScript] = await Promise.all([bundleElement(), bundlePage()]);
const files = new Map<string, [type: string, body: string]>([
  ['/', ['text/html; charset=utf-8', HTML]],
  ['/region-select.js', ['text/javascript; charset=utf-8', element]],
  ['/page.js', ['text/javascript; charset=utf-8', pageScript]],
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
  page.evaluate((t) => window.regionSelectBench.settle(t), text);

/** Focuses one text box, empties it with the keyboard if needed, and types `keys`, waiting for each to be painted. */
async function typeWord(page: Page, which: CaseName, keys: string[]): Promise<void> {
  const before = await page.evaluate((w) => window.regionSelectBench.focus(w), which);
  if (before !== '') {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await settle(page, '');
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
  await page.waitForFunction(() => 'regionSelectBench' in window);
  await page.evaluate(() => window.regionSelectBench.ready);
  const version = browser.version();

  // First loads, then more loads interleaved across scopes in rotating order (the JIT warms on all alike).
  const specOf = (scope: Scope): ScopeSpec => ({ level: scope.level, parent: scope.parent });
  const firsts: FirstLoad[] = [];
  for (const scope of SCOPES) {
    firsts.push(await page.evaluate((s) => window.regionSelectBench.firstLoad(s), specOf(scope)));
  }
  const rounds: LoadRound[][] = SCOPES.map(() => []);
  for (let r = 0; r < LOAD_ROUNDS; r++) {
    for (let k = 0; k < SCOPES.length; k++) {
      const i = (r + k) % SCOPES.length;
      rounds[i]!.push(
        await page.evaluate((s) => window.regionSelectBench.loadRound(s), specOf(SCOPES[i]!)),
      );
    }
  }

  const results: Result[] = [];
  console.log('\n## <spbe-region-select>: keystroke → results painted\n');
  console.log(
    `Chromium ${version}, headless, real key presses (playwright-core); the element from the drop-in bundle built from source (${(gzipSync(element).length / 1024).toFixed(1)} KB gzipped), its data from an in-page client answering from memory. Each time runs from the keydown's timeStamp to the end of a task after the next painted frame that shows the keystroke's results (the text, and options or a no-results note). "handlers done": keydown → the last input listener ran (the element's render included).`,
  );
  for (const scope of SCOPES) {
    const spec = specOf(scope);
    const choices = regions.filter(
      (r) =>
        r.level === scope.level && (scope.parent === null || r.code.startsWith(`${scope.parent}.`)),
    );
    const words = workload(scope, choices);
    await page.evaluate((s) => window.regionSelectBench.setup(s), spec);
    for (const [i, keys] of words.entries()) {
      // Rotate who goes first, so drift within a word hits all three alike.
      for (let k = 0; k < CASES.length; k++) {
        await typeWord(page, CASES[(i + k) % CASES.length]!, keys);
      }
    }
    const samples = await page.evaluate(() => window.regionSelectBench.take());
    results.push(report(scope, choices.length, words.length, samples));
  }

  console.log(
    '\n### First load: setting the client → options painted, against JSON.parse of the same answers\n',
  );
  console.log(
    `baseline: JSON.parse of every answer the element asked for (as the API would send it); a fresh element each time, its list open, each load and parse after a forced GC; the first load of each scope in the page, then ${LOAD_ROUNDS} rounds interleaved across scopes, medians\n`,
  );
  console.log(
    '| scope | requests | regions received | JSON | JSON.parse | element: options in the DOM | ÷ parse | element: options painted | ÷ parse | first load in the page (painted) |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [i, scope] of SCOPES.entries()) {
    const first = firsts[i]!;
    const dom = median(rounds[i]!.map((l) => l.domMs));
    const paint = median(rounds[i]!.map((l) => l.paintMs));
    const parse = median(rounds[i]!.map((l) => l.parseMs));
    console.log(
      `| ${scope.name} (${first.choices} choices) | ${first.requests} | ${first.regions} | ${(first.bytes / 1024).toFixed(0)} KB | ${ms(parse)} | ${ms(dom)} | ${(dom / parse).toFixed(1)}× | ${ms(paint)} | ${(paint / parse).toFixed(1)}× | ${ms(first.paintMs)} |`,
    );
  }

  const inPage = await page.evaluate(() => window.regionSelectBench.errors);
  const problems = [...inPage, ...pageErrors, ...unexpected.map((r) => `unexpected request ${r}`)];
  // "Within one frame": each keystroke's results are in the first frame painted
  // after it (nothing late), and the element's own work fits in a frame at
  // p95. The time to that frame also waits for the display's next refresh
  // (0–16.7 ms at 60 Hz), which no code can shorten: the floor shows it.
  console.log(`\n### Goals (the element)\n`);
  for (const { name, subject: r, floor, late } of results) {
    const ok = late === 0 && r.workP95 <= GOAL.p95Ms && r.max <= GOAL.maxMs;
    console.log(
      `- ${ok ? 'met' : 'MISSED'}: ${name}: results in the next painted frame (late: ${late}), its work p95 ≤ ${GOAL.p95Ms} ms (${ms(r.workP95)}), keystroke → painted never above ${GOAL.maxMs} ms (max ${ms(r.max)}). Keystroke → painted p95 ${ms(r.p95)}, of which the wait for the next frame is most: a plain <input> takes p95 ${ms(floor.p95)}, max ${ms(floor.max)}`,
    );
  }
  console.log(
    `\n(${((performance.now() - started) / 1000).toFixed(0)} s; load average ${loadStart} at the start, ${load()} at the end, ${availableParallelism()} cores: other work on the machine shows in the floor's p95 and max)`,
  );
  if (problems.length > 0) {
    console.error(`\nerrors:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await browser?.close();
  server.close();
}
