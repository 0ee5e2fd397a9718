// The region index on a handful of real regions written out here: enough to
// show each rule (whole words, prefixes, typos, administrative words, parents,
// levels, larger regions first, abbreviations, partial matches). @spbe/data
// tests it on all ~91,600 regions of Indonesia.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { SpbeInputError } from '../errors/spbe-input-error.js';
import { parentCodeOf, type RegionLevel, regionLevelOf } from '../region-code.js';
import type { Region } from '../schemas/region.js';
import { checkProperty } from '../testing/fuzz.js';
import { assertBestFirst } from '../testing/search-hits.js';
import { createRegionIndex, type RegionSearchOptions } from './region-index.js';

const region = (code: string, name: string, kind?: Region['kind']): Region => ({
  code,
  name,
  level: regionLevelOf(code) ?? 'village',
  parentCode: parentCodeOf(code),
  ...(kind && { kind }),
});

const regions: Region[] = [
  region('32', 'Jawa Barat'),
  region('32.01', 'Kabupaten Bogor', 'kabupaten'),
  region('32.04', 'Kabupaten Bandung', 'kabupaten'),
  region('32.05', 'Kabupaten Garut', 'kabupaten'),
  region('32.06', 'Kabupaten Tasikmalaya', 'kabupaten'),
  region('32.71', 'Kota Bogor', 'kota'),
  region('32.73', 'Kota Bandung', 'kota'),
  region('32.78', 'Kota Tasikmalaya', 'kota'),
  region('32.01.01', 'Cibinong'),
  region('32.04.01', 'Ciwidey'),
  region('32.73.01', 'Sukasari'),
  region('32.73.07', 'Sukajadi'),
  region('32.73.25', 'Cibiru'),
  region('32.73.01.1001', 'Sukarasa', 'kelurahan'),
  region('32.73.07.1003', 'Sukawarna', 'kelurahan'),
  region('32.73.07.1004', 'Sukagalih', 'kelurahan'),
  region('32.04.01.2001', 'Sukasari', 'desa'),
  region('33', 'Jawa Tengah'),
  region('33.05.12.2019', 'Bandung', 'desa'),
  // Same-named regions of different sizes.
  region('32.16', 'Kabupaten Bekasi', 'kabupaten'),
  region('32.17', 'Kabupaten Bandung Barat', 'kabupaten'),
  region('32.75', 'Kota Bekasi', 'kota'),
  region('32.75.01', 'Bekasi Timur'),
  region('32.75.01.1001', 'Bekasijaya', 'kelurahan'),
  region('62.06.11', 'Tasik Payawan'),
  // Abbreviated in everyday writing.
  region('19', 'Kepulauan Bangka Belitung'),
  region('31', 'Daerah Khusus Ibukota Jakarta'),
  region('31.74', 'Kota Administrasi Jakarta Selatan', 'kota'),
  region('31.74.07', 'Kebayoran Baru'),
  region('34', 'Daerah Istimewa Yogyakarta'),
  region('34.71', 'Kota Yogyakarta', 'kota'),
  region('35.78', 'Kota Surabaya', 'kota'),
  region('51.03', 'Kabupaten Badung', 'kabupaten'),
  region('53', 'Nusa Tenggara Timur'),
  region('74', 'Sulawesi Tenggara'),
  region('12.02', 'Kabupaten Tapanuli Utara', 'kabupaten'),
  region('21.72', 'Kota Tanjung Pinang', 'kota'),
  region('32.16.02', 'Babelan'),
];
const index = createRegionIndex(regions);
const codes = (q: string, options?: Parameters<typeof index.search>[1]) =>
  index.search(q, options).map((h) => h.item.code);

