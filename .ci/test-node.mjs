// Runs every Node test with node's test runner: `*.test.ts` under
// packages/{sdk,data,server}/src except `*.browser.test.ts` (those run in
// Chromium), `*.node.test.ts` under packages/elements/src (its other tests run
// in Chromium), and the repository checks in .ci/.
// Arguments narrow the run to files whose path contains one of them:
//   npm run test:node -- schemas region
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const packages = ['sdk', 'data', 'server'];

const isNodeTest = (name) => name.endsWith('.test.ts') && !name.endsWith('.browser.test.ts');
const isElementsNodeTest = (name) => name.endsWith('.node.test.ts');

function* walk(dir, wanted = isNodeTest) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path, wanted);
    else if (wanted(entry.name)) yield path;
  }
}

const filters = process.argv.slice(2);
const files = [
  ...[...packages.map((name) => join(root, 'packages', name, 'src')), import.meta.dirname].flatMap(
    (dir) => [...walk(dir)],
  ),
  ...walk(join(root, 'packages', 'elements', 'src'), isElementsNodeTest),
]
  .map((path) => relative(root, path))
  .filter((path) => filters.length === 0 || filters.some((f) => path.includes(f)))
  .sort();

if (files.length === 0) {
  console.error(`test:node: no test files match ${filters.join(', ') || '(all)'}`);
  process.exit(1);
}

const child = spawn(
  process.execPath,
  [
    '--conditions=source',
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    // Per file: the Storybook check builds Storybook and opens every story (about a minute).
    '--test-timeout=300000',
    // Two test files at a time: most of their time is waiting on sockets and
    // timers, so two share the machine's cores well (61 s → 41 s here).
    '--test-concurrency=2',
    ...files,
  ],
  { cwd: root, stdio: 'inherit' },
);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
