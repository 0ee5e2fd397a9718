import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  AGREEMENT_STATUSES,
  AgreementSchema,
  type AgreementStatus,
  agreementStatus,
  currentAgreement,
  ServiceSchema,
} from '@spbe/sdk';
import { openRegionStore } from '../regions.js';
import { agreements } from './agreements.js';
import { DATASET_AS_OF, programs } from './programs.js';
import { services } from './services.js';

const asOf = new Date(`${DATASET_AS_OF}T12:00:00+07:00`);

describe('sample service catalog', () => {
  it('has at least 40 services, each valid against the contract', () => {
    assert.ok(services.length >= 40, `${services.length} services`);
    for (const service of services) {
      const result = ServiceSchema.safeParse(service);
      assert.ok(result.success, `${service.id}: ${result.error?.message}`);
    }
  });

  it('has unique ids and names', () => {
    assert.equal(new Set(services.map((s) => s.id)).size, services.length);
    assert.equal(new Set(services.map((s) => s.name.toLowerCase())).size, services.length);
  });

  it('covers both service types, every audience, every status and every provider level', () => {
    assert.deepEqual(new Set(services.map((s) => s.type)), new Set(['public', 'administrative']));
    assert.deepEqual(
      new Set(services.flatMap((s) => s.audiences)),
      new Set(['citizens', 'civil-servants', 'businesses', 'governments']),
    );
    assert.deepEqual(
      new Set(services.map((s) => s.status)),
      new Set(['active', 'pilot', 'retired']),
    );
    assert.deepEqual(
      new Set(services.map((s) => s.provider.level)),
      new Set(['national', 'provincial', 'regency']),
    );
    assert.ok(new Set(services.map((s) => s.sector)).size >= 10);
  });

  it('cites a source with its confidence for every service', () => {
    for (const service of services) assert.match(service.source ?? '', /^[HM]\b/, service.id);
  });

  it('only names regions that exist: availability and provider regions', async () => {
    const regions = openRegionStore();
    for (const service of services) {
      const codes = [
        ...(service.availability === 'all' ? [] : service.availability),
        ...(service.provider.regionCode ? [service.provider.regionCode] : []),
      ];
      for (const code of codes) assert.ok(await regions.get(code), `${service.id}: ${code}`);
      if (service.availability !== 'all') {
        for (const code of service.availability)
          assert.ok(code.startsWith('32.'), `${service.id}: ${code} is in West Java`);
      }
    }
  });
});

describe('sample agreements', () => {
  it('are valid against the contract, with unique ids', () => {
    for (const agreement of agreements) {
      const result = AgreementSchema.safeParse(agreement);
      assert.ok(result.success, `${agreement.id}: ${result.error?.message}`);
    }
    assert.equal(new Set(agreements.map((a) => a.id)).size, agreements.length);
  });

  it('reference services, programs and regencies that exist', async () => {
    const serviceIds = new Set(services.map((s) => s.id));
    const programIds = new Set<string>(programs.map((p) => p.id));
    const regencies = await openRegionStore().children('32');
    const regencyCodes = new Set(regencies?.map((r) => r.code));
    for (const agreement of agreements) {
      for (const id of agreement.serviceIds)
        assert.ok(serviceIds.has(id), `${agreement.id}: service ${id}`);
      assert.ok(programIds.has(agreement.program), `${agreement.id}: program ${agreement.program}`);
      assert.ok(
        regencyCodes.has(agreement.regionCode),
        `${agreement.id}: region ${agreement.regionCode}`,
      );
    }
  });

  it('cover all 27 regencies of West Java', async () => {
    assert.equal(new Set(agreements.map((a) => a.regionCode)).size, 27);
  });

  it('show every agreement status on the dataset date, per regency and program', async () => {
    const regencies = (await openRegionStore().children('32')) ?? [];
    const seen = new Map<AgreementStatus, string>();
    for (const program of programs) {
      for (const regency of regencies) {
        const current = currentAgreement(
          agreements.filter((a) => a.program === program.id && a.regionCode === regency.code),
          asOf,
        );
        const status = agreementStatus(current, asOf);
        if (!seen.has(status)) seen.set(status, `${program.id} ${regency.code}`);
      }
    }
    assert.deepEqual(new Set(seen.keys()), new Set(AGREEMENT_STATUSES), JSON.stringify([...seen]));
  });

  it('keep the real facts: the 2021 SPBE PKS for all 27, and no Saber Hoaks PKS signed by the four holdouts', () => {
    const spbe2021 = agreements.filter(
      (a) => a.program === 'spbe-infrastructure' && a.signedAt === '2021-08-12',
    );
    assert.equal(new Set(spbe2021.map((a) => a.regionCode)).size, 27);
    const holdouts = ['32.07', '32.77', '32.76', '32.72'];
    const signedSaberHoaks = agreements.filter(
      (a) => a.program === 'saber-hoaks' && holdouts.includes(a.regionCode) && a.state === 'signed',
    );
    assert.deepEqual(signedSaberHoaks, []);
    const signers = new Set(
      agreements
        .filter((a) => a.program === 'saber-hoaks' && a.state === 'signed')
        .map((a) => a.regionCode),
    );
    assert.equal(signers.size, 23);
  });

  it('mark placeholder numbers and illustrative records', () => {
    for (const agreement of agreements) {
      assert.match(agreement.number, /^CONTOH\//, agreement.id);
      assert.ok(agreement.source.length > 0);
    }
    const invented = agreements.filter((a) => a.signedAt === null || a.signedAt > '2023-07-15');
    for (const agreement of invented)
      assert.match(agreement.note ?? '', /ILLUSTRATIVE/, agreement.id);
  });
});
