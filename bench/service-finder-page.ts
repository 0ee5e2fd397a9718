/**
 * The in-page half of bench/service-finder.bench.ts, bundled on the fly and
 * run in headless Chromium beside the drop-in bundle of
 * `<spbe-service-finder>`. It holds three text boxes side by side: the floor
 * (a plain input whose listener does nothing), a naive finder (filters every
 * service with `includes()`, every word of the query in its name, keywords or
 * summary, and renders every match's name) and the element. For every keystroke
 * typed into one of them it measures, from the keydown's `timeStamp`, when
 * the handlers were done and when the frame showing that keystroke's results
 * was painted (a requestAnimationFrame, then a MessageChannel task after it).
 * The element's catalog comes from an in-memory client, so its load time is
 * the element's own work. The finder's search half (results.ts, bundled on
 * its own) is also timed alone on the same queries, to split the element's
 * work into search and the rest (rendering).
 */
import type { Region, Service } from '@spbe/sdk';
import type { Criteria } from '../packages/elements/src/service-finder/results.js';

/** The three text boxes typed into. */
export type CaseName = 'floor' | 'naive' | 'subject';

/** Which catalog the element searches, and for which regency (null: no `region`). */
export interface ScopeSpec {
  catalog: 'sample' | 'generated';
  region: string | null;
}

/** One keystroke that changed a text box. */
export interface KeySample {
  case: CaseName;
  /** The key pressed (`Backspace`, or the character). */
  key: string;
  /** The text box's value after the keystroke. */
  value: string;
  /** keydown → the frame showing the results painted, in ms. */
  paintMs: number;
  /** keydown → every input handler (and the element's render) done, in ms. */
  workMs: number;
  /** Frames until the results showed (1 unless the rendering lagged a frame or more). */
  frames: number;
  /** Results (the element) or list items (the naive finder) in the DOM after the keystroke. */
  results: number;
  /** Elements in the widget after the keystroke (the element's shadow root, or the list). */
  nodes: number;
}

/** The element's first load of one scope in the page. */
export interface FirstLoad {
  /** Setting the client → the first results painted. */
  paintMs: number;
  /** Services in the catalog the client answered. */
  services: number;
  /** Bytes of that catalog as JSON (as `GET /v1/catalog` would send it). */
  bytes: number;
  /** Elements in the shadow root once loaded (the start view). */
  nodes: number;
}

/** One more load of a scope, and JSON.parse of the catalog it got. */
export interface LoadRound {
  /** Setting the client → the first results in the DOM (the element's own work). */
  domMs: number;
  /** Setting the client → the first results painted (the next frame too). */
  paintMs: number;
  /** JSON.parse of the catalog as the API sends it. */
  parseMs: number;
}

/** The finder's search half alone (results.ts) on one value the element was given. */
export interface SplitSample {
  value: string;
  /** `outcome()`: the search (or the start view) for the value. */
  outcomeMs: number;
  /** The no-results help (`suggestion()`, and `countWith()` without the region), when nothing matched. */
  helpMs: number | undefined;
  /** How many services the search found (at most 200). */
  total: number;
}

/** What the Node side calls through `page.evaluate`. */
export interface BenchPage {
  /** Settles once the catalogs are in. */
  ready: Promise<void>;
  /** Loads a fresh element for `scope` the first time. */
  firstLoad(scope: ScopeSpec): Promise<FirstLoad>;
  /** Loads a fresh element again, and parses the catalog's JSON (alternating which goes first). */
  loadRound(scope: ScopeSpec): Promise<LoadRound>;
  /** Fresh text boxes for `scope`, the element loaded (its start view shown). */
  setup(scope: ScopeSpec): Promise<void>;
  /** Focuses one text box and answers its value; keystrokes are measured from now on for that box. */
  focus(which: CaseName): string;
  /** Settles once the keystroke that left `expected` in the box has been painted (rejects after 5 s). */
  settle(expected: string): Promise<void>;
  /** The samples so far (and forgets them). */
  take(): KeySample[];
  /**
   * Times the finder's search half alone on `values` in order, `passes` times
   * (each on a fresh catalogue of `scope`): the median per value.
   */
  split(scope: ScopeSpec, values: string[], passes: number): Promise<SplitSample[]>;
  /** Errors seen in the page (a failed check, an unexpected request). */
  errors: string[];
}

declare global {
  interface Window {
    serviceFinderBench: BenchPage;
  }
}

/** The element, as far as this page needs it (public API only). */
type Subject = HTMLElement & {
  client: unknown;
  readonly isUpdatePending: boolean;
  readonly updateComplete: Promise<boolean>;
};

