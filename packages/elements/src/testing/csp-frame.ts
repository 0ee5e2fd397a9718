/**
 * Test helper (browser): an iframe whose page has a strict CSP (no
 * unsafe-inline, no unsafe-eval, Trusted Types) and loads one element's
 * define module, with csp-probe.ts first to record any violation.
 */
import { API_URL } from '/__spbe/env.js';
import { until } from './wait.js';

export interface CspFrame<E extends Element> {
  /** The element of `tag` in the frame's page. */
  element: E;
  /** The violation reports so far (undefined if the probe did not run). */
  violations(): string[] | undefined;
  /** The frame's window, for its globals. */
  window: Window;
  remove(): void;
}

/**
 * Opens `body` (markup holding a `tag` element) in a strict-CSP page that
 * loads `defineUrl`; the API's origin is the only one it may connect to.
 */
export async function strictCspFrame<E extends Element>(
  defineUrl: string,
  tag: string,
  body: string,
  lang = 'en',
): Promise<CspFrame<E>> {
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src ${new URL(API_URL).origin}`,
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
  const probe = new URL('./csp-probe.ts', import.meta.url).href;
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head>
    <meta http-equiv="Content-Security-Policy" content="${csp}">
    <script type="module" src="${probe}"></script>
    <script type="module" src="${defineUrl}"></script>
    </head><body>${body}</body></html>`;
  document.body.append(frame);
  try {
    const element = await until(() => frame.contentDocument?.querySelector<E>(tag) ?? undefined);
    const window = frame.contentWindow as Window;
    return {
      element,
      window,
      violations: () => (window as { spbeViolations?: string[] }).spbeViolations,
      remove: () => frame.remove(),
    };
  } catch (error) {
    frame.remove();
    throw error;
  }
}
