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
