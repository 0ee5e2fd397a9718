/**
 * RFC 9457 problem details: every error the API answers, in one shape.
 * Never a stack trace; always a request id and a sentence a person can act on.
 * Every problem the server answers is built here, so that its wording (which
 * tests and callers match on) is written once.
 */
import { ALLOW } from './headers.js';

/** A problem type: a stable URN, documented in the OpenAPI document. */
export const PROBLEM_TYPES = {
  'invalid-parameter': 'A path or query parameter is malformed or out of range.',
  'unknown-parameter': 'The request has a query parameter this endpoint does not take.',
  'not-found': 'There is no resource at this path.',
  'method-not-allowed': 'The resource exists but does not answer this HTTP method.',
  'payload-too-large': 'The request body is larger than the server accepts.',
  'uri-too-long': 'The request target is longer than the server accepts.',
  'request-timeout': 'The client took too long to send its request.',
  'bad-request': 'The request line or headers are malformed.',
  'internal-error': 'The server failed; the request id helps the operators find out why.',
} as const;

export type ProblemType = keyof typeof PROBLEM_TYPES;

/** The URI that goes in a problem's `type` member. */
export const problemTypeUri = (type: ProblemType): string => `urn:spbe:problem:${type}`;

/** One complaint about one input, e.g. `{ path: 'query.page', message: 'must be …' }`. */
export interface FieldError {
  path: string;
  message: string;
}

/** A problem as built, before it is tied to one exchange. */
export interface Problem {
  type: ProblemType;
  status: number;
  title: string;
  detail: string;
  instance?: string;
  errors?: FieldError[];
}

/** A problem as sent: with the request id of its exchange. */
export interface ProblemInit extends Problem {
  requestId: string;
}

/** The JSON body of a problem. */
export function problemBody(init: ProblemInit): string {
  return JSON.stringify({
    type: problemTypeUri(init.type),
    title: init.title,
    status: init.status,
    detail: init.detail,
    ...(init.instance === undefined ? {} : { instance: init.instance }),
    requestId: init.requestId,
    ...(init.errors === undefined ? {} : { errors: init.errors }),
  });
}

/** Headers every problem response carries besides the common ones. */
export const PROBLEM_HEADERS = {
  'content-type': 'application/problem+json; charset=utf-8',
  'cache-control': 'no-store',
} as const;

/** A thrown problem: handlers throw it, the app turns it into a response. */
export class ProblemError extends Error {
  constructor(
    readonly init: Problem,
    readonly headers: Record<string, string> = {},
  ) {
    super(init.detail);
  }
}

/** A problem as a fetch `Response`, with `headers` over the problem's own. */
export function problemResponse(
  problem: Problem,
  requestId: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(problemBody({ ...problem, requestId }), {
    status: problem.status,
    headers: { ...PROBLEM_HEADERS, ...headers },
  });
}

/** Shortens untrusted input before it is echoed in a message. */
export const quote = (value: string): string =>
  JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

// Thrown by handlers and routing; the app's error handler answers them.

/** 404 for a resource that does not exist; `detail` says where to look instead. */
export function notFound(detail: string): ProblemError {
  return new ProblemError({ type: 'not-found', status: 404, title: 'Not found', detail });
}

/**
 * 404 for a path nothing is served at. `withoutSlash` is the same path
 * without its trailing slash, given when that one is served: the likeliest slip.
 */
export function pathNotFound(path: string, withoutSlash?: string): ProblemError {
  const hint =
    withoutSlash === undefined
      ? ' The resources are listed in /v1/openapi.json.'
      : ` Did you mean ${withoutSlash.slice(0, 80)} (without the trailing slash)?`;
  return notFound(`Nothing is served at ${quote(path)}.${hint}`);
}

/** 405 on a path that exists: every resource is read-only. */
export function methodNotAllowed(method: string): ProblemError {
  return new ProblemError(
    {
      type: 'method-not-allowed',
      status: 405,
      title: 'Method not allowed',
      detail: `${method} is not answered here: this API is read-only (${ALLOW}).`,
    },
    { allow: ALLOW },
  );
}

