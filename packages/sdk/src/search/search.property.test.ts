// Property tests of both search indexes over arbitrary catalogs: any names
// (markup, emoji, combining marks, lone surrogates, old spellings, empty
// words) and any queries. The tests beside each index fix the catalog and
// vary the query; these vary both, and check what a caller relies on: no
// throw, hits from the catalog, best first, within the limit and the filters,
// highlight ranges inside the name, in order, apart and between characters,
// the same top hits whatever the limit, the same hits whatever the order of
// the catalog, and case and accents making no difference.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parentCodeOf, type RegionLevel, regionKindOf, regionLevelOf } from '../region-code.js';
import type { Region } from '../schemas/region.js';
import { AUDIENCES, SERVICE_STATUSES, SERVICE_TYPES, type Service } from '../schemas/service.js';
import { checkProperty } from '../testing/fuzz.js';
import { createRegionIndex, type RegionSearchOptions } from './region-index.js';
import { createServiceIndex, matchesFilter, type ServiceFilter } from './service-index.js';
import type { SearchHit } from './types.js';

// Words the indexes treat specially (administrative words, fillers, synonyms,
// old spellings, apostrophes) beside ordinary ones and hostile text, so that
// queries drawn from the same words find something.
const WORDS = [
  ...'kota kab kabupaten kec desa kelurahan prov bandung bogor cibiru sukajadi sukasari jawa barat tasikmalaya bekasi'.split(
    ' ',
  ),
  ...'izin usaha ktp sim lapor jalan rusak bpjs kesehatan ketenagakerjaan perizinan pendaftaran bikin cek di dan'.split(
    ' ',
  ),
  'Tjiandjoer',
  'DJAKARTA',
  'Soerabaja',
  "Ba'us",
  'Jalan’s',
  'Ünïcödé',
  'İstanbul',
  'Straße',
  'ﬁle',
  '𝐁𝐚𝐧𝐝𝐮𝐧𝐠',
  'e\u0301',
  '😀',
  '👩‍👩‍👧',
  '١٢٣',
  '<img src=x onerror=alert(1)>',
  '&amp;',
  '"quoted"',
];

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 99_999 }).map(String) },
);

/** A name or any text of a catalog: words with separators between them, or nothing at all. */
const text = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(
        fc.array(word, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(' ', ' ', '-', '. ', ', ', ' / ', '\t', '\u00a0', ''),
      )
      .map(([words, separator]) => words.join(separator)),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '---', '\u200b') },
);

/**
 * A query: its own text, or a piece of a name in the catalog (`pick` and
 * `cut` choose which, so that queries often match), possibly retyped in
 * other case.
 */
interface QuerySpec {
  own: string;
  fromName: boolean;
  pick: number;
  cut: number;
  upper: boolean;
}
const querySpec = fc.record({
  own: fc.oneof(text, fc.string({ maxLength: 300 })),
  fromName: fc.boolean(),
  pick: fc.nat(),
  cut: fc.nat(),
  upper: fc.boolean(),
});
function queryFor(spec: QuerySpec, names: readonly string[]): string {
  const name = names.length > 0 ? names[spec.pick % names.length]! : '';
  const q = spec.fromName ? name.slice(0, 1 + (spec.cut % (name.length + 1))) : spec.own;
  return spec.upper ? q.toUpperCase() : q;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** Whether offset `at` of `s` falls between a surrogate pair's halves. */
const splitsPair = (s: string, at: number) =>
  at > 0 && at < s.length && isHigh(s.charCodeAt(at - 1)) && isLow(s.charCodeAt(at));

/** What every search answer must be, whatever the index. */
function assertWellFormed<T extends { name: string }>(
  hits: readonly SearchHit<T>[],
  items: readonly T[],
  limit: number,
): void {
  assert.ok(hits.length <= limit, `${hits.length} hits for a limit of ${limit}`);
  const seen = new Set<T>();
  let previous = Number.POSITIVE_INFINITY;
  for (const hit of hits) {
    assert.ok(items.includes(hit.item), 'a hit is an item of the catalog');
    assert.ok(!seen.has(hit.item), `${JSON.stringify(hit.item.name)} is listed twice`);
    seen.add(hit.item);
    assert.ok(Number.isFinite(hit.score), `score ${hit.score}`);
    assert.ok(hit.score <= previous, `scores not best first: ${previous} then ${hit.score}`);
    previous = hit.score;
    const { name } = hit.item;
    let end = 0;
    for (const [a, b] of hit.ranges) {
      const shown = `${JSON.stringify(name)} ${JSON.stringify(hit.ranges)}`;
      assert.ok(Number.isInteger(a) && Number.isInteger(b), `whole offsets: ${shown}`);
      assert.ok(a >= end && a < b && b <= name.length, `ranges in order, apart, inside: ${shown}`);
      assert.ok(!splitsPair(name, a) && !splitsPair(name, b), `a range cuts a character: ${shown}`);
      end = b;
    }
  }
}

/**
 * The top `limit` hits are the first `limit` of a longer list: same items,
 * same scores (a smaller limit is not a different search).
 */
function assertSameTop<T>(few: readonly SearchHit<T>[], many: readonly SearchHit<T>[]): void {
  const view = (hits: readonly SearchHit<T>[]) => hits.map((h) => [h.item, h.score, h.ranges]);
  assert.deepEqual(view(few), view(many.slice(0, few.length)));
  assert.equal(few.length, Math.min(few.length, many.length));
}

// ---------------------------------------------------------------- regions

// A small tree of codes: two provinces, regencies (kabupaten and kota),
// districts and villages (kelurahan and desa), in any subset.
const CODES = [
  '32',
  '33',
  ...['32.01', '32.04', '32.71', '32.73', '33.05', '33.74'],
  ...['32.01.01', '32.04.01', '32.73.01', '32.73.07', '33.05.12'],
  ...['32.01.01.1001', '32.01.01.2002', '32.73.01.1001', '32.73.07.2003', '33.05.12.2019'],
];
const regionsArb = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...CODES), text), {
    maxLength: CODES.length,
    selector: ([code]) => code,
  })
  .map((entries) =>
    entries.map(([code, name]): Region => {
      const kind = regionKindOf(code);
      return {
        code,
        name,
        level: regionLevelOf(code) as RegionLevel,
        parentCode: parentCodeOf(code),
        ...(kind && { kind }),
      } as Region;
    }),
  );
