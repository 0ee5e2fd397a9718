/**
 * Test script (Node only): the client on a runtime without AbortSignal.any
 * (Chrome before 116, Safari before 17.4). AbortSignal.any goes before the SDK
 * and ky are loaded, as it would be missing in such a browser: ky checks for
 * it once, when it loads. Run with the fault server's URL; prints one JSON
 * line with what each case ended in.
 *
 *   node --conditions=source --import tsx older-runtime.ts http://127.0.0.1:PORT
 */
// @ts-expect-error: simulating an older runtime
delete AbortSignal.any;

const base = process.argv[2];
const { createClient, SpbeTimeoutError } = await import('../index.js');
const token = () => `older-${Math.random().toString(36).slice(2)}`;
const outcome = async (run: () => Promise<unknown>) => {
  try {
    return { value: await run() };
  } catch (error) {
    return { error: error instanceof SpbeTimeoutError ? 'SpbeTimeoutError' : String(error) };
  }
};

const stalled = createClient({ baseUrl: `${base}/stall-body/${token()}`, retry: 0, timeout: 300 });
const slow = createClient({ baseUrl: `${base}/slow/${token()}` });
const ok = createClient({ baseUrl: `${base}/ok/${token()}` });
const controller = new AbortController();
setTimeout(() => controller.abort('bye'), 30);

const results = {
  anyMissing: typeof AbortSignal.any !== 'function',
  stalled: await outcome(() => stalled.regions.children('32')),
  aborted: await outcome(() => slow.regions.get('32', { signal: controller.signal })),
  ok: await outcome(async () => (await ok.regions.get('32')).code),
};
console.log(JSON.stringify(results));

export {};