describe('region index', () => {
  it('finds a region by a word of its name, a prefix of one, or with a typo', () => {
    assert.deepEqual(codes('garut'), ['32.05']);
    assert.deepEqual(codes('GARU'), ['32.05']);
    assert.deepEqual(codes('tasikmlaya').sort(), ['32.06', '32.78']);
    assert.deepEqual(codes('xyz'), []);
  });

  it('highlights what matched in the name', () => {
    const [hit] = index.search('kab bogor');
    assert.equal(hit?.item.name, 'Kabupaten Bogor');
    assert.deepEqual(hit?.ranges, [
      [0, 3],
      [10, 15],
    ]);
    const [typo] = index.search('tasikmlaya');
    assert.ok(typo);
    assert.deepEqual(typo.ranges, [[typo.item.name.indexOf('Tasikmalaya'), typo.item.name.length]]);
    const [typing] = index.search('kab garu');
    assert.equal(typing?.item.name, 'Kabupaten Garut');
    assert.deepEqual(typing?.ranges, [
      [0, 3],
      [10, 14],
    ]);
  });

  it('ranks exact and prefix matches above typo matches, and higher levels first', () => {
    const hits = index.search('bandng', { limit: 50 });
    assert.ok(hits.length >= 3);
    assert.ok(hits.every((h, i) => i === 0 || h.score <= (hits[i - 1]?.score ?? 0)));
    const bandung = index.search('bandung');
    const exact = bandung.filter((h) => h.item.name.includes('Bandung'));
    assert.deepEqual(bandung.slice(0, exact.length), exact, 'typo hits (Badung) after exact ones');
    assert.ok(bandung.length > exact.length);
    // The regencies and the city before the village named Bandung.
    assert.equal(exact.at(-1)?.item.code, '33.05.12.2019');
  });

  it('steers by administrative words rather than requiring them', () => {
    assert.equal(codes('kota bogor')[0], '32.71');
    assert.equal(codes('kab bogor')[0], '32.01');
    assert.equal(codes('desa sukasari')[0], '32.04.01.2001');
    assert.equal(codes('kec sukasari')[0], '32.73.01');
  });

  it('carries the parents, nearest first, and lets a query name them', () => {
    const [cibiru] = index.search('cibiru', { level: 'district' });
    assert.deepEqual(
      cibiru?.parents.map((p) => p.name),
      ['Kota Bandung', 'Jawa Barat'],
    );
    assert.equal(codes('cibiru bandung')[0], '32.73.25');
    assert.deepEqual(codes('sukasari bandung').slice(0, 2), ['32.73.01', '32.04.01.2001']);
  });

  it('filters by level and by parent', () => {
    const villages = index.search('suka', { level: 'village', parent: '32.73', limit: 30 });
    assert.deepEqual(villages.map((h) => h.item.code).sort(), [
      '32.73.01.1001',
      '32.73.07.1003',
      '32.73.07.1004',
    ]);
    assert.deepEqual(codes('bogor', { level: ['regency'] }).sort(), ['32.01', '32.71']);
    assert.deepEqual(codes('sukasari', { parent: '32.73' }), ['32.73.01']);
    assert.deepEqual(codes('sukasari', { level: 'village' }), ['32.04.01.2001']);
  });

  it('puts the larger region first when it matches about as well, a city before a regency', () => {
    // A whole word, a prefix, a typo: Kota and Kabupaten Bekasi before the
    // district Bekasi Timur and the village Bekasijaya.
    for (const q of ['bekasi', 'bekas', 'bekasu']) {
      const found = codes(q, { limit: 5 });
      assert.deepEqual(found.slice(0, 2), ['32.75', '32.16'], q);
      assert.ok(found.indexOf('32.75.01') > 1, q);
    }
    assert.ok(codes('bekasij').includes('32.75.01.1001'), 'the village once the query is its own');
    // One place: a district, though villages' names come first in the index's order.
    assert.equal(index.search('suka', { limit: 1 })[0]?.item.level, 'district');
    // A short name that begins two regencies' names shows both before the
    // district whose name is that word.
    assert.deepEqual(codes('tasik', { limit: 3 }), ['32.78', '32.06', '62.06.11']);
    // "band": the three Bandung regencies before the village named Bandung.
    const band = codes('band');
    assert.deepEqual(band.slice(0, 3).sort(), ['32.04', '32.17', '32.73']);
    assert.ok(band.indexOf('33.05.12.2019') > 2);
    // An administrative word still says which level is meant.
    assert.equal(codes('desa bandung')[0], '33.05.12.2019');
  });

  it('finds provinces and regencies by their acronyms and short forms', () => {
    const first: [string, string][] = [
      ['jabar', '32'],
      ['Jateng', '33'],
      ['NTT', '53'],
      ['DIY', '34'],
      ['sultra', '74'],
      ['jaksel', '31.74'],
      ['sby', '35.78'],
      ['jkt', '31'],
      ['Kab. Bdg', '32.04'],
      ['kota bdg', '32.73'],
      ['bdg', '32.73'],
      // The province before the district Babelan, which it only begins.
      ['babel', '19'],
    ];
    for (const [q, code] of first) assert.equal(codes(q)[0], code, q);
    assert.deepEqual(codes('jkt'), ['31', '31.74']);
    // Below a real prefix of a region of the same level: Tapanuli Utara
    // before Tanjung Pinang (TAnjung PinAng).
    assert.deepEqual(codes('tapa'), ['12.02', '21.72']);
    // A query may name a parent by its acronym.
    assert.deepEqual(codes('kebayoran jaksel', { level: 'district' }), ['31.74.07']);
  });

  it('abbreviates only provinces and regencies, and highlights nothing it cannot place', () => {
    // KEBayoran BARu is a district: no abbreviation of it is looked for.
    assert.deepEqual(codes('kebbar'), []);
    assert.deepEqual(codes('jabar', { level: ['district', 'village'] }), []);
    assert.deepEqual(codes('jkt', { level: 'regency' }), ['31.74']);
    for (const q of ['jaksel', 'jkt', 'NTT', 'bdg']) {
      for (const hit of index.search(q)) assert.deepEqual(hit.ranges, [], `${q}: ${hit.item.name}`);
    }
  });

  it('reads a "j" as the "y" it stood for in older spellings', () => {
    assert.deepEqual(codes('jogja').slice(0, 2), ['34', '34.71']);
    assert.deepEqual(codes('soerabaja'), ['35.78']);
  });

  it('answers with the best partial matches when no region matches every word', () => {
    // One word that matches nothing.
    assert.equal(codes('cibiru xyzzy')[0], '32.73.25');
    assert.equal(codes('xyzzy garut')[0], '32.05');
    // Words that all match something, but no region has them all.
    assert.equal(codes('kota bandung jaya raya')[0], '32.73');
    assert.equal(codes('sukajadi bandung qwerty')[0], '32.73.07');
    // Partial matches come after every full match.
    const hits = index.search('sukasari bandung', { limit: 20 });
    const full = hits.slice(0, 2);
    assert.deepEqual(
      full.map((h) => h.item.code),
      ['32.73.01', '32.04.01.2001'],
    );
    assert.ok(hits.length > 2);
    for (const hit of hits.slice(2)) assert.ok(hit.score < (full[1]?.score ?? 0), hit.item.name);
    // Within the scope asked for.
    assert.deepEqual(codes('cibiru xyzzy', { level: 'village' }), []);
    assert.deepEqual(codes('sukasari xyzzy', { level: 'village', parent: '32.04' }), [
      '32.04.01.2001',
    ]);
  });

  it('refuses bad arguments with SpbeInputError', () => {
    assert.throws(
      () => index.search('bandung', { parent: '32.7' }),
      (e: unknown) => e instanceof SpbeInputError && e.argument === 'options.parent',
    );
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
      assert.ok(Array.isArray(index.search(q)));
    }
    assert.deepEqual(index.search(''), []);
  });

  function anyQueryAndScope(
    q: string,
    limit: number,
    level: RegionLevel[] | undefined,
    parent: string | undefined,
  ) {
    const options: RegionSearchOptions = {
      limit,
      ...(level && { level }),
      ...(parent && { parent }),
    };
    const hits = index.search(q, options);
    assert.ok(hits.length <= limit);
    for (const hit of hits) {
      assert.ok(!level || level.includes(hit.item.level), hit.item.code);
      assert.ok(!parent || hit.item.code.startsWith(`${parent}.`), hit.item.code);
    }
    assertBestFirst(q, hits);
  }
  it('property: any query and scope → no throw, best first, in scope, ranges inside the name, at most limit', () => {
    const alphabet = fc.constantFrom(
      ...'abcdgikjnorstuwy ',
      'kab ',
      'kota ',
      'jabar ',
      'bdg ',
      'ntt ',
      'é',
      '🙂',
      '-',
    );
    const levels = fc.constantFrom<RegionLevel[] | undefined>(
      undefined,
      ['province', 'regency'],
      ['district'],
      ['village'],
    );
    const parents = fc.constantFrom(undefined, '32', '32.73', '31');
    return checkProperty(
      'region index: any query and scope → no throw, best first, in scope, ranges inside the name, at most limit',
      [
        fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: alphabet, maxLength: 20 })),
        fc.integer({ min: 1, max: 30 }),
        levels,
        parents,
      ],
      anyQueryAndScope,
      { runs: 300 },
    );
  });
});

