// What users download, gzipped and brotli'd (built: `npm run bench` builds
// first), beside the budgets `npm test` enforces (.ci/budgets.test.ts,
// .ci/drop-in.test.ts): each element bundled alone from npm as a browser app
// gets it (Rollup, esbuild, terser), and the drop-in's files for a page with
// a badge, with three elements, and with every element.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { browserBundle } from '../.ci/browser-bundle.js';
import { CDN_DIR, PINNED } from '../.ci/drop-in.mjs';
import { record } from './harness.js';

const root = join(import.meta.dirname, '..');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
const TITLE = 'Bytes users download';

console.log(`\n## ${TITLE} (gzip -9 / brotli)\n`);
console.log('| what | gzip | brotli | budget (gzip, in npm test) | share of budget |');
console.log('| --- | --- | --- | --- | --- |');

function row(what: string, code: Buffer | string, budgetKb: number) {
  const gz = gzipSync(code, { level: 9 }).length;
  const br = brotliCompressSync(code).length;
  console.log(
    `| ${what} | ${kb(gz)} | ${kb(br)} | ${budgetKb} KB | ${((100 * gz) / (budgetKb * 1024)).toFixed(0)}% |`,
  );
  record({
    bench: TITLE,
    subject: what,
    value: `${kb(gz)} gzip, ${kb(br)} brotli`,
    baseline: `budget ${budgetKb} KB gzip`,
    ratio: `${((100 * gz) / (budgetKb * 1024)).toFixed(0)}% of budget`,
  });
}

// Each element alone, as an app bundling it from npm would ship it.
const ELEMENTS: [string, string, number][] = [
  ['<spbe-agreement-badge> (npm, bundled alone)', 'agreement-badge', 30.1],
  ['<spbe-agreement-overview> (npm, bundled alone)', 'agreement-overview', 32.3],
  ['<spbe-region-select> (npm, bundled alone)', 'region-select', 36],
  ['<spbe-service-finder> (npm, bundled alone)', 'service-finder', 37.25],
];
for (const [what, folder, budget] of ELEMENTS) {
  row(what, await browserBundle(join(root, 'packages/elements/src', folder, 'define.ts')), budget);
}

// The drop-in: each file compressed on its own, as it travels.
const dir = join(CDN_DIR, PINNED);
const integrity = JSON.parse(readFileSync(join(dir, 'integrity.json'), 'utf8')) as {
  tags: Record<string, string[]>;
};
const PAGES: [string, string[], number][] = [
  ['drop-in page: a badge', ['spbe-agreement-badge'], 33],
  [
    'drop-in page: badge, region select, finder',
    ['spbe-agreement-badge', 'spbe-region-select', 'spbe-service-finder'],
    51,
  ],
];
for (const [what, tags, budget] of PAGES) {
  const files = ['spbe.js', ...new Set(tags.flatMap((tag) => integrity.tags[tag]!))];
  let gz = 0;
  let br = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    gz += gzipSync(bytes, { level: 9 }).length;
    br += brotliCompressSync(bytes).length;
  }
  console.log(
    `| ${what} (${files.length} files) | ${kb(gz)} | ${kb(br)} | ${budget} KB | ${((100 * gz) / (budget * 1024)).toFixed(0)}% |`,
  );
  record({
    bench: TITLE,
    subject: `${what} (${files.length} files)`,
    value: `${kb(gz)} gzip, ${kb(br)} brotli`,
    baseline: `budget ${budget} KB gzip`,
    ratio: `${((100 * gz) / (budget * 1024)).toFixed(0)}% of budget`,
  });
}
