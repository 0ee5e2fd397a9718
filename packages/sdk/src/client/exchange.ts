/**
 * One GET on ky, all attempts included. ky builds the request against the
 * API root, retries (limit, methods, statuses, network errors), honours
 * `Retry-After` up to `maxRetryAfter`, backs off with jitter, times out each
 * attempt's headers and runs the hooks. On top, only what ky does not do: the
 * body read (size cap, and a stall timeout so the attempt's `timeout` covers
 * the body too) inside the attempt, so a failure mid-body is retried like any
 * other; the `deadline` across all attempts; and every failure mapped onto
 * the SpbeError classes, with the request's credentials redacted.
 */
// ky 1.x, not 2.x: ky 2 declares Node 22 or newer, and spbe-kit supports Node 20.
import ky, { HTTPError, type Options, TimeoutError } from 'ky';
import { type RequestSummary, SpbeError } from '../errors/spbe-error.js';
import { SpbeHttpError } from '../errors/spbe-http-error.js';
import { SpbeNetworkError } from '../errors/spbe-network-error.js';
import { SpbeResponseError } from '../errors/spbe-response-error.js';
import { SpbeTimeoutError } from '../errors/spbe-timeout-error.js';
import { type Problem, ProblemSchema } from '../schemas/problem.js';
import { discard, readBody, STALLED } from './body.js';
import { type StorePolicy, storePolicy } from './cache.js';
import { checkHeaders, type ResolvedOptions } from './options.js';
import { redactHeaders } from './redact.js';
import {
  backoffStep,
  jitter,
  MAX_BACKOFF_MS,
  RETRY_AFTER_STATUSES,
  RETRY_STATUSES,
  retryAfterMs,
} from './retry.js';

/** What an exchange brought back. */
export type Outcome =
  | { kind: 'data'; data: unknown; etag: string | undefined; policy: StorePolicy }
  | { kind: 'not-modified'; policy: StorePolicy };

const ERROR_BODY_BYTES = 64 * 1024;
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;
// Statuses whose Response may not carry a body.
const NULL_BODY = [204, 205, 304];

/**
 * A signal that aborts when either does: AbortSignal.any where the runtime
 * has it (Chrome 116+, Safari 17.4+, Node 20.3+), by hand elsewhere.
 */
function either(a: AbortSignal, b: AbortSignal): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any([a, b]);
  const both = new AbortController();
  for (const s of [a, b]) {
    if (s.aborted) both.abort(s.reason);
    else s.addEventListener('abort', () => both.abort(s.reason), { once: true });
  }
  return both.signal;
}

