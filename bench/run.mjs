// `npm run bench`: runs every bench/*.bench.ts (or those whose name contains an
// argument) one after another, each in its own process so that one benchmark's
// heap and JIT state do not colour the next. Workspace packages resolve to their
// built dist/ (npm run bench builds first): benchmarks measure what users run.
//
// A full run (no arguments) also writes bench/RESULTS.md (and keeps what it
// needs in bench/results/, so `--report` can write it again): the machine and the
// date, one summary table of every benchmark (the rows each one records with
// harness.ts's record()), then every benchmark's own tables as it printed them.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const filters = process.argv.slice(2);
const files = readdirSync(join(root, 'bench'))
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
  .sort();

if (files.length === 0 && filters[0] !== '--report') {
  console.error(`bench: nothing matches ${filters.join(', ')}`);
  process.exit(1);
}

const results = join(root, 'bench', 'results');
const summary = join(results, 'summary.jsonl');
const runFile = join(results, 'run.json');

// `node bench/run.mjs --report` writes bench/RESULTS.md again from the last
// full run's results (bench/results/), without running anything.
if (filters[0] === '--report') {
  writeResults(JSON.parse(readFileSync(runFile, 'utf8')));
  process.exit(0);
}

const run = {
  started: new Date().toISOString(),
  load: loadavg()[0].toFixed(2),
  commit: (() => {
    try {
      return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
        cwd: root,
        encoding: 'utf8',
      }).trim();
    } catch {
      return 'unknown';
    }
  })(),
  failed: 0,
};
mkdirSync(results, { recursive: true });
if (filters.length === 0) {
  for (const name of readdirSync(results)) rmSync(join(results, name), { force: true });
}

console.log(`# spbe-kit benchmarks (${run.started}, node ${process.version})`);
let failed = 0;
for (const file of files) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--expose-gc', join('bench', file)],
    {
      cwd: root,
      stdio: ['inherit', 'pipe', 'inherit'],
      env: { ...process.env, SPBE_BENCH_SUMMARY: summary },
      maxBuffer: 64 * 1024 * 1024,
      encoding: 'utf8',
    },
  );
  process.stdout.write(result.stdout ?? '');
  writeFileSync(join(results, `${file}.md`), result.stdout ?? '');
  if (result.status !== 0) {
    failed++;
    console.error(`bench: ${file} failed (exit ${result.status ?? result.signal})`);
  }
}

if (filters.length === 0) {
  run.failed = failed;
  writeFileSync(runFile, JSON.stringify(run));
  writeResults(run);
}
process.exit(failed ? 1 : 0);

function writeResults(run) {
  const outputs = readdirSync(results)
    .filter((name) => name.endsWith('.bench.ts.md'))
    .sort()
    .map((name) => readFileSync(join(results, name), 'utf8'));
  const rows = (existsSync(summary) ? readFileSync(summary, 'utf8') : '')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  const cell = (text) => String(text).replaceAll('|', '\\|');
  const cpu = cpus();
  const lines = [
    '# spbe-kit benchmarks',
    '',
    `Written by \`npm run bench\` (bench/run.mjs): do not edit. Run on ${run.started.slice(0, 16).replace('T', ' ')} UTC at commit ${run.commit}${run.failed ? `, with ${run.failed} benchmark(s) failing` : ''}.`,
    '',
    `Machine: ${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Linux ${release()}, Node ${process.version}; load average ${run.load} when the run began. Chromium from \`CHROME_PATH\` (default /usr/bin/chromium) for the elements.`,
    '',
    'Every figure is a median, measured side by side with its baseline in the same run, interleaved where it can be; on a shared machine the ratios mean more than the times. Deterministic budgets (bytes, node and request counts) are enforced by `npm test`, not here.',
    '',
    '## Summary',
    '',
    '| benchmark | what | measured | baseline, same run | ratio |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${cell(r.bench)} | ${cell(r.subject)} | ${cell(r.value)} | ${cell(r.baseline)} | ${cell(r.ratio)} |`,
    ),
    '',
    '## Details',
    '',
    'Each benchmark as it printed its tables.',
    ...outputs.map((out) => out.replace(/^# spbe-kit.*$/m, '').replace(/^## /gm, '### ')),
    '',
  ];
  writeFileSync(join(root, 'bench', 'RESULTS.md'), lines.join('\n'));
  console.log(`\nwrote bench/RESULTS.md (${rows.length} summary rows)`);
}