const regionOptions = fc.record(
  {
    limit: fc.integer({ min: 1, max: 25 }),
    level: fc.oneof(
      fc.constantFrom<RegionLevel>('province', 'regency', 'district', 'village'),
      fc.subarray<RegionLevel>(['province', 'regency', 'district', 'village'], { minLength: 1 }),
    ),
    parent: fc.constantFrom('32', '33', '32.73', '32.01.01', '35'),
  },
  { requiredKeys: ['limit'] },
);

function regionSearchIsWellFormed(
  regions: Region[],
  spec: QuerySpec,
  options: RegionSearchOptions & { limit: number },
): void {
  const index = createRegionIndex(regions);
  const q = queryFor(
    spec,
    regions.map((r) => r.name),
  );
  const hits = index.search(q, options);
  assertWellFormed(hits, regions, options.limit);
  const levels = options.level && [options.level].flat();
  for (const hit of hits) {
    assert.ok(!levels || levels.includes(hit.item.level), `${hit.item.code} is not of ${levels}`);
    const { parent } = options;
    assert.ok(
      !parent || hit.item.code.startsWith(`${parent}.`),
      `${hit.item.code} not in ${parent}`,
    );
    // Its parents, nearest first: each one's parent, as long as the catalog has it.
    const above: Region[] = [];
    for (
      let p = regions.find((r) => r.code === hit.item.parentCode);
      p;
      p = regions.find((r) => r.code === p?.parentCode)
    ) {
      above.push(p);
    }
    assert.deepEqual(hit.parents, above);
  }
  assertSameTop(hits, index.search(q, { ...options, limit: 1000 }));
}

// ---------------------------------------------------------------- services

const SECTORS = ['population', 'health', 'open-data', 'transport'];
const servicesArb = fc
  .array(
    fc.record({
      name: text,
      summary: text,
      keywords: fc.array(text, { maxLength: 4 }),
      provider: text,
      sector: fc.constantFrom(...SECTORS),
      type: fc.constantFrom(...SERVICE_TYPES),
      audiences: fc.subarray([...AUDIENCES], { minLength: 1 }),
      status: fc.constantFrom(...SERVICE_STATUSES),
      availability: fc.oneof(
        fc.constant('all' as const),
        fc.subarray(['32.01', '32.73', '32.79'], { minLength: 1 }),
      ),
    }),
    { maxLength: 25 },
  )
  .map((drafts) =>
    drafts.map(
      (d, i): Service => ({
        id: `layanan-${i}`,
        name: d.name,
        summary: d.summary,
        type: d.type,
        sector: d.sector,
        audiences: d.audiences,
        provider: { name: d.provider, level: 'provincial' },
        url: `https://example.go.id/${i}`,
        channels: ['web'],
        status: d.status,
        availability: d.availability,
        keywords: d.keywords,
        updatedAt: '2026-11-01',
      }),
    ),
  );
