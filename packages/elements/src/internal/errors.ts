import {
  isSpbeHttpError,
  isSpbeInputError,
  isSpbeNetworkError,
  isSpbeResponseError,
  isSpbeTimeoutError,
} from '@spbe/sdk';
import type { Messages } from './messages.js';

/**
 * A failure the element found itself (not the API): a bad or missing
 * attribute. `say` words it from the element's strings.
 */
export class AttributeProblem<M extends Messages = never> extends Error {
  constructor(readonly say: (m: M) => string) {
    super('attribute problem');
  }
}

/**
 * Whether trying again later could help: the API was down, slow, overloaded
 * or sent something broken. Not for a bad attribute or argument, nor for an
 * answer such as 404 that the same request would get again.
 */
export const transient = (error: unknown): boolean =>
  !(
    error instanceof AttributeProblem ||
    isSpbeInputError(error) ||
    (isSpbeHttpError(error) && error.status < 500 && error.status !== 408 && error.status !== 429)
  );

/** What to tell a person about a failure, and whether trying again could help. */
export function describeFailure<M extends Messages>(
  error: unknown,
  m: M,
  code: string,
): { text: string; retry: boolean } {
  return { text: say(error, m, code), retry: transient(error) };
}

/** The sentence for a failure, in the element's language. */
function say<M extends Messages>(error: unknown, m: M, code: string): string {
  if (error instanceof AttributeProblem) return (error as AttributeProblem<M>).say(m);
  if (isSpbeInputError(error))
    return error.argument === 'options.baseUrl' ? m.badBaseUrl : m.badRegion(code);
  if (isSpbeHttpError(error)) {
    if (error.status === 404) return m.unknownRegion(code);
    if (error.status === 400) return m.badRegion(code);
    return error.status >= 500 ? m.errorServer(error.status) : m.errorUnknown;
  }
  if (isSpbeNetworkError(error)) return m.errorNetwork;
  if (isSpbeTimeoutError(error)) return m.errorTimeout;
  return isSpbeResponseError(error) ? m.errorContract : m.errorUnknown;
}
