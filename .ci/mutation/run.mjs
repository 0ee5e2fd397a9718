// Mutation testing of the core logic (npm run mutate [-- <group>...] [--concurrency N]).
//
// StrykerJS makes small changes ("mutants") to the files below, one at a
// time, and runs the tests beside them against each: a mutant the tests still
// pass ("survived") is a change to the code no test notices. Stryker's command
// runner runs one command per mutant: here the group's own test files, in one
// process (run-tests.mjs). Too slow for `npm test`; the last run's report is
// committed in report/: mutation.json (the mutation-testing-report-schema
// format, which Stryker's HTML viewer reads) and summary.md (per file: score,
// counts, and every surviving mutant with why it is harmless, from
// survivors.json). The run fails when a file scores below MINIMUM_SCORE once
// the mutants listed there as equivalent are set aside.
//
// A group is run alone with its name (`npm run mutate -- cache retry`); the
// report keeps the other groups' last results.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { Stryker } from '@stryker-mutator/core';

const root = join(import.meta.dirname, '..', '..');
const here = relative(root, import.meta.dirname);
const reportDir = join(import.meta.dirname, 'report');
const MINIMUM_SCORE = 90;

const sdk = 'packages/sdk/src';
const server = 'packages/server/src';

const searchTests = [
  `${sdk}/search/normalize.test.ts`,
  `${sdk}/search/region-index.test.ts`,
  `${sdk}/search/service-index.test.ts`,
];

/** What each group mutates, and the tests run against every one of its mutants. */
export const GROUPS = {
  'agreement-status': {
    mutate: [`${sdk}/status/agreement-status.ts`],
    tests: [`${sdk}/status/agreement-status.test.ts`],
  },
  'region-code': {
    mutate: [`${sdk}/region-code.ts`],
    tests: [`${sdk}/region-code.test.ts`],
  },
  // Search folding and ranking, a group per file so that one can be run alone:
  // each runs every unit test of the engine.
  'search-normalize': { mutate: [`${sdk}/search/normalize.ts`], tests: searchTests },
  // query.ts ranks with scoring.ts's constants.
  'search-query': {
    mutate: [`${sdk}/search/query.ts`, `${sdk}/search/scoring.ts`],
    tests: searchTests,
  },
  'search-region-index': { mutate: [`${sdk}/search/region-index.ts`], tests: searchTests },
  'search-service-index': { mutate: [`${sdk}/search/service-index.ts`], tests: searchTests },
  cache: {
    mutate: [`${sdk}/client/cache.ts`],
    tests: [`${sdk}/client/cache.test.ts`],
  },
  retry: {
    mutate: [`${sdk}/client/retry.ts`],
    tests: [`${sdk}/client/retry.test.ts`],
  },
  'server-query': {
    mutate: [`${server}/http/query.ts`],
    tests: [`${server}/http/query.test.ts`],
  },
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    concurrency: { type: 'string', default: '1' },
    // Only rewrite summary.md from the last report (after editing survivors.json, say).
    'summary-only': { type: 'boolean', default: false },
  },
});
const unknown = positionals.filter((name) => !(name in GROUPS));
if (unknown.length > 0) {
  console.error(
    `mutate: no group ${unknown.join(', ')}; the groups: ${Object.keys(GROUPS).join(', ')}`,
  );
  process.exit(2);
}
const chosen = values['summary-only']
  ? []
  : positionals.length > 0
    ? positionals
    : Object.keys(GROUPS);
const concurrency = Number(values.concurrency);

/** The last report, or an empty one. */
function readReport() {
  try {
    return JSON.parse(readFileSync(join(reportDir, 'mutation.json'), 'utf8'));
  } catch {
    return { schemaVersion: '2', thresholds: { high: MINIMUM_SCORE, low: 80 }, files: {} };
  }
}

