import { SpbeError } from './spbe-error.js';

/**
 * Thrown before any request when an argument is wrong: a malformed region code,
 * an empty id, a page number that is not a positive integer. `argument` names the
 * offending parameter; the message says what was expected.
 *
 * @example
 * try {
 *   await spbe.regions.get('32-73');
 * } catch (error) {
 *   if (isSpbeInputError(error)) console.error(error.argument, error.message);
 * }
 */
export class SpbeInputError extends SpbeError {
  override name = 'SpbeInputError' as const;
  /** The name of the argument that was rejected, e.g. `code` or `query.page`. */
  readonly argument: string;

  constructor(argument: string, message: string) {
    super(`${argument}: ${message}`);
    this.argument = argument;
  }
}

/**
 * Whether a value is an {@link SpbeInputError} from any copy of the SDK.
 *
 * @example
 * if (isSpbeInputError(error)) form.setCustomValidity(error.message);
 */
export function isSpbeInputError(value: unknown): value is SpbeInputError {
  return value instanceof SpbeInputError || (value as Error | null)?.name === 'SpbeInputError';
}
