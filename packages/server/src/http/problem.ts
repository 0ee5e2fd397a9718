/**
 * RFC 9457 problem details: every error the API answers, in one shape.
 * Never a stack trace; always a request id and a sentence a person can act on.
 */

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

export interface ProblemInit {
  type: ProblemType;
  status: number;
  title: string;
  detail: string;
  requestId: string;
  instance?: string;
  errors?: FieldError[];
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
    readonly init: Omit<ProblemInit, 'requestId'>,
    readonly headers: Record<string, string> = {},
  ) {
    super(init.detail);
  }
}

/** Shorthand for a 400 about named inputs. */
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
