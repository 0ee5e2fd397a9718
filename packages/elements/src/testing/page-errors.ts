/**
 * Test helper (browser): the errors that reach the page (an element must
 * never throw into it), and the last test of a file that checks there were
 * none. A failing `afterEach` would stop the suite, so the check is a test
 * of its own, declared after all the others.
 */
import { expect } from '@open-wc/testing';

/** Starts recording uncaught errors and unhandled rejections; the list fills as they come. */
export function recordPageErrors(): unknown[] {
  const errors: unknown[] = [];
  addEventListener('error', (e) => errors.push(e.error));
  addEventListener('unhandledrejection', (e) => errors.push(e.reason));
  return errors;
}

/** Declares, last in a file, the test that no error reached the page during the tests above. */
export function describeNoPageErrors(subject: string, errors: readonly unknown[]): void {
  describe(`${subject}: the page`, () => {
    it('no error reached the page during any of the tests above', () => {
      expect(errors.map(String)).to.deep.equal([]);
    });
  });
}
