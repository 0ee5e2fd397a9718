import { SpbeInputError } from '../errors/spbe-input-error.js';
import { words } from './normalize.js';

/**
 * Checks the text and limit every search takes; returns the limit and the
 * query's words (at most `most`, from the first 256 characters: a huge query
 * costs no more than a long one).
 */
export function prepare(
  text: unknown,
  limit: unknown = 10,
  most = 8,
): [limit: number, words: string[]] {
  if (typeof text !== 'string') throw new SpbeInputError('text', 'must be a string');
  if (!(Number.isInteger(limit) && (limit as number) >= 1 && (limit as number) <= 1000)) {
    throw new SpbeInputError('options.limit', 'must be a whole number from 1 to 1000');
  }
  return [limit as number, words(text.slice(0, 256)).slice(0, most)];
}

/** Checks that an index is built from an array of objects with a string `name`. */
export function checkItems(argument: string, items: unknown): void {
  const bad = Array.isArray(items) ? items.findIndex((item) => typeof item?.name !== 'string') : -2;
  if (bad !== -1) {
    throw new SpbeInputError(
      bad < 0 ? argument : `${argument}[${bad}].name`,
      `must be ${bad < 0 ? 'an array' : 'a string'}`,
    );
  }
}
