/**
 * How the client retries, as ky options: which failures, how long to wait.
 * ky runs the loop; the client only classifies its own failures.
 */

/** HTTP statuses worth another try: the server may answer differently soon. */
export const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

/** Statuses whose `Retry-After` is honoured (RFC 9110 §10.2.3). */
export const RETRY_AFTER_STATUSES = [429, 503];

const BASE_DELAY_MS = 300;
/** Longest wait between attempts that the backoff itself asks for. */
export const MAX_BACKOFF_MS = 5_000;

/** Exponential backoff: 300 ms before the first retry, then 600 ms, 1.2 s … (capped by ky at {@link MAX_BACKOFF_MS}). */
export const backoffStep = (retry: number) => BASE_DELAY_MS * 2 ** (retry - 1);

/**
 * Jitter between half and all of a step, so that many clients failing
 * together do not retry together.
 */
export const jitter = (step: number, random: () => number = Math.random) =>
  Math.round(step / 2 + (random() * step) / 2);

/** ky 1.x takes a Retry-After number (× 1000) from this instant on for an instant, not a wait. */
const KY_TIMESTAMP_FROM = Date.UTC(2024, 0, 1);

/**
 * Milliseconds a `Retry-After` header asks to wait, read as ky reads it:
 * whatever `Number()` reads is seconds (delta-seconds, but also `1.5`; so
 * many that they are past 2024 in ms, an instant in epoch seconds), anything
 * else an HTTP-date; anything unreadable makes ky wait its longest
 * (`maxRetryAfter`), so it reads as infinity here. Used to know, before
 * waiting, whether the wait would outlast the deadline.
 */
export function retryAfterMs(header: string, now: number = Date.now()): number {
  const number = Number(header) * 1000;
  const wait = Number.isNaN(number)
    ? Date.parse(header) - now
    : number >= KY_TIMESTAMP_FROM
      ? number - now
      : number;
  return Number.isNaN(wait) ? Number.POSITIVE_INFINITY : Math.max(0, wait);
}
