import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { RegionSchema } from '@spbe/sdk';
import { openRegionStore, REGIONS_DIR } from './regions.js';
import { REGIONS_ATTRIBUTION } from './regions-format.js';

// These read the files `npm run data` generated (npm test runs it first).
const store = openRegionStore();

describe('region store over the generated files', () => {
  it('lists the 38 provinces and the 27 regencies of West Java', async () => {
    const provinces = await store.children(null);
    assert.equal(provinces?.length, 38);
    const regencies = await store.children('32');
    assert.equal(regencies?.length, 27);
    assert.deepEqual(regencies?.[0], {
      code: '32.01',
      name: 'Kabupaten Bogor',
      level: 'regency',
      parentCode: '32',
      kind: 'kabupaten',
    });
    for (const region of regencies ?? []) RegionSchema.parse(region);
  });

  it('gets one region of each level', async () => {
    assert.equal((await store.get('32'))?.name, 'Jawa Barat');
    assert.equal((await store.get('32.73'))?.name, 'Kota Bandung');
    assert.equal((await store.get('32.73'))?.kind, 'kota');
    assert.equal((await store.get('32.73.01'))?.level, 'district');
    const village = await store.get('32.73.01.1001');
    assert.equal(village?.level, 'village');
    assert.equal(village?.kind, 'kelurahan');
  });

  it('tells an unknown region from a region without children', async () => {
    assert.equal(await store.get('32.98'), undefined);
    assert.equal(await store.children('32.98'), undefined);
    assert.deepEqual(await store.children('32.73.01.1001'), []);
  });

  it('never turns a hostile code into a path', async () => {
    for (const code of [
      '../package',
      '..',
      '32/../../package',
      '_meta',
      'provinces',
      '',
      '32.73\u0000',
    ]) {
      assert.equal(await store.get(code), undefined, code);
      assert.equal(await store.children(code), undefined, code);
    }
  });

  it('reads every region of Indonesia, parents first, all valid', async () => {
    const all = await store.all();
    assert.equal(all.length, 38 + 514 + 7285 + 83_762);
    const seen = new Set<string>();
    for (const region of all) {
      assert.ok(region.parentCode === null || seen.has(region.parentCode), region.code);
      seen.add(region.code);
    }
    const westJava = all.filter((r) => r.code.startsWith('32.'));
    assert.equal(westJava.filter((r) => r.level === 'village').length, 5957);
    for (const region of westJava) RegionSchema.parse(region);
  });

  it("gathers a region's descendants of one level, in code order", async () => {
    const fresh = openRegionStore();
    const villages = await fresh.descendants('32', 'village');
    assert.equal(villages?.length, 5957);
    assert.equal((await fresh.descendants('32', 'district'))?.length, 627);
    assert.deepEqual(await fresh.descendants('32', 'regency'), await fresh.children('32'));
    const codes = villages!.map((r) => r.code);
    assert.deepEqual(codes, [...codes].sort(), 'code order');
    assert.ok(villages!.every((r) => r.level === 'village' && r.code.startsWith('32.')));
    // The same regions, in the same order, as walking the children level by level.
    const bandung = await fresh.descendants('32.73', 'village');
    const byChildren = [];
    for (const district of (await fresh.children('32.73'))!) {
      byChildren.push(...((await fresh.children(district.code)) ?? []));
    }
    assert.deepEqual(bandung, byChildren);
    assert.equal(bandung?.length, 151);
    assert.deepEqual(
      (await fresh.descendants('32.73.01', 'village'))?.map((r) => r.code),
      (await fresh.children('32.73.01'))?.map((r) => r.code),
    );
  });

  it('gives no descendants at or above a level, and none for an unknown region', async () => {
    assert.deepEqual(await store.descendants('32.73', 'regency'), []);
    assert.deepEqual(await store.descendants('32.73', 'province'), []);
    assert.deepEqual(await store.descendants('32.73.01.1001', 'village'), []);
    assert.equal(await store.descendants('32.98', 'village'), undefined);
    for (const hostile of ['../package', '_meta', 'provinces', '']) {
      assert.equal(await store.descendants(hostile, 'village'), undefined, hostile);
    }
  });

  it('carries the ODbL attribution and the counts', async () => {
    const meta = await store.meta();
    assert.equal(meta.source.licence, 'ODbL-1.0');
    assert.equal(meta.attribution, REGIONS_ATTRIBUTION);
    assert.match(meta.attribution, /Open Database License/);
    assert.deepEqual(meta.counts.westJava, {
      province: 1,
      regency: 27,
      district: 627,
      village: 5957,
    });
    const licence = await readFile(join(REGIONS_DIR, '..', 'LICENSE-DATA.md'), 'utf8');
    assert.match(licence, /idn-area-data/);
    assert.match(licence, /ODbL/);
  });

  it('keeps West Java small enough to load one level at a time', async () => {
    const gz = async (name: string) =>
      gzipSync(await readFile(join(REGIONS_DIR, `${name}.json`))).length;
    const regencies = await store.children('32');
    const districtFiles = regencies!.map((r) => r.code);
    assert.ok((await gz('32')) < 1024, 'regencies of West Java under 1 KB gz');
    let largest = 0;
    for (const name of districtFiles) largest = Math.max(largest, await gz(name));
    assert.ok(largest < 1024, `each regency's districts under 1 KB gz (largest ${largest})`);
  });

  it('says how to fix a missing dataset', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'spbe-empty-'));
    try {
      await assert.rejects(openRegionStore(empty).children('32'), /run `npm run data`/);
    } finally {
      await rm(empty, { recursive: true });
    }
  });
});