type Results = typeof import('../packages/elements/src/service-finder/results.js');

const TIMEOUT_MS = 5000;
// Chromium runs with --js-flags=--expose-gc: each load and each parse starts on a clean heap,
// so one load's garbage is not collected in the middle of the next.
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const errors: string[] = [];
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
// A variable, not a literal: the module is served by the bench, not resolved at build time.
const RESULTS_URL = '/results.js';

// ---------- The catalogs, and an in-memory client answering from them ----------

interface CatalogAnswer {
  updatedAt: string;
  total: number;
  items: Service[];
}

const texts = new Map<ScopeSpec['catalog'], string>();
const catalogs = new Map<ScopeSpec['catalog'], CatalogAnswer>();
let regions: Region[] = [];

function catalogOf(scope: ScopeSpec): CatalogAnswer {
  const catalog = catalogs.get(scope.catalog);
  if (catalog === undefined) throw new Error(`no catalog ${scope.catalog}`);
  return catalog;
}

/**
 * A client answering at once (resolved promises) from memory. Each client
 * answers a new items array: the element indexes a catalog answer once (a
 * cached answer, the same array, is not indexed again), so every load here
 * pays for indexing as a page's first load does.
 */
function clientFor(scope: ScopeSpec) {
  const { updatedAt, total, items } = catalogOf(scope);
  const answer: CatalogAnswer = { updatedAt, total, items: [...items] };
  return {
    catalog: () => Promise.resolve(answer),
    regions: {
      get: (code: string) => {
        const region = regions.find((r) => r.code === code);
        if (region === undefined) errors.push(`regions.get(${code}): not in the bench's regions`);
        return region ? Promise.resolve(region) : Promise.reject(new Error(`no region ${code}`));
      },
    },
  };
}

/** A client that never answers: the element waits on it until the measured client is set. */
const never = new Promise<never>(() => {});
const waitingClient = { catalog: () => never, regions: { get: () => never } };

/** The services the element offers in `scope`: available in its regency (or everywhere). */
function offered(scope: ScopeSpec): Service[] {
  const { items } = catalogOf(scope);
  const region = scope.region;
  return region === null
    ? items
    : items.filter((s) => s.availability === 'all' || s.availability.includes(region));
}

// ---------- Frames ----------

/** Runs `check` after each frame is painted (a rAF, then a task after it) until it holds; answers when. */
function painted(check: () => boolean, since: number): Promise<{ at: number; frames: number }> {
  return new Promise((resolve, reject) => {
    let frames = 0;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const at = performance.now();
      if (check()) {
        channel.port1.close();
        resolve({ at, frames });
      } else if (at - since > TIMEOUT_MS) {
        channel.port1.close();
        reject(new Error(`nothing painted the expected result within ${TIMEOUT_MS} ms`));
      } else requestAnimationFrame(frame);
    };
    const frame = () => {
      frames++;
      channel.port2.postMessage(null);
    };
    requestAnimationFrame(frame);
  });
}

/** Runs `check` in a task after another until it holds (no waiting for frames); answers when. */
function inDom(check: () => boolean, since: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const at = performance.now();
      if (check()) {
        channel.port1.close();
        resolve(at);
      } else if (at - since > TIMEOUT_MS) {
        channel.port1.close();
        reject(new Error(`no results within ${TIMEOUT_MS} ms`));
      } else channel.port2.postMessage(null);
    };
    channel.port2.postMessage(null);
  });
}

// ---------- The three text boxes ----------

const floorInput = byId<HTMLInputElement>('floor-input');
const naiveInput = byId<HTMLInputElement>('naive-input');
const naiveList = byId<HTMLUListElement>('naive-list');
let subject: Subject | undefined;
/** The naive finder's services and, for each, its name, keywords and summary in lower case. */
let naiveServices: Service[] = [];
let haystacks: string[] = [];

floorInput.addEventListener('input', () => {});

naiveInput.addEventListener('input', () => {
  const words = naiveInput.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const items: HTMLLIElement[] = [];
  if (words.length > 0) {
    for (const [i, haystack] of haystacks.entries()) {
      if (!words.every((word) => haystack.includes(word))) continue;
      const li = document.createElement('li');
      li.textContent = naiveServices[i]!.name;
      items.push(li);
    }
    if (items.length === 0) {
      const li = document.createElement('li');
      li.textContent = 'Tidak ditemukan';
      items.push(li);
    }
  }
  naiveList.replaceChildren(...items);
  naiveList.dataset.query = naiveInput.value;
});

