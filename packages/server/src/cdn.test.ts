// /cdn/ assets, served from a folder: loadable from other origins, cached
// forever when versioned, revalidated otherwise, never outside the folder.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { compareVersions } from './cdn.js';
import { testApp } from './testing/server.js';

describe('/cdn/ assets', () => {
  let dir: string;
  let app: ReturnType<typeof testApp>;
  const script = `export const hello = 'spbe';\n${'// padding\n'.repeat(200)}`;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spbe-cdn-'));
    await writeFile(join(dir, 'spbe.js'), script);
    await writeFile(join(dir, 'spbe.3f9a1c2b.js'), script);
    await writeFile(join(dir, 'spbe-elements.js'), script);
    await writeFile(join(dir, 'secret.key'), 'do not serve');
    await mkdir(join(dir, 'spbe@0.1.0'));
    await writeFile(join(dir, 'spbe@0.1.0', 'spbe.js'), script);
    await writeFile(join(dir, 'spbe@0.1.0', 'core-qz2K1ORd.js'), script);
    // Rollup's hashes are base64url: a dash, and no digit, are both possible.
    await writeFile(join(dir, 'spbe@0.1.0', 'search-CLAJ-TaM.js'), script);
    await writeFile(join(dir, 'spbe@0.1.0', 'integrity.json'), '{}');
    app = testApp({ cdnDir: dir });
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('serves a script that other origins may load', async () => {
    const res = await app.request('/cdn/spbe.js', {
      headers: { origin: 'https://garutkab.go.id' },
    });
    assert.equal(res.status, 200);
    assert.equal(await res.text(), script);
    assert.equal(res.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(res.headers.get('cross-origin-resource-policy'), 'cross-origin');
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  });

  it('caches versioned names for a year and plain names briefly', async () => {
    const hashed = await app.request('/cdn/spbe.3f9a1c2b.js');
    assert.equal(hashed.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    const plain = await app.request('/cdn/spbe.js');
    assert.equal(plain.headers.get('cache-control'), 'public, max-age=300, must-revalidate');
    // A long word is not a hash: without a digit it is revalidated like any plain name.
    const named = await app.request('/cdn/spbe-elements.js');
    assert.equal(named.headers.get('cache-control'), 'public, max-age=300, must-revalidate');
  });

  it('serves a pinned version from its folder, hashed names for a year', async () => {
    const pinned = await app.request('/cdn/spbe@0.1.0/spbe.js', {
      headers: { origin: 'https://garutkab.go.id' },
    });
    assert.equal(pinned.status, 200);
    assert.equal(await pinned.text(), script);
    assert.equal(pinned.headers.get('cross-origin-resource-policy'), 'cross-origin');
    assert.equal(pinned.headers.get('cache-control'), 'public, max-age=300, must-revalidate');
    const chunk = await app.request('/cdn/spbe@0.1.0/core-qz2K1ORd.js');
    assert.equal(chunk.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    for (const file of ['search-CLAJ-TaM.js', 'core-qz2K1ORd.js']) {
      const res = await app.request(`/cdn/spbe@0.1.0/${file}`);
      assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable', file);
    }
    const list = await app.request('/cdn/spbe@0.1.0/integrity.json');
    assert.equal(list.headers.get('cache-control'), 'public, max-age=300, must-revalidate');
    // An encoded slash in one segment is not a folder.
    assert.equal((await app.request('/cdn/spbe@0.1.0%2Fspbe.js')).status, 400);
    assert.equal((await app.request('/cdn/spbe@0.1.0%2fspbe.js')).status, 400);
    const other = await app.request('/cdn/spbe@0.2.0/spbe.js');
    assert.equal(other.status, 404);
    assert.match((await other.json()).detail, /pinned: \/cdn\/spbe@<version>\/spbe\.js/);
  });

  it('revalidates with 304, keeping CORS and CORP headers', async () => {
    const first = await app.request('/cdn/spbe.js');
    const again = await app.request('/cdn/spbe.js', {
      headers: { origin: 'https://garutkab.go.id', 'if-none-match': first.headers.get('etag')! },
    });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('access-control-allow-origin'), '*');
    assert.equal(again.headers.get('cross-origin-resource-policy'), 'cross-origin');
  });

  it('compresses scripts for clients that accept it', async () => {
    const res = await app.request('/cdn/spbe.js', { headers: { 'accept-encoding': 'br' } });
    assert.equal(res.headers.get('content-encoding'), 'br');
  });

  it('notices a rebuilt file', async () => {
    const before = await (await app.request('/cdn/spbe.js')).text();
    await new Promise((r) => setTimeout(r, 20));
    await writeFile(join(dir, 'spbe.js'), `${before}// rebuilt\n`);
    assert.match(await (await app.request('/cdn/spbe.js')).text(), /rebuilt/);
  });

  it('serves only plain asset names of known types, and only /cdn/ is cross-origin', async () => {
    assert.equal((await app.request('/cdn/secret.key')).status, 400);
    assert.equal((await app.request('/cdn/.hidden.js')).status, 400);
    assert.equal((await app.request('/cdn/a..js')).status, 400);
    assert.equal((await app.request('/cdn/sub/x.js')).status, 400);
    assert.equal((await app.request('/cdn/spbe@1/x.js')).status, 400);
    assert.equal((await app.request('/cdn/spbe@0.1.0/../secret.key')).status, 400);
    assert.equal((await app.request('/cdn/spbe@0.1.0/a/b.js')).status, 404);
    assert.equal(
      (await app.request('/v1/catalog')).headers.get('cross-origin-resource-policy'),
      'same-origin',
    );
  });

  it('answers 404 when no folder is configured', async () => {
    const res = await testApp({ cdnDir: null }).request('/cdn/spbe.js');
    assert.equal(res.status, 404);
    assert.equal(res.headers.get('content-type'), 'application/problem+json; charset=utf-8');
  });
});

describe('compareVersions', () => {
  it('orders pinned folders as semantic versions: numbers by value, a release after its pre-releases', () => {
    const sorted = [
      'spbe@1.0.0',
      'spbe@0.10.0',
      'spbe@1.0.0-rc.10',
      'spbe@0.9.1',
      'spbe@1.0.0-rc.2',
      'spbe@0.9.0',
    ].sort(compareVersions);
    assert.deepEqual(sorted, [
      'spbe@0.9.0',
      'spbe@0.9.1',
      'spbe@0.10.0',
      'spbe@1.0.0-rc.2',
      'spbe@1.0.0-rc.10',
      'spbe@1.0.0',
    ]);
  });
});
