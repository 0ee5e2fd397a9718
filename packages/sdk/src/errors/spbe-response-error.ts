import { SpbeError } from './spbe-error.js';

/**
 * Why a response broke the contract: the `reason` of an
 * {@link SpbeResponseError}. (Not to be confused with `Problem`, the
 * RFC 9457 problem details an API sends with an error status.)
 *
 * @example
 * if (isSpbeResponseError(error) && error.reason === 'too-large') raiseTheCap();
 */
export type ResponseErrorReason =
  | 'content-type'
  | 'too-large'
  | 'not-json'
  | 'schema'
  | 'unexpected-status';

/**
 * The response broke the contract: not JSON (an HTML error page, a truncated
 * body), the wrong content type, larger than the size cap, or valid JSON that
 * does not match the schema. `path` points into the body (`items[3].name`)
 * when the schema did not match.
 *
 * @example
 * try {
 *   await spbe.regions.children('32');
 * } catch (error) {
 *   if (isSpbeResponseError(error)) report(error.reason, error.path, error.message);
 * }
 */
export class SpbeResponseError extends SpbeError {
  override name = 'SpbeResponseError' as const;
  /** The URL that answered. */
  readonly url: string;
  /** What went wrong. */
  readonly reason: ResponseErrorReason;
  /** Where in the body, for `schema`: e.g. `items[3].name` (`''` for the whole body). */
  readonly path: string | undefined;

  constructor(url: string, reason: ResponseErrorReason, message: string, path?: string) {
    super(`GET ${url}: ${message}`);
    this.url = url;
    this.reason = reason;
    this.path = path;
  }
}

/**
 * Whether a value is an {@link SpbeResponseError} from any copy of the SDK.
 *
 * @example
 * if (isSpbeResponseError(error)) reportContractBreak(error);
 */
export function isSpbeResponseError(value: unknown): value is SpbeResponseError {
  return (
    value instanceof SpbeResponseError || (value as Error | null)?.name === 'SpbeResponseError'
  );
}
