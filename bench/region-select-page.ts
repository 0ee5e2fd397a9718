/**
 * The in-page half of bench/region-select.bench.ts, bundled on the fly and run
 * in headless Chromium beside the drop-in bundle of `<spbe-region-select>`.
 * It holds three text boxes side by side: the floor (a plain input whose
 * listener does nothing), a naive picker (filters every name with
 * `includes()` and renders every match) and the element. For every keystroke
 * typed into one of them it measures, from the keydown's `timeStamp`, when
 * the handlers were done and when the frame showing that keystroke's results
 * was painted (a requestAnimationFrame, then a MessageChannel task after it).
 * The element's data comes from a fake client answering from memory, so its
 * load time is the element's own work.
 */
import type { Region, RegionLevel } from '@spbe/sdk';

/** The three text boxes typed into. */
export type CaseName = 'floor' | 'naive' | 'subject';

/** The choices of one select: `level` under `parent` (null: all of Indonesia). */
export interface ScopeSpec {
  level: RegionLevel;
  parent: string | null;
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
  /** Options (the element) or list items (the naive picker) in the DOM after the keystroke. */
  options: number;
  /** Elements in the widget after the keystroke (the element's shadow root, or the list). */
  nodes: number;
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

/** One more load of a scope, and JSON.parse of the answers it got (as the API would send them). */
export interface LoadRound {
  /** Setting the client → the options in the DOM (the element's own work). */
  domMs: number;
  /** Setting the client → options painted (the next frame too). */
  paintMs: number;
  /** JSON.parse of every answer of the first load. */
  parseMs: number;
}

/** What the Node side calls through `page.evaluate`. */
export interface BenchPage {
  /** Settles once the region data is in. */
  ready: Promise<void>;
  /** Loads a fresh element for `scope` the first time, keeping its answers as JSON. */
  firstLoad(scope: ScopeSpec): Promise<FirstLoad>;
  /** Loads a fresh element again, and parses the first load's answers (alternating which goes first). */
  loadRound(scope: ScopeSpec): Promise<LoadRound>;
  /** Fresh text boxes for `scope`, the element loaded and closed. */
  setup(scope: ScopeSpec): Promise<void>;
  /** Focuses one text box and answers its value; keystrokes are measured from now on for that box. */
  focus(which: CaseName): string;
  /** Settles once the keystroke that left `expected` in the box has been painted (rejects after 5 s). */
  settle(expected: string): Promise<void>;
  /** The samples so far (and forgets them). */
  take(): KeySample[];
  /** Errors seen in the page (a failed check, an unexpected request). */
  errors: string[];
}

declare global {
  interface Window {
    regionSelectBench: BenchPage;
  }
}

/** The element, as far as this page needs it (public API only). */
type Subject = HTMLElement & {
  client: unknown;
  readonly isUpdatePending: boolean;
  readonly updateComplete: Promise<boolean>;
};

const TIMEOUT_MS = 5000;
// Chromium runs with --js-flags=--expose-gc: each load and each parse starts on a clean heap,
// so one load's garbage is not collected in the middle of the next.
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const errors: string[] = [];
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

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

// ---------- The three text boxes ----------

const floorInput = byId<HTMLInputElement>('floor-input');
const naiveInput = byId<HTMLInputElement>('naive-input');
const naiveList = byId<HTMLUListElement>('naive-list');
let subject: Subject | undefined;
let names: string[] = [];

floorInput.addEventListener('input', () => {});

naiveInput.addEventListener('input', () => {
  const query = naiveInput.value.trim().toLowerCase();
  const matches = query === '' ? [] : names.filter((name) => name.toLowerCase().includes(query));
  const items = matches.map((name) => {
    const li = document.createElement('li');
    li.textContent = name;
    return li;
  });
  if (query !== '' && items.length === 0) {
    const li = document.createElement('li');
    li.textContent = 'Tidak ditemukan';
    items.push(li);
  }
  naiveList.replaceChildren(...items);
  naiveList.dataset.query = naiveInput.value;
});

const shadow = (el: Subject) => el.shadowRoot as ShadowRoot;
const subjectInput = (el: Subject) => shadow(el).querySelector('input') as HTMLInputElement;
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

// Capture on the window: runs before any handler of the text box (the element's stops the event).
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
          options:
            which === 'subject'
              ? optionCount(el)
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
        reject(new Error(`no options within ${TIMEOUT_MS} ms`));
      } else channel.port2.postMessage(null);
    };
    channel.port2.postMessage(null);
  });
}

/** Loads a fresh element: setting the client → options in the DOM, and → painted. */
async function loadOnce(scope: ScopeSpec): Promise<{ dom: number; paint: number }> {
  const el = makeSubject(scope, waitingClient);
  await el.updateComplete;
  subjectInput(el).click(); // opens the list: the options render as soon as they load
  await el.updateComplete;
  gc();
  const started = performance.now();
  el.client = fakeClient;
  const shown = () => optionCount(el) > 0;
  const dom = await inDom(shown, started);
  const { at } = await painted(shown, started);
  el.remove();
  return { dom: dom - started, paint: at - started };
}

const scopeKey = (scope: ScopeSpec) => `${scope.level} ${scope.parent}`;
/** The first load's answers per scope, as JSON. */
const jsonOf = new Map<string, string[]>();
let rounds = 0;

function parseAll(texts: string[]): number {
  gc();
  const started = performance.now();
  for (const text of texts) JSON.parse(text);
  return performance.now() - started;
}

const bench: BenchPage = {
  errors,
  ready: fetch('/regions.json')
    .then((response) => response.json() as Promise<Region[]>)
    .then(index),

  async firstLoad(scope) {
    answered = [];
    const { paint } = await loadOnce(scope);
    const texts = answered.map((list) => JSON.stringify(list));
    jsonOf.set(scopeKey(scope), texts);
    return {
      paintMs: paint,
      requests: answered.length,
      regions: answered.reduce((n, list) => n + list.length, 0),
      bytes: new Blob(texts).size,
      choices: regions.filter((r) => inScope(r, scope)).length,
    };
  },

  async loadRound(scope) {
    const texts = jsonOf.get(scopeKey(scope));
    if (texts === undefined) throw new Error('loadRound() before firstLoad()');
    // Alternate which goes first, so drift within a round hits both alike.
    const parseFirst = rounds++ % 2 === 0;
    let parseMs = parseFirst ? parseAll(texts) : 0;
    answered = [];
    const { dom, paint } = await loadOnce(scope);
    if (answered.length !== texts.length) {
      errors.push(`a load made ${answered.length} requests, the first made ${texts.length}`);
    }
    if (!parseFirst) parseMs = parseAll(texts);
    return { domMs: dom, paintMs: paint, parseMs };
  },

  async setup(scope) {
    current = undefined;
    floorInput.value = '';
    naiveInput.value = '';
    naiveList.replaceChildren();
    naiveList.dataset.query = '';
    names = regions.filter((r) => inScope(r, scope)).map((r) => r.name);
    const el = makeSubject(scope, fakeClient);
    subject = el;
    await el.updateComplete;
    const input = subjectInput(el);
    lastListener(input);
    input.focus();
    input.click();
    await painted(() => optionCount(el) > 0, performance.now());
    floorInput.focus(); // the element closes its list when focus leaves
    await el.updateComplete;
  },

  focus(which) {
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
};

window.regionSelectBench = bench;
