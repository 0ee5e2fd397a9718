import type { AfterResponseHook, BeforeRequestHook, BeforeRetryHook } from 'ky';
import { SpbeInputError } from '../errors/spbe-input-error.js';

/**
 * Headers sent with every request: an object, or a function (sync or async)
 * called before every attempt, so that a rotating token is always current.
 * Values of `Authorization`, `Cookie` and headers named like a key or token
 * are redacted wherever an error shows the request.
 *
 * @example
 * createClient({ baseUrl, headers: async () => ({ authorization: `Bearer ${await tokens.current()}` }) });
 */
export type HeadersOption =
  | Record<string, string>
  | (() => Record<string, string> | Promise<Record<string, string>>);

/**
 * ky's hooks, passed through: `beforeRequest` runs before every attempt (after
 * the client has set its own headers), `beforeRetry` before every retry,
 * `afterResponse` on every response before the client reads it. An error
 * thrown by a hook rejects the call with that error, unretried.
 *
 * @example
 * createClient({
 *   baseUrl,
 *   hooks: {
 *     beforeRequest: [(request) => request.headers.set('x-request-id', crypto.randomUUID())],
 *     afterResponse: [(request, _options, response) => log(request.url, response.status)],
 *   },
 * });
 */
export interface HooksOption {
  beforeRequest?: BeforeRequestHook[];
  beforeRetry?: BeforeRetryHook[];
  afterResponse?: AfterResponseHook[];
}

/**
 * How the client keeps answers in memory.
 *
 * @example
 * createClient({ baseUrl, cache: { ttl: 300_000, staleWhileRevalidate: true } });
 */
export interface CacheOptions {
  /** Most answers kept (least recently used go first). Default 500. */
  maxEntries?: number;
  /** How long an answer is used without asking the API again, in ms (never longer than the API's own max-age). Default 60 000. */
  ttl?: number;
  /** When the API is down (network error, timeout, 5xx, broken body), answer with the last good copy instead of failing. Default `true`. */
  staleIfError?: boolean;
  /** Answer with a stale copy at once and revalidate in the background. Default `false`. */
  staleWhileRevalidate?: boolean;
  /** Oldest copy ever served stale, in ms. Default one day. */
  maxStale?: number;
}

/**
 * Told when a stale copy was served instead of a fresh answer.
 *
 * @example
 * createClient({ baseUrl, onStale: (event: StaleEvent) => banner.show(event.ageMs) });
 */
export interface StaleEvent {
  url: string;
  /** Why: the error that made the fresh answer impossible, or `revalidating`. */
  reason: unknown;
  /** Age of the copy in ms. */
  ageMs: number;
}

/**
 * Options of {@link createClient}.
 *
 * @example
 * const options: ClientOptions = { baseUrl: 'https://example.go.id/spbe', timeout: 5000, retry: 1 };
 */
export interface ClientOptions {
  /** Where the API is mounted, without `/v1` (e.g. `https://data.jabarprov.go.id/spbe`). A path such as `/spbe` is resolved against the page in a browser. */
  baseUrl: string | URL;
  /** Milliseconds for one whole exchange, headers and body. Default 10 000. */
  timeout?: number;
  /** Retries after the first attempt (`0` for none). Default 2. */
  retry?: number;
  /** Milliseconds for all attempts and the waits between them. Default 30 000. */
  deadline?: number;
  /** Longest `Retry-After` honoured, in ms (longer ones are cut to this). Default 10 000. */
  maxRetryAfter?: number;
  /** Largest response body accepted, in bytes; enforced while the body streams in. Default 4 MiB. */
  maxBodyBytes?: number;
  /** Headers for every request (an API key, a tracing id), or a function called before every attempt. */
  headers?: HeadersOption;
  /** ky's `beforeRequest`, `beforeRetry` and `afterResponse` hooks. */
  hooks?: HooksOption;
  /** The fetch to use; it is called with a `Request`. Default `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch;
  /** In-memory cache of answers, or `false` for none. */
  cache?: CacheOptions | false;
  /** Called whenever a stale copy is served. */
  onStale?: (event: StaleEvent) => void;
}

/** Options with every default filled in, checked. */
export interface ResolvedOptions {
  apiRoot: string;
  timeout: number;
  retry: number;
  deadline: number;
  maxRetryAfter: number;
  maxBodyBytes: number;
  headers: HeadersOption | undefined;
  hooks: Required<HooksOption>;
  fetch: typeof globalThis.fetch;
  cache: Required<CacheOptions> | false;
  onStale: ((event: StaleEvent) => void) | undefined;
}