const shadow = (el: Subject) => el.shadowRoot as ShadowRoot;
const subjectInput = (el: Subject) => shadow(el).querySelector('input') as HTMLInputElement;
const resultCount = (el: Subject) => shadow(el).querySelectorAll('.results .result').length;

function makeSubject(scope: ScopeSpec, client: unknown): Subject {
  const el = document.createElement('spbe-service-finder') as unknown as Subject;
  if (scope.region !== null) el.setAttribute('region', scope.region);
  el.client = client;
  byId('subject').replaceChildren(el);
  return el;
}

/** Whether the element shows its catalog: loaded, no update pending, a heading over the results. */
function subjectLoaded(el: Subject): boolean {
  const root = shadow(el);
  return (
    !el.isUpdatePending &&
    root.querySelector('.results')?.getAttribute('aria-busy') === 'false' &&
    root.querySelector('#heading') !== null
  );
}

/**
 * Whether the element shows the results of `value`: the text, and the
 * heading that names the query (found or not), or the start view for an
 * empty box.
 */
function subjectShows(el: Subject, value: string): boolean {
  if (subjectInput(el).value !== value || !subjectLoaded(el)) return false;
  const root = shadow(el);
  const query = value.trim();
  if (query === '') return root.querySelector('.groups') !== null;
  return root.querySelector('#heading')?.textContent?.includes(`“${query}”`) === true;
}

// ---------- Keystrokes ----------

let current: CaseName | undefined;
let keydownAt = Number.NaN;
let keydownKey = '';
let workDoneAt = Number.NaN;
const samples: KeySample[] = [];
/** Values painted and not yet claimed by settle(), in order. */
const done: (string | Error)[] = [];
let waiter: ((result: string | Error) => void) | undefined;

function finish(result: string | Error): void {
  if (waiter) {
    const w = waiter;
    waiter = undefined;
    w(result);
  } else done.push(result);
}

const inputOf = (which: CaseName): HTMLInputElement =>
  which === 'floor' ? floorInput : which === 'naive' ? naiveInput : subjectInput(subject!);

addEventListener(
  'keydown',
  (event) => {
    keydownAt = event.timeStamp;
    keydownKey = event.key;
  },
  { capture: true },
);

// Capture on the window: runs before any handler of the text box (the element's is in its shadow root).
addEventListener(
  'input',
  () => {
    const which = current;
    if (which === undefined) return;
    const start = keydownAt;
    const key = keydownKey;
    keydownAt = Number.NaN;
    workDoneAt = Number.NaN;
    const input = inputOf(which);
    const value = input.value;
    if (Number.isNaN(start)) {
      errors.push(`an input event without a keydown (${which}, "${value}")`);
      return;
    }
    const check =
      which === 'floor'
        ? () => input.value === value
        : which === 'naive'
          ? () => input.value === value && naiveList.dataset.query === value
          : () => subjectShows(subject!, value);
    painted(check, start).then(
      ({ at, frames }) => {
        const el = subject!;
        samples.push({
          case: which,
          key,
          value,
          paintMs: at - start,
          workMs: workDoneAt - start,
          frames,
          results:
            which === 'subject'
              ? resultCount(el)
              : which === 'naive'
                ? naiveList.childElementCount
                : 0,
          nodes:
            which === 'subject'
              ? shadow(el).querySelectorAll('*').length
              : which === 'naive'
                ? naiveList.querySelectorAll('*').length + 1
                : 0,
        });
        finish(value);
      },
      (error: Error) => {
        const message = `${which} "${value}": ${error.message}`;
        errors.push(message);
        finish(new Error(message));
      },
    );
  },
  { capture: true },
);

/** Added after the text box's own listeners: runs once they (and the render in their microtasks) are done. */
function lastListener(input: HTMLInputElement): void {
  input.addEventListener('input', () => {
    workDoneAt = performance.now();
  });
}
lastListener(floorInput);
lastListener(naiveInput);

// ---------- What the Node side calls ----------

/** Loads a fresh element: setting the client → results in the DOM, and → painted. */
async function loadOnce(scope: ScopeSpec): Promise<{ dom: number; paint: number; el: Subject }> {
  const el = makeSubject(scope, waitingClient);
  await el.updateComplete;
  const client = clientFor(scope);
  gc();
  const started = performance.now();
  el.client = client;
  const shown = () => subjectLoaded(el);
  const dom = await inDom(shown, started);
  const { at } = await painted(shown, started);
  return { dom: dom - started, paint: at - started, el };
}

let rounds = 0;

function parse(text: string): number {
  gc();
  const started = performance.now();
  JSON.parse(text);
  return performance.now() - started;
}

