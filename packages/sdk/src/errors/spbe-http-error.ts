import type { Problem } from '../schemas/problem.js';
import { SpbeError } from './spbe-error.js';

/**
 * The API answered with an error status (4xx/5xx, after any retries). Carries
 * the status, the RFC 9457 problem details when the body was one, and the
 * request id to quote when reporting it.
 *
 * @example
 * try {
 *   await spbe.regions.get('32.98');
 * } catch (error) {
 *   if (isSpbeHttpError(error) && error.status === 404) showNotFound(error.problem?.detail);
 *   if (isSpbeHttpError(error) && error.retryAfter) tryAgainIn(error.retryAfter);
 * }
 */
export class SpbeHttpError extends SpbeError {
  override name = 'SpbeHttpError' as const;
  /** The HTTP status, e.g. 404. */
  readonly status: number;
  /** The problem details body, when the API sent a valid one. */
  readonly problem: Problem | undefined;
  /** From the `X-Request-Id` header (or the problem body). */
  readonly requestId: string | undefined;
  /** The URL that answered. */
  readonly url: string;
  /**
   * How long the API asked to wait before trying again, in ms, from a
   * readable `Retry-After` header (a 503 or 429 usually carries one).
   */
  readonly retryAfter: number | undefined;

  constructor(
    url: string,
    status: number,
    problem: Problem | undefined,
    requestId: string | undefined,
    retryAfter?: number,
  ) {
    const detail = problem?.detail ?? problem?.title;
    super(
      `GET ${url} answered ${status}${detail ? `: ${detail}` : ''}${requestId ? ` (request id ${requestId})` : ''}`,
    );
    this.status = status;
    this.problem = problem;
    this.requestId = requestId;
    this.url = url;
    this.retryAfter = retryAfter;
  }
}

/**
 * Whether a value is an {@link SpbeHttpError} from any copy of the SDK.
 *
 * @example
 * if (isSpbeHttpError(error) && error.status >= 500) retryLater();
 */
export function isSpbeHttpError(value: unknown): value is SpbeHttpError {
  return value instanceof SpbeHttpError || (value as Error | null)?.name === 'SpbeHttpError';
}
