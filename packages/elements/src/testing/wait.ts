/** Test helper (browser): waits until `check` passes (or throws its last error after `ms`). */
export async function until<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  ms = 5000,
): Promise<T> {
  const started = performance.now();
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (performance.now() - started > ms) {
      throw last instanceof Error ? last : new Error(`timed out after ${ms} ms`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The text a person sees in an element's shadow tree, whitespace folded. */
export const shownText = (element: Element): string =>
  (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