const report = readReport();
// How each group was last run: in the report's free-form `config`.
const runs = report.config?.runs ?? {};
const scratch = mkdtempSync(join(tmpdir(), 'spbe-mutate-'));
const started = Date.now();
try {
  for (const name of chosen) {
    const group = GROUPS[name];
    const fileName = join(scratch, `${name}.json`);
    const groupStarted = Date.now();
    console.log(`\nmutate: ${name} (${group.mutate.join(', ')})`);
    await new Stryker({
      testRunner: 'command',
      commandRunner: {
        command: `node --conditions=source --import tsx ${here}/run-tests.mjs ${group.tests.join(' ')}`,
      },
      // The command runner cannot tell which test covers which mutant.
      coverageAnalysis: 'off',
      mutate: group.mutate,
      concurrency,
      reporters: ['json', 'progress-append-only'],
      jsonReporter: { fileName },
      // Stryker would read tsconfig.json with TypeScript's JS API, which the
      // workspace's TypeScript 7 lacks, to rewrite `extends` and `references`
      // that point out of its sandbox. Ours has neither (and tsx reads it as
      // it is), so Stryker is given no tsconfig to rewrite.
      tsconfigFile: `${here}/no-tsconfig-to-rewrite.json`,
      // tsx does not type-check: no `// @ts-nocheck` needed in the sandbox.
      disableTypeChecks: false,
      // The sandbox needs the sources and the root's config files; not builds.
      ignorePatterns: [
        'dist',
        'storybook-static',
        'coverage',
        '/packages/data/regions',
        '/packages/data/regions.tmp-*',
        '/bench/results',
        `/${here}/report`,
      ],
      // A mutant's run that takes this much longer than the first, clean run
      // counts as a timeout (an endless loop): roomy, for a machine shared with
      // other work would otherwise turn slow runs into "detected" mutants.
      timeoutFactor: 2,
      timeoutMS: 10_000,
      tempDirName: '.stryker-tmp',
      cleanTempDir: 'always',
      thresholds: { high: MINIMUM_SCORE, low: 80, break: null },
    }).runMutationTest();
    const result = JSON.parse(readFileSync(fileName, 'utf8'));
    for (const path of group.mutate) delete report.files[path];
    for (const [path, file] of Object.entries(result.files)) {
      report.files[path] = {
        language: file.language,
        source: file.source,
        // Only what says what happened: no test output, timings or ids of this run.
        mutants: file.mutants.map((m, i) => ({
          id: `${name}-${i}`,
          mutatorName: m.mutatorName,
          replacement: m.replacement,
          location: m.location,
          status: m.status,
        })),
      };
    }
    runs[name] = {
      files: group.mutate,
      tests: group.tests,
      stryker: result.framework?.version,
      concurrency,
      seconds: Math.round((Date.now() - groupStarted) / 1000),
      date: new Date().toISOString().slice(0, 10),
    };
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

// Files no group mutates any more leave the report.
const inScope = new Set(Object.values(GROUPS).flatMap((g) => g.mutate));
for (const path of Object.keys(report.files)) if (!inScope.has(path)) delete report.files[path];
for (const name of Object.keys(runs)) if (!(name in GROUPS)) delete runs[name];
report.files = Object.fromEntries(
  Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b)),
);
report.config = {
  runs: Object.fromEntries(Object.entries(runs).sort(([a], [b]) => a.localeCompare(b))),
};

writeFileSync(join(reportDir, 'mutation.json'), serialise(report));
const { markdown, failing } = summarise(report);
writeFileSync(join(reportDir, 'summary.md'), markdown);
console.log(
  `\nmutate: ${Math.round((Date.now() - started) / 1000)} s; ${relative(root, reportDir)}/summary.md`,
);
if (failing.length > 0) {
  console.error(`mutate: below ${MINIMUM_SCORE}%: ${failing.join(', ')}`);
  process.exitCode = 1;
}

/** The report as JSON, one mutant a line: readable, and a new run's diff shows what changed. */
function serialise({ files, ...rest }) {
  const json = JSON.stringify({ ...rest, files: {} }, null, 2);
  const entries = Object.entries(files).map(([path, { mutants, ...file }]) => {
    const head = JSON.stringify(file, null, 2).slice(0, -2).replaceAll('\n', '\n    ');
    const list = mutants.map((m) => `        ${JSON.stringify(m)}`).join(',\n');
    return `    ${JSON.stringify(path)}: ${head},\n      "mutants": [\n${list}\n      ]\n    }`;
  });
  const all = `"files": {\n${entries.join(',\n')}\n  }`;
  return `${json.replace('"files": {}', () => all)}\n`;
}

/** The text a mutant replaced, from the file's source and the mutant's location (1-based lines and columns). */
function originalText(source, { start, end }) {
  const lines = source.split('\n');
  const text = [];
  for (let line = start.line; line <= end.line; line++) {
    const from = line === start.line ? start.column - 1 : 0;
    const to = line === end.line ? end.column - 1 : undefined;
    text.push(lines[line - 1].slice(from, to));
  }
  return text.join('\n');
}

/** One line of code for a table cell. */
function cell(text) {
  return `\`${text.replace(/\s+/g, ' ').replaceAll('|', '\\|').replaceAll('`', "'")}\``;
}

