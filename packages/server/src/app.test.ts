import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import {
  AgreementPageSchema,
  CatalogSchema,
  DescendantsSchema,
  ProgramListSchema,
  RegionAgreementListSchema,
  RegionListSchema,
  RegionSchema,
  regionRecord,
  ServicePageSchema,
  ServiceSchema,
} from '@spbe/sdk';
import { defaultDataset } from './dataset.js';
import { CACHE } from './routes.js';
import { jsonAt, testApp } from './testing/server.js';

const app = testApp();
const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
const json = (path: string) => jsonAt(app, path);

describe('regions', () => {
  it('lists the 38 provinces', async () => {
    const provinces = RegionListSchema.parse(await json('/v1/regions'));
    assert.equal(provinces.length, 38);
    assert.ok(provinces.some((p) => p.code === '32' && p.name === 'Jawa Barat'));
  });

  it('gets a region of each level', async () => {
    assert.deepEqual(RegionSchema.parse(await json('/v1/regions/32.73')), {
      code: '32.73',
      name: 'Kota Bandung',
      level: 'regency',
      parentCode: '32',
      kind: 'kota',
    });
    assert.equal(RegionSchema.parse(await json('/v1/regions/32.73.01.1001')).level, 'village');
  });

  it("lists a region's children: 32 → 27 regencies, a village → none", async () => {
    const regencies = RegionListSchema.parse(await json('/v1/regions/32/children'));
    assert.equal(regencies.length, 27);
    assert.deepEqual(
      regencies.map((r) => r.code),
      [...regencies.map((r) => r.code)].sort(),
    );
    assert.deepEqual(await json('/v1/regions/32.73.01.1001/children'), []);
  });

  it('accepts percent-encoded dots in a code', async () => {
    assert.equal(RegionSchema.parse(await json('/v1/regions/32%2E73')).code, '32.73');
  });
});

