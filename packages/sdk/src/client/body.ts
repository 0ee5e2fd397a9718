import { SpbeResponseError } from '../errors/spbe-response-error.js';

/**
 * Lets go of a body without reading it. Not awaited: a response ky handed to a
 * hook is one branch of a tee, and cancelling it settles only once the other
 * branch is cancelled too (ky does that after the hook returns).
 */
export function discard(response: Response): void {
  response.body?.cancel().catch(() => {});
}

/** What {@link readBody} throws when the body stalls past its time; the caller words the error. */
export const STALLED = Symbol('body stalled');

/**
 * Reads a body as text, up to `maxBytes` (refused as soon as more arrives,
 * not after buffering it all) and within `ms` (a body that stalls after the
 * headers is cut: fetch itself would wait for ever).
 */
export async function readBody(
  response: Response,
  maxBytes: number,
  ms: number,
  url: string,
): Promise<string> {
  const tooLarge = () =>
    new SpbeResponseError(url, 'too-large', `the body is larger than the ${maxBytes}-byte limit`);
  if (Number(response.headers.get('content-length')) > maxBytes) {
    discard(response);
    throw tooLarge();
  }
  if (response.body === null) return '';
  const reader = response.body.getReader();
  let stalled = false;
  const timer = setTimeout(
    () => {
      stalled = true;
      reader.cancel().catch(() => {});
    },
    Math.max(0, ms),
  );
  const decoder = new TextDecoder();
  let text = '';
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (stalled) throw STALLED;
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        reader.cancel().catch(() => {});
        throw tooLarge();
      }
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    throw stalled ? STALLED : error;
  } finally {
    clearTimeout(timer);
  }
  return text + decoder.decode();
}