export function createExchange(options: ResolvedOptions) {
  const fetchFn = options.fetch;
  const api = ky.create({
    prefixUrl: options.apiRoot,
    timeout: options.timeout,
    // Called bare: a browser's fetch throws "Illegal invocation" as a method of another object.
    fetch: (input, init) => fetchFn(input, init),
    // A 304 is an answer to a conditional request, not a failure.
    throwHttpErrors: (status) => status !== 304,
    retry: {
      limit: options.retry,
      methods: ['get'],
      statusCodes: RETRY_STATUSES,
      afterStatusCodes: RETRY_AFTER_STATUSES,
      maxRetryAfter: options.maxRetryAfter,
      backoffLimit: MAX_BACKOFF_MS,
      delay: backoffStep,
      jitter,
    },
  });

  /**
   * All attempts for `path` (relative to the API root), sending `etag` as
   * If-None-Match. Rejects with an SpbeError, with `signal`'s reason when it
   * aborts, or with what a caller's hook threw.
   */
  return async function exchange(
    path: string,
    etag: string | undefined,
    signal: AbortSignal,
  ): Promise<Outcome> {
    const url = options.apiRoot + path;
    const deadline = new AbortController();
    const started = Date.now();
    const deadlineTimer = setTimeout(() => deadline.abort(), options.deadline);
    const deadlineLeft = () => options.deadline - (Date.now() - started);
    const combined = either(signal, deadline.signal);
    let attemptStarted = Date.now();
    let request: RequestSummary = { method: 'GET', url, headers: {} };
    let lastError: unknown;
    // What a caller's hook threw: passed on as it is, never retried.
    let hookFailure: { error: unknown } | undefined;
    const own =
      <A extends unknown[], R>(hook: (...args: A) => R) =>
      async (...args: A): Promise<Awaited<R>> => {
        try {
          return await hook(...args);
        } catch (error) {
          hookFailure ??= { error };
          throw error;
        }
      };
    const withRequest = (error: SpbeError) => {
      error.request ??= request;
      return error;
    };

    /**
     * A copy of the response with its body read into memory, within what is
     * left of the attempt's timeout; inside the attempt, so a failure is retried.
     */
    const buffer = async (response: Response): Promise<Response> => {
      const { status, headers, ok } = response;
      const type = headers.get('content-type');
      const json = JSON_TYPE.test(type ?? '');
      let text = '';
      try {
        if (status === 304 || !json) {
          discard(response);
          if (ok) {
            throw new SpbeResponseError(
              url,
              'content-type',
              `expected JSON, got ${JSON.stringify(type || 'no content type')}`,
            );
          }
        } else {
          const left = options.timeout - (Date.now() - attemptStarted);
          text = await readBody(response, ok ? options.maxBodyBytes : ERROR_BODY_BYTES, left, url);
        }
      } catch (error) {
        if (combined.aborted) throw combined.reason;
        if (error === STALLED) throw new SpbeTimeoutError(url, options.timeout, 'timeout');
        // A reset or a broken stream after the headers is the network, and retried.
        // An unreadable error body still leaves a usable status.
        if (ok) throw error instanceof SpbeError ? error : new SpbeNetworkError(url, error);
      }
      return new Response(NULL_BODY.includes(status) ? null : text, {
        status,
        statusText: response.statusText,
        headers,
      });
    };

    /** An error status as an SpbeHttpError, with the problem details when the body is one. */
    const httpError = async (response: Response) => {
      let problem: Problem | undefined;
      try {
        problem = ProblemSchema.safeParse(JSON.parse(await response.text())).data;
      } catch {
        // Not JSON: the status is what counts.
      }
      const { headers } = response;
      const asked = headers.get('retry-after');
      const wait = asked === null ? Number.POSITIVE_INFINITY : retryAfterMs(asked);
      return new SpbeHttpError(
        url,
        response.status,
        problem,
        headers.get('x-request-id') ?? problem?.requestId,
        // An unreadable (or missing) Retry-After reads as infinity: none was given.
        wait < Number.POSITIVE_INFINITY ? wait : undefined,
      );
    };

    /** Whether ky should try again after `error`; `undefined` leaves it to ky's status rules. */
    const shouldRetry = ({ error }: { error: Error }): boolean | undefined => {
      lastError = error;
      if (combined.aborted || hookFailure) return false;
      if (error instanceof HTTPError) {
        // A Retry-After wait that would outlast the deadline: give up now with this answer.
        const asked = error.response.headers.get('retry-after');
        const wait = asked === null ? 0 : Math.min(retryAfterMs(asked), options.maxRetryAfter);
        if (RETRY_AFTER_STATUSES.includes(error.response.status) && wait >= deadlineLeft()) {
          return false;
        }
        // Otherwise ky's own rules: the retry statuses, Retry-After, backoff.
        return undefined;
      }
      // ky's timeout before the headers, a network failure, anything a fetch threw.
      return (
        !(error instanceof SpbeError) ||
        error instanceof SpbeNetworkError ||
        error instanceof SpbeTimeoutError
      );
    };

    /** Any failure as the caller sees it. */
    const failure = async (error: unknown): Promise<unknown> => {
      if (signal.aborted) return signal.reason;
      if (hookFailure && error === hookFailure.error) return error;
      return withRequest(
        deadline.signal.aborted
          ? new SpbeTimeoutError(url, options.deadline, 'deadline')
          : error instanceof HTTPError
            ? await httpError(error.response)
            : error instanceof TimeoutError
              ? new SpbeTimeoutError(url, options.timeout, 'timeout')
              : error instanceof SpbeError
                ? error
                : new SpbeNetworkError(url, error),
      );
    };

    const hooks: Options['hooks'] = {
      beforeRequest: [
        // A headers function that throws fails the call with its error, like a hook.
        own(async (req: Request) => {
          req.headers.set('accept', 'application/json');
          if (etag) req.headers.set('if-none-match', etag);
          const extra =
            typeof options.headers === 'function'
              ? checkHeaders(await options.headers(), 'options.headers()')
              : options.headers;
          for (const [name, value] of Object.entries(extra ?? {})) req.headers.set(name, value);
        }),
        ...options.hooks.beforeRequest.map(own),
        (req) => {
          attemptStarted = Date.now();
          request = { method: req.method, url, headers: redactHeaders(req.headers) };
        },
      ],
      beforeRetry: options.hooks.beforeRetry.map(own),
      afterResponse: [
        ...options.hooks.afterResponse.map(own),
        (_req, _options, response) => buffer(response),
      ],
    };

    let response: Response | undefined;
    try {
      response = await api.get(path, { signal: combined, hooks, retry: { shouldRetry } });
      // A beforeRetry hook may stop the retries (ky.stop): the failure it stopped stands;
      if (response === undefined) throw lastError;
      // or answer in place of a retry, unread. (A copy already read is read again at once.)
      response = await buffer(response);
    } catch (error) {
      throw await failure(error);
    } finally {
      clearTimeout(deadlineTimer);
    }
    const { status, headers } = response;
    const policy = storePolicy(headers, options.cache ? options.cache.ttl : 0);
    if (status === 304) {
      if (etag) return { kind: 'not-modified', policy };
      throw withRequest(
        new SpbeResponseError(
          url,
          'unexpected-status',
          'answered 304 to a request that was not conditional',
        ),
      );
    }
    if (!response.ok) throw withRequest(await httpError(response));
    const text = await response.text();
    try {
      return {
        kind: 'data',
        data: JSON.parse(text),
        etag: headers.get('etag') ?? undefined,
        policy,
      };
    } catch {
      throw withRequest(
        new SpbeResponseError(
          url,
          'not-json',
          `the body is not valid JSON (${text.length} characters; truncated?)`,
        ),
      );
    }
  };
}