describe('region descendants', () => {
  const regions = defaultDataset().regions;

  it("lists West Java's 5,957 villages in one answer, in code order, as two columns", async () => {
    const table = DescendantsSchema.parse(await json('/v1/regions/32/descendants?level=village'));
    assert.equal(table.level, 'village');
    assert.equal(table.codes.length, 5957);
    assert.equal(table.names.length, 5957);
    assert.deepEqual(table.codes, [...table.codes].sort());
    assert.equal(new Set(table.codes).size, 5957);
    const expected = (await regions.descendants('32', 'village'))!;
    assert.deepEqual(
      table.codes,
      expected.map((r) => r.code),
    );
    assert.deepEqual(
      table.names,
      expected.map((r) => r.name),
    );
    // Expanded, each row is a valid Region, the same as the store's.
    const expanded = table.codes.map((c, i) => regionRecord(c, table.names[i]!, table.level));
    assert.deepEqual(RegionListSchema.parse(expanded), expected);
  });

  it('answers each level below a province, a regency and a district', async () => {
    const children = async (code: string) =>
      RegionListSchema.parse(await json(`/v1/regions/${code}/children`)).map((r) => r.code);
    const codes = async (code: string, level: string) =>
      DescendantsSchema.parse(await json(`/v1/regions/${code}/descendants?level=${level}`)).codes;
    assert.deepEqual(await codes('32', 'regency'), await children('32'));
    assert.equal((await codes('32', 'district')).length, 627);
    assert.deepEqual(await codes('32.73', 'district'), await children('32.73'));
    const bandung = await codes('32.73', 'village');
    assert.equal(bandung.length, 151);
    assert.ok(bandung.every((c) => c.startsWith('32.73.') && c.length === 13));
    assert.deepEqual(await codes('32.73.01', 'village'), await children('32.73.01'));
    assert.deepEqual(await codes('32%2E73', 'district'), await children('32.73'));
  });

  it('is a third of the bytes of Region objects, and much less gzipped', async () => {
    const res = await get('/v1/regions/32/descendants?level=village');
    const table = Buffer.from(await res.arrayBuffer());
    const asRegions = Buffer.from(JSON.stringify(await regions.descendants('32', 'village')));
    assert.ok(table.length < asRegions.length / 3, `${table.length} vs ${asRegions.length}`);
    const gz = await get('/v1/regions/32/descendants?level=village', { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers.get('content-encoding'), 'gzip');
    const gzBytes = (await gz.arrayBuffer()).byteLength;
    assert.ok(gzBytes < gzipSync(asRegions).length * 0.8, `${gzBytes} bytes gzipped`);
    assert.equal(res.headers.get('cache-control'), CACHE.regions);
  });

  it('makes each answer once: later and concurrent requests reuse it', async () => {
    let reads = 0;
    const counting = {
      ...regions,
      descendants: (code: string, level: Parameters<typeof regions.descendants>[1]) => {
        reads++;
        return regions.descendants(code, level);
      },
    };
    const counted = testApp({ dataset: { ...defaultDataset(), regions: counting } });
    const path = '/v1/regions/32/descendants?level=village';
    const first = await Promise.all([1, 2, 3].map(() => counted.request(path)));
    const etags = new Set(first.map((r) => r.headers.get('etag')));
    for (let i = 0; i < 3; i++) etags.add((await counted.request(path)).headers.get('etag'));
    assert.equal(reads, 1);
    assert.equal(etags.size, 1);
    // Bad input is refused before anything is read, and never kept.
    assert.equal((await counted.request('/v1/regions/32/descendants?level=city')).status, 400);
    assert.equal(
      (await counted.request('/v1/regions/32.98/descendants?level=village')).status,
      404,
    );
    assert.equal(reads, 1);
  });
});

describe('agreements', () => {
  it("gives a regency's status per program, on the Jakarta date", async () => {
    const entries = RegionAgreementListSchema.parse(await json('/v1/regions/32.05/agreements'));
    assert.deepEqual(
      entries.map((e) => e.program),
      ['spbe-infrastructure', 'saber-hoaks', 'command-center'],
    );
    const spbe = entries[0]!;
    // Kabupaten Garut's SPBE agreement ends 2026-12-31: 32 days left on 2026-11-29.
    assert.equal(spbe.status, 'expiring');
    assert.equal(spbe.daysLeft, 32);
    assert.equal(spbe.agreement?.regionCode, '32.05');
  });

  it('says none (with no agreement) where a regency has none', async () => {
    const entries = RegionAgreementListSchema.parse(await json('/v1/regions/32.07/agreements'));
    const saberHoaks = entries.find((e) => e.program === 'saber-hoaks');
    assert.deepEqual(saberHoaks, {
      program: 'saber-hoaks',
      status: 'none',
      agreement: null,
      daysLeft: null,
    });
  });

  it('lists, filters and pages agreements', async () => {
    const all = AgreementPageSchema.parse(await json('/v1/agreements?pageSize=100'));
    assert.equal(all.items.length, all.total);
    const bandung = AgreementPageSchema.parse(await json('/v1/agreements?region=32.73'));
    assert.ok(bandung.total > 0);
    assert.ok(bandung.items.every((a) => a.regionCode === '32.73'));
    const drafts = AgreementPageSchema.parse(await json('/v1/agreements?state=draft'));
    assert.ok(drafts.items.every((a) => a.state === 'draft'));
    const second = AgreementPageSchema.parse(await json('/v1/agreements?page=2&pageSize=5'));
    assert.deepEqual(
      second.items.map((a) => a.id),
      all.items.slice(5, 10).map((a) => a.id),
    );
  });

  it('lists the programs', async () => {
    assert.equal(ProgramListSchema.parse(await json('/v1/programs')).length, 3);
  });
});

describe('services', () => {
  it('serves the whole catalog sorted by name', async () => {
    const catalog = CatalogSchema.parse(await json('/v1/catalog'));
    assert.equal(catalog.total, catalog.items.length);
    assert.ok(catalog.total >= 40);
    const names = catalog.items.map((s) => s.name);
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.localeCompare(b, 'id')),
    );
  });

  it('gets one service', async () => {
    assert.equal(ServiceSchema.parse(await json('/v1/services/sp4n-lapor')).id, 'sp4n-lapor');
  });

  it('pages with page from 1 and pageSize default 20', async () => {
    const first = ServicePageSchema.parse(await json('/v1/services'));
    assert.equal(first.page, 1);
    assert.equal(first.pageSize, 20);
    assert.equal(first.items.length, 20);
    const last = ServicePageSchema.parse(await json(`/v1/services?pageSize=100&page=1`));
    assert.equal(last.items.length, first.total);
    const beyond = ServicePageSchema.parse(await json('/v1/services?page=50'));
    assert.deepEqual(beyond.items, []);
    assert.equal(beyond.total, first.total);
  });

  it('searches case- and accent-insensitively', async () => {
    const lower = ServicePageSchema.parse(await json('/v1/services?q=lapor'));
    const loud = ServicePageSchema.parse(await json('/v1/services?q=L%C3%80POR'));
    assert.ok(lower.total > 0);
    assert.equal(lower.items[0]?.id, 'sp4n-lapor');
    assert.deepEqual(
      loud.items.map((s) => s.id),
      lower.items.map((s) => s.id),
    );
  });

  it('filters by audience, sector, type, status and regency availability', async () => {
    const business = ServicePageSchema.parse(
      await json('/v1/services?audience=businesses&pageSize=100'),
    );
    assert.ok(
      business.total > 0 && business.items.every((s) => s.audiences.includes('businesses')),
    );
    const retired = ServicePageSchema.parse(await json('/v1/services?status=retired'));
    assert.ok(retired.total >= 2 && retired.items.every((s) => s.status === 'retired'));
    const admin = ServicePageSchema.parse(
      await json('/v1/services?type=administrative&pageSize=100'),
    );
    assert.ok(admin.items.every((s) => s.type === 'administrative'));
    const depok = ServicePageSchema.parse(await json('/v1/services?region=32.76&pageSize=100'));
    const bandung = ServicePageSchema.parse(await json('/v1/services?region=32.73&pageSize=100'));
    for (const s of depok.items)
      assert.ok(s.availability === 'all' || s.availability.includes('32.76'));
    assert.notDeepEqual(
      depok.items.map((s) => s.id),
      bandung.items.map((s) => s.id),
    );
    const nowhere = ServicePageSchema.parse(await json('/v1/services?sector=no-such-sector'));
    assert.equal(nowhere.total, 0);
  });
});

