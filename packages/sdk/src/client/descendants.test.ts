// regions.descendants() against the fault server: the compact table comes
// back as ordinary, validated, frozen regions; arguments are refused before
// any request; a table that breaks the contract, or answers something other
// than what was asked, is an SpbeResponseError and never a wrong value.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SpbeHttpError } from '../errors/spbe-http-error.js';
import { SpbeInputError } from '../errors/spbe-input-error.js';
import { SpbeResponseError } from '../errors/spbe-response-error.js';
import type { StaleEvent } from '../index.js';
import { failure } from '../testing/failure.js';
import { type FaultServer, startFaultServer } from '../testing/fault-server.js';

let server: FaultServer;
before(async () => {
  server = await startFaultServer();
});
after(() => server.close());

describe('regions.descendants', () => {
  it('expands the table into the regions children() gives, validated and frozen', async () => {
    const { client, tally } = server.faulty('ok');
    const regencies = await client.regions.descendants('32', { level: 'regency' });
    assert.deepEqual(regencies, await client.regions.children('32'));
    assert.deepEqual(regencies[1], {
      code: '32.73',
      name: 'Kota Bandung',
      level: 'regency',
      parentCode: '32',
      kind: 'kota',
    });
    assert.ok(Object.isFrozen(regencies) && Object.isFrozen(regencies[0]));
    assert.equal(tally().headers[0]?.accept, 'application/json');
  });

  it('shares one request between concurrent calls, then answers from the cache', async () => {
    const { client, tally } = server.faulty('slow');
    const [a, b] = await Promise.all([
      client.regions.descendants('32', { level: 'regency' }),
      client.regions.descendants('32', { level: 'regency' }),
    ]);
    assert.equal(a, b);
    assert.equal(await client.regions.descendants('32', { level: 'regency' }), a);
    assert.equal(tally().count, 1);
  });

  it('revalidates with If-None-Match and keeps the regions on a 304', async () => {
    const { client, tally } = server.faulty('no-cache');
    const first = await client.regions.descendants('32', { level: 'regency' });
    const again = await client.regions.descendants('32', { level: 'regency' });
    assert.equal(again, first);
    assert.deepEqual(
      { count: tally().count, conditional: tally().conditional },
      {
        count: 2,
        conditional: 1,
      },
    );
  });

  it('tells a caller when its answer is a stale copy (onStale)', async () => {
    const { client } = server.faulty('ok-then-down', { retry: 0, cache: { ttl: 1 } });
    const first = await client.regions.descendants('32', { level: 'regency' });
    await new Promise((r) => setTimeout(r, 10));
    const events: StaleEvent[] = [];
    const again = await client.regions.descendants(
      '32',
      { level: 'regency' },
      { onStale: (event) => events.push(event) },
    );
    assert.equal(again, first);
    assert.equal(events.length, 1);
    assert.ok(events[0]?.reason instanceof SpbeHttpError);
    assert.match(events[0]?.url ?? '', /\/v1\/regions\/32\/descendants\?level=regency$/);
  });

  it('refuses bad arguments before any request, naming them', async () => {
    const { client, tally } = server.faulty('ok');
    const cases: [unknown, unknown, string, RegExp][] = [
      ['32-73', { level: 'village' }, 'code', /Kemendagri region code/],
      [32, { level: 'village' }, 'code', /expected string/],
      ['32-73', { level: 'city' }, 'code', /Kemendagri region code/],
      ['32', undefined, 'query', /expected object/],
      ['32', null, 'query', /expected object/],
      ['32', 'village', 'query', /expected object/],
      ['32', {}, 'query.level', /must be regency, district or village/],
      ['32', { level: 'city' }, 'query.level', /must be regency, district or village/],
      ['32', { level: 'province' }, 'query.level', /must be regency, district or village/],
      ['32', { level: 'village', page: 2 }, 'query', /unknown key "page"/],
      ['32.73', { level: 'regency' }, 'query.level', /below regency 32\.73: district or village/],
      ['32.73.01', { level: 'district' }, 'query.level', /below district 32\.73\.01: village$/],
      ['32.73.01.1001', { level: 'village' }, 'query.level', /below village .*: there is none/],
    ];
    for (const [code, query, argument, message] of cases) {
      const { error } = await failure(() =>
        client.regions.descendants(code as string, query as { level: 'village' }),
      );
      assert.ok(error instanceof SpbeInputError, `${String(code)} ${JSON.stringify(query)}`);
      assert.equal(error.argument, argument, error.message);
      assert.match(error.message, message);
    }
    assert.equal(tally().count, 0);
  });

  const broken: [string, string, RegExp][] = [
    ['table-wrong-level', '[1].level', /must be "district" for code 32\.73\.01/],
    ['table-foreign-code', '[2]', /must be under 32$/],
    ['table-short-names', 'names', /must hold one name per code/],
    ['table-other-level', '[0].level', /must be "district" for code 32\.01\.01/],
    ['wrong-type-deep', '', /at the top level: expected object/],
  ];
  for (const [fault, path, message] of broken) {
    it(`${fault} → SpbeResponseError at ${path || 'the top level'}, nothing cached`, async () => {
      const { client, tally } = server.faulty(fault as 'ok', { retry: 0 });
      for (let attempt = 1; attempt <= 2; attempt++) {
        const { error } = await failure(() =>
          client.regions.descendants('32', { level: 'regency' }),
        );
        assert.ok(error instanceof SpbeResponseError, String(error));
        assert.equal(error.reason, 'schema');
        assert.equal(error.path, path);
        assert.match(error.message, message);
      }
      assert.equal(tally().count, 2, 'a broken answer is not kept');
    });
  }

  it('accepts and drops unknown fields of the table', async () => {
    const { client } = server.faulty('extra-field');
    const regencies = await client.regions.descendants('32', { level: 'regency' });
    assert.equal(regencies.length, 3);
    assert.deepEqual(Object.keys(regencies[0] ?? {}), [
      'code',
      'name',
      'level',
      'parentCode',
      'kind',
    ]);
  });
});
