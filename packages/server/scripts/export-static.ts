/**
 * npm run export:static -- --out DIR [--scope all|CODE]
 *
 * Writes every query-free GET path of the API as files, and the descendant
 * lists the elements ask for (see src/static-export.ts), plus manifest.json.
 * --scope 32 exports West Java's regions only; the default is all of
 * Indonesia (about 184,400 files).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../src/app.js';
import { defaultDataset } from '../src/dataset.js';
import { exportStatic } from '../src/static-export.js';

let values: { out?: string; scope?: string };
try {
  ({ values } = parseArgs({
    options: { out: { type: 'string' }, scope: { type: 'string', default: 'all' } },
  }));
} catch (error) {
  console.error(
    `export:static: ${(error as Error).message}\nusage: npm run export:static -- --out DIR [--scope all|32]`,
  );
  process.exit(2);
}
if (!values.out) {
  console.error(
    'export:static: --out DIR is required\nusage: npm run export:static -- --out DIR [--scope all|32]',
  );
  process.exit(2);
}

const dataset = defaultDataset();
const now = new Date();
const started = performance.now();
try {
  const manifest = await exportStatic({
    app: createApp({ dataset, now: () => now }),
    dataset,
    outDir: resolve(values.out),
    scope: values.scope ?? 'all',
    now,
  });
  const bytes = manifest.files.reduce((sum, f) => sum + f.bytes, 0);
  console.log(
    `export:static: ${manifest.count} files, ${(bytes / 1e6).toFixed(1)} MB, statuses as of ${manifest.statusDate}, in ${Math.round(performance.now() - started)} ms → ${resolve(values.out)}`,
  );
} catch (error) {
  console.error(`export:static: ${(error as Error).message}`);
  process.exit(1);
}