describe('HTTP behaviour', () => {
  it('gives every GET a strong ETag and answers If-None-Match with 304', async () => {
    for (const path of [
      '/v1/catalog',
      '/v1/regions/32',
      '/v1/regions/32/children',
      '/v1/regions/32/descendants?level=district',
      '/v1/services?q=ktp',
      '/v1/openapi.json',
    ]) {
      const first = await get(path);
      const etag = first.headers.get('etag');
      assert.match(etag ?? '', /^"[A-Za-z0-9_-]{20,}"$/, path);
      const again = await get(path, { 'if-none-match': etag! });
      assert.equal(again.status, 304, path);
      assert.equal(await again.text(), '');
      assert.equal(again.headers.get('etag'), etag);
      const other = await get(path, { 'if-none-match': '"something-else"' });
      assert.equal(other.status, 200, path);
    }
  });

  it('keeps CORS headers on a 304 (a cross-origin revalidation must not fail)', async () => {
    for (const path of ['/v1/regions/32/children', '/v1/regions/32.73/descendants?level=village']) {
      const first = await get(path, { origin: 'https://bandungkab.go.id' });
      const etag = first.headers.get('etag')!;
      assert.equal(first.headers.get('access-control-allow-origin'), '*', path);
      const revalidated = await get(path, {
        origin: 'https://bandungkab.go.id',
        'if-none-match': `W/${etag}, "x"`,
      });
      assert.equal(revalidated.status, 304, path);
      assert.equal(
        revalidated.headers.get('etag'),
        etag,
        'the 304 names the copy the client holds',
      );
      assert.equal(revalidated.headers.get('access-control-allow-origin'), '*');
      assert.match(revalidated.headers.get('access-control-expose-headers') ?? '', /ETag/);
      assert.ok(revalidated.headers.get('x-request-id'));
    }
  });

  it('sets cache policies that suit each resource', async () => {
    assert.match((await get('/v1/regions/32')).headers.get('cache-control')!, /max-age=86400/);
    assert.match((await get('/v1/catalog')).headers.get('cache-control')!, /max-age=300/);
    assert.match(
      (await get('/v1/regions/32.73/agreements')).headers.get('cache-control')!,
      /max-age=300/,
    );
    assert.equal((await get('/v1/regions/32-73')).headers.get('cache-control'), 'no-store');
  });

  it('compresses with brotli or gzip as the client accepts, with distinct ETags', async () => {
    const plain = await get('/v1/catalog');
    const plainBody = Buffer.from(await plain.arrayBuffer());
    const br = await get('/v1/catalog', { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(br.headers.get('content-encoding'), 'br');
    assert.deepEqual(brotliDecompressSync(Buffer.from(await br.arrayBuffer())), plainBody);
    const gz = await get('/v1/catalog', { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers.get('content-encoding'), 'gzip');
    const gzBody = Buffer.from(await gz.arrayBuffer());
    assert.deepEqual(gunzipSync(gzBody), plainBody);
    assert.ok(gzBody.length < plainBody.length / 3);
    assert.equal(new Set([plain, br, gz].map((r) => r.headers.get('etag'))).size, 3);
    assert.equal(br.headers.get('vary'), 'Accept-Encoding');
    const refused = await get('/v1/catalog', { 'accept-encoding': 'br;q=0, gzip;q=0' });
    assert.equal(refused.headers.get('content-encoding'), null);
    // A copy held in one coding revalidates whatever coding is asked now, and
    // the 304 carries the held copy's own validator (RFC 9111 §4.3.4).
    const revalidated = await get('/v1/catalog', {
      'accept-encoding': 'br',
      'if-none-match': gz.headers.get('etag')!,
    });
    assert.equal(revalidated.status, 304);
    assert.equal(revalidated.headers.get('etag'), gz.headers.get('etag'));
  });

  it('answers HEAD like GET without a body', async () => {
    const head = await app.request('/v1/regions/32', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
    assert.ok(head.headers.get('etag'));
  });

  it('answers a CORS preflight from any origin, without credentials', async () => {
    const res = await app.request('/v1/catalog', {
      method: 'OPTIONS',
      headers: { origin: 'https://cimahikota.go.id', 'access-control-request-method': 'GET' },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.match(res.headers.get('access-control-allow-methods')!, /GET/);
    assert.match(res.headers.get('access-control-allow-headers')!, /If-None-Match/);
    // What SDK users add with its `headers` option: a gateway's credentials, trace context.
    for (const name of ['Authorization', 'X-Api-Key', 'Traceparent'])
      assert.match(res.headers.get('access-control-allow-headers')!, new RegExp(name));
    assert.equal(res.headers.get('access-control-allow-credentials'), null);
  });

  it('puts security headers and a request id on every response', async () => {
    for (const path of ['/v1/catalog', '/v1/nope', '/', '/v1/regions/32-73']) {
      const res = await get(path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer', path);
      assert.match(res.headers.get('content-security-policy')!, /default-src 'none'/, path);
      assert.equal(res.headers.get('x-powered-by'), null, path);
      assert.match(res.headers.get('x-request-id')!, /^[0-9a-f-]{36}$/, path);
    }
    assert.equal(
      (await get('/v1/catalog')).headers.get('cross-origin-resource-policy'),
      'same-origin',
    );
  });

  it('echoes a well-formed caller request id and replaces a hostile one', async () => {
    const echoed = await get('/v1/regions/32', { 'x-request-id': 'abc-12345678' });
    assert.equal(echoed.headers.get('x-request-id'), 'abc-12345678');
    const replaced = await get('/v1/regions/32', { 'x-request-id': '<script>alert(1)</script>' });
    assert.match(replaced.headers.get('x-request-id')!, /^[0-9a-f-]{36}$/);
  });

  it('serves a page for people at /, with working links and the licences', async () => {
    const res = await get('/');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /text\/html/);
    const html = await res.text();
    assert.match(html, /<html lang="id">/);
    assert.match(html, /ODbL/);
    assert.match(html, /bukan register resmi|not an official register/);
    // Relative to the page (it may be served under a path prefix), resolved as a browser does.
    const links = [...html.matchAll(/href="([^"]+)"/g)].map((m) => {
      const url = new URL(m[1]!.replaceAll('&#38;', '&'), 'http://localhost/');
      return url.pathname + url.search;
    });
    assert.ok(links.length >= 10);
    assert.ok(links.includes('/v1/regions/32/agreement-overview'), 'every regency in one request');
    for (const link of links) assert.equal((await get(link)).status, 200, link);
    // Its CSP allows its own inline stylesheet by hash and nothing else.
    assert.match(res.headers.get('content-security-policy')!, /style-src 'sha256-[A-Za-z0-9+/=]+'/);
  });
});