describe('region ranking rules', () => {
  // Real regions, chosen so that one rule decides each order.
  const more = createRegionIndex([
    region('32.01', 'Kabupaten Bogor', 'kabupaten'),
    region('32.71', 'Kota Bogor', 'kota'),
    region('32.16', 'Kabupaten Bekasi', 'kabupaten'),
    region('32.75', 'Kota Bekasi', 'kota'),
    region('32.75.01', 'Bekasi Timur'),
    region('31.74', 'Kota Administrasi Jakarta Selatan', 'kota'),
    region('18.01', 'Kabupaten Lampung Selatan', 'kabupaten'),
    region('63.07', 'Kabupaten Hulu Sungai Tengah', 'kabupaten'),
    region('12.16', 'Kabupaten Humbang Hasundutan', 'kabupaten'),
    region('32.76', 'Kota Depok', 'kota'),
    region('32.76.05', 'Tapos'),
    region('32.76.05.1005', 'Sukamaju Baru', 'kelurahan'),
    region('32.76.05.1002', 'Sukamaju', 'kelurahan'),
  ]);
  const found = (q: string, options?: RegionSearchOptions) =>
    more.search(q, options).map((h) => h.item.code);

  it('lets an administrative word steer, not exclude: the kabupaten still follows the kota', () => {
    assert.deepEqual(found('kota bogor'), ['32.71', '32.01']);
    assert.deepEqual(found('kab bogor'), ['32.01', '32.71']);
  });

  it('asks for a level with an administrative word even above a larger region', () => {
    assert.deepEqual(found('kec bekasi'), ['32.75.01', '32.75', '32.16']);
  });

  it('does not count administrative words and "Administrasi" as words of the name', () => {
    // Both names are half covered by "selatan": the city comes first.
    assert.deepEqual(found('selatan'), ['31.74', '18.01']);
  });

  it('ranks a name the query covers whole before one it covers in part', () => {
    assert.deepEqual(found('sukamaju'), ['32.76.05.1002', '32.76.05.1005']);
    // With the district's name too (two words: the other path).
    assert.deepEqual(found('sukamaju tapos').slice(0, 2), ['32.76.05.1002', '32.76.05.1005']);
  });

  it('keeps the best region when one place is left, however late it comes', () => {
    // Kota Bekasi comes after Kabupaten Bekasi, by its city bonus or the query's "kota".
    assert.deepEqual(found('bekasi', { limit: 1 }), ['32.75']);
    assert.deepEqual(found('kota bekasi', { limit: 1 }), ['32.75']);
    // Two administrative words: each region has the hint of one, and the city its bonus.
    assert.deepEqual(found('kota kab bekasi', { limit: 1 }), ['32.75']);
  });

  it('ranks a prefix nearer to the whole word higher, by more than a city’s bonus', () => {
    const banjar = createRegionIndex([
      region('63.71', 'Kota Banjarmasin', 'kota'),
      region('63.72', 'Kota Banjarbaru', 'kota'),
      region('63.03', 'Kabupaten Banjar', 'kabupaten'),
    ]);
    assert.deepEqual(
      banjar.search('banja').map((h) => h.item.code),
      ['63.03', '63.72', '63.71'],
    );
  });

  it('ranks every word as typed, then every word with typos, then only some words', () => {
    const tiers = createRegionIndex([
      region('32', 'Jawa Barat'),
      region('32.72', 'Kota Sukabumi', 'kota'),
      region('32.73', 'Kota Bandung', 'kota'),
      region('32.73.01', 'Sukasari'),
      region('32.73.01.1001', 'Sukarasa', 'kelurahan'),
    ]);
    const order = (q: string) => tiers.search(q).map((h) => h.item.code);
    // "sukas" begins Sukasari; it is Sukabumi only with a typo, larger region though it is.
    assert.deepEqual(order('sukas jawa').slice(0, 2), ['32.73.01', '32.72']);
    // Both words, one with a typo, before the larger city that has only one of them.
    assert.deepEqual(order('sukarasa bandng'), ['32.73.01.1001', '32.73']);
  });

  it('ranks a whole word above a word it begins, even in a longer name', () => {
    const districts = createRegionIndex([
      region('33.13.12', 'Tasikmadu'),
      region('62.06.11', 'Tasik Payawan'),
    ]);
    // Tasik Payawan is only half covered by "tasik", but has it as a whole word.
    assert.deepEqual(
      districts.search('tasik').map((h) => h.item.code),
      ['62.06.11', '33.13.12'],
    );
  });

  it('ranks a typo match of one letter above one of two', () => {
    const villages = createRegionIndex([
      region('32.03.14.2001', 'Sukanagara', 'desa'),
      region('32.01.06.2005', 'Sukanegara', 'desa'),
    ]);
    // "sukanegaro": one letter from Sukanegara, two from Sukanagara.
    assert.deepEqual(
      villages.search('sukanegaro').map((h) => h.item.code),
      ['32.01.06.2005', '32.03.14.2001'],
    );
  });

  it('counts a word in a region’s own name above the same word in an ancestor’s', () => {
    const bandung = createRegionIndex([
      region('32', 'Jawa Barat'),
      region('32.04', 'Kabupaten Bandung', 'kabupaten'),
      region('32.17', 'Kabupaten Bandung Barat', 'kabupaten'),
      region('32.73', 'Kota Bandung', 'kota'),
    ]);
    // Every regency here is a Bandung in (Jawa) Barat; one says "Barat" itself.
    assert.equal(bandung.search('bandung barat')[0]?.item.code, '32.17');
    assert.equal(bandung.search('barat bandung')[0]?.item.code, '32.17');
  });

  it('matches a word in a region’s own name or an ancestor’s, never a neighbour’s', () => {
    // Sukasari (in Purwakarta) comes right before Kota Bandung in the index: it is no Bandung.
    const neighbours = createRegionIndex([
      region('32.14', 'Kabupaten Purwakarta', 'kabupaten'),
      region('32.14.05', 'Sukasari'),
      region('32.73', 'Kota Bandung', 'kota'),
    ]);
    const [best] = neighbours.search('sukasari bandung');
    assert.equal(best?.item.code, '32.73', 'only partial matches: the larger region first');
    assert.deepEqual(
      neighbours.search('sukasari purwakarta').map((h) => h.item.code),
      ['32.14.05', '32.14'],
    );
  });

  it('prefers an abbreviation from the first word of a name, and tries none under three letters', () => {
    // Hulu Sungai Tengah by its initials; HaSundutan only from its second word.
    assert.deepEqual(found('hst'), ['63.07', '12.16']);
    assert.deepEqual(codes('jb'), []);
  });

  it('requires no administrative word: a region with every other word is a full match', () => {
    const bandung = createRegionIndex([
      region('32', 'Jawa Barat'),
      region('32.04', 'Kabupaten Bandung', 'kabupaten'),
      region('32.04.10', 'Ciwidey'),
      region('32.72', 'Kota Sukabumi', 'kota'),
      region('32.73', 'Kota Bandung', 'kota'),
      region('32.73.01', 'Sukasari'),
    ]);
    // Sukasari has "sukasari" and, in its city's name, "bandung": every word that must
    // match, so it comes before Kota Bandung, which "kota" steers to but which lacks
    // "sukasari", and Kabupaten Bandung, which has only "bandung". Kota Sukabumi has
    // only "kota": not a match.
    assert.deepEqual(
      bandung.search('kota sukasari bandung').map((h) => h.item.code),
      ['32.73.01', '32.73', '32.04'],
    );
    // Ciwidey has no "kota" anywhere (it is in Kabupaten Bandung), and still has every
    // word that must match: a full match, before Kota Bandung, which lacks "ciwidey".
    assert.deepEqual(bandung.search('kota ciwidey bandung').map((h) => h.item.code)[0], '32.04.10');
  });

  it('ranks a region missing a word after one with every word, however many others it has', () => {
    const west = createRegionIndex([
      region('32', 'Jawa Barat'),
      region('32.73', 'Kota Bandung', 'kota'),
      region('32.73.01', 'Sukasari'),
      region('32.73.01.1001', 'Sukarasa', 'kelurahan'),
      region('33', 'Jawa Tengah'),
    ]);
    // Sukarasa has "jawa barat" in its province's name. Jawa Barat has those two words in
    // its own name but not "sukarasa", Jawa Tengah only "jawa": partial matches, after it.
    assert.deepEqual(
      west.search('sukarasa jawa barat').map((h) => h.item.code),
      ['32.73.01.1001', '32', '33'],
    );
  });

  it('looks again when too few regions have every word, counting each region once', () => {
    const bandung = createRegionIndex([
      region('32.17', 'Kabupaten Bandung Barat', 'kabupaten'),
      region('32.73', 'Kota Bandung', 'kota'),
    ]);
    // Bandung Barat alone has both words (two words of its name, but one region): the
    // second of two places goes to Kota Bandung, which has one of them.
    assert.deepEqual(
      bandung.search('bandung barat', { limit: 2 }).map((h) => h.item.code),
      ['32.17', '32.73'],
    );
  });

  it('puts a typo match of every word before a region missing one, even in one place', () => {
    const cibiru = createRegionIndex([
      region('32.73', 'Kota Bandung', 'kota'),
      region('32.73.25', 'Cibiru'),
      region('32.73.25.1003', 'Palasari', 'kelurahan'),
    ]);
    // "palasri" is Palasari with a letter left out, and Palasari is in Kota Bandung: every
    // word, found on the look that allows typos. Kota Bandung has only "bandung" as
    // written; it must not take the only place before that look is made.
    assert.deepEqual(
      cibiru.search('palasri bandung').map((h) => h.item.code),
      ['32.73.25.1003', '32.73'],
    );
    assert.deepEqual(
      cibiru.search('palasri bandung', { limit: 1 }).map((h) => h.item.code),
      ['32.73.25.1003'],
    );
  });
});
