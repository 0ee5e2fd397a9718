/**
 * Static export of the read API: every query-free GET path written as a file,
 * and the descendant lists the elements ask for, so the API the elements need
 * can be served by any CDN or object store.
 *
 * Each path P is written to the file `P.json` (P itself cannot be a file:
 * `/v1/regions/32` is also the folder of `/v1/regions/32/children`); paths
 * that already end in `.json` keep their name. A query string cannot be part
 * of a file name on most hosts, so `P?level=L` is written to `P/L.json`.
 * Object stores take each file under the key P (see `manifest.json`); file
 * servers map P to `P.json` and `P?level=L` to `P/L.json` (the nginx rules in
 * the README, which the tests apply to every exported path).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { jakartaDate, parentCodeOf, type Region, type RegionLevel } from '@spbe/sdk';
import type { Hono } from 'hono';
import pMap from 'p-map';
import type { Dataset } from './dataset.js';
import { SERVER_VERSION } from './version.js';

// Thousands of small files: in parallel, but few enough at once not to run out of file descriptors.
const FILES_AT_ONCE = 32;

export interface ExportOptions {
  /** The app to read from (its `request()` is called for every path). */
  app: Pick<Hono, 'request'>;
  dataset: Dataset;
  /** Folder to write into: must be missing, empty, or an earlier export. */
  outDir: string;
  /** `all` for every region of Indonesia, or a region code to export its subtree (e.g. `32`). */
  scope?: string;
  /** Instant the agreement statuses are computed at (the app's clock decides; this is recorded). */
  now?: Date;
}

export interface ManifestEntry {
  path: string;
  file: string;
  bytes: number;
  sha256: string;
  contentType: string;
  cacheControl: string;
}

export interface Manifest {
  notice: string;
  version: string;
  generatedAt: string;
  /** Agreement statuses are as of this Asia/Jakarta date: export again daily to keep them current. */
  statusDate: string;
  scope: string;
  count: number;
  files: ManifestEntry[];
}

/**
 * The levels the elements list under a region in one request (one level down
 * they ask for `children`): a province's districts and villages, a regency's
 * villages.
 */
export const EXPORTED_DESCENDANTS: Partial<Record<RegionLevel, readonly RegionLevel[]>> = {
  province: ['district', 'village'],
  regency: ['village'],
};

/**
 * Every query-free GET path for a dataset and scope, and the descendant lists
 * of {@link EXPORTED_DESCENDANTS} for the regions in scope. A scope's
 * ancestors get their own paths (to navigate down to it), a regency its
 * agreements, but neither their descendant lists nor a province's agreement
 * overview: those answer for the whole ancestor, so they reach outside the
 * scope (`--scope 32.73` has Kota Bandung's agreements, not the statuses of
 * West Java's other 26 regencies; `--scope 32` has the overview of 32).
 */
export async function exportPaths(dataset: Dataset, scope = 'all'): Promise<string[]> {
  const paths = [
    '/v1/regions',
    '/v1/catalog',
    '/v1/services',
    '/v1/agreements',
    '/v1/programs',
    '/v1/openapi.json',
  ];
  for (const service of dataset.services) paths.push(`/v1/services/${service.id}`);
  const add = (region: Region, inScope = true) => {
    paths.push(`/v1/regions/${region.code}`, `/v1/regions/${region.code}/children`);
    if (region.level === 'regency') paths.push(`/v1/regions/${region.code}/agreements`);
    if (!inScope) return;
    if (region.level === 'province') paths.push(`/v1/regions/${region.code}/agreement-overview`);
    for (const level of EXPORTED_DESCENDANTS[region.level] ?? []) {
      paths.push(`/v1/regions/${region.code}/descendants?level=${level}`);
    }
  };
  if (scope === 'all') {
    for (const region of await dataset.regions.all()) add(region);
  } else {
    // The scope's ancestors (to navigate down to it), then its subtree level by
    // level: only the files on that path are read.
    for (let code = parentCodeOf(scope); code !== null; code = parentCodeOf(code)) {
      const ancestor = await dataset.regions.get(code);
      if (ancestor) add(ancestor, false);
    }
    let level = [await dataset.regions.get(scope)].filter((r) => r !== undefined);
    while (level.length > 0) {
      for (const region of level) add(region);
      const next = await Promise.all(level.map((r) => dataset.regions.children(r.code)));
      level = next.flatMap((children) => children ?? []);
    }
  }
  return paths;
}

