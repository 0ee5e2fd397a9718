/**
 * The in-page half shared by the keystroke benches (bench/region-select-page.ts,
 * bench/service-finder-page.ts), bundled with each of them and run in headless
 * Chromium. The page holds three text boxes side by side: the floor (a plain
 * input whose listener does nothing), a naive one (its matches, found by the
 * page's own rule, rendered as `<li>`) and the element. For every keystroke
 * typed into one of them this measures, from the keydown's `timeStamp`, when
 * the handlers were done and when the frame showing that keystroke's results
 * was painted (a requestAnimationFrame, then a MessageChannel task after it).
 * It also times an element's load (setting its client → results in the DOM,
 * and → painted) against JSON.parse of the data it was given.
 *
 * The Node half is bench/keystroke-bench.ts; it finds what a page offers in
 * `window.keystrokeBench` (see {@link expose}).
 */

/** The three text boxes typed into. */
export type CaseName = 'floor' | 'naive' | 'subject';

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
  /** Options or results (the element) or list items (the naive one) in the DOM after the keystroke. */
  shown: number;
  /** Elements in the widget after the keystroke (the element's shadow root, or the list). */
  nodes: number;
}

/** One more load of a scope, and JSON.parse of the data it got (as the API would send it). */
export interface LoadRound extends LoadTimes {
  /** JSON.parse of that data, in ms. */
  parseMs: number;
}

/**
 * What every keystroke page offers the Node side through `page.evaluate`:
 * `Scope` says what the element is set up for, `First` what its first load
 * in the page tells.
 */
export interface KeystrokePage<Scope, First> {
  /** Settles once the page's data is in. */
  ready: Promise<void>;
  /** Loads a fresh element for `scope` the first time. */
  firstLoad(scope: Scope): Promise<First>;
  /** Loads a fresh element again, and parses its data's JSON (alternating which goes first). */
  loadRound(scope: Scope): Promise<LoadRound>;
  /** Fresh text boxes for `scope`, the element loaded. */
  setup(scope: Scope): Promise<void>;
  /** Focuses one text box and answers its value; keystrokes are measured from now on for that box. */
  focus(which: CaseName): string;
  /** Settles once the keystroke that left `expected` in the box has been painted (rejects after 5 s). */
  settle(expected: string): Promise<void>;
  /** The samples so far (and forgets them). */
  take(): KeySample[];
  /** Errors seen in the page (a failed check, an unexpected request). */
  errors: string[];
}

/** The element, as far as a page needs it (public API only). */
export type Subject = HTMLElement & {
  client: unknown;
  readonly isUpdatePending: boolean;
  readonly updateComplete: Promise<boolean>;
};

const TIMEOUT_MS = 5000;
// Chromium runs with --js-flags=--expose-gc: each load and each parse starts on a clean heap,
// so one load's garbage is not collected in the middle of the next.
export const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
/** Errors seen in the page, for {@link KeystrokePage.errors}. */
export const errors: string[] = [];
export const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
export const shadow = (el: Subject) => el.shadowRoot as ShadowRoot;
export const subjectInput = (el: Subject) => shadow(el).querySelector('input') as HTMLInputElement;

/** Hands `bench` to the Node side (bench/keystroke-bench.ts waits for it). */
export function expose<Scope, First>(bench: KeystrokePage<Scope, First>): void {
  (window as unknown as { keystrokeBench: typeof bench }).keystrokeBench = bench;
}

// ---------- Frames ----------

/** Runs `check` after each frame is painted (a rAF, then a task after it) until it holds; answers when. */
export function painted(
  check: () => boolean,
  since: number,
): Promise<{ at: number; frames: number }> {
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
        reject(new Error(`the expected result was not in the DOM within ${TIMEOUT_MS} ms`));
      } else channel.port2.postMessage(null);
    };
    channel.port2.postMessage(null);
  });
}

// ---------- Loads against JSON.parse ----------

/** One load of an element, timed. */
export interface LoadTimes {
  /** Setting the client → the results in the DOM (the element's own work). */
  domMs: number;
  /** Setting the client → the results painted (the next frame too). */
  paintMs: number;
}

/**
 * Gives `el` (waiting on a client that never answers) the client that
 * answers, after a forced GC: setting it → `shown` holds in the DOM, and →
 * painted.
 */
export async function timeLoad(
  el: Subject,
  client: unknown,
  shown: () => boolean,
): Promise<LoadTimes> {
  gc();
  const started = performance.now();
  el.client = client;
  const dom = await inDom(shown, started);
  const { at } = await painted(shown, started);
  return { domMs: dom - started, paintMs: at - started };
}

/** JSON.parse of every text, after a forced GC, in ms. */
function timeParse(texts: readonly string[]): number {
  gc();
  const started = performance.now();
  for (const text of texts) JSON.parse(text);
  return performance.now() - started;
}

let rounds = 0;

/**
 * One more load (`load`) and JSON.parse of `texts`, alternating which goes
 * first, so drift within a round hits both alike.
 */
export async function loadAndParse(
  load: () => Promise<LoadTimes>,
  texts: readonly string[],
): Promise<LoadRound> {
  const parseFirst = rounds++ % 2 === 0;
  let parseMs = parseFirst ? timeParse(texts) : 0;
  const times = await load();
  if (!parseFirst) parseMs = timeParse(texts);
  return { ...times, parseMs };
}

// ---------- Keystrokes ----------

/** What differs between the pages' text boxes. */
export interface KeystrokeOptions {
  /** The names the naive one lists for the box's value; undefined when the value asks nothing (an empty list). */
  naive(value: string): readonly string[] | undefined;
  /** Whether the element shows the results of `value`. */
  shows(el: Subject, value: string): boolean;
  /** Options or results in the element. */
  shown(el: Subject): number;
}

/** The measured text boxes of a page: what {@link KeystrokePage} forwards to. */
export interface Keystrokes
  extends Pick<KeystrokePage<unknown, unknown>, 'focus' | 'settle' | 'take'> {
  readonly floorInput: HTMLInputElement;
  /** Empties the floor and the naive box, and stops measuring until the next focus(). */
  reset(): void;
  /** Types into `el` from now on (call once it has rendered its text box). */
  useSubject(el: Subject): void;
}

/**
 * Wires the floor (`#floor-input`), the naive box (`#naive-input`, listing
 * into `#naive-list`) and the keystroke measurement. Call once, before the
 * element's text box exists.
 */
export function keystrokes(options: KeystrokeOptions): Keystrokes {
  const floorInput = byId<HTMLInputElement>('floor-input');
  const naiveInput = byId<HTMLInputElement>('naive-input');
  const naiveList = byId<HTMLUListElement>('naive-list');
  let subject: Subject | undefined;

  floorInput.addEventListener('input', () => {});

  naiveInput.addEventListener('input', () => {
    const matches = options.naive(naiveInput.value);
    const items: HTMLLIElement[] = [];
    if (matches !== undefined) {
      for (const name of matches) {
        const li = document.createElement('li');
        li.textContent = name;
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

  // Capture on the window: runs before any handler of the text box (an element's in its shadow
  // root, or one that stops the event).
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
            : () => options.shows(subject!, value);
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
            shown:
              which === 'subject'
                ? options.shown(el)
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

  return {
    floorInput,

    reset() {
      current = undefined;
      floorInput.value = '';
      naiveInput.value = '';
      naiveList.replaceChildren();
      naiveList.dataset.query = '';
    },

    useSubject(el) {
      subject = el;
      lastListener(subjectInput(el));
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
          reject(
            new Error(`no keystroke leaving "${expected}" was painted within ${TIMEOUT_MS} ms`),
          );
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
}
