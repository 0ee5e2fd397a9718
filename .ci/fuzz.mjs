// `npm run fuzz`: every property test (the test files that use
// packages/sdk/src/testing/fuzz.ts), Node ones then browser ones, with 100×
// their `npm test` runs (SPBE_FUZZ_SCALE) from a fresh random seed
// (SPBE_FUZZ_SEED), printed first so that a run can be repeated exactly:
//   npm run fuzz                                  scale 100, a random seed
//   SPBE_FUZZ_SCALE=10 npm run fuzz -- server     scale 10, files whose path contains "server"
//   SPBE_FUZZ_SEED=123 npm run fuzz               again from seed 123
// A property that fails prints its counterexample as a regression test to paste.
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const USES_FUZZ = /testing\/fuzz\.js['"]/;

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.name.endsWith('.test.ts')) yield relative(root, path);
  }
}

const filters = process.argv.slice(2);
const propertyFiles = ['sdk', 'data', 'server', 'elements']
  .flatMap((name) => [...walk(join(root, 'packages', name, 'src'))])
  .filter((path) => USES_FUZZ.test(readFileSync(join(root, path), 'utf8')))
  .filter((path) => filters.length === 0 || filters.some((f) => path.includes(f)))
  .sort();
// Where each runs, as in .ci/test-node.mjs and web-test-runner.config.mjs.
const inBrowser = (path) =>
  path.endsWith('.browser.test.ts') ||
  (path.startsWith('packages/elements/') && !path.endsWith('.node.test.ts'));
const nodeFiles = propertyFiles.filter((path) => !inBrowser(path));
const browserFiles = propertyFiles.filter(inBrowser);

if (propertyFiles.length === 0) {
  console.error(`fuzz: no property test files match ${filters.join(', ') || '(all)'}`);
  process.exit(1);
}

const scale = process.env.SPBE_FUZZ_SCALE || '100';
const seed = process.env.SPBE_FUZZ_SEED || String(randomInt(-(2 ** 31), 2 ** 31));
const env = { ...process.env, SPBE_FUZZ_SCALE: scale, SPBE_FUZZ_SEED: seed };
console.log(`fuzz: seed ${seed}, scale ${scale} (each property runs ${scale}× its npm test runs)`);
console.log(`fuzz: repeat with SPBE_FUZZ_SEED=${seed} SPBE_FUZZ_SCALE=${scale} npm run fuzz`);
for (const path of propertyFiles) console.log(`  ${path}`);

function run(command, args, extraEnv = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...env, ...extraEnv },
      stdio: 'inherit',
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const started = Date.now();
const results = [];
if (nodeFiles.length > 0) {
  const code = await run(process.execPath, [
    '--conditions=source',
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    // No per-test timeout: at scale 100 one property may run for many minutes;
    // each property bounds its own runs where a hang is possible.
    '--test-timeout=0',
    '--test-concurrency=2',
    ...nodeFiles,
  ]);
  results.push(['node', code]);
}
if (browserFiles.length > 0) {
  const code = await run(
    process.execPath,
    [
      join(root, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js'),
      '--config',
      join(root, '.ci', 'fuzz-browser.config.mjs'),
    ],
    { SPBE_FUZZ_FILES: JSON.stringify(browserFiles) },
  );
  results.push(['browser', code]);
}

const minutes = ((Date.now() - started) / 60_000).toFixed(1);
const failed = results.filter(([, code]) => code !== 0).map(([name]) => name);
console.log(
  `fuzz: ${failed.length === 0 ? 'every test passed, no counterexample' : `failures in the ${failed.join(' and ')} test files (a failed property prints its counterexample as a test to paste; other failures are plain test failures)`}; seed ${seed}, scale ${scale}, ${minutes} min`,
);
process.exit(failed.length === 0 ? 0 : 1);
