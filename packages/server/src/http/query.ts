/**
 * Strict parameter parsing against the SDK's schemas: in a query string,
 * unknown keys, repeated keys, non-numeric numbers and out-of-range values are
 * each refused with a message naming the parameter; a path parameter that
 * breaks its schema is refused the same way.
 */
import { INTEGER_QUERY_KEYS } from '@spbe/sdk';
import type * as z from 'zod/mini';
import {
  type FieldError,
  invalidParameter,
  invalidParameters,
  unknownParameters,
} from './problem.js';

// A whole number as people write it in a URL: digits only, no sign, no exponent.
const WHOLE = /^[0-9]{1,9}$/;

/**
 * Parses `url`'s query with a strict object schema. Returns the typed value or
 * throws a 400 problem listing every bad parameter.
 */
export function parseQuery<T extends z.ZodMiniObject>(url: URL, schema: T): z.infer<T> {
  const known = Object.keys(schema.shape);
  const raw: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  const unknown: string[] = [];
  for (const [key, value] of url.searchParams) {
    if (!known.includes(key)) {
      unknown.push(key);
      continue;
    }
    if (key in raw) {
      errors.push({ path: `query.${key}`, message: 'is given more than once' });
      continue;
    }
    if (INTEGER_QUERY_KEYS.has(key)) {
      if (!WHOLE.test(value)) {
        errors.push({ path: `query.${key}`, message: 'must be a whole number such as 1 or 20' });
      }
      raw[key] = Number(value);
    } else {
      raw[key] = value;
    }
  }
  if (unknown.length > 0) throw unknownParameters(unknown, known);
  const result = schema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = `query.${issue.path.join('.')}`;
      if (!errors.some((e) => e.path === path)) errors.push({ path, message: issue.message });
    }
  }
  if (errors.length > 0) throw invalidParameters(errors);
  return result.data as z.infer<T>;
}

/** For paths that take no parameters: any query string is refused, key by key. */
export function refuseQuery(url: URL): void {
  if (url.search === '') return;
  const keys = [...url.searchParams.keys()];
  if (keys.length > 0) throw unknownParameters(keys, []);
}

/** Checks one path parameter against its schema, or throws a 400 naming it. */
export function checkPathParam(name: string, value: string, schema: z.ZodMiniType): void {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw invalidParameter(name, value, result.error.issues[0]?.message ?? 'is malformed');
  }
}
