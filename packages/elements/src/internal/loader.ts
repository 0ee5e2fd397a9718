import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { transient } from './errors.js';

/** Where an element's data stands. */
export type LoadState<T> =
  | { kind: 'pending'; previous: T | undefined }
  | { kind: 'done'; value: T; staleMs: number | undefined }
  | { kind: 'failed'; error: unknown };

export interface LoaderOptions<T> {
  /** What the work depends on: when any of it changes (by identity), the work starts again. */
  args: () => readonly unknown[];
  /**
   * The work. It must give up when `signal` aborts; `stale(ageMs)` marks the
   * answer as a copy served from the cache while the API is down.
   */
  load: (signal: AbortSignal, stale: (ageMs: number) => void) => Promise<T>;
}

/** How long work may be pending before a skeleton shows, in ms: a fast API does not flash. */
const SKELETON_DELAY = 300;

/** The first wait before trying again by itself is one to two steps (ms), jittered; each failure doubles it… */
const STEP = 2_500;
/** …up to five minutes, which also caps a longer `Retry-After`. */
const LONGEST_WAIT = 300_000;

/**
 * Runs an element's async work: again whenever its arguments change, the
 * latest call winning (the one before is aborted, so its answer never lands),
 * aborted when the element leaves the page and run again when it comes back.
 *
 * When the work fails for a reason that may pass (the API down, slow,
 * overloaded, or sending something broken), or answers with a stale copy, it
 * tries again by itself, so the element recovers without a reload: after a
 * wait that doubles each time (2.5–5 s first, at most 5 min; jittered, so
 * that the pages of a whole province do not come back at once; never shorter
 * than the API's `Retry-After`); at once when the browser comes back online
 * or the page is shown again; never while the page is hidden. Meanwhile
 * what is on screen (the failure, or the stale copy) stays, without a
 * loading state in between. New arguments or a retry button start the waits
 * short again.
 */
export class Loader<T> implements ReactiveController {
  state: LoadState<T> = { kind: 'pending', previous: undefined };
  /** Pending for longer than the skeleton delay. */
  slow = false;
  #args: readonly unknown[] | undefined;
  #controller: AbortController | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The retry planned, if any. */
  #retry: ReturnType<typeof setTimeout> | undefined;
  /** Failed (or stale) answers in a row: each makes the next wait longer. */
  #failures = 0;
  /** Time to retry (the wait is over, the browser is back online, the page is shown again). */
  #wake = () => {
    if (this.#retry && !document.hidden) this.run(true);
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LoaderOptions<T>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.options.args();
    const before = this.#args;
    if (before === undefined || args.some((arg, i) => arg !== before[i])) {
      this.#args = args;
      this.run();
    }
  }

  hostConnected(): void {
    addEventListener('online', this.#wake);
    document.addEventListener('visibilitychange', this.#wake);
    // Lit does not update an element put back on the page: ask, so the work starts again.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    removeEventListener('online', this.#wake);
    document.removeEventListener('visibilitychange', this.#wake);
    this.#cancel();
    this.#args = undefined;
  }

  /**
   * Starts the work now (again), e.g. from a retry button; `quiet` keeps what
   * is shown until the work settles (a retry the element makes by itself).
   */
  run(quiet = false): void {
    this.#cancel();
    const controller = new AbortController();
    this.#controller = controller;
    if (!quiet) {
      // New work (or a person asking): the waits start short again.
      this.#failures = 0;
      const { state } = this;
      this.state = { kind: 'pending', previous: state.kind === 'done' ? state.value : undefined };
      this.slow = false;
      // Shows the pending state at once when called from outside an update (a retry button).
      this.host.requestUpdate();
      this.#timer = setTimeout(() => {
        this.slow = true;
        this.host.requestUpdate();
      }, SKELETON_DELAY);
    }
    let staleMs: number | undefined;
    const settle = (next: LoadState<T>) => {
      if (controller.signal.aborted) return;
      clearTimeout(this.#timer);
      this.state = next;
      this.host.requestUpdate();
      if (next.kind === 'failed' ? transient(next.error) : staleMs !== undefined) {
        // Between one and two steps (jitter, so that pages do not all come back at once).
        const wait = STEP * 2 ** this.#failures++ * (1 + Math.random());
        const asked = (next as { error?: { retryAfter?: number } }).error?.retryAfter || 0;
        this.#retry = setTimeout(this.#wake, Math.min(LONGEST_WAIT, Math.max(asked, wait)));
      } else this.#failures = 0;
    };
    this.options
      .load(controller.signal, (ms) => {
        staleMs = ms;
      })
      .then(
        (value) => settle({ kind: 'done', value, staleMs }),
        (error: unknown) => settle({ kind: 'failed', error }),
      );
  }

  #cancel(): void {
    clearTimeout(this.#timer);
    clearTimeout(this.#retry);
    this.#retry = undefined;
    this.#controller?.abort();
  }
}
