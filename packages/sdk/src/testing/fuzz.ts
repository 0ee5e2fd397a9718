/**
 * Test helper (Node and browser): how every property test runs. One place
 * decides the number of runs and the seed, so that `npm test` is the same run
 * on every machine (a fixed seed, 1,000 runs a property) and `npm run fuzz`
 * the same properties a hundred times longer from a fresh seed; and one
 * reporter turns a counterexample into a regression test to paste.
 *
 * Settings, read when a property runs: `SPBE_FUZZ_SCALE` multiplies every
 * property's runs (default 1), `SPBE_FUZZ_SEED` replaces the fixed seed. In
 * Node they are environment variables; in a browser test the runner passes
 * them through `/__spbe/env.js`, which the test must import first (it sets
 * `globalThis.__SPBE_FUZZ__`).
 *
 * @example
 * function anyQueryIsAnswered(q: string) { … assert … }
 * it('any query is answered', () =>
 *   checkProperty('any query is answered', [fc.string()], anyQueryIsAnswered));
 */
import fc from 'fast-check';

/** The seed of `npm test`: fixed, so that a failure there is the same failure everywhere. */
export const FIXED_SEED = 1_600_016;

/** Runs of a property in `npm test`, unless it says otherwise. */
export const DEFAULT_RUNS = 1000;

export interface FuzzSettings {
  /** Multiplies every property's runs: 1 in `npm test`, 100 under `npm run fuzz`. */
  scale: number;
  seed: number;
  /** Whether the seed is {@link FIXED_SEED} (false: one given for this run). */
  fixed: boolean;
}

type Settings = Partial<Record<'SPBE_FUZZ_SCALE' | 'SPBE_FUZZ_SEED', string>>;

/** The settings as given: from the page (browser) or the environment (Node). */
function given(): Settings {
  const page = (globalThis as { __SPBE_FUZZ__?: Settings }).__SPBE_FUZZ__;
  if (page) return page;
  const env = (globalThis as { process?: { env?: Settings } }).process?.env;
  if (env) return env;
  throw new Error(
    "a property test in a browser needs the runner's fuzz settings: import '/__spbe/env.js' before running it",
  );
}

/** The scale and seed this run uses (see the module's comment). */
export function fuzzSettings(): FuzzSettings {
  const { SPBE_FUZZ_SCALE: scaleText, SPBE_FUZZ_SEED: seedText } = given();
  const scale = scaleText ? Number(scaleText) : 1;
  if (!(Number.isFinite(scale) && scale > 0)) {
    throw new Error(
      `SPBE_FUZZ_SCALE must be a positive number, such as 10 or 100; got "${scaleText}"`,
    );
  }
  const seed = seedText ? Number(seedText) : FIXED_SEED;
  if (!Number.isSafeInteger(seed)) {
    throw new Error(`SPBE_FUZZ_SEED must be a whole number; got "${seedText}"`);
  }
  return { scale, seed: seed | 0, fixed: !seedText };
}

/** The runs of a property that makes `base` in `npm test`, at this run's scale. */
export function fuzzRuns(base: number = DEFAULT_RUNS): number {
  return Math.max(1, Math.round(base * fuzzSettings().scale));
}

export interface PropertyOptions {
  /** Runs in `npm test` (scaled by `SPBE_FUZZ_SCALE`). Default {@link DEFAULT_RUNS}. */
  runs?: number;
  /** A run whose predicate takes longer than this fails (a hang, not a slow machine: be generous). */
  timeoutMs?: number;
}

type Arbitraries<Ts extends unknown[]> = { [K in keyof Ts]: fc.Arbitrary<Ts[K]> };

/**
 * Checks that `predicate` holds (does not throw nor return `false`) for
 * values drawn from `arbitraries`, with this run's number of runs and seed.
 * On a failure, throws an error that says what failed and holds a regression
 * test calling `predicate` with the shrunk counterexample, ready to paste
 * beside the property. `predicate` must therefore be a named function in
 * scope there (declared in the test file, not written inline).
 */
export async function checkProperty<Ts extends [unknown, ...unknown[]]>(
  name: string,
  arbitraries: Arbitraries<Ts>,
  predicate: (...args: Ts) => unknown,
  options: PropertyOptions = {},
): Promise<void> {
  if (!predicate.name || predicate.name === 'predicate') {
    throw new Error(
      `property "${name}": give its predicate a name (a function declared in the test file), so that a counterexample can be pasted as a call to it`,
    );
  }
  const settings = fuzzSettings();
  const numRuns = fuzzRuns(options.runs);
  const property = fc.asyncProperty(
    ...(arbitraries as unknown as [fc.Arbitrary<unknown>]),
    async (...args: unknown[]) => (await predicate(...(args as Ts))) !== false,
  );
  const details = await fc.check(property, {
    numRuns,
    seed: settings.seed,
    ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
  });
  if (!details.failed) return;
  const error = new Error(
    failureReport(name, predicate.name, {
      seed: details.seed,
      path: details.counterexamplePath,
      numRuns: details.numRuns,
      numShrinks: details.numShrinks,
      counterexample: details.counterexample as unknown[] | null,
      error: details.errorInstance,
    }),
  );
  error.cause = details.errorInstance;
  throw error;
}

export interface Failure {
  seed: number;
  path: string | null;
  numRuns: number;
  numShrinks: number;
  /** The predicate's arguments, or null when no run completed (an interrupted check). */
  counterexample: unknown[] | null;
  error: unknown;
}

const describeError = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/**
 * What a failed property prints: the property, the seed and path, the error,
 * and a regression test calling the predicate with the counterexample.
 */
export function failureReport(name: string, predicateName: string, failure: Failure): string {
  const where = `seed ${failure.seed}, path ${failure.path ?? '(none)'}`;
  const head = [
    `property "${name}" failed after ${failure.numRuns} run(s) and ${failure.numShrinks} shrink(s) (${where})`,
    `error: ${describeError(failure.error)}`,
  ];
  if (failure.counterexample === null) return head.join('\n');
  const args = failure.counterexample.map((value) => fc.stringify(value)).join(', ');
  return [
    ...head,
    `counterexample: ${predicateName}(${args})`,
    '',
    'Regression test to paste beside the property (in the same describe, so that what the predicate uses is in scope):',
    '',
    `it(${JSON.stringify(`${name}: fuzz counterexample (${where})`)}, async () => {`,
    `  await ${predicateName}(${args});`,
    '});',
    '',
    `Replay the whole property at this seed: SPBE_FUZZ_SEED=${failure.seed} (npm test, npm run fuzz or npm run test:node -- <file>).`,
  ].join('\n');
}
