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

/** What to tell a person about a failure, and whether trying again could help. */
export function describeFailure<M extends Messages>(
  error: unknown,
  m: M,
  code: string,
): { text: string; retry: boolean } {
  if (error instanceof AttributeProblem)
    return { text: (error as AttributeProblem<M>).say(m), retry: false };
  if (isSpbeInputError(error)) {
    return {
      text: error.argument === 'options.baseUrl' ? m.badBaseUrl : m.badRegion(code),
      retry: false,
    };
  }
  if (isSpbeHttpError(error)) {
    if (error.status === 404) return { text: m.unknownRegion(code), retry: false };
    if (error.status === 400) return { text: m.badRegion(code), retry: false };
    return {
      text: error.status >= 500 ? m.errorServer(error.status) : m.errorUnknown,
      retry: true,
    };
  }
  if (isSpbeNetworkError(error)) return { text: m.errorNetwork, retry: true };
  if (isSpbeTimeoutError(error)) return { text: m.errorTimeout, retry: true };
  if (isSpbeResponseError(error)) return { text: m.errorContract, retry: true };
  return { text: m.errorUnknown, retry: true };
}
