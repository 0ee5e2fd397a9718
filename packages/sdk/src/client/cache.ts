/**
 * The client's cache, as RFC 9111 says a private cache behaves: what an answer
 * allows to be stored, for how long it may be used without asking, and when a
 * stale copy may still be served because the API is down.
 */

/** A validated answer kept in memory, with what is needed to revalidate it. */
export interface CacheEntry {
  data: unknown;
  etag: string | undefined;
  /** When it was received or last revalidated (ms, `Date.now()` clock). */
  storedAt: number;
  /** Until when it is used without asking (ms); `storedAt` itself when every use must revalidate. */
  freshUntil: number;
  /** `must-revalidate`: once stale, never served without a successful revalidation. */
  mustRevalidate: boolean;
}

/** What a response's headers allow. */
export interface StorePolicy {
  /** Whether it may be kept at all (not `no-store`, not `Vary: *`). */
  storable: boolean;
  /** How long it may be used without revalidation, in ms (0: revalidate before every use). */
  freshForMs: number;
  mustRevalidate: boolean;
}

/**
 * A directive of a Cache-Control header: `true` when present without a value,
 * its value (unquoted) when it has one, `undefined` when absent. Names match
 * case-insensitively; the first occurrence counts.
 */
export function directive(header: string | null, name: string): string | true | undefined {
  const match = new RegExp(`(?:^|,)\\s*${name}\\s*(?:=\\s*("[^"]*"|[^,]*))?\\s*(?:,|$)`, 'i').exec(
    header ?? '',
  );
  return match ? (match[1]?.replace(/^"|"$/g, '').trim() ?? true) : undefined;
}

/** A delta-seconds value (`max-age`, `Age`) in ms: digits only; anything else is undefined. */
const seconds = (value: string | true | null | undefined) =>
  typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) * 1000 : undefined;

/**
 * What a response allows a private cache to do with it (RFC 9111 §3 and §4.2):
 * `no-store` and `Vary: *` are never stored; `no-cache` and `max-age=0` are
 * stored but revalidated before every use; the `Age` header counts against
 * `max-age`; without `max-age`, the client's own `ttl` is the lifetime (which
 * also caps it).
 */
export function storePolicy(headers: Headers, ttl: number): StorePolicy {
  const cc = headers.get('cache-control');
  const maxAge = directive(cc, 'max-age');
  const lifetime =
    directive(cc, 'no-cache') !== undefined
      ? 0
      : maxAge !== undefined
        ? // An unreadable max-age makes the answer stale at once (RFC 9111 §4.2.1).
          (seconds(maxAge) ?? 0)
        : ttl;
  return {
    storable:
      directive(cc, 'no-store') === undefined &&
      !/(?:^|,)\s*\*\s*(?:,|$)/.test(headers.get('vary') ?? ''),
    freshForMs: Math.max(0, Math.min(ttl, lifetime - (seconds(headers.get('age')) ?? 0))),
    // `no-cache` asks for revalidation before every use, but the copy may still
    // stand in when the API is down (staleIfError); `must-revalidate` forbids that.
    mustRevalidate: directive(cc, 'must-revalidate') !== undefined,
  };
}

/**
 * Freezes a parsed answer all the way down: cached answers are shared between
 * callers. Primitives and null count as frozen already (`Object.isFrozen`).
 */
export function deepFreeze<T>(value: T): T {
  if (!Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as object)) deepFreeze(child);
  }
  return value;
}