const serviceFilter: fc.Arbitrary<ServiceFilter> = fc.record(
  {
    sector: fc.oneof(fc.constantFrom(...SECTORS), fc.subarray(SECTORS)),
    audience: fc.constantFrom(...AUDIENCES),
    region: fc.constantFrom('32.01', '32.73', '33.74'),
    status: fc.oneof(fc.constantFrom(...SERVICE_STATUSES), fc.subarray([...SERVICE_STATUSES])),
    type: fc.constantFrom(...SERVICE_TYPES),
  },
  { requiredKeys: [] },
);

function serviceSearchIsWellFormed(
  services: Service[],
  spec: QuerySpec,
  limit: number,
  filter: ServiceFilter,
): void {
  const index = createServiceIndex(services);
  const q = queryFor(
    spec,
    services.map((s) => s.name),
  );
  const hits = index.search(q, { limit, filter });
  assertWellFormed(hits, services, limit);
  for (const hit of hits) assert.ok(matchesFilter(hit.item, filter), `${hit.item.id} passed`);
  assertSameTop(hits, index.search(q, { limit: 1000, filter }));
}

/** Hits as order-free facts: which item, with which score and ranges. */
const asSet = (hits: readonly SearchHit<Service>[]) =>
  hits.map((h) => JSON.stringify([h.item.id, h.score, h.ranges])).sort();

function serviceSearchIgnoresCatalogOrder(
  services: Service[],
  spec: QuerySpec,
  order: number[],
): void {
  const shuffled = order.map((i) => services[i % services.length]!);
  const unique = [...new Set(shuffled)];
  const q = queryFor(
    spec,
    services.map((s) => s.name),
  );
  // Every hit (limit above the catalog's size): which ones, and how good,
  // does not depend on where each service sits in the catalog.
  const a = createServiceIndex(services.filter((s) => unique.includes(s))).search(q, {
    limit: 1000,
  });
  const b = createServiceIndex(unique).search(q, { limit: 1000 });
  assert.deepEqual(asSet(b), asSet(a));
}

// Case and accents: marks added to ASCII letters and any letter in either case.
const ACUTE = '\u0301';
function retyped(q: string, upper: readonly boolean[], accents: readonly boolean[]): string {
  return [...q]
    .map((c, i) => {
      const cased = upper[i % Math.max(1, upper.length)] ? c.toUpperCase() : c.toLowerCase();
      return /[a-z]/i.test(c) && accents[i % Math.max(1, accents.length)] ? cased + ACUTE : cased;
    })
    .join('');
}
const asciiQuery = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'abcdeijknoprstuy -'), maxLength: 20 }),
  fc
    .array(fc.constantFrom(...WORDS.filter((w) => /^[a-z]+$/.test(w))), { maxLength: 4 })
    .map((ws) => ws.join(' ')),
);

function searchIgnoresCaseAndAccents(
  regions: Region[],
  services: Service[],
  q: string,
  upper: boolean[],
  accents: boolean[],
): void {
  const other = retyped(q, upper, accents);
  const regionIndex = createRegionIndex(regions);
  assert.deepEqual(regionIndex.search(other, { limit: 50 }), regionIndex.search(q, { limit: 50 }));
  const serviceIndex = createServiceIndex(services);
  assert.deepEqual(
    serviceIndex.search(other, { limit: 50 }),
    serviceIndex.search(q, { limit: 50 }),
  );
}

describe('search over arbitrary catalogs and queries', () => {
  it('regions: well-formed hits, in scope, with their parents, the same top whatever the limit', () =>
    checkProperty(
      'regions: well-formed hits, in scope, with their parents, the same top whatever the limit',
      [regionsArb, querySpec, regionOptions],
      regionSearchIsWellFormed,
    ));

  it('services: well-formed hits passing the filter, the same top whatever the limit', () =>
    checkProperty(
      'services: well-formed hits passing the filter, the same top whatever the limit',
      [servicesArb, querySpec, fc.integer({ min: 1, max: 25 }), serviceFilter],
      serviceSearchIsWellFormed,
    ));

  it('services: the same hits and scores whatever the order of the catalog', () =>
    checkProperty(
      'services: the same hits and scores whatever the order of the catalog',
      [
        servicesArb.filter((s) => s.length > 0),
        querySpec,
        fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
      ],
      serviceSearchIgnoresCatalogOrder,
    ));

  it('both indexes: case and accents in the query make no difference', () =>
    checkProperty(
      'both indexes: case and accents in the query make no difference',
      [
        regionsArb,
        servicesArb,
        asciiQuery,
        fc.array(fc.boolean(), { maxLength: 8 }),
        fc.array(fc.boolean(), { maxLength: 8 }),
      ],
      searchIgnoresCaseAndAccents,
    ));
});