/**
 * The file (relative to the export folder) a path is written to: `P` →
 * `P.json`, `P?level=L` → `P/L.json`; a path ending in `.json` keeps its name.
 */
export function exportFileOf(path: string): string {
  const [pathname = '', query] = path.slice(1).split('?');
  if (query === undefined) return pathname.endsWith('.json') ? pathname : `${pathname}.json`;
  const params = [...new URLSearchParams(query)];
  const [param] = params;
  if (params.length !== 1 || param === undefined || !/^[a-z]+$/.test(param[1])) {
    throw new Error(
      `${path}: only one query parameter with a plain word for a value maps to a file`,
    );
  }
  return `${pathname}/${param[1]}.json`;
}

/**
 * Writes the export and its `manifest.json`, removing what an earlier export
 * into the same folder wrote and this one no longer does. Throws (having
 * written what it wrote) if any path does not answer 200, or if `outDir`
 * holds anything but an earlier export.
 */
export async function exportStatic(options: ExportOptions): Promise<Manifest> {
  const { app, dataset, outDir, scope = 'all', now = new Date() } = options;
  if (scope !== 'all' && (await dataset.regions.get(scope)) === undefined) {
    throw new Error(
      `--scope ${JSON.stringify(scope)} is neither "all" nor a known region code (e.g. 32).`,
    );
  }
  const existing = await readdir(outDir).catch(() => [] as string[]);
  if (existing.length > 0 && !existing.includes('manifest.json')) {
    throw new Error(`${outDir} is not empty and is not an earlier export: choose an empty folder.`);
  }
  // An earlier export's files, to remove those this one no longer writes.
  const earlier = existing.includes('manifest.json')
    ? (
        (JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8')) as Manifest).files ?? []
      ).map((f) => f.file)
    : [];
  const paths = await exportPaths(dataset, scope);
  // Folders first, each once (parents before children), then the files.
  const folders = [...new Set(paths.map((path) => dirname(join(outDir, exportFileOf(path)))))].sort(
    (a, b) => a.length - b.length,
  );
  for (const folder of folders) await mkdir(folder, { recursive: true });
  const files = await pMap(
    paths,
    async (path): Promise<ManifestEntry> => {
      const response = await app.request(path);
      if (response.status !== 200) {
        throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
      }
      const body = Buffer.from(await response.arrayBuffer());
      const file = exportFileOf(path);
      await writeFile(join(outDir, file), body);
      return {
        path,
        file,
        bytes: body.length,
        sha256: createHash('sha256').update(body).digest('hex'),
        contentType: response.headers.get('content-type') ?? 'application/json',
        cacheControl: response.headers.get('cache-control') ?? '',
      };
    },
    { concurrency: FILES_AT_ONCE },
  );
  const manifest: Manifest = {
    notice:
      'Generated by `npm run export:static`. Each path P is the file P.json (paths ending in .json keep their name); P?level=L is the file P/L.json.',
    version: SERVER_VERSION,
    generatedAt: now.toISOString(),
    statusDate: jakartaDate(now),
    scope,
    count: files.length,
    files,
  };
  const current = new Set(files.map((f) => f.file));
  for (const file of earlier) {
    // Only files inside the folder, as the earlier manifest named them.
    if (!current.has(file) && !file.split('/').includes('..'))
      await rm(join(outDir, file), { force: true });
  }
  await writeFile(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}
