/** A validated answer kept in memory, with what is needed to revalidate it. */
export interface CacheEntry {
  data: unknown;
  etag: string | undefined;
  /** When it was received or last revalidated (ms, `Date.now()` clock). */
  storedAt: number;
  /** Until when it is used without asking (ms). */
  freshUntil: number;
}

/** Freezes a parsed answer all the way down: cached answers are shared between callers. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** `max-age` of a Cache-Control header in ms; `0` for no-store/no-cache; `undefined` when absent. */
export function maxAgeOf(cacheControl: string | null): number | undefined {
  if (!cacheControl) return undefined;
  if (/(?:^|,)\s*(?:no-store|no-cache)\s*(?:,|$)/i.test(cacheControl)) return 0;
  const match = /(?:^|,)\s*max-age\s*=\s*"?(\d+)"?/i.exec(cacheControl);
  return match ? Number(match[1]) * 1000 : undefined;
}
