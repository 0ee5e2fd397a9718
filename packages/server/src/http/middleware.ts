/**
 * What every answer of the app passes through: a request id, the security
 * and CORS headers (on problems and 304s too), and one error handler that
 * turns whatever a handler throws into problem details.
 */
import type { Context, ErrorHandler, MiddlewareHandler } from 'hono';
import {
  API_CSP,
  CORP_DEFAULT,
  CORS_HEADERS,
  commonHeaders,
  requestIdFrom,
  SECURITY_HEADERS,
} from './headers.js';
import { internalError, ProblemError, problemResponse } from './problem.js';

/** The app's Hono environment: the request id, set before any handler runs. */
export type Env = { Variables: { requestId: string } };

const ALWAYS = Object.entries({ ...SECURITY_HEADERS, ...CORS_HEADERS });

// Responses made with every common header already (withCommonHeaders()).
const complete = new WeakSet<Response>();

/**
 * Makes a response with the common headers among its own, which the
 * middleware then leaves alone: setting headers on a response afterwards
 * costs the node adapter a Headers object and a copy per request, a third
 * of a small answer's time.
 */
export function withCommonHeaders(
  c: Context<Env>,
  make: (headers: Record<string, string>) => Response,
): Response {
  const response = make(commonHeaders(c.get('requestId')));
  complete.add(response);
  return response;
}

/**
 * Sets the request id, then stamps the common headers on the response
 * (unless it was made with them). A route may set its own CSP or CORP (the
 * home page, `/cdn/`); others get the API's.
 */
export const responseHeaders: MiddlewareHandler<Env> = async (c, next) => {
  const requestId = requestIdFrom(c.req.header('x-request-id'));
  c.set('requestId', requestId);
  await next();
  if (complete.has(c.res)) return;
  const headers = c.res.headers;
  headers.set('x-request-id', requestId);
  for (const [name, value] of ALWAYS) headers.set(name, value);
  if (!headers.has('content-security-policy')) headers.set('content-security-policy', API_CSP);
  if (!headers.has('cross-origin-resource-policy'))
    headers.set('cross-origin-resource-policy', CORP_DEFAULT);
};

/**
 * Thrown problems are answered as they are; anything else is a 500 whose
 * error goes to `onError` with the request id, never into the response.
 */
export function answerErrors(
  onError?: (error: unknown, requestId: string) => void,
): ErrorHandler<Env> {
  return (error, c) => {
    const requestId = c.get('requestId') ?? requestIdFrom(undefined);
    if (error instanceof ProblemError) {
      return problemResponse({ ...error.init, instance: c.req.path }, requestId, error.headers);
    }
    onError?.(error, requestId);
    return problemResponse({ ...internalError(requestId), instance: c.req.path }, requestId);
  };
}
