/**
 * Test helper (browser): axe-core on an element and its shadow tree with the
 * WCAG 2.0–2.2 A and AA rules, `target-size` included. Fails with each
 * violation's rule, impact and target.
 */
// axe-core is a script, not a module: loading it sets window.axe.
import 'axe-core/axe.min.js';
import type AxeCore from 'axe-core';

declare global {
  interface Window {
    axe: typeof AxeCore;
  }
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectAccessible(element: Element, label = element.localName): Promise<void> {
  const { violations } = await window.axe.run(element, {
    runOnly: { type: 'tag', values: TAGS },
    rules: { 'target-size': { enabled: true } },
  });
  if (violations.length > 0) {
    const lines = violations.flatMap((v) =>
      v.nodes.map(
        (n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? ''}`,
      ),
    );
    throw new Error(`${label}: ${violations.length} axe violation(s)\n${lines.join('\n')}`);
  }
}
