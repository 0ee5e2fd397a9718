/**
 * Test helper (Node and browser): makes waits short without changing what
 * they mean. While a fast clock runs, every `setTimeout(fn, ms)` really waits
 * `ms / factor`, and when it fires, `Date.now()` jumps ahead so that at least
 * `ms` have passed on the clock the code sees. Real work (network I/O, parsing)
 * still counts at its real length, so time measured with `Date.now()` around a
 * wait — for instance between two requests' arrivals at the fault server — is
 * the wait plus the real time the work around it took, never less than the wait.
 *
 * The timers are real ones (only shorter), so clearing, `unref()` and
 * `refresh()` behave as usual, and timers still pending when the clock stops
 * simply fire early, leaving the clock as it is: one left over from an
 * earlier clock (a connection pool's idle timer, say) must not make a later
 * clock jump.
 */

const realSetTimeout = globalThis.setTimeout;
const realDateNow = Date.now;

export interface FastClock {
  /** Milliseconds since the clock started, on the clock the code sees. */
  elapsed(): number;
  /** Back to real time (`Date.now()` stays ahead by what it gained). */
  stop(): void;
}

let offset = 0;
let running = false;
/** Which clock runs (each start counts one): only its own timers move it. */
let session = 0;

/** Starts a fast clock; `stop()` it in a `finally`. Only one runs at a time. */
export function fastClock(factor = 20): FastClock {
  if (running) throw new Error('a fast clock is already running');
  running = true;
  const own = ++session;
  const now = () => realDateNow() + offset;
  const started = now();
  Date.now = now;
  globalThis.setTimeout = ((handler: (...args: unknown[]) => void, ms = 0, ...args: unknown[]) => {
    const due = now() + Math.max(0, Number(ms) || 0);
    return realSetTimeout(
      (...rest: unknown[]) => {
        // Catch the clock up to the time this timer was due (while it still runs).
        if (running && session === own) offset += Math.max(0, due - now());
        handler(...rest);
      },
      Math.max(0, Number(ms) || 0) / factor,
      ...args,
    );
  }) as typeof setTimeout;
  return {
    elapsed: () => now() - started,
    stop() {
      globalThis.setTimeout = realSetTimeout;
      Date.now = () => realDateNow() + offset;
      running = false;
    },
  };
}

/** Runs `fn` under a fast clock and returns its value and the time it took on that clock. */
export async function inFastTime<T>(
  fn: () => Promise<T>,
  factor?: number,
): Promise<{ value: T; fakeMs: number }> {
  const clock = fastClock(factor);
  try {
    const value = await fn();
    return { value, fakeMs: clock.elapsed() };
  } finally {
    clock.stop();
  }
}
