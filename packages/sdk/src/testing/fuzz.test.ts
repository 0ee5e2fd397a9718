// The property-test helper itself: settings from the environment, runs that
// scale, and a failure report whose pasted regression test reproduces it.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import fc from 'fast-check';
import { checkProperty, FIXED_SEED, failureReport, fuzzRuns, fuzzSettings } from './fuzz.js';

const NAMES = ['SPBE_FUZZ_SCALE', 'SPBE_FUZZ_SEED'] as const;

describe('fuzz settings', () => {
  // `npm run fuzz` runs this file too: keep its settings, test with our own.
  let saved: Record<string, string | undefined> = {};
  beforeEach(() => {
    saved = Object.fromEntries(NAMES.map((name) => [name, process.env[name]]));
    for (const name of NAMES) delete process.env[name];
  });
  afterEach(() => {
    for (const name of NAMES) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  it('default to 1,000 runs a property from the fixed seed', () => {
    assert.deepEqual(fuzzSettings(), { scale: 1, seed: FIXED_SEED, fixed: true });
    assert.equal(fuzzRuns(), 1000);
    assert.equal(fuzzRuns(300), 300);
  });

  it('scale the runs and take a seed from the environment', () => {
    process.env.SPBE_FUZZ_SCALE = '100';
    process.env.SPBE_FUZZ_SEED = '-42';
    assert.deepEqual(fuzzSettings(), { scale: 100, seed: -42, fixed: false });
    assert.equal(fuzzRuns(), 100_000);
    process.env.SPBE_FUZZ_SCALE = '0.001';
    assert.equal(fuzzRuns(300), 1, 'at least one run');
  });

  it('refuse a scale or seed that is not a number, saying which', () => {
    process.env.SPBE_FUZZ_SCALE = 'lots';
    assert.throws(() => fuzzSettings(), /SPBE_FUZZ_SCALE must be a positive number.*"lots"/);
    process.env.SPBE_FUZZ_SCALE = '-1';
    assert.throws(() => fuzzSettings(), /SPBE_FUZZ_SCALE/);
    delete process.env.SPBE_FUZZ_SCALE;
    process.env.SPBE_FUZZ_SEED = '1.5';
    assert.throws(() => fuzzSettings(), /SPBE_FUZZ_SEED must be a whole number; got "1.5"/);
  });

  it('run a property exactly the scaled number of times', async () => {
    process.env.SPBE_FUZZ_SCALE = '2';
    let runs = 0;
    function countsItsRuns(n: number) {
      runs++;
      return Number.isInteger(n);
    }
    await checkProperty('counts its runs', [fc.integer()], countsItsRuns, { runs: 150 });
    assert.equal(runs, 300);
  });
});

// Module scope, as a property's predicate would be: the pasted test calls it.
function isBelow100(n: number, label: string) {
  assert.ok(n < 100, `${label}: ${n} is not below 100`);
}

describe('a failing property', () => {
  it('reports the shrunk counterexample as a regression test calling the predicate', async () => {
    const failure = await checkProperty(
      'numbers stay below 100',
      [fc.integer({ min: 0, max: 1000 }), fc.string()],
      isBelow100,
    ).then(
      () => assert.fail('the property should fail'),
      (error: Error) => error,
    );
    const report = failure.message;
    assert.match(report, /^property "numbers stay below 100" failed after \d+ run\(s\)/);
    assert.match(report, new RegExp(`seed ${FIXED_SEED}, path [\\d:]+\\)`));
    assert.match(report, /error: AssertionError: : 100 is not below 100/);
    assert.ok(failure.cause instanceof assert.AssertionError, 'the original error is the cause');
    // The pasted test, run as written, fails the same way.
    const pasted = report.slice(report.indexOf('\nit(') + 1, report.indexOf('\n});') + 4);
    assert.equal(
      pasted,
      [
        `it("numbers stay below 100: fuzz counterexample (seed ${FIXED_SEED}, path ${/path ([\d:]+)/.exec(report)?.[1]})", async () => {`,
        '  await isBelow100(100, "");',
        '});',
      ].join('\n'),
    );
    const body = pasted.slice(pasted.indexOf('{') + 1, pasted.lastIndexOf('}'));
    const run = new Function('isBelow100', `return (async () => {${body}})();`);
    await assert.rejects(run(isBelow100), /100 is not below 100/);
  });

  it('counts a predicate returning false as a failure', async () => {
    const isSmall = (n: number) => n < 10;
    await assert.rejects(
      checkProperty('small', [fc.nat(100)], isSmall),
      /counterexample: isSmall\(10\)[\s\S]*await isSmall\(10\);/,
    );
  });

  it('fails a run that hangs past its timeout', async () => {
    const neverSettles = (_n: number) => new Promise(() => {});
    await assert.rejects(
      checkProperty('hangs', [fc.nat()], neverSettles, { runs: 1, timeoutMs: 20 }),
      /property "hangs" failed[\s\S]*timeout/i,
    );
  });

  it('refuses an anonymous predicate, which no pasted test could call', async () => {
    await assert.rejects(
      checkProperty(
        'anonymous',
        [fc.nat()],
        (
          () => () =>
            true
        )(),
      ),
      /give its predicate a name/,
    );
  });

  it('prints values that JSON cannot hold so that they paste back as they were', () => {
    const report = failureReport('bytes', 'takesBytes', {
      seed: 7,
      path: '0:1',
      numRuns: 1,
      numShrinks: 0,
      counterexample: [new Uint8Array([0, 255]), -0, Number.NaN, '\ud800', undefined],
      error: new TypeError('boom'),
    });
    assert.match(report, /error: TypeError: boom/);
    assert.ok(
      report.includes(
        'await takesBytes(Uint8Array.from([0,255]), -0, Number.NaN, "\\ud800", undefined);',
      ),
      report,
    );
  });
});
