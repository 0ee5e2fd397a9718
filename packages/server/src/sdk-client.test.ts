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
    await assert.rejects(spbe.services.list({ pageSize: 500 }), SpbeInputError);
    assert.deepEqual(statuses, []);
  });
});
