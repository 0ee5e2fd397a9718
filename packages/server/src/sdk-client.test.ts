// @spbe/sdk's client against the real reference server on loopback.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createClient, SpbeHttpError, SpbeInputError } from '@spbe/sdk';
import type { RunningServer } from './serve.js';
import { startServer } from './serve.js';
import { testApp } from './testing/server.js';

describe('SDK client against the reference server', () => {
  let server: RunningServer;
  const statuses: number[] = [];
  let spbe: ReturnType<typeof createClient>;

  before(async () => {
    server = await startServer(testApp(), { port: 0 });
    spbe = createClient({
      baseUrl: server.url,
      cache: { ttl: 1 },
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        statuses.push(response.status);
        return response;
      },
    });
  });
  after(() => server.close());

  it('reads every resource, validated', async () => {
    assert.equal((await spbe.regions.provinces()).length, 38);
    assert.equal((await spbe.regions.get('32.73')).name, 'Kota Bandung');
    assert.equal((await spbe.regions.children('32')).length, 27);
    const garut = await spbe.regions.agreements('32.05');
    assert.equal(garut.find((e) => e.program === 'spbe-infrastructure')?.status, 'expiring');
    const catalog = await spbe.catalog();
    assert.equal((await spbe.services.get('sp4n-lapor')).id, 'sp4n-lapor');
    assert.equal((await spbe.programs()).length, 3);
    const page = await spbe.agreements.list({ region: '32.73' });
    assert.ok(page.items.every((a) => a.regionCode === '32.73'));
    const found = await spbe.services.list({ q: 'lapor', pageSize: 5 });
    assert.equal(found.items[0]?.id, 'sp4n-lapor');
    const all = [];
    for await (const service of spbe.services.iterate({ pageSize: 10 })) all.push(service.id);
    assert.equal(all.length, catalog.total);
    assert.equal(new Set(all).size, catalog.total);
  });

  it("lists a region's descendants in one request, as ordinary validated regions", async () => {
    statuses.length = 0;
    const villages = await spbe.regions.descendants('32', { level: 'village' });
    assert.equal(villages.length, 5957);
    assert.deepEqual(statuses, [200], 'one request');
    assert.ok(Object.isFrozen(villages) && Object.isFrozen(villages[0]));
    assert.deepEqual(villages[0], {
      code: '32.01.01.1001',
      name: 'Pondok Rajeg',
      level: 'village',
      parentCode: '32.01.01',
      kind: 'kelurahan',
    });
    // The same regions, in the same order, as walking children() district by district.
    const bandung = await spbe.regions.descendants('32.73', { level: 'village' });
    const walked = [];
    for (const district of await spbe.regions.children('32.73')) {
      walked.push(...(await spbe.regions.children(district.code)));
    }
    assert.deepEqual(bandung, walked);
    assert.deepEqual(
      await spbe.regions.descendants('32.73', { level: 'district' }),
      await spbe.regions.children('32.73'),
    );
    const districts = await spbe.regions.descendants('32', { level: 'district' });
    assert.equal(districts.length, 627);
    assert.ok(districts.every((d) => d.level === 'district' && !('kind' in d)));
  });

  it('revalidates descendants with If-None-Match (304) and refuses bad ones before sending', async () => {
    const first = await spbe.regions.descendants('32.73', { level: 'village' });
    await new Promise((r) => setTimeout(r, 5));
    statuses.length = 0;
    assert.equal(await spbe.regions.descendants('32.73', { level: 'village' }), first);
    assert.deepEqual(statuses, [304]);
    statuses.length = 0;
    await assert.rejects(spbe.regions.descendants('32.73', { level: 'regency' }), SpbeInputError);
    await assert.rejects(
      spbe.regions.descendants('32.73', { level: 'hamlet' as 'village' }),
      SpbeInputError,
    );
    assert.deepEqual(statuses, []);
    await assert.rejects(spbe.regions.descendants('32.98', { level: 'village' }), (error) => {
      assert.ok(error instanceof SpbeHttpError);
      assert.equal(error.status, 404);
      assert.match(error.problem?.detail ?? '', /No region has the code "32\.98"/);
      return true;
    });
  });

  it("reads a province's agreement overview in one request, validated and frozen", async () => {
    statuses.length = 0;
    const overview = await spbe.regions.agreementOverview('32');
    assert.deepEqual(statuses, [200], 'one request');
    assert.equal(overview.region.name, 'Jawa Barat');
    assert.equal(overview.regencies.length, 27);
    assert.ok(Object.isFrozen(overview) && Object.isFrozen(overview.regencies[26]?.agreements));
    await assert.rejects(spbe.regions.agreementOverview('99'), (error) => {
      assert.ok(error instanceof SpbeHttpError);
      assert.equal(error.status, 404);
      assert.match(error.problem?.detail ?? '', /No region has the code "99"/);
      return true;
    });
  });

  it('revalidates with If-None-Match and gets 304 from the server', async () => {
    const first = await spbe.regions.children('32.73');
    await new Promise((r) => setTimeout(r, 5));
    statuses.length = 0;
    const again = await spbe.regions.children('32.73');
    assert.equal(again, first);
    assert.deepEqual(statuses, [304]);
  });

  it("surfaces the server's problem details and request id", async () => {
    await assert.rejects(spbe.regions.get('32.98'), (error: unknown) => {
      assert.ok(error instanceof SpbeHttpError);
      assert.equal(error.status, 404);
      assert.match(error.problem?.detail ?? '', /No region has the code "32\.98"/);
      assert.match(error.requestId ?? '', /^[0-9a-f-]{36}$/);
      assert.equal(error.requestId, error.problem?.requestId);
      return true;
    });
  });

  it('refuses bad arguments before the server sees them', async () => {
    statuses.length = 0;
    await assert.rejects(spbe.regions.agreements('32.73.01'), SpbeInputError);
    await assert.rejects(spbe.regions.agreementOverview('32.73'), SpbeInputError);
    await assert.rejects(spbe.services.list({ pageSize: 500 }), SpbeInputError);
    assert.deepEqual(statuses, []);
  });
});
