import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
  /** How long work may be pending before a skeleton shows, in ms: a fast API does not flash. */
  skeletonDelay?: number;
}

/**
 * Runs an element's async work: again whenever its arguments change, the
 * latest call winning (the one before is aborted, so its answer never lands),
 * aborted when the element leaves the page and run again when it comes back.
 */
export class Loader<T> implements ReactiveController {
  state: LoadState<T> = { kind: 'pending', previous: undefined };
  /** Pending for longer than the skeleton delay. */
  slow = false;
  #args: readonly unknown[] | undefined;
  #controller: AbortController | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

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
    // Lit does not update an element put back on the page: ask, so the work starts again.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#cancel();
    this.#args = undefined;
  }

  /** Starts the work now (again), e.g. from a retry button. */
  run(): void {
    this.#cancel();
    const controller = new AbortController();
    this.#controller = controller;
    const { state } = this;
    this.state = { kind: 'pending', previous: state.kind === 'done' ? state.value : undefined };
    this.slow = false;
    // Shows the pending state at once when called from outside an update (a retry button).
    this.host.requestUpdate();
    this.#timer = setTimeout(() => {
      this.slow = true;
      this.host.requestUpdate();
    }, this.options.skeletonDelay ?? 300);
    let staleMs: number | undefined;
    const settle = (next: LoadState<T>) => {
      if (controller.signal.aborted) return;
      clearTimeout(this.#timer);
      this.state = next;
      this.host.requestUpdate();
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
    this.#controller?.abort();
  }
}
