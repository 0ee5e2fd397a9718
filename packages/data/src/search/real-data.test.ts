// @spbe/sdk/search on the real dataset: every region of Indonesia and the
// sample service catalog. (The engine's behaviour on small inline data is
// tested in the sdk; these check it holds at full size and on real names.)
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Region } from '@spbe/sdk';
import {
  createRegionIndex,
  createServiceIndex,
  type RegionIndex,
  type RegionSearchOptions,
} from '@spbe/sdk/search';
import fc from 'fast-check';
import { checkProperty } from '../../../sdk/src/testing/fuzz.js';
import { assertBestFirst } from '../../../sdk/src/testing/search-hits.js';
import { services } from '../catalog/services.js';
import { openRegionStore } from '../regions.js';

describe('region index (all of Indonesia)', () => {
  let regions: Region[];
  let index: RegionIndex;
  before(async () => {
    regions = await openRegionStore().all();
    index = createRegionIndex(regions);
  });

  it('finds regions of every province', () => {
    const provinces = new Set(regions.map((r) => r.code.slice(0, 2)));
    for (const code of provinces) {
      const province = regions.find((r) => r.code === code);
      assert.ok(province && index.search(province.name)[0], code);
    }
  });

  it('ranks exact and prefix matches above typo matches', () => {
    const hits = index.search('bandng', { limit: 50 });
    assert.ok(hits.every((h, i) => i === 0 || h.score <= (hits[i - 1]?.score ?? 0)));
    const bandung = index.search('bandung', { limit: 20 });
    assert.ok(
      bandung.every((h) => /bandung/i.test(h.item.name)),
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

  it("keeps to a picker's scope with abbreviations and partial matches too", () => {
    const scopes: [string, RegionSearchOptions][] = [
      ['suka', { level: 'village', parent: '32.73', limit: 200 }],
      ['cibiru xyzzy', { level: 'village', parent: '32.73', limit: 200 }],
      ['jaksel', { level: 'district', limit: 200 }],
      ['bdg', { level: 'district', limit: 200 }],
      ['kota bandung jaya raya', { level: 'village', parent: '32.73', limit: 200 }],
      ['jabar', { level: ['province', 'regency'], limit: 50 }],
      ['sumut', { parent: '12', limit: 100 }],
    ];
    for (const [q, options] of scopes) {
      const levels = [options.level ?? []].flat();
      for (const hit of index.search(q, options)) {
        assert.ok(levels.length === 0 || levels.includes(hit.item.level), `${q}: ${hit.item.code}`);
        assert.ok(!options.parent || hit.item.code.startsWith(`${options.parent}.`), q);
      }
    }
    assert.ok(index.search('suka', { level: 'village', parent: '32.73', limit: 200 }).length > 10);
    // A district named with its city's acronym, among all 7,285 districts.
    assert.match(
      index.search('kebayoran jaksel', { level: 'district' })[0]?.item.code ?? '',
      /^31\.74\./,
    );
    // Partial matches within the scope.
    const partial = index.search('bandung xyzzy', { level: 'district', limit: 100 });
    assert.ok(partial.length > 0 && partial.every((h) => h.item.level === 'district'));
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

  function anyQueryOnAllRegions(q: string, limit: number) {
    const hits = index.search(q, { limit });
    assert.ok(hits.length <= limit);
    assertBestFirst(q, hits);
  }
  it('property: any query → no throw, best first, ranges inside the name, at most limit', () =>
    checkProperty(
      'all regions: any query → no throw, best first, ranges inside the name, at most limit',
      [fc.string({ maxLength: 40 }), fc.integer({ min: 1, max: 30 })],
      anyQueryOnAllRegions,
      { runs: 300 },
    ));
});

describe('service index (sample catalog)', () => {
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
    const [first, second] = index.search('lapor jalan rusak');
    assert.equal(first?.item.id, 'sp4n-lapor');
    assert.ok(first && second && first.score > second.score + 500);
  });

  it('takes extra synonym groups', () => {
    const plain = createServiceIndex(services);
    const extended = createServiceIndex(services, { synonyms: ['kir|uji kendaraan|sambara'] });
    assert.ok(!plain.search('kir').some((h) => h.item.id === 'sambara'));
    assert.equal(extended.search('kir')[0]?.item.id, 'sambara');
  });

  function anyQueryOnTheCatalog(q: string) {
    let previous = Number.POSITIVE_INFINITY;
    for (const hit of index.search(q)) {
      assert.ok(hit.score <= previous);
      previous = hit.score;
      for (const [a, b] of hit.ranges) assert.ok(a >= 0 && a < b && b <= hit.item.name.length);
    }
  }
  it('property: any query → no throw, best first, ranges inside the name', () =>
    checkProperty(
      'sample catalog: any query → no throw, best first, ranges inside the name',
      [fc.string({ maxLength: 60 })],
      anyQueryOnTheCatalog,
      { runs: 500 },
    ));
});
