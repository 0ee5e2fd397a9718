import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { openRegionStore, services } from '@spbe/data';
import fc from 'fast-check';
import { SpbeInputError } from '../errors/spbe-input-error.js';
import type { Region } from '../schemas/region.js';
import { distance } from './edit-distance.js';
import { createRegionIndex, createServiceIndex, stem } from './index.js';
import { words } from './normalize.js';

describe('folding', () => {
  it('folds case, accents, punctuation and old spellings', () => {
    assert.deepEqual(words('Kab. TJIANDJOER'), ['kab', 'cianjur']);
    assert.deepEqual(words('Soekaboemi — Djakarta'), ['sukabumi', 'jakarta']);
    assert.deepEqual(words("Air Ba'us  II"), ['air', 'baus', 'ii']);
    assert.deepEqual(words('Séléman'), ['seleman']);
    assert.deepEqual(words('Se\u0301le\u0301man'), ['seleman']);
    assert.deepEqual(words('🙂 \u0000\u0007 ---'), []);
  });

  it('strips one common affix pair, keeping three letters', () => {
    assert.equal(stem('perizinan'), 'izin');
    assert.equal(stem('pengaduan'), 'adu');
    assert.equal(stem('pendaftaran'), 'daftar');
    assert.equal(stem('izin'), 'izin');
    assert.equal(stem('sim'), 'sim');
  });

  it('measures edits, swaps as one, and prefixes', () => {
    assert.equal(distance('tasikmlaya', 'tasikmalaya', 2), 1);
    assert.equal(distance('sumedagn', 'sumedang', 1), 1);
    assert.equal(distance('bandung', 'bogor', 2), 3);
    assert.equal(distance('tasikml', 'tasikmalaya', 1, true), 1);
    assert.equal(distance('cianjur', 'cianjur', 1), 0);
  });
});

