/**
 * The base class of every error the SDK throws. Catch it to handle all SDK
 * failures at once; narrow with the subclasses or the `is…` guards, which also
 * work across realms (iframes, duplicated bundles) because they match on `name`.
 *
 * @example
 * try {
 *   await spbe.regions.get('32.73');
 * } catch (error) {
 *   if (isSpbeError(error)) console.warn(error.name, error.message);
 * }
 */
export class SpbeError extends Error {
  override name = 'SpbeError';
  /**
   * The request that failed, as it was sent (method, URL, headers), with the
   * values of credential headers redacted. Set on failures of a request.
   */
  request?: RequestSummary;

  /**
   * A plain object for logs and `JSON.stringify`: name, message, the error's
   * own fields and its cause (as name and message only, so nothing a cause
   * holds, such as a request with its headers, leaks through it).
   */
  toJSON(): Record<string, unknown> {
    const cause = this.cause as Error | undefined;
    return {
      ...(this as unknown as Record<string, unknown>),
      name: this.name,
      message: this.message,
      cause:
        cause instanceof SpbeError
          ? cause.toJSON()
          : cause && { name: cause.name, message: cause.message },
    };
  }
}

/**
 * A request as an error shows it.
 *
 * @example
 * if (isSpbeError(error)) console.log(error.request?.method, error.request?.url);
 */
export interface RequestSummary {
  method: string;
  url: string;
  /** Lowercased names; `Authorization`, `Cookie` and key- or token-like values are `[redacted]`. */
  headers: Record<string, string>;
}

const SPBE_ERROR_NAME = /^Spbe[A-Za-z]*Error$/;

/**
 * Whether a value is an {@link SpbeError} from any copy of the SDK.
 *
 * @example
 * if (isSpbeError(error)) showToast(error.message);
 */
export function isSpbeError(value: unknown): value is SpbeError {
  if (value instanceof SpbeError) return true;
  const name = typeof value === 'object' && value !== null ? (value as Error).name : undefined;
  return typeof name === 'string' && SPBE_ERROR_NAME.test(name);
}
