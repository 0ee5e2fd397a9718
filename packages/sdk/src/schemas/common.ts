import * as z from 'zod/mini';

/**
 * The check under {@link rule} and {@link crossCheck}: `run` reports an issue
 * with `report(message, path, input)`, and the issue is the one `z.refine` or
 * `z.superRefine` would file: custom, and not aborting, so the checks after
 * it still run. Not those two themselves: their shims (promises, zod 3's
 * `fatal`, issue defaults) would ship in every bundle with the client.
 */
function checkWith<T>(
  run: (value: T, report: (message: string, path: PropertyKey[], input: unknown) => void) => void,
): z.core.$ZodCheck<T> {
  const check = z.check<T>(({ value, issues }) =>
    run(value, (message, path, input) => {
      issues.push({ code: 'custom', path, message, input, inst: check, continue: true });
    }),
  );
  return check;
}

/**
 * `z.refine(test, message)` for a test that answers at once: an issue at
 * `path` (below the value checked) when `test` fails.
 */
export function rule<T>(
  test: (value: T) => boolean,
  message: string,
  path: PropertyKey[] = [],
): z.core.$ZodCheck<T> {
  return checkWith<T>((value, report) => {
    if (!test(value)) report(message, [...path], value);
  });
}

/**
 * A rule across an object's fields: `report(field, message)` files a custom
 * issue at `field`, with that field's value as the issue's input.
 */
export function crossCheck<T extends object>(
  run: (value: T, report: (field: keyof T & string, message: string) => void) => void,
): z.core.$ZodCheck<T> {
  return checkWith<T>((value, report) =>
    run(value, (field, message) => report(message, [field], value[field])),
  );
}

/**
 * A URL-safe identifier: lowercase letters and digits in dash-separated words.
 *
 * @example
 * SlugSchema.safeParse('sp4n-lapor').success; // true
 */
export const SlugSchema = z
  .string()
  .check(
    z.maxLength(64, 'must be at most 64 characters'),
    z.regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      'must be a slug: lowercase letters, digits and single dashes',
    ),
  );

const NOT_A_DATE = 'must be a calendar date written YYYY-MM-DD';

/**
 * A calendar date as `YYYY-MM-DD` (a real date: no 31 April, 29 February only in leap years).
 *
 * @example
 * IsoDateSchema.safeParse('2026-02-30').success; // false
 */
export const IsoDateSchema = z.string(NOT_A_DATE).check(
  // A rule rather than `z.iso.date`, whose pattern builders cost every bundle with the
  // client ~230 bytes gzipped; the OpenAPI document still says `format: date`.
  // Date.parse rolls 2026-02-30 over to 2 March (and gives NaN, here 0, for 2026-13-01):
  // a real date reads back the same.
  rule(
    (value) =>
      /^\d{4}-\d\d-\d\d$/.test(value) &&
      new Date(Date.parse(value) || 0).toISOString().startsWith(value),
    NOT_A_DATE,
  ),
);

/**
 * An absolute `https:` URL (plain `http:` is refused: these links are shown to citizens).
 *
 * @example
 * HttpsUrlSchema.safeParse('http://lapor.go.id').success; // false: not https
 */
export const HttpsUrlSchema = z.string().check(
  z.maxLength(2048, 'must be at most 2048 characters'),
  rule((value) => {
    if (!value.startsWith('https://')) return false;
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an absolute https:// URL'),
);

/** Human-readable text: trimmed, non-empty and bounded. */
export function text(max: number) {
  return z.string().check(
    z.minLength(1, 'must not be empty'),
    z.maxLength(max, `must be at most ${max} characters`),
    rule((value) => value.trim() === value, 'must not start or end with spaces'),
  );
}
