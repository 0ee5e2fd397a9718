import { SpbeError } from './spbe-error.js';

/**
 * The exchange took longer than allowed: `timeout` for one attempt (headers
 * and body together, so a body that stalls after the headers counts), or
 * `deadline` for all attempts.
 *
 * @example
 * try {
 *   await spbe.catalog();
 * } catch (error) {
 *   if (isSpbeTimeoutError(error)) console.warn(`gave up after ${error.timeout} ms`);
 * }
 */
export class SpbeTimeoutError extends SpbeError {
  override name = 'SpbeTimeoutError' as const;
  /** The URL that did not answer in time. */
  readonly url: string;
  /** The limit that ran out, in milliseconds. */
  readonly timeout: number;

  constructor(url: string, timeout: number, what: 'timeout' | 'deadline') {
    super(
      what === 'timeout'
        ? `GET ${url} timed out: no complete answer within ${timeout} ms`
        : `GET ${url} gave up: no answer within the ${timeout} ms deadline, retries included`,
    );
    this.url = url;
    this.timeout = timeout;
  }
}

/**
 * Whether a value is an {@link SpbeTimeoutError} from any copy of the SDK.
 *
 * @example
 * if (isSpbeTimeoutError(error)) showSlowNetworkHint();
 */
export function isSpbeTimeoutError(value: unknown): value is SpbeTimeoutError {
  return value instanceof SpbeTimeoutError || (value as Error | null)?.name === 'SpbeTimeoutError';
}
