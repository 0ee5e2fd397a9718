// The static export, served by a plain static file server (the try_files
// mapping of nginx: P → P, else P.json), gives the same bodies as the live
// server for every exported path.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createClient } from '@spbe/sdk';
import { defaultDataset } from './dataset.js';
import { exportStatic, type Manifest } from './static-export.js';
import { FIXED_NOW, testApp, withServer } from './testing/server.js';

/** A file server that knows nothing of the API: files and their extensions only. */
function staticFileServer(root: string): Server {
  return createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    for (const candidate of [path, `${path}.json`]) {
      const file = join(root, candidate);
      if (!file.startsWith(root)) break;
      const info = await stat(file).catch(() => undefined);
      if (info?.isFile()) {
        res.writeHead(200, {
          'content-type': file.endsWith('.json') ? 'application/json' : 'application/octet-stream',
        });
        res.end(await readFile(file));
        return;
      }
    }
    res.writeHead(404).end();
  });
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
    ]) {
      assert.ok(paths.has(path), path);
    }
    assert.ok(!paths.has('/v1/regions/32.01'), 'other regencies are out of scope');
    const districts = (await dataset.regions.children('32.73'))!;
    const villages = (
      await Promise.all(districts.map((d) => dataset.regions.children(d.code)))
    ).flat();
    // 6 + services + 2 ancestors' (32) pair + regency (3) + 2 per district and village.
    const expected =
      6 + dataset.services.length + 2 + 3 + 2 * (districts.length + villages!.length);
    assert.equal(manifest.count, expected);
    assert.equal(manifest.statusDate, '2026-11-29');
    const onDisk = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    assert.equal(onDisk.count, manifest.count);
  });

  it('serves the same bodies as the live server from a plain file server', async () => {
    const files = staticFileServer(dir);
    await new Promise<void>((r) => files.listen(0, '127.0.0.1', r));
    const { port } = files.address() as { port: number };
    try {
      await withServer(async (live) => {
        for (const { path } of manifest.files) {
          const [fromFiles, fromLive] = await Promise.all([
            fetch(`http://127.0.0.1:${port}${path}`),
            fetch(`${live.url}${path}`),
          ]);
          assert.equal(fromFiles.status, 200, path);
          assert.equal(await fromFiles.text(), await fromLive.text(), path);
        }
      });
    } finally {
      files.close();
      files.closeAllConnections();
    }
  });

  it("gives the SDK's read paths the same answers as the live server", async () => {
    const files = staticFileServer(dir);
    await new Promise<void>((r) => files.listen(0, '127.0.0.1', r));
    const { port } = files.address() as { port: number };
    try {
      await withServer(async (live) => {
        const fromFiles = createClient({ baseUrl: `http://127.0.0.1:${port}`, cache: false });
        const fromLive = createClient({ baseUrl: live.url, cache: false });
        const reads: ((c: typeof fromLive) => Promise<unknown>)[] = [
          (c) => c.regions.provinces(),
          (c) => c.regions.get('32'),
          (c) => c.regions.children('32'),
          (c) => c.regions.get('32.73'),
          (c) => c.regions.children('32.73'),
          (c) => c.regions.agreements('32.73'),
          (c) => c.regions.children('32.73.01'),
          (c) => c.regions.get('32.73.01.1001'),
          (c) => c.catalog(),
          (c) => c.services.get('sp4n-lapor'),
          (c) => c.programs(),
        ];
        for (const read of reads) assert.deepEqual(await read(fromFiles), await read(fromLive));
      });
    } finally {
      files.close();
      files.closeAllConnections();
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
