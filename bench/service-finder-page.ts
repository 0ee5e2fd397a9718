/**
 * The in-page half of bench/service-finder.bench.ts, bundled on the fly and
 * run in headless Chromium beside the drop-in bundle of
 * `<spbe-service-finder>`. The text boxes and the keystroke timing are
 * bench/keystroke-page.ts; here are the naive finder (every word of the query
 * found with `includes()` in each service's name, keywords or summary, every
 * match's name rendered), when the element shows a keystroke's results, and
 * its loads. The element's catalog comes from an in-memory client, so its
 * load time is the element's own work. The finder's search half (results.ts,
 * bundled on its own) is also timed alone on the same queries, to split the
 * element's work into search and the rest (rendering).
 */
import type { Region, Service } from '@spbe/sdk';
import type { Criteria } from '../packages/elements/src/service-finder/results.js';
import {
  byId,
  errors,
  expose,
  gc,
  type KeystrokePage,
  keystrokes,
  type LoadTimes,
  loadAndParse,
  painted,
  type Subject,
  shadow,
  subjectInput,
  timeLoad,
} from './keystroke-page.js';

/** Which catalog the element searches, and for which regency (null: no `region`). */
export interface ScopeSpec {
  catalog: 'sample' | 'generated';
  region: string | null;
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

/** The finder's search half alone (results.ts) on one value the element was given. */
export interface SplitSample {
  value: string;
  /** `outcome()`: the search (or the start view, cached) for the value. */
  outcomeMs: number;
  /** The no-results help (`help()`: a spelling, and the count without the region), when a query found nothing. */
  helpMs: number | undefined;
  /** Whether the value is no query (fewer than two letters or digits): the start view stays. */
  start: boolean;
  /** How many services the search found (at most `MOST`, 100), or the start view offers. */
  total: number;
  /** Whether the search found more than `total` ("More than 100 …"). */
  more: boolean;
}

/**
 * What the Node side calls through `page.evaluate`; `loadRound()` times a
 * load (the first results in the DOM, and painted) against JSON.parse of the
 * catalog as the API sends it.
 */
export interface ServiceFinderPage extends KeystrokePage<ScopeSpec, FirstLoad> {
  /**
   * Times the finder's search half alone on `values` in order, `passes` times
   * (each on a fresh catalogue of `scope`): the median per value.
   */
  split(scope: ScopeSpec, values: string[], passes: number): Promise<SplitSample[]>;
}

type Results = typeof import('../packages/elements/src/service-finder/results.js');

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
/** The finder's search half, loaded with the catalogs. */
let results: Results | undefined;

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

// ---------- The element, and the naive finder ----------

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
 * heading that names the query (found or not), or the start view for a value
 * that is no query (an empty box, or fewer than two letters or digits: the
 * element's own `isQuery()` rule).
 */
function subjectShows(el: Subject, value: string): boolean {
  if (subjectInput(el).value !== value || !subjectLoaded(el)) return false;
  const root = shadow(el);
  if (!results?.isQuery(value)) return root.querySelector('.groups') !== null;
  return root.querySelector('#heading')?.textContent?.includes(`“${value.trim()}”`) === true;
}

/** The naive finder's services and, for each, its name, keywords and summary in lower case. */
let naiveServices: Service[] = [];
let haystacks: string[] = [];

const boxes = keystrokes({
  naive: (value) => {
    const words = value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return undefined;
    const names: string[] = [];
    for (const [i, haystack] of haystacks.entries()) {
      if (words.every((word) => haystack.includes(word))) names.push(naiveServices[i]!.name);
    }
    return names;
  },
  shows: subjectShows,
  shown: resultCount,
});

// ---------- What the Node side calls ----------

/** Loads a fresh element: setting the client → results in the DOM, and → painted. */
async function loadOnce(scope: ScopeSpec): Promise<LoadTimes & { el: Subject }> {
  const el = makeSubject(scope, waitingClient);
  await el.updateComplete;
  const times = await timeLoad(el, clientFor(scope), () => subjectLoaded(el));
  return { ...times, el };
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

const bench: ServiceFinderPage = {
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
    const { paintMs, el } = await loadOnce(scope);
    const nodes = shadow(el).querySelectorAll('*').length;
    el.remove();
    return {
      paintMs,
      services: catalogOf(scope).items.length,
      bytes: new Blob([textOf(scope)]).size,
      nodes,
    };
  },

  async loadRound(scope) {
    return loadAndParse(async () => {
      const { el, ...times } = await loadOnce(scope);
      el.remove();
      return times;
    }, [textOf(scope)]);
  },

  async setup(scope) {
    boxes.reset();
    naiveServices = offered(scope);
    haystacks = naiveServices.map((s) =>
      `${s.name} ${s.keywords.join(' ')} ${s.summary}`.toLowerCase(),
    );
    const el = makeSubject(scope, clientFor(scope));
    await el.updateComplete;
    boxes.useSubject(el);
    await painted(() => subjectShows(el, ''), performance.now());
  },

  focus(which) {
    // The box typed into before leaves its garbage (the naive finder's: thousands of nodes a
    // keystroke): collect it now, between queries, not in the middle of this box's keystrokes.
    gc();
    return boxes.focus(which);
  },
  settle: boxes.settle,
  take: boxes.take,

  async split(scope, values, passes) {
    if (results === undefined) throw new Error('split() before ready');
    const { catalogue, help, outcome } = results;
    const times = values.map(() => ({
      outcome: [] as number[],
      help: [] as number[],
      start: false,
      total: 0,
      more: false,
    }));
    for (let pass = 0; pass < passes; pass++) {
      // A fresh catalogue each pass (with its spelling suggestions' word list), as the element
      // builds one, and the start view the element shows once loaded (and keeps).
      const cat = catalogue([...catalogOf(scope).items]);
      outcome(cat, { query: '', sector: '', audience: '', region: scope.region ?? '' });
      for (const [i, value] of values.entries()) {
        // What the element works out for a keystroke, render aside (see #renderOutcome, #renderHelp).
        const c: Criteria = { query: value, sector: '', audience: '', region: scope.region ?? '' };
        const started = performance.now();
        const found = outcome(cat, c);
        const searched = performance.now();
        const time = times[i]!;
        time.outcome.push(searched - started);
        time.start = found.kind === 'start';
        time.total = found.total;
        time.more = found.kind === 'list' && found.more;
        if (found.kind === 'list' && found.total === 0) {
          help(cat, c);
          time.help.push(performance.now() - searched);
        }
        // One per task, as keystrokes come: no batch the JIT sees as a loop.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }
    const middle = (list: number[]) => [...list].sort((a, b) => a - b)[list.length >> 1]!;
    return values.map((value, i) => {
      const { outcome: o, help, ...found } = times[i]!;
      return {
        value,
        outcomeMs: middle(o),
        helpMs: help.length ? middle(help) : undefined,
        ...found,
      };
    });
  },
};

expose(bench);
