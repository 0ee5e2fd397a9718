// regions.agreementOverview() against the fault server: a province's answer
// comes back validated and frozen in one request; anything but a province
// code is refused before any request; an answer that breaks the contract is
// an SpbeResponseError naming where, and is not kept.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SpbeInputError } from '../errors/spbe-input-error.js';
import { SpbeResponseError } from '../errors/spbe-response-error.js';
import { failure } from '../testing/failure.js';
import { type Fault, type FaultServer, startFaultServer } from '../testing/fault-server.js';

let server: FaultServer;
before(async () => {
  server = await startFaultServer();
});
after(() => server.close());

describe('regions.agreementOverview', () => {
  it('returns the province, the date, the programs and each regency, validated and frozen', async () => {
    const { client, tally } = server.faulty('ok');
    const overview = await client.regions.agreementOverview('32');
    assert.equal(tally().count, 1);
    assert.equal(overview.region.name, 'Jawa Barat');
    assert.equal(overview.date, '2026-11-29');
    assert.deepEqual(
      overview.programs.map((p) => p.id),
      ['saber-hoaks'],
    );
    assert.deepEqual(
      overview.regencies.map((r) => r.region),
      await client.regions.children('32'),
    );
    assert.deepEqual(overview.regencies[1]?.agreements, [
      { program: 'saber-hoaks', status: 'none', agreement: null, daysLeft: null },
    ]);
    for (const part of [
      overview,
      overview.region,
      overview.programs[0],
      overview.regencies,
      overview.regencies[0]?.region,
      overview.regencies[0]?.agreements[0],
    ]) {
      assert.ok(Object.isFrozen(part));
    }
    assert.match(tally().headers[0]?.accept ?? '', /application\/json/);
  });

  it('drops unknown fields, as every answer does', async () => {
    const { client } = server.faulty('extra-field');
    const overview = await client.regions.agreementOverview('32');
    assert.deepEqual(Object.keys(overview), ['region', 'date', 'programs', 'regencies']);
  });

  it('refuses anything but a province code before any request', async () => {
    const { client, tally } = server.faulty('ok');
    for (const code of ['32.73', '32.73.01', '', '3', '320', ' 32', 42, null, undefined]) {
      const { error } = await failure(() => client.regions.agreementOverview(code as string));
      assert.ok(error instanceof SpbeInputError, `${JSON.stringify(code)}: ${String(error)}`);
      assert.equal(error.argument, 'code');
      assert.match(
        error.message,
        typeof code === 'string' ? /must be a province code such as 32/ : /expected string/,
      );
    }
    assert.equal(tally().count, 0);
  });

  const broken: [Fault, string, RegExp][] = [
    ['overview-undated', 'date', /must be a calendar date written YYYY-MM-DD/],
    ['overview-wrong-parent', 'regencies[1].region.parentCode', /must be "32" for code 32\.73/],
    ['overview-foreign-regency', 'regencies', /must be regencies of `region`, each once/],
  ];
  for (const [fault, path, message] of broken) {
    it(`${fault} → SpbeResponseError at ${path}, nothing cached`, async () => {
      const { client, tally } = server.faulty(fault, { retry: 0 });
      for (let attempt = 1; attempt <= 2; attempt++) {
        const { error } = await failure(() => client.regions.agreementOverview('32'));
        assert.ok(error instanceof SpbeResponseError, String(error));
        assert.equal(error.reason, 'schema');
        assert.equal(error.path, path);
        assert.match(error.message, message);
      }
      assert.equal(tally().count, 2, 'a broken answer is not kept');
    });
  }
});
