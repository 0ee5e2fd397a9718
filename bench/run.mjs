// `npm run bench`: runs every bench/*.bench.ts (or those whose name contains an
// argument) one after another, each in its own process so that one benchmark's
// heap and JIT state do not colour the next. Workspace packages resolve to their
// built dist/ (npm run bench builds first): benchmarks measure what users run.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const filters = process.argv.slice(2);
const files = readdirSync(join(root, 'bench'))
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
  .sort();

if (files.length === 0) {
  console.error(`bench: nothing matches ${filters.join(', ')}`);
  process.exit(1);
}

console.log(`# spbe-kit benchmarks (${new Date().toISOString()}, node ${process.version})`);
let failed = 0;
for (const file of files) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--expose-gc', join('bench', file)],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.status !== 0) {
    failed++;
    console.error(`bench: ${file} failed (exit ${result.status ?? result.signal})`);
  }
}
process.exit(failed ? 1 : 0);
