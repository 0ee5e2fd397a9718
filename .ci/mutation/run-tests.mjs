// Runs the test files given as arguments in this one process: what Stryker's
// command runner starts once per mutant. `node --test` would start a process
// per file (half a second each to load tsx); here they share one.
// Usage: node --conditions=source --import tsx .ci/mutation/run-tests.mjs <file.test.ts>...
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('run-tests: name the test files to run');
  process.exit(2);
}
for (const file of files) await import(pathToFileURL(resolve(file)).href);