/**
 * summary.md from the report: per file the score and counts, then each
 * mutant that survived (or was not covered) with its entry in
 * survivors.json, matched by file, mutator, original text and replacement
 * (and line, when an entry gives one). An entry says why the mutant is
 * harmless and whether it is equivalent (no input tells it from the code);
 * equivalent ones are set aside for the second score, as Stryker sets aside
 * mutants disabled by a comment in the source (kept out of the source here).
 */
function summarise({ files, config }) {
  const { runs } = config;
  const entries = JSON.parse(readFileSync(join(import.meta.dirname, 'survivors.json'), 'utf8'));
  const used = new Set();
  const entryOf = (path, mutant, original) =>
    entries.find(
      (r) =>
        r.file === path &&
        r.mutator === mutant.mutatorName &&
        r.original === original &&
        r.replacement === mutant.replacement &&
        // A line only where the same change is made in two places.
        (r.line === undefined || r.line === mutant.location.start.line),
    );
  const lines = [
    '# Mutation testing: the last report',
    '',
    `Generated by \`${here}/run.mjs\` (\`npm run mutate\`) from \`mutation.json\`; do not edit.`,
    `Why each surviving mutant is harmless comes from \`${here}/survivors.json\`.`,
    '',
    '- score: (killed + timeout) / (killed + timeout + survived + no coverage), as Stryker counts;',
    '- equivalent: survivors that no input can tell from the code (listed below with the reason);',
    `- without equivalent: the score with those set aside; a file under ${MINIMUM_SCORE}% here fails the run.`,
    '',
    '| file | score | killed | timeout | survived | equivalent | no coverage | errors | without equivalent |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const failing = [];
  const details = [];
  const percent = (part, whole) => `${(whole === 0 ? 100 : (100 * part) / whole).toFixed(2)}%`;
  for (const path of [...inScope].sort()) {
    const file = files[path];
    if (!file) {
      // Stryker has no mutator for numbers: a file of named constants has no mutants.
      lines.push(`| \`${path}\` | no mutants | | | | | | | |`);
      continue;
    }
    const count = (...statuses) => file.mutants.filter((m) => statuses.includes(m.status)).length;
    const killed = count('Killed');
    const timeout = count('Timeout');
    const survived = count('Survived');
    const noCoverage = count('NoCoverage');
    const errors = count('CompileError', 'RuntimeError');
    const left = file.mutants
      .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
      .sort((a, b) => a.location.start.line - b.location.start.line)
      .map((m) => {
        const original = originalText(file.source, m.location);
        const entry = entryOf(path, m, original);
        used.add(entry);
        return { m, original, entry };
      });
    const equivalent = left.filter(({ entry }) => entry?.equivalent).length;
    const valid = killed + timeout + survived + noCoverage;
    if ((valid === 0 ? 100 : (100 * (killed + timeout)) / (valid - equivalent)) < MINIMUM_SCORE) {
      failing.push(path);
    }
    lines.push(
      `| \`${path}\` | ${percent(killed + timeout, valid)} | ${killed} | ${timeout} | ${survived} | ${equivalent} | ${noCoverage} | ${errors} | ${percent(killed + timeout, valid - equivalent)} |`,
    );
    if (left.length === 0) continue;
    details.push(
      '',
      `## \`${path}\``,
      '',
      '| line | mutator | original | replacement | equivalent | why it is harmless |',
      '| ---: | --- | --- | --- | --- | --- |',
    );
    for (const { m, original, entry } of left) {
      const reason = (entry?.reason ?? '**no reason recorded**').replaceAll('|', '\\|');
      const status = m.status === 'NoCoverage' ? ' (no coverage)' : '';
      details.push(
        `| ${m.location.start.line} | ${m.mutatorName}${status} | ${cell(original)} | ${cell(m.replacement)} | ${entry?.equivalent ? 'yes' : 'no'} | ${reason} |`,
      );
    }
  }
  lines.push(
    '',
    '## Runs',
    '',
    '| group | tests | seconds | concurrency | Stryker | date |',
    '| --- | --- | ---: | ---: | --- | --- |',
  );
  for (const [name, run] of Object.entries(runs)) {
    lines.push(
      `| ${name} | ${run.tests.map((t) => `\`${t}\``).join(', ')} | ${run.seconds} | ${run.concurrency} | ${run.stryker} | ${run.date} |`,
    );
  }
  lines.push(...details, '');
  // An entry no surviving mutant matches is out of date: a test kills it now, or the code moved.
  for (const entry of entries) {
    if (!used.has(entry)) console.warn(`mutate: no survivor matches ${JSON.stringify(entry)}`);
  }
  return { markdown: lines.join('\n'), failing };
}
