// GET /v1/regions/{code}/agreement-overview: every regency of a province and
// where it stands, in one answer that is exactly what the per-regency routes
// answer, on the Jakarta date of the app's clock; and what it saves a page
// that shows them all, in requests and in bytes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import {
  type AgreementOverview,
  AgreementOverviewSchema,
  createClient,
  ProblemSchema,
} from '@spbe/sdk';
import { defaultDataset } from './dataset.js';
import { CACHE } from './routes.js';
import { jsonAt, testApp } from './testing/server.js';

const app = testApp();
const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
const json = (path: string, on = app) => jsonAt(on, path);
const overviewOf = async (code: string, on = app): Promise<AgreementOverview> =>
  AgreementOverviewSchema.parse(await json(`/v1/regions/${code}/agreement-overview`, on));
const problemOf = async (path: string, status: number) => {
  const res = await get(path);
  assert.equal(res.status, status, path);
  assert.equal(res.headers.get('content-type'), 'application/problem+json; charset=utf-8');
  return ProblemSchema.parse(await res.json());
};

describe('agreement overview', () => {
  it("lists West Java's 27 regencies in code order, each with what its own route answers", async () => {
    const overview = await overviewOf('32');
    assert.deepEqual(overview.region, await json('/v1/regions/32'));
    assert.equal(overview.date, '2026-11-29');
    assert.deepEqual(overview.programs, await json('/v1/programs'));
    const regencies = overview.regencies.map((r) => r.region);
    assert.equal(regencies.length, 27);
    assert.deepEqual(regencies, await json('/v1/regions/32/children'));
    assert.deepEqual(
      regencies.map((r) => r.code),
      regencies.map((r) => r.code).sort(),
    );
    for (const { region, agreements } of overview.regencies) {
      assert.deepEqual(
        agreements,
        await json(`/v1/regions/${region.code}/agreements`),
        region.code,
      );
    }
    // Kabupaten Garut's SPBE agreement ends 2026-12-31: 32 days left.
    const garut = overview.regencies.find((r) => r.region.code === '32.05');
    assert.deepEqual(
      garut?.agreements.map((e) => [e.program, e.status, e.daysLeft]),
      [
        ['spbe-infrastructure', 'expiring', 32],
        ['saber-hoaks', 'expired', -182],
        ['command-center', 'expired', -2525],
      ],
    );
  });

  it('lists the regencies of a province without agreements, every status none', async () => {
    const overview = await overviewOf('33');
    assert.equal(overview.region.name, 'Jawa Tengah');
    assert.deepEqual(
      overview.regencies.map((r) => r.region),
      await json('/v1/regions/33/children'),
    );
    assert.equal(overview.regencies.length, 35);
    const programs = overview.programs.map((p) => p.id);
    for (const { region, agreements } of overview.regencies) {
      assert.deepEqual(
        agreements,
        programs.map((program) => ({ program, status: 'none', agreement: null, daysLeft: null })),
        region.code,
      );
    }
  });

  it('is for the Jakarta date of the clock, which turns at 17:00 UTC', async () => {
    let now = new Date('2026-11-29T16:59:59Z'); // 23:59:59 in Jakarta
    const clocked = testApp({ now: () => now });
    const etag = async () =>
      (await clocked.request('/v1/regions/32/agreement-overview')).headers.get('etag');
    const garut = (overview: AgreementOverview) =>
      overview.regencies.find((r) => r.region.code === '32.05')?.agreements;

    const before = await overviewOf('32', clocked);
    assert.equal(before.date, '2026-11-29');
    assert.equal(garut(before)?.[0]?.daysLeft, 32);
    const beforeTag = await etag();

    now = new Date('2026-11-29T17:00:00Z'); // midnight in Jakarta, still the 29th in UTC
    const after = await overviewOf('32', clocked);
    assert.equal(after.date, '2026-11-30');
    assert.equal(garut(after)?.[0]?.daysLeft, 31);
    assert.notEqual(await etag(), beforeTag, 'a new day is a new representation');
    // The per-regency route turns at the same instant.
    assert.deepEqual(garut(after), await json('/v1/regions/32.05/agreements', clocked));
  });

  it('makes each answer once a day, and keeps no refusal', async () => {
    let reads = 0;
    const { regions } = defaultDataset();
    const counting = {
      ...regions,
      children: (code: string | null) => {
        reads++;
        return regions.children(code);
      },
    };
    let now = new Date('2026-11-29T12:00:00+07:00');
    const counted = testApp({
      dataset: { ...defaultDataset(), regions: counting },
      now: () => now,
    });
    const path = '/v1/regions/32/agreement-overview';
    await Promise.all([1, 2, 3].map(() => counted.request(path)));
    await counted.request(path);
    assert.equal(reads, 1);
    now = new Date('2026-11-30T12:00:00+07:00');
    assert.equal((await counted.request(path)).status, 200);
    assert.equal(reads, 2, 'made again on the next Jakarta day');
    assert.equal((await counted.request('/v1/regions/32.73/agreement-overview')).status, 400);
    assert.equal((await counted.request('/v1/regions/99/agreement-overview')).status, 404);
    assert.equal(reads, 2);
  });

  it('has a strong ETag, answers If-None-Match with 304, and is cached like statuses', async () => {
    const path = '/v1/regions/32/agreement-overview';
    const first = await get(path);
    const etag = first.headers.get('etag');
    assert.match(etag ?? '', /^"[A-Za-z0-9_-]{20,}"$/);
    assert.equal(first.headers.get('cache-control'), CACHE.statuses);
    const again = await get(path, { 'if-none-match': etag!, origin: 'https://garutkab.go.id' });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    assert.equal(again.headers.get('etag'), etag);
    assert.equal(again.headers.get('access-control-allow-origin'), '*');
    assert.equal((await get(path, { 'if-none-match': '"something-else"' })).status, 200);
  });

  it('refuses a regency, pointing to its agreements and to its province', async () => {
    const problem = await problemOf('/v1/regions/32.73/agreement-overview', 400);
    assert.equal(problem.type, 'urn:spbe:problem:invalid-parameter');
    assert.equal(
      problem.detail,
      "The overview covers every regency (kabupaten/kota) of a province, and 32.73 is a regency. Its own agreements are at /v1/regions/32.73/agreements; its province's overview is at /v1/regions/32/agreement-overview.",
    );
    // The paths it points to answer.
    const pointers = [...(problem.detail ?? '').matchAll(/\/v1\/[^\s;]+[^\s;.]/g)].map((m) => m[0]);
    assert.deepEqual(pointers, [
      '/v1/regions/32.73/agreements',
      '/v1/regions/32/agreement-overview',
    ]);
    for (const pointer of pointers) assert.equal((await get(pointer)).status, 200, pointer);
  });

  it('refuses a district or a village, pointing to its province', async () => {
    for (const code of ['32.73.01', '32.73.01.1001']) {
      const problem = await problemOf(`/v1/regions/${code}/agreement-overview`, 400);
      assert.equal(problem.type, 'urn:spbe:problem:invalid-parameter');
      assert.match(problem.detail ?? '', new RegExp(`${code.replaceAll('.', '\\.')} is a `));
      assert.match(problem.detail ?? '', /Use its province, 32\.$/);
    }
  });

  it('answers 404 for an unknown province, and 400 for a code that is none', async () => {
    const unknown = await problemOf('/v1/regions/99/agreement-overview', 404);
    assert.equal(unknown.type, 'urn:spbe:problem:not-found');
    assert.match(unknown.detail ?? '', /No region has the code "99"\. The provinces are listed/);
    const malformed = await problemOf('/v1/regions/jabar/agreement-overview', 400);
    assert.match(malformed.detail ?? '', /must be a Kemendagri region code/);
  });

  it('refuses a query string, like every query-free route', async () => {
    const problem = await problemOf('/v1/regions/32/agreement-overview?date=2026-12-01', 400);
    assert.equal(problem.type, 'urn:spbe:problem:unknown-parameter');
    assert.match(problem.detail ?? '', /does not take "date"\. It takes: no query parameters/);
  });
});