function number(
  name: string,
  value: unknown,
  fallback: number,
  min: number,
  max: number,
  whole = false,
): number {
  if (value === undefined) return fallback;
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < min ||
    value > max ||
    (whole && !Number.isInteger(value))
  ) {
    throw new SpbeInputError(
      `options.${name}`,
      `must be a ${whole ? 'whole ' : ''}number from ${min} to ${max}`,
    );
  }
  return value;
}

function apiRootOf(baseUrl: unknown): string {
  if (!(typeof baseUrl === 'string' || baseUrl instanceof URL) || String(baseUrl).trim() === '') {
    throw new SpbeInputError(
      'options.baseUrl',
      'is required: the URL where the API is mounted, e.g. https://example.go.id/spbe',
    );
  }
  let url: URL;
  try {
    url = new URL(String(baseUrl), (globalThis as { location?: { href: string } }).location?.href);
  } catch {
    throw new SpbeInputError('options.baseUrl', `${JSON.stringify(String(baseUrl))} is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SpbeInputError('options.baseUrl', 'must be an http: or https: URL');
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new SpbeInputError(
      'options.baseUrl',
      'must not carry a query, a fragment or credentials',
    );
  }
  return `${url.href.replace(/\/+$/, '')}/v1/`;
}

/**
 * Checks headers before they are sent, so a bad one is an input error that
 * names the header but never echoes its value (fetch's own error would: it
 * may be a secret).
 */
export function checkHeaders(
  headers: unknown,
  argument = 'options.headers',
): Record<string, string> {
  if (typeof headers !== 'object' || headers === null) {
    throw new SpbeInputError(argument, 'must be an object of header names and string values');
  }
  const probe = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    try {
      if (typeof value !== 'string') throw 0;
      probe.set(name, value);
    } catch {
      throw new SpbeInputError(
        `${argument}.${name.slice(0, 40)}`,
        'must be a header name with a string value without line breaks or characters beyond Latin-1',
      );
    }
  }
  return headers as Record<string, string>;
}

function hooksOf(hooks: HooksOption = {}): Required<HooksOption> {
  for (const [name, list] of Object.entries(hooks)) {
    if (!Array.isArray(list) || list.some((hook) => typeof hook !== 'function')) {
      throw new SpbeInputError(`options.hooks.${name}`, 'must be an array of functions');
    }
  }
  return { beforeRequest: [], beforeRetry: [], afterResponse: [], ...hooks };
}

/** Checks the options and fills in the defaults; throws {@link SpbeInputError}. */
export function resolveOptions(options: ClientOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null) {
    throw new SpbeInputError('options', 'must be an object with at least baseUrl');
  }
  const cache = options.cache;
  if (cache !== undefined && cache !== false && (typeof cache !== 'object' || cache === null)) {
    throw new SpbeInputError('options.cache', 'must be an object of cache options, or false');
  }
  const fetch = options.fetch ?? globalThis.fetch;
  if (typeof fetch !== 'function')
    throw new SpbeInputError('options.fetch', 'must be a function like globalThis.fetch');
  const day = 86_400_000;
  return {
    apiRoot: apiRootOf(options.baseUrl),
    timeout: number('timeout', options.timeout, 10_000, 1, 600_000),
    retry: number('retry', options.retry, 2, 0, 10, true),
    deadline: number('deadline', options.deadline, 30_000, 1, 3_600_000),
    maxRetryAfter: number('maxRetryAfter', options.maxRetryAfter, 10_000, 0, 600_000),
    maxBodyBytes: number(
      'maxBodyBytes',
      options.maxBodyBytes,
      4 * 1024 * 1024,
      1024,
      1024 * 1024 * 1024,
      true,
    ),
    headers:
      typeof options.headers === 'function' || options.headers === undefined
        ? options.headers
        : checkHeaders(options.headers),
    hooks: hooksOf(options.hooks),
    fetch,
    cache:
      cache === false
        ? false
        : {
            maxEntries: number('cache.maxEntries', cache?.maxEntries, 500, 1, 100_000, true),
            ttl: number('cache.ttl', cache?.ttl, 60_000, 0, 30 * day),
            staleIfError: cache?.staleIfError ?? true,
            staleWhileRevalidate: cache?.staleWhileRevalidate ?? false,
            maxStale: number('cache.maxStale', cache?.maxStale, day, 0, 365 * day),
          },
    onStale: options.onStale,
  };
}
