/**
 * Test helper (browser): loaded first in a strict-CSP page, records every
 * CSP violation report there in `window.spbeViolations`.
 */
const violations: string[] = [];
(globalThis as { spbeViolations?: string[] }).spbeViolations = violations;
document.addEventListener('securitypolicyviolation', (e) =>
  violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
);
