/**
 * Test helper (Node and browser): runs `fn` and returns what it rejected with
 * and how long that took; fails the test when it resolves instead.
 */
export async function failure(fn: () => Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  try {
    await fn();
  } catch (error) {
    return { error, ms: performance.now() - started };
  }
  throw new Error('expected a rejection');
}
