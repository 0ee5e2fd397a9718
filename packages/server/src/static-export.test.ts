// The static export, served by a plain static file server that applies the
// nginx rules the README documents (read from the README), gives the same
// bodies as the live server for every exported path.
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createClient } from '@spbe/sdk';
import { defaultDataset } from './dataset.js';
import { CACHE } from './routes.js';
import { exportFileOf, exportPaths, exportStatic, type Manifest } from './static-export.js';
import { parseNginxRules, staticExportNginxBlock } from './testing/nginx.js';
import { FIXED_NOW, testApp, withServer } from './testing/server.js';

const README = await readFile(join(import.meta.dirname, '../../../README.md'), 'utf8');
const nginx = parseNginxRules(staticExportNginxBlock(README));

const isFileIn = (root: string) => (file: string) =>
  statSync(join(root, file), { throwIfNoEntry: false })?.isFile() ?? false;

/** A file server that knows nothing of the API: the README's nginx rules over a folder. */
function staticFileServer(root: string): Server {
  return createServer(async (req, res) => {
    const file = nginx.resolve(req.url ?? '/', isFileIn(root));
    if (file === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(await readFile(join(root, file)));
  });
}

/** Runs `fn` with the URL of {@link staticFileServer} over `root`. */
async function withFileServer(root: string, fn: (url: string) => Promise<void>): Promise<void> {
  const files = staticFileServer(root);
  await new Promise<void>((r) => files.listen(0, '127.0.0.1', r));
  const { port } = files.address() as { port: number };
  try {
    await fn(`http://127.0.0.1:${port}`);
  } finally {
    files.close();
    files.closeAllConnections();
  }
}

describe('static export', () => {
  let dir: string;
  let manifest: Manifest;
  const dataset = defaultDataset();
  const app = testApp({ dataset });

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spbe-export-'));
    manifest = await exportStatic({ app, dataset, outDir: dir, scope: '32.73', now: FIXED_NOW });
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('writes every query-free GET path in scope, with a manifest', async () => {
    const paths = new Set(manifest.files.map((f) => f.path));
    for (const path of [
      '/v1/regions',
      '/v1/catalog',
      '/v1/programs',
      '/v1/openapi.json',
      '/v1/services',
      '/v1/agreements',
      '/v1/services/sp4n-lapor',
      '/v1/regions/32',
      '/v1/regions/32/children',
      '/v1/regions/32.73',
      '/v1/regions/32.73/children',
      '/v1/regions/32.73/agreements',
      '/v1/regions/32.73.01/children',
      '/v1/regions/32.73.01.1001',
      '/v1/regions/32.73.01.1001/children',
      '/v1/regions/32.73/descendants?level=village',
    ]) {
      assert.ok(paths.has(path), path);
    }
    assert.ok(!paths.has('/v1/regions/32.01'), 'other regencies are out of scope');
    assert.ok(
      !paths.has('/v1/regions/32/descendants?level=village'),
      "an ancestor's lists reach outside the scope",
    );
    assert.ok(
      !paths.has('/v1/regions/32/agreement-overview'),
      "the province's overview answers for regencies outside the scope",
    );
    const districts = (await dataset.regions.children('32.73'))!;
    const villages = (
      await Promise.all(districts.map((d) => dataset.regions.children(d.code)))
    ).flat();
    // 6 + services + 2 ancestors' (32) pair + regency (3, and its villages
    // in one list) + 2 per district and village.
    const expected =
      6 + dataset.services.length + 2 + 4 + 2 * (districts.length + villages!.length);
    assert.equal(manifest.count, expected);
    assert.equal(manifest.statusDate, '2026-11-29');
    const onDisk = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    assert.equal(onDisk.count, manifest.count);
  });

  it("resolves every exported path to its file with the README's nginx rules", async () => {
    const isFile = isFileIn(dir);
    for (const { path, file } of manifest.files) {
      assert.equal(nginx.resolve(path, isFile), file, path);
    }
    assert.equal(
      nginx.resolve('/v1/regions/32.73/descendants?level=village', isFile),
      'v1/regions/32.73/descendants/village.json',
    );
    // Not exported, or not a level: nothing is served, and no other file either.
    for (const target of [
      '/v1/regions/32.73/descendants',
      '/v1/regions/32.73/descendants?level=district',
      '/v1/regions/32.73/descendants?level=../children',
      '/v1/regions/32.73/descendants?level=..%2Fchildren',
      '/v1/regions/32.73/descendants?level=../../../catalog',
      '/v1/regions/32.73/descendants?level=',
      '/v1/regions/32/descendants?level=village',
    ]) {
      assert.equal(nginx.resolve(target, isFile), undefined, target);
    }
    // What the rules would send without their guard: the guard is what stops it.
    const unguarded = parseNginxRules(staticExportNginxBlock(README).replace(/^\s*if \(.*$/m, ''));
    assert.equal(
      unguarded.resolve('/v1/regions/32.73/descendants?level=../children', isFile),
      'v1/regions/32.73/children.json',
    );
  });

  it('maps the descendant lists of a province and its regencies to files the rules find', async () => {
    const paths = await exportPaths(dataset, '32');
    const lists = paths.filter((p) => p.includes('/descendants'));
    // West Java's districts and villages, and each of its 27 regencies' villages.
    assert.equal(lists.length, 2 + 27);
    assert.ok(lists.includes('/v1/regions/32/descendants?level=district'));
    assert.ok(lists.includes('/v1/regions/32/descendants?level=village'));
    assert.ok(lists.includes('/v1/regions/32.01/descendants?level=village'));
    assert.ok(!lists.some((p) => p.endsWith('level=regency')), 'one level down is children');
    assert.deepEqual(
      paths.filter((p) => p.endsWith('/agreement-overview')),
      ['/v1/regions/32/agreement-overview'],
      "the province's overview, and no other",
    );
    const files = new Set(paths.map(exportFileOf));
    assert.equal(files.size, paths.length, 'no two paths share a file');
    for (const path of paths) {
      assert.equal(
        nginx.resolve(path, (f) => files.has(f)),
        exportFileOf(path),
        path,
      );
    }
    assert.equal(
      exportFileOf('/v1/regions/32/descendants?level=village'),
      'v1/regions/32/descendants/village.json',
    );
    assert.throws(() => exportFileOf('/v1/services?q=a&page=2'), /only one query parameter/);
    assert.throws(() => exportFileOf('/v1/x?level=../y'), /plain word/);
  });

  it('serves the same bodies as the live server from a plain file server', async () => {
    await withFileServer(dir, (files) =>
      withServer(async (live) => {
        for (const { path } of manifest.files) {
          const [fromFiles, fromLive] = await Promise.all([
            fetch(`${files}${path}`),
            fetch(`${live.url}${path}`),
          ]);
          assert.equal(fromFiles.status, 200, path);
          assert.equal(await fromFiles.text(), await fromLive.text(), path);
        }
      }),
    );
  });

  it("gives the SDK's read paths the same answers as the live server", async () => {
    await withFileServer(dir, (files) =>
      withServer(async (live) => {
        const fromFiles = createClient({ baseUrl: files, cache: false });
        const fromLive = createClient({ baseUrl: live.url, cache: false });
        const reads: ((c: typeof fromLive) => Promise<unknown>)[] = [
          (c) => c.regions.provinces(),
          (c) => c.regions.get('32'),
          (c) => c.regions.children('32'),
          (c) => c.regions.get('32.73'),
          (c) => c.regions.children('32.73'),
          (c) => c.regions.agreements('32.73'),
          (c) => c.regions.children('32.73.01'),
          (c) => c.regions.descendants('32.73', { level: 'village' }),
          (c) => c.regions.get('32.73.01.1001'),
          (c) => c.catalog(),
          (c) => c.services.get('sp4n-lapor'),
          (c) => c.programs(),
        ];
        for (const read of reads) assert.deepEqual(await read(fromFiles), await read(fromLive));
      }),
    );
  });

  it("exports every province's agreement overview for all of Indonesia", async () => {
    const paths = await exportPaths(dataset);
    const provinces = (await dataset.regions.children(null))!;
    assert.equal(provinces.length, 38);
    assert.deepEqual(
      paths.filter((p) => p.endsWith('/agreement-overview')),
      provinces.map((p) => `/v1/regions/${p.code}/agreement-overview`),
    );
  });

  it("serves a province scope's agreement overview from its file, as the live server does", async () => {
    // Jakarta (31): the smallest province to export whole (6 regencies, 267 villages).
    const jakarta = await mkdtemp(join(tmpdir(), 'spbe-export-31-'));
    try {
      const written = await exportStatic({ app, dataset, outDir: jakarta, scope: '31' });
      const entry = written.files.find((f) => f.path === '/v1/regions/31/agreement-overview');
      assert.equal(entry?.file, 'v1/regions/31/agreement-overview.json');
      assert.equal(entry.cacheControl, CACHE.statuses);
      assert.equal(nginx.resolve(entry.path, isFileIn(jakarta)), entry.file);
      await withFileServer(jakarta, (files) =>
        withServer(async (live) => {
          const fromFiles = createClient({ baseUrl: files, cache: false });
          const fromLive = createClient({ baseUrl: live.url, cache: false });
          const overview = await fromFiles.regions.agreementOverview('31');
          assert.equal(overview.regencies.length, 6);
          assert.deepEqual(overview, await fromLive.regions.agreementOverview('31'));
        }),
      );
    } finally {
      await rm(jakarta, { recursive: true, force: true });
    }
  });

  it('refuses to write into a folder that holds other files', async () => {
    const other = await mkdtemp(join(tmpdir(), 'spbe-export-other-'));
    try {
      await writeFile(join(other, 'notes.txt'), 'mine');
      await assert.rejects(
        exportStatic({ app, dataset, outDir: other, scope: '32.73' }),
        /is not empty and is not an earlier export/,
      );
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('re-exporting into the same folder removes what is no longer exported', async () => {
    const again = await mkdtemp(join(tmpdir(), 'spbe-export-again-'));
    try {
      await exportStatic({ app, dataset, outDir: again, scope: '32.73.01' });
      const fewer = { ...dataset, services: dataset.services.filter((s) => s.id !== 'sp4n-lapor') };
      await exportStatic({
        app: testApp({ dataset: fewer }),
        dataset: fewer,
        outDir: again,
        scope: '32.73.01',
      });
      await assert.rejects(stat(join(again, 'v1/services/sp4n-lapor.json')), /ENOENT/);
      await stat(join(again, 'v1/services/sapawarga.json'));
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  });

  it('refuses an unknown scope', async () => {
    await assert.rejects(
      exportStatic({ app, dataset, outDir: dir, scope: '99' }),
      /neither "all" nor a known region code/,
    );
  });
});