/**
 * 400 for one path parameter. The detail reads `<name> "<value>" <message>.`
 * unless a rule needs more words (which region to ask for instead) and gives
 * its own.
 */
export function invalidParameter(
  name: string,
  value: string,
  message: string,
  detail = `${name} ${quote(value)} ${message}.`,
): ProblemError {
  return new ProblemError({
    type: 'invalid-parameter',
    status: 400,
    title: 'Invalid parameter',
    detail,
    errors: [{ path: `path.${name}`, message }],
  });
}

/** 400 about named inputs (query parameters), listing each. */
export function invalidParameters(errors: FieldError[]): ProblemError {
  const first = errors[0];
  return new ProblemError({
    type: 'invalid-parameter',
    status: 400,
    title: 'Invalid parameter',
    detail:
      errors.length === 1 && first
        ? `${first.path} ${first.message}.`
        : `${errors.length} parameters are invalid: ${errors.map((e) => e.path).join(', ')}. See errors.`,
    errors,
  });
}

/** 400 for query parameters an endpoint does not take; `known` are those it does. */
export function unknownParameters(unknown: string[], known: string[]): ProblemError {
  const names = unknown.map((k) => JSON.stringify(k.slice(0, 40))).join(', ');
  return new ProblemError({
    type: 'unknown-parameter',
    status: 400,
    title: 'Unknown query parameter',
    detail: `This endpoint does not take ${names}. It takes: ${known.join(', ') || 'no query parameters'}.`,
    errors: unknown.map((k) => ({
      path: `query.${k.slice(0, 40)}`,
      message: 'is not a parameter of this endpoint',
    })),
  });
}

// Answered before or around the app (serve.ts), so built as plain problems.

/** 500: the error itself stays in the logs; the request id leads there. */
export const internalError = (requestId: string): Problem => ({
  type: 'internal-error',
  status: 500,
  title: 'Internal server error',
  detail: `The server failed to answer. Quote request id ${requestId} when reporting it.`,
});

/** 413: no route takes a body, so only a small one is read (and dropped). */
export const payloadTooLarge = (limitBytes: number): Problem => ({
  type: 'payload-too-large',
  status: 413,
  title: 'Payload too large',
  detail: `The request body is over ${limitBytes} bytes. This API is read-only: send GET requests without a body.`,
});

/** 414, refused before routing. */
export const uriTooLong = (length: number, limit: number): Problem => ({
  type: 'uri-too-long',
  status: 414,
  title: 'URI too long',
  detail: `The request target has ${length} characters; the limit is ${limit}.`,
});

/** 400 for a request path refused before routing; `reason` completes "The request path …". */
export const badPath = (reason: string): Problem => ({
  type: 'bad-request',
  status: 400,
  title: 'Bad request',
  detail: `The request path ${reason}. Request the resource by its plain path, e.g. /v1/regions/32.`,
});

/** 400 for a request node-server cannot turn into a `Request` (a bad Host header and the like). */
export const malformedRequest = (): Problem => ({
  type: 'bad-request',
  status: 400,
  title: 'Bad request',
  detail: 'The request line or Host header is malformed.',
});

/** 400 for bytes node:http cannot parse as HTTP at all. */
export const invalidHttp = (): Problem => ({
  type: 'bad-request',
  status: 400,
  title: 'Bad request',
  detail: 'The request is not valid HTTP.',
});

/** 408 for a client too slow to send its request. */
export const requestTimeout = (): Problem => ({
  type: 'request-timeout',
  status: 408,
  title: 'Request timeout',
  detail: 'The request was not received in time.',
});

/** 417 for an `Expect` header other than `100-continue`, which node:http alone understands. */
export const expectationFailed = (): Problem => ({
  type: 'bad-request',
  status: 417,
  title: 'Expectation failed',
  detail:
    'The Expect header asks for something this server does not do: only 100-continue is understood, and no route takes a body, so send no Expect header.',
});

/** 431 for headers over node:http's `maxHeaderSize`. */
export const headersTooLarge = (limitKiB: number): Problem => ({
  type: 'bad-request',
  status: 431,
  title: 'Request header fields too large',
  detail: `The request headers are over ${limitKiB} KB.`,
});