describe('region index', () => {
  let regions: Region[];
  let index: ReturnType<typeof createRegionIndex>;
  before(async () => {
    regions = await openRegionStore().all();
    index = createRegionIndex(regions);
  });

  it('finds regions of every province', () => {
    const provinces = new Set(regions.map((r) => r.code.slice(0, 2)));
    for (const code of provinces)
      assert.ok(index.search(regions.find((r) => r.code === code)!.name)[0], code);
  });

  it('highlights what matched in the name', () => {
    const [hit] = index.search('kab bogor');
    assert.equal(hit?.item.name, 'Kabupaten Bogor');
    assert.deepEqual(hit?.ranges, [
      [0, 3],
      [10, 15],
    ]);
    const [typo] = index.search('tasikmlaya');
    assert.deepEqual(typo?.ranges, [
      [typo!.item.name.indexOf('Tasikmalaya'), typo!.item.name.length],
    ]);
    const [typing] = index.search('kab garu');
    assert.equal(typing?.item.name, 'Kabupaten Garut');
    assert.deepEqual(typing?.ranges, [
      [0, 3],
      [10, 14],
    ]);
  });

  it('ranks exact and prefix matches above typo matches', () => {
    const hits = index.search('bandng', { limit: 50 });
    assert.ok(hits.every((h, i) => i === 0 || h.score <= hits[i - 1]!.score));
    const bandung = index.search('bandung', { limit: 20 });
    assert.ok(
      bandung.every((h) => h.score >= 1000),
      'no typo hits while exact ones fill the page',
    );
  });

  it('carries the parents, nearest first', () => {
    const [cibiru] = index.search('cibiru', { level: 'district' });
    assert.deepEqual(
      cibiru?.parents.map((p) => p.name),
      ['Kota Bandung', 'Jawa Barat'],
    );
  });

  it('filters by level and by parent', () => {
    for (const hit of index.search('suka', { level: 'village', parent: '32.73', limit: 30 })) {
      assert.equal(hit.item.level, 'village');
      assert.ok(hit.item.code.startsWith('32.73.'));
    }
    assert.deepEqual(
      index
        .search('bogor', { level: ['regency'] })
        .map((h) => h.item.code)
        .sort(),
      ['32.01', '32.71'],
    );
    assert.ok(
      index.search('sukasari', { parent: '32.73' }).every((h) => h.item.code.startsWith('32.73.')),
    );
  });

  it('refuses bad arguments with SpbeInputError', () => {
    assert.throws(() => index.search(42 as unknown as string), SpbeInputError);
    assert.throws(() => index.search('bandung', { limit: 0 }), SpbeInputError);
    assert.throws(() => index.search('bandung', { limit: 1.5 }), SpbeInputError);
    assert.throws(() => index.search('bandung', { parent: '32-73' }), SpbeInputError);
    assert.throws(() => createRegionIndex('regions' as never), SpbeInputError);
    assert.throws(
      () => createRegionIndex([{ code: '32', name: 7 }] as never),
      (e: unknown) => e instanceof SpbeInputError && e.argument === 'regions[0].name',
    );
  });

  it('answers empty, blank, huge, emoji and control-character queries sanely', () => {
    for (const q of [
      '',
      '   ',
      '\t\n',
      'x'.repeat(10_000),
      'a '.repeat(5000),
      '🙂🙃',
      '\u0000\u0001\u0007',
      '%$#@!',
      'ب'.repeat(300),
    ]) {
      const started = performance.now();
      const hits = index.search(q);
      assert.ok(Array.isArray(hits));
      assert.ok(performance.now() - started < 1000, `"${q.slice(0, 10)}…" hung`);
    }
    assert.deepEqual(index.search(''), []);
  });

  it('property: any query → no throw, best first, ranges inside the name, at most limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.integer({ min: 1, max: 30 }), (q, limit) => {
        const hits = index.search(q, { limit });
        assert.ok(hits.length <= limit);
        for (const [i, hit] of hits.entries()) {
          if (i > 0) assert.ok(hit.score <= hits[i - 1]!.score);
          let end = 0;
          for (const [a, b] of hit.ranges) {
            assert.ok(
              a >= end && a < b && b <= hit.item.name.length,
              JSON.stringify([q, hit.item.name, hit.ranges]),
            );
            end = b;
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('service index', () => {
  const index = createServiceIndex(services);

  it('filters by sector, audience, regency, status and type', () => {
    const forBusiness = index.search('izin', { filter: { audience: 'businesses' }, limit: 50 });
    assert.ok(
      forBusiness.length > 0 && forBusiness.every((h) => h.item.audiences.includes('businesses')),
    );
    assert.ok(
      index
        .search('covid', { filter: { status: 'active' } })
        .every((h) => h.item.status === 'active'),
    );
    assert.ok(index.search('covid', { filter: { status: ['retired'] } }).length >= 1);
    const depok = index.search('depok', { filter: { region: '32.76' } });
    assert.ok(depok.some((h) => h.item.id === 'depok-single-window'));
    assert.ok(
      !index
        .search('depok', { filter: { region: '32.73' } })
        .some((h) => h.item.id === 'depok-single-window'),
    );
    assert.ok(
      index
        .search('data', { filter: { type: 'administrative', sector: 'open-data' } })
        .every((h) => h.item.type === 'administrative'),
    );
  });

  it('ranks services matching more words first', () => {
    const hits = index.search('lapor jalan rusak');
    assert.equal(hits[0]?.item.id, 'sp4n-lapor');
    assert.ok(hits[0]!.score > hits[1]!.score + 500);
  });

  it('takes extra synonym groups', () => {
    const plain = createServiceIndex(services);
    const extended = createServiceIndex(services, { synonyms: ['kir|uji kendaraan|sambara'] });
    assert.ok(!plain.search('kir').some((h) => h.item.id === 'sambara'));
    assert.equal(extended.search('kir')[0]?.item.id, 'sambara');
  });

  it('property: any query → no throw, best first, ranges inside the name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (q) => {
        const hits = index.search(q);
        for (const [i, hit] of hits.entries()) {
          if (i > 0) assert.ok(hit.score <= hits[i - 1]!.score);
          for (const [a, b] of hit.ranges) assert.ok(a >= 0 && a < b && b <= hit.item.name.length);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('refuses bad arguments with SpbeInputError', () => {
    assert.throws(() => index.search(null as unknown as string), SpbeInputError);
    assert.throws(() => index.search('ktp', { limit: 10_000 }), SpbeInputError);
    assert.throws(() => createServiceIndex({} as never), SpbeInputError);
  });
});
