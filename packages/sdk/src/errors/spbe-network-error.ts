import { SpbeError } from './spbe-error.js';

/**
 * The request could not be completed: connection refused or reset (also in
 * the middle of a body), DNS failure, offline, or a CORS refusal in a
 * browser. `cause` holds the runtime's own error.
 *
 * @example
 * try {
 *   await spbe.catalog();
 * } catch (error) {
 *   if (isSpbeNetworkError(error)) showOfflineBanner();
 * }
 */
export class SpbeNetworkError extends SpbeError {
  override name = 'SpbeNetworkError' as const;
  /** The URL that could not be reached. */
  readonly url: string;

  constructor(url: string, cause: unknown) {
    super(
      `GET ${url} failed: the network connection failed${cause instanceof Error && cause.message ? ` (${cause.message})` : ''}`,
      {
        cause,
      },
    );
    this.url = url;
  }
}

/**
 * Whether a value is an {@link SpbeNetworkError} from any copy of the SDK.
 *
 * @example
 * if (isSpbeNetworkError(error)) showOfflineBanner();
 */
export function isSpbeNetworkError(value: unknown): value is SpbeNetworkError {
  return value instanceof SpbeNetworkError || (value as Error | null)?.name === 'SpbeNetworkError';
}
