import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type * as z from 'zod/mini';
import { AgreementSchema } from './agreement.js';
import { IsoDateSchema } from './common.js';
import { listOf } from './list.js';
import { ProblemSchema } from './problem.js';
import { DescendantsQuerySchema, descendantLevelIssue } from './queries.js';
import { ProvinceCodeSchema, RegionSchema, regionRecord } from './region.js';
import {
  AgreementOverviewSchema,
  CatalogSchema,
  DescendantsSchema,
  RegionAgreementSchema,
} from './responses.js';
import { ServiceSchema } from './service.js';

// The issues of a failed parse as "path: message" lines, to assert on.
function issues(schema: z.ZodMiniType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('IsoDateSchema: real calendar dates, written YYYY-MM-DD', () => {
  it('accepts real dates, leap days of leap years only, the first and last days', () => {
    for (const date of [
      '2026-11-29',
      '2024-02-29',
      '2000-02-29',
      '1970-01-01',
      '0001-01-01',
      '9999-12-31',
    ]) {
      assert.deepEqual(issues(IsoDateSchema, date), [], date);
    }
  });

  it('refuses days that do not exist, other writings and other types, with one message', () => {
    for (const value of [
      '2023-02-29',
      '2100-02-29',
      '2026-04-31',
      '2026-02-30',
      '2026-13-01',
      '2026-00-10',
      '2026-12-00',
      '2026-12-32',
      '2026-1-01',
      ' 2026-01-01',
      '2026-01-01T00:00:00Z',
      '20260101',
      '',
      20260101,
      null,
      undefined,
    ]) {
      assert.deepEqual(
        issues(IsoDateSchema, value),
        [': must be a calendar date written YYYY-MM-DD'],
        String(value),
      );
    }
  });
});

const kotaBandung = {
  code: '32.73',
  name: 'Kota Bandung',
  level: 'regency',
  parentCode: '32',
  kind: 'kota',
};

const service = {
  id: 'sp4n-lapor',
  name: 'SP4N-LAPOR!',
  summary: 'Kanal pengaduan pelayanan publik nasional.',
  type: 'public',
  sector: 'complaints',
  audiences: ['citizens'],
  provider: { name: 'KemenPANRB', level: 'national' },
  url: 'https://www.lapor.go.id/',
  channels: ['web', 'android'],
  status: 'active',
  availability: 'all',
  keywords: ['aduan', 'lapor'],
  updatedAt: '2026-11-01',
};

const agreement = {
  id: 'spbe-infrastructure-2021-32-73',
  number: 'CONTOH/PKS-SPBE/2021/32.73',
  program: 'spbe-infrastructure',
  title: 'PKS percepatan SPBE',
  regionCode: '32.73',
  scope: ['informatics', 'statistics'],
  serviceIds: ['sp4n-lapor'],
  state: 'signed',
  signedAt: '2021-08-12',
  validFrom: '2021-08-12',
  validUntil: '2023-12-31',
  source: 'Diskominfo Jabar, 12 August 2021',
};

describe('RegionSchema', () => {
  it('accepts a consistent region and drops unknown fields (forward compatible)', () => {
    const parsed = RegionSchema.parse({ ...kotaBandung, population: 2_500_000 });
    assert.deepEqual(parsed, kotaBandung);
  });

  it('accepts every level with its own shape', () => {
    assert.deepEqual(
      issues(RegionSchema, { code: '32', name: 'Jawa Barat', level: 'province', parentCode: null }),
      [],
    );
    assert.deepEqual(
      issues(RegionSchema, {
        code: '32.73.01',
        name: 'Sukasari',
        level: 'district',
        parentCode: '32.73',
      }),
      [],
    );
    assert.deepEqual(
      issues(RegionSchema, {
        code: '32.73.01.1001',
        name: 'Sarijadi',
        level: 'village',
        parentCode: '32.73.01',
        kind: 'kelurahan',
      }),
      [],
    );
  });

  it('names each field that disagrees with the code', () => {
    assert.deepEqual(issues(RegionSchema, { ...kotaBandung, level: 'district' }), [
      'level: must be "regency" for code 32.73',
    ]);
    assert.deepEqual(issues(RegionSchema, { ...kotaBandung, parentCode: '33' }), [
      'parentCode: must be "32" for code 32.73',
    ]);
    assert.deepEqual(issues(RegionSchema, { ...kotaBandung, kind: 'kabupaten' }), [
      'kind: must be "kota" for code 32.73',
    ]);
    assert.deepEqual(issues(RegionSchema, { ...kotaBandung, kind: undefined }), [
      'kind: must be "kota" for code 32.73',
    ]);
    assert.deepEqual(
      issues(RegionSchema, {
        code: '32.73.01',
        name: 'Sukasari',
        level: 'district',
        parentCode: '32.73',
        kind: 'desa',
      }),
      ['kind: must be absent for a district'],
    );
  });

  it('rejects malformed codes, numbers for codes and codes outside the numbering', () => {
    assert.match(
      issues(RegionSchema, { ...kotaBandung, code: '32-73' })[0]!,
      /^code: must be a Kemendagri region code/,
    );
    assert.ok(
      issues(RegionSchema, { ...kotaBandung, code: 32.73 }).some((m) => m.startsWith('code:')),
    );
    assert.match(
      issues(RegionSchema, { ...kotaBandung, code: '32.70', kind: undefined })[0]!,
      /outside Kemendagri numbering/,
    );
  });

  it('rejects missing, empty, padded and oversized names', () => {
    const { name: _, ...nameless } = kotaBandung;
    assert.ok(issues(RegionSchema, nameless).some((m) => m.startsWith('name:')));
    assert.ok(
      issues(RegionSchema, { ...kotaBandung, name: '' }).includes('name: must not be empty'),
    );
    assert.ok(
      issues(RegionSchema, { ...kotaBandung, name: ' Bandung' }).includes(
        'name: must not start or end with spaces',
      ),
    );
    assert.ok(
      issues(RegionSchema, { ...kotaBandung, name: 'x'.repeat(121) }).includes(
        'name: must be at most 120 characters',
      ),
    );
  });

  it('rejects non-objects', () => {
    for (const value of [null, undefined, 'Kota Bandung', 42, []]) {
      assert.equal(RegionSchema.safeParse(value).success, false);
    }
  });
});

describe('ServiceSchema', () => {
  it('accepts a service, with regency-limited availability', () => {
    assert.deepEqual(issues(ServiceSchema, service), []);
    assert.deepEqual(issues(ServiceSchema, { ...service, availability: ['32.73', '32.01'] }), []);
  });

  it('tolerates unknown fields and unknown sectors', () => {
    const parsed = ServiceSchema.parse({ ...service, sector: 'space-exploration', rating: 5 });
    assert.equal(parsed.sector, 'space-exploration');
    assert.equal('rating' in parsed, false);
  });

  it('rejects what would mislead a citizen', () => {
    assert.ok(
      issues(ServiceSchema, { ...service, url: 'http://www.lapor.go.id/' }).includes(
        'url: must be an absolute https:// URL',
      ),
    );
    assert.ok(
      issues(ServiceSchema, { ...service, url: 'javascript:alert(1)' }).includes(
        'url: must be an absolute https:// URL',
      ),
    );
    assert.ok(
      issues(ServiceSchema, { ...service, id: 'SP4N Lapor' }).some((m) =>
        m.startsWith('id: must be a slug'),
      ),
    );
    assert.ok(
      issues(ServiceSchema, { ...service, status: 'deprecated' }).some((m) =>
        m.startsWith('status:'),
      ),
    );
    assert.ok(
      issues(ServiceSchema, { ...service, audiences: [] }).includes(
        'audiences: must name at least one audience',
      ),
    );
    assert.ok(
      issues(ServiceSchema, { ...service, availability: [] }).some((m) =>
        m.startsWith('availability'),
      ),
    );
    assert.ok(
      issues(ServiceSchema, { ...service, availability: ['32.73', '32.73'] }).some((m) =>
        m.startsWith('availability'),
      ),
    );
    assert.ok(
      issues(ServiceSchema, { ...service, availability: ['32.73.01'] }).some((m) =>
        m.startsWith('availability'),
      ),
    );
    assert.ok(
      issues(ServiceSchema, { ...service, updatedAt: '2026-02-30' }).some((m) =>
        m.startsWith('updatedAt:'),
      ),
    );
  });

  it('finds a mistyped field deep inside', () => {
    assert.deepEqual(
      issues(ServiceSchema, {
        ...service,
        provider: { name: 'KemenPANRB', level: 'galactic' },
      }).map((m) => m.split(':')[0]),
      ['provider.level'],
    );
  });
});

describe('AgreementSchema', () => {
  it('accepts a signed agreement and a draft without dates', () => {
    assert.deepEqual(issues(AgreementSchema, agreement), []);
    assert.deepEqual(
      issues(AgreementSchema, {
        ...agreement,
        state: 'draft',
        signedAt: null,
        validFrom: null,
        validUntil: null,
      }),
      [],
    );
  });

  it('requires the dates a signed or terminated agreement must have', () => {
    assert.deepEqual(issues(AgreementSchema, { ...agreement, validUntil: null }), [
      'validUntil: is required when state is "signed"',
    ]);
    assert.deepEqual(issues(AgreementSchema, { ...agreement, state: 'terminated' }), [
      'terminatedAt: is required when state is "terminated"',
    ]);
    assert.deepEqual(issues(AgreementSchema, { ...agreement, terminatedAt: '2022-01-01' }), [
      'terminatedAt: is only allowed when state is "terminated"',
    ]);
  });

  it('rejects dates out of order, impossible dates and repeats', () => {
    assert.deepEqual(issues(AgreementSchema, { ...agreement, validFrom: '2024-01-01' }), [
      'validUntil: must not be before validFrom (2024-01-01)',
    ]);
    assert.deepEqual(issues(AgreementSchema, { ...agreement, signedAt: '2024-01-01' }), [
      'signedAt: must not be after validUntil (2023-12-31)',
    ]);
    assert.ok(
      issues(AgreementSchema, { ...agreement, validFrom: '2021-13-01' }).some((m) =>
        m.startsWith('validFrom:'),
      ),
    );
    assert.ok(
      issues(AgreementSchema, { ...agreement, serviceIds: ['a', 'a'] }).includes(
        'serviceIds: must not repeat a service',
      ),
    );
    assert.ok(
      issues(AgreementSchema, { ...agreement, scope: ['informatics', 'informatics'] }).includes(
        'scope: must not repeat a scope',
      ),
    );
    assert.ok(
      issues(AgreementSchema, { ...agreement, regionCode: '32' }).some((m) =>
        m.startsWith('regionCode:'),
      ),
    );
  });
});

describe('list envelope, problem and responses', () => {
  const ServicePage = listOf(ServiceSchema);

  it('validates the envelope and every item', () => {
    assert.deepEqual(
      issues(ServicePage, { items: [service], total: 1, page: 1, pageSize: 20 }),
      [],
    );
    assert.deepEqual(issues(ServicePage, { items: [service], total: 1, page: 0, pageSize: 20 }), [
      'page: must be 1 or more',
    ]);
    assert.deepEqual(issues(ServicePage, { items: [service], total: 1, page: 1, pageSize: 101 }), [
      'pageSize: must be at most 100',
    ]);
    assert.deepEqual(
      issues(ServicePage, {
        items: [{ ...service, name: 7 }],
        total: 1,
        page: 1,
        pageSize: 20,
      }).map((m) => m.split(':')[0]),
      ['items.0.name'],
    );
    assert.ok(
      issues(ServicePage, { items: [], total: 1.5, page: 1, pageSize: 20 }).some((m) =>
        m.startsWith('total:'),
      ),
    );
  });

  it('keeps problem extension members and defaults type to about:blank', () => {
    const parsed = ProblemSchema.parse({
      title: 'Not Found',
      status: 404,
      requestId: 'r1',
      hint: 'check the code',
    });
    assert.equal(parsed.type, 'about:blank');
    assert.equal(parsed.hint, 'check the code');
    assert.equal(ProblemSchema.safeParse({ title: 'x', status: 999 }).success, false);
  });

  it('validates a region agreement entry and the catalog', () => {
    assert.deepEqual(
      issues(RegionAgreementSchema, {
        program: 'saber-hoaks',
        status: 'none',
        agreement: null,
        daysLeft: null,
      }),
      [],
    );
    assert.ok(
      issues(RegionAgreementSchema, {
        program: 'saber-hoaks',
        status: 'pending',
        agreement: null,
        daysLeft: null,
      }).some((m) => m.startsWith('status:')),
    );
    assert.deepEqual(
      issues(CatalogSchema, { updatedAt: '2026-11-29', total: 1, items: [service] }),
      [],
    );
  });
});

describe('descendants: query, level rule, table and region records', () => {
  it('takes exactly one level, below a province', () => {
    assert.deepEqual(issues(DescendantsQuerySchema, { level: 'village' }), []);
    for (const bad of [{}, { level: 'province' }, { level: 'Village' }, { level: 3 }]) {
      assert.deepEqual(issues(DescendantsQuerySchema, bad), [
        'level: must be regency, district or village',
      ]);
    }
    assert.ok(issues(DescendantsQuerySchema, { level: 'village', page: 1 }).length > 0);
  });

  it('allows only the levels below the code, and says which those are', () => {
    assert.equal(descendantLevelIssue('32', 'regency'), undefined);
    assert.equal(descendantLevelIssue('32', 'village'), undefined);
    assert.equal(descendantLevelIssue('32.73', 'district'), undefined);
    assert.equal(descendantLevelIssue('32.73.01', 'village'), undefined);
    assert.equal(
      descendantLevelIssue('32.73', 'regency'),
      'must be a level below regency 32.73: district or village',
    );
    assert.equal(
      descendantLevelIssue('32.73.01', 'district'),
      'must be a level below district 32.73.01: village',
    );
    assert.equal(
      descendantLevelIssue('32', 'province'),
      'must be a level below province 32: regency or district or village',
    );
    assert.equal(
      descendantLevelIssue('32.73.01.1001', 'village'),
      'must be a level below village 32.73.01.1001: there is none',
    );
  });

  it('checks the table: codes, names, one name per code, a level below a province', () => {
    const table = { level: 'village', codes: ['32.73.01.1001'], names: ['Sukarasa'] };
    assert.deepEqual(issues(DescendantsSchema, table), []);
    assert.deepEqual(issues(DescendantsSchema, { ...table, codes: [], names: [] }), []);
    assert.deepEqual(issues(DescendantsSchema, { ...table, names: [] }), [
      'names: must hold one name per code',
    ]);
    assert.deepEqual(issues(DescendantsSchema, { ...table, names: ['Sukarasa', 'Isola'] }), [
      'names: must hold one name per code',
    ]);
    assert.deepEqual(issues(DescendantsSchema, { ...table, codes: ['32-73'] }), [
      'codes.0: must be a Kemendagri region code such as 32, 32.73, 32.73.01 or 32.73.01.1001',
    ]);
    assert.deepEqual(issues(DescendantsSchema, { ...table, names: [' Sukarasa'] }), [
      'names.0: must not start or end with spaces',
    ]);
    assert.deepEqual(issues(DescendantsSchema, { ...table, level: 'province' }), [
      'level: must be regency, district or village',
    ]);
    assert.ok(issues(DescendantsSchema, [table]).length > 0);
  });

  it('builds the region a code and name stand for, without fields that do not apply', () => {
    assert.deepEqual(regionRecord('32.73', 'Kota Bandung', 'regency'), kotaBandung);
    assert.deepEqual(regionRecord('32.73.01', 'Sukasari', 'district'), {
      code: '32.73.01',
      name: 'Sukasari',
      level: 'district',
      parentCode: '32.73',
    });
    assert.equal(regionRecord('32.04.01.2001', 'x', 'village').kind, 'desa');
    assert.equal(regionRecord('32', 'Jawa Barat', 'province').parentCode, null);
    // Nothing is checked here: a level that does not fit is for RegionSchema to refuse.
    assert.deepEqual(issues(RegionSchema, regionRecord('32.73.01', 'x', 'village')), [
      'level: must be "district" for code 32.73.01',
    ]);
  });
});

describe('agreement overview: province codes and the answer', () => {
  it('takes a province code and nothing else', () => {
    for (const code of ['32', '11', '96']) assert.deepEqual(issues(ProvinceCodeSchema, code), []);
    for (const code of ['32.73', '32.73.01', '3', '320', '', ' 32', '32\n', '3a']) {
      assert.deepEqual(issues(ProvinceCodeSchema, code), [': must be a province code such as 32']);
    }
    for (const code of [32, null, undefined])
      assert.ok(issues(ProvinceCodeSchema, code).length > 0);
  });

  const jabar = { code: '32', name: 'Jawa Barat', level: 'province', parentCode: null };
  const saberHoaks = {
    id: 'saber-hoaks',
    name: 'Replikasi Jabar Saber Hoaks',
    nameEn: 'Jabar Saber Hoaks replication',
    description: 'Unit anti-hoaks di kabupaten/kota.',
  };
  const none = { program: 'saber-hoaks', status: 'none', agreement: null, daysLeft: null };
  const overview = {
    region: jabar,
    date: '2026-11-29',
    programs: [saberHoaks],
    regencies: [{ region: kotaBandung, agreements: [none] }],
  };
  const withRegency = (region: object, agreements: unknown[] = [none]) => ({
    ...overview,
    regencies: [{ region, agreements }],
  });

  it('accepts a province with its regencies, or with none', () => {
    assert.deepEqual(issues(AgreementOverviewSchema, overview), []);
    assert.deepEqual(issues(AgreementOverviewSchema, { ...overview, regencies: [] }), []);
  });

  it('requires a calendar date, the programs and each regency with its entries', () => {
    const { date: _date, ...undated } = overview;
    assert.deepEqual(issues(AgreementOverviewSchema, undated), [
      'date: must be a calendar date written YYYY-MM-DD',
    ]);
    assert.deepEqual(issues(AgreementOverviewSchema, { ...overview, date: '2026-02-30' }), [
      'date: must be a calendar date written YYYY-MM-DD',
    ]);
    assert.deepEqual(
      issues(AgreementOverviewSchema, { ...overview, programs: undefined }).map(
        (m) => m.split(':')[0],
      ),
      ['programs'],
    );
    assert.deepEqual(
      issues(AgreementOverviewSchema, {
        ...overview,
        regencies: [{ region: kotaBandung }],
      }).map((m) => m.split(':')[0]),
      ['regencies.0.agreements'],
    );
    assert.deepEqual(
      issues(
        AgreementOverviewSchema,
        withRegency(kotaBandung, [{ ...none, status: 'pending' }]),
      ).map((m) => m.split(':')[0]),
      ['regencies.0.agreements.0.status'],
    );
  });

  it('holds each regency once', () => {
    const once = withRegency(kotaBandung) as { regencies: unknown[] };
    const twice = { ...once, regencies: [...once.regencies, ...once.regencies] };
    assert.equal(AgreementOverviewSchema.safeParse(once).success, true);
    assert.deepEqual(issues(AgreementOverviewSchema, twice), [
      'regencies: must be regencies of `region`, each once',
    ]);
  });

  it('holds regions that agree with their codes, and only regencies of the province', () => {
    assert.deepEqual(
      issues(AgreementOverviewSchema, withRegency({ ...kotaBandung, parentCode: '33' })),
      [
        'regencies.0.region.parentCode: must be "32" for code 32.73',
        'regencies: must be regencies of `region`, each once',
      ],
    );
    // Consistent in themselves, but not West Java's regencies.
    const kudus = {
      code: '33.19',
      name: 'Kabupaten Kudus',
      level: 'regency',
      parentCode: '33',
      kind: 'kabupaten',
    };
    const sukasari = { code: '32.73.01', name: 'Sukasari', level: 'district', parentCode: '32.73' };
    for (const region of [kudus, sukasari]) {
      assert.deepEqual(issues(AgreementOverviewSchema, withRegency(region)), [
        'regencies: must be regencies of `region`, each once',
      ]);
    }
  });
});
