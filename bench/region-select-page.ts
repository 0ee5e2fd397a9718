/**
 * The in-page half of bench/region-select.bench.ts, bundled on the fly and run
 * in headless Chromium beside the drop-in bundle of `<spbe-region-select>`.
 * The text boxes and the keystroke timing are bench/keystroke-page.ts; here
 * are the naive picker (filters every name with `includes()` and renders
 * every match), when the element shows a keystroke's results, and its loads.
 * The element's data comes from a fake client answering from memory, so its
 * load time is the element's own work.
 */
import type { Region, RegionLevel } from '@spbe/sdk';
import {
  byId,
  errors,
  expose,
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

/** The choices of one select: `level` under `parent` (null: all of Indonesia). */
export interface ScopeSpec {
  level: RegionLevel;
  parent: string | null;
}

/** The element's first load of one scope in the page, and what it asked for. */
export interface FirstLoad {
  /** Setting the client → options painted (the fake client computes its answers in this one). */
  paintMs: number;
  /** Calls the element made to the client. */
  requests: number;
  /** Regions in those answers. */
  regions: number;
  /** Bytes of those answers as JSON. */
  bytes: number;
  /** Choices the element offers (the regions of the scope's level). */
  choices: number;
}

/**
 * What the Node side calls through `page.evaluate`. `firstLoad()` keeps the
 * answers the element asked for as JSON; `loadRound()` times another load
 * (options in the DOM, and painted) against JSON.parse of those answers.
 */
export type RegionSelectPage = KeystrokePage<ScopeSpec, FirstLoad>;

// ---------- The fake client, answering from the regions the Node side sent ----------

let regions: Region[] = [];
const childrenOf = new Map<string | null, Region[]>();
const LEVELS: readonly RegionLevel[] = ['province', 'regency', 'district', 'village'];

function index(list: Region[]): void {
  regions = list;
  for (const region of list) {
    const siblings = childrenOf.get(region.parentCode) ?? [];
    siblings.push(region);
    childrenOf.set(region.parentCode, siblings);
  }
}

/** The regions of `level` under `code`, walking down the tree. */
function below(code: string, level: RegionLevel): Region[] {
  let layer = [code];
  const depth = LEVELS.indexOf(level) - (code.split('.').length - 1);
  let found: Region[] = [];
  for (let i = 0; i < depth; i++) {
    found = layer.flatMap((c) => {
      const children = childrenOf.get(c);
      // The Node side sends whole subtrees: a region with no children here was not sent.
      if (children === undefined) throw new Error(`the bench has no children of ${c}`);
      return children;
    });
    layer = found.map((r) => r.code);
  }
  return found;
}

/** What one load asked for, to replay as JSON. */
let answered: Region[][] = [];
const answers = new Map<string, Region[]>();

/** Answers every call at once (a resolved promise) from memory, the same arrays each time. */
function answer(key: string, make: () => Region[]): Promise<Region[]> {
  let list = answers.get(key);
  if (list === undefined) {
    list = make();
    answers.set(key, list);
  }
  answered.push(list);
  return Promise.resolve(list);
}

const fakeClient = {
  regions: {
    provinces: () => answer('provinces', () => childrenOf.get(null) ?? []),
    children: (code: string) =>
      answer(`children ${code}`, () => below(code, LEVELS[code.split('.').length] as RegionLevel)),
    descendants: (code: string, options: { level: RegionLevel }) =>
      answer(`descendants ${code} ${options.level}`, () => below(code, options.level)),
  },
};

/** A client that never answers: the element waits on it until the measured client is set. */
const never = new Promise<Region[]>(() => {});
const waitingClient = {
  regions: { provinces: () => never, children: () => never, descendants: () => never },
};

function inScope(region: Region, scope: ScopeSpec): boolean {
  return (
    region.level === scope.level &&
    (scope.parent === null || region.code.startsWith(`${scope.parent}.`))
  );
}

// ---------- The element, and the naive picker ----------

const optionCount = (el: Subject) => shadow(el).querySelectorAll('[role="option"]').length;

function makeSubject(scope: ScopeSpec, client: unknown): Subject {
  const el = document.createElement('spbe-region-select') as unknown as Subject;
  el.setAttribute('level', scope.level);
  if (scope.parent !== null) el.setAttribute('parent', scope.parent);
  el.setAttribute('label', 'Wilayah');
  el.client = client;
  byId('subject').replaceChildren(el);
  return el;
}

/** Whether the element shows the results of `value`: the text, no update pending, options or a note. */
function subjectShows(el: Subject, value: string): boolean {
  if (subjectInput(el).value !== value || el.isUpdatePending) return false;
  if (value.trim() === '') return true;
  const root = shadow(el);
  const listbox = root.querySelector<HTMLElement>('[role="listbox"]');
  const shown = listbox !== null && !listbox.hidden && optionCount(el) > 0;
  const note = root.querySelector('.popup:not([hidden]) .note')?.textContent?.trim();
  return shown || Boolean(note);
}

/** The naive picker's names: the scope's. */
let names: string[] = [];

const boxes = keystrokes({
  naive: (value) => {
    const query = value.trim().toLowerCase();
    return query === '' ? undefined : names.filter((name) => name.toLowerCase().includes(query));
  },
  shows: subjectShows,
  shown: optionCount,
});

// ---------- What the Node side calls ----------

/** Loads a fresh element, its list open: setting the client → options in the DOM, and → painted. */
async function loadOnce(scope: ScopeSpec): Promise<LoadTimes> {
  const el = makeSubject(scope, waitingClient);
  await el.updateComplete;
  subjectInput(el).click(); // opens the list: the options render as soon as they load
  await el.updateComplete;
  const times = await timeLoad(el, fakeClient, () => optionCount(el) > 0);
  el.remove();
  return times;
}

const scopeKey = (scope: ScopeSpec) => `${scope.level} ${scope.parent}`;
/** The first load's answers per scope, as JSON. */
const jsonOf = new Map<string, string[]>();

const bench: RegionSelectPage = {
  errors,
  ready: fetch('/regions.json')
    .then((response) => response.json() as Promise<Region[]>)
    .then(index),

  async firstLoad(scope) {
    answered = [];
    const { paintMs } = await loadOnce(scope);
    const texts = answered.map((list) => JSON.stringify(list));
    jsonOf.set(scopeKey(scope), texts);
    return {
      paintMs,
      requests: answered.length,
      regions: answered.reduce((n, list) => n + list.length, 0),
      bytes: new Blob(texts).size,
      choices: regions.filter((r) => inScope(r, scope)).length,
    };
  },

  async loadRound(scope) {
    const texts = jsonOf.get(scopeKey(scope));
    if (texts === undefined) throw new Error('loadRound() before firstLoad()');
    return loadAndParse(async () => {
      answered = [];
      const times = await loadOnce(scope);
      if (answered.length !== texts.length) {
        errors.push(`a load made ${answered.length} requests, the first made ${texts.length}`);
      }
      return times;
    }, texts);
  },

  async setup(scope) {
    boxes.reset();
    names = regions.filter((r) => inScope(r, scope)).map((r) => r.name);
    const el = makeSubject(scope, fakeClient);
    await el.updateComplete;
    boxes.useSubject(el);
    const input = subjectInput(el);
    input.focus();
    input.click();
    await painted(() => optionCount(el) > 0, performance.now());
    boxes.floorInput.focus(); // the element closes its list when focus leaves
    await el.updateComplete;
  },

  focus: boxes.focus,
  settle: boxes.settle,
  take: boxes.take,
};

expose(bench);