describe('agreement overview: what it saves a page showing every regency', () => {
  /**
   * An SDK client on the app that asks for `coding`, with the body bytes the
   * app sent for each request (decoded for the client, as a browser does).
   */
  function measuredClient(coding: 'gzip' | 'br') {
    const sent: number[] = [];
    const client = createClient({
      baseUrl: 'http://api.test',
      cache: false,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        const headers = new Headers(request.headers);
        headers.set('accept-encoding', coding);
        const res = await app.request(request.url, { headers });
        assert.equal(res.headers.get('content-encoding'), coding, request.url);
        const body = Buffer.from(await res.arrayBuffer());
        sent.push(body.length);
        const decoded = coding === 'gzip' ? gunzipSync(body) : brotliDecompressSync(body);
        const plain = new Headers(res.headers);
        plain.delete('content-encoding');
        plain.delete('content-length');
        return new Response(decoded, { status: res.status, headers: plain });
      },
    });
    return { client, sent };
  }

  const sum = (bytes: number[]) => bytes.reduce((a, b) => a + b, 0);

  for (const coding of ['gzip', 'br'] as const) {
    it(`West Java in 1 request instead of 29, and fewer bytes (${coding})`, async () => {
      const one = measuredClient(coding);
      const overview = await one.client.regions.agreementOverview('32');

      // Without the overview: the regencies, each one's agreements, the program names.
      const many = measuredClient(coding);
      const regencies = await many.client.regions.children('32');
      const agreements = [];
      for (const regency of regencies) {
        agreements.push(await many.client.regions.agreements(regency.code));
      }
      const programs = await many.client.programs();

      // The same facts either way.
      assert.deepEqual(
        overview.regencies.map((r) => r.region),
        regencies,
      );
      assert.deepEqual(
        overview.regencies.map((r) => r.agreements),
        agreements,
      );
      assert.deepEqual(overview.programs, programs);

      const [children = 0, ...rest] = many.sent;
      const programBytes = rest.pop() ?? 0;
      console.log(
        `West Java's agreement overview, ${coding}: 1 request, ${sum(one.sent)} B; ` +
          `without it: ${many.sent.length} requests, ${sum(many.sent)} B ` +
          `(children ${children} + 27 × agreements ${sum(rest)} + programs ${programBytes})`,
      );
      assert.equal(one.sent.length, 1);
      assert.equal(many.sent.length, 29);
      assert.ok(sum(one.sent) < sum(many.sent), `${sum(one.sent)} vs ${sum(many.sent)} bytes`);
    });
  }
});