const textOf = (scope: ScopeSpec): string => {
  const text = texts.get(scope.catalog);
  if (text === undefined) throw new Error(`no catalog ${scope.catalog}`);
  return text;
};

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
}

let results: Results | undefined;

const bench: BenchPage = {
  errors,
  ready: (async () => {
    const [sample, generated, regionList, module] = await Promise.all([
      fetchText('/catalog-sample.json'),
      fetchText('/catalog-generated.json'),
      fetchText('/regions.json'),
      import(RESULTS_URL) as Promise<Results>,
    ]);
    texts.set('sample', sample);
    texts.set('generated', generated);
    catalogs.set('sample', JSON.parse(sample) as CatalogAnswer);
    catalogs.set('generated', JSON.parse(generated) as CatalogAnswer);
    regions = JSON.parse(regionList) as Region[];
    results = module;
  })(),

  async firstLoad(scope) {
    const { paint, el } = await loadOnce(scope);
    const nodes = shadow(el).querySelectorAll('*').length;
    el.remove();
    const text = textOf(scope);
    return {
      paintMs: paint,
      services: catalogOf(scope).items.length,
      bytes: new Blob([text]).size,
      nodes,
    };
  },

  async loadRound(scope) {
    const text = textOf(scope);
    // Alternate which goes first, so drift within a round hits both alike.
    const parseFirst = rounds++ % 2 === 0;
    let parseMs = parseFirst ? parse(text) : 0;
    const { dom, paint, el } = await loadOnce(scope);
    el.remove();
    if (!parseFirst) parseMs = parse(text);
    return { domMs: dom, paintMs: paint, parseMs };
  },

  async setup(scope) {
    current = undefined;
    floorInput.value = '';
    naiveInput.value = '';
    naiveList.replaceChildren();
    naiveList.dataset.query = '';
    naiveServices = offered(scope);
    haystacks = naiveServices.map((s) =>
      `${s.name} ${s.keywords.join(' ')} ${s.summary}`.toLowerCase(),
    );
    const el = makeSubject(scope, clientFor(scope));
    subject = el;
    await el.updateComplete;
    lastListener(subjectInput(el));
    await painted(() => subjectShows(el, ''), performance.now());
  },

  focus(which) {
    // The box typed into before leaves its garbage (the naive finder's: thousands of nodes a
    // keystroke): collect it now, between queries, not in the middle of this box's keystrokes.
    gc();
    current = which;
    const input = inputOf(which);
    input.focus();
    return input.value;
  },

  settle(expected) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiter = undefined;
        reject(new Error(`no keystroke leaving "${expected}" was painted within ${TIMEOUT_MS} ms`));
      }, TIMEOUT_MS);
      const take = (result: string | Error) => {
        clearTimeout(timer);
        if (result instanceof Error) reject(result);
        else if (result !== expected)
          reject(new Error(`painted "${result}", expected "${expected}"`));
        else resolve();
      };
      const ready = done.shift();
      if (ready !== undefined) take(ready);
      else waiter = take;
    });
  },

  take() {
    return samples.splice(0);
  },

  async split(scope, values, passes) {
    if (results === undefined) throw new Error('split() before ready');
    const { catalogue, countWith, outcome, suggestion } = results;
    const times = values.map(() => ({ outcome: [] as number[], help: [] as number[], total: 0 }));
    for (let pass = 0; pass < passes; pass++) {
      // A fresh catalogue each pass, as the element built: its spelling vocabulary is made on first need.
      const cat = catalogue([...catalogOf(scope).items]);
      for (const [i, value] of values.entries()) {
        // What the element works out for a keystroke, render aside (see #renderOutcome, #renderHelp).
        const c: Criteria = { query: value, sector: '', audience: '', region: scope.region ?? '' };
        const started = performance.now();
        const found = outcome(cat, c);
        const searched = performance.now();
        const time = times[i]!;
        time.outcome.push(searched - started);
        time.total = found.total;
        if (found.total === 0 && value.trim() !== '') {
          suggestion(cat, c);
          if (c.region) countWith(cat, { ...c, region: '' });
          time.help.push(performance.now() - searched);
        }
        // One per task, as keystrokes come: no batch the JIT sees as a loop.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }
    const middle = (list: number[]) => [...list].sort((a, b) => a - b)[list.length >> 1]!;
    return values.map((value, i) => {
      const { outcome: o, help, total } = times[i]!;
      return { value, outcomeMs: middle(o), helpMs: help.length ? middle(help) : undefined, total };
    });
  },
};

window.serviceFinderBench = bench;
