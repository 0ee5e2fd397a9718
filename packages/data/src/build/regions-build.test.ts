import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Region } from '@spbe/sdk';
import { RegionSchema } from '@spbe/sdk';
import { expandRegionFile, type RegionFile } from '../regions-format.js';
import { countLevels, readRegionCsvs, toRegionFiles, writeRegionFiles } from './regions-build.js';

const require = createRequire(import.meta.url);
const realCsvDir = join(dirname(require.resolve('idn-area-data/package.json')), 'data');

const meta = {
  format: 1 as const,
  notice: 'test',
  source: { name: 'test', version: '0', url: 'https://example.org', licence: 'ODbL-1.0' },
  attribution: 'test',
  inputDigest: 'x',
  counts: { indonesia: countLevels([]), westJava: countLevels([]) },
};

describe('region build from the real idn-area-data CSVs', () => {
  let regions: Region[];
  before(async () => {
    regions = await readRegionCsvs(realCsvDir);
  });

  it('has every region of Indonesia', () => {
    assert.deepEqual(countLevels(regions), {
      province: 38,
      regency: 514,
      district: 7285,
      village: 83_762,
    });
  });

  it('has every region of West Java: 27 regencies (18 kabupaten, 9 kota), 627 districts, 5,957 villages', () => {
    assert.deepEqual(countLevels(regions, '32'), {
      province: 1,
      regency: 27,
      district: 627,
      village: 5957,
    });
    const regencies = regions.filter((r) => r.parentCode === '32');
    assert.equal(regencies.filter((r) => r.kind === 'kabupaten').length, 18);
    assert.equal(regencies.filter((r) => r.kind === 'kota').length, 9);
  });

  it('produces records that all satisfy the contract, with unique string codes', () => {
    const codes = new Set<string>();
    for (const region of regions) {
      assert.equal(typeof region.code, 'string');
      codes.add(region.code);
    }
    assert.equal(codes.size, regions.length);
    // Parsing all 91,599 takes a while; a spread sample of every level is enough here
    // (the build itself already parses every record).
    for (let i = 0; i < regions.length; i += 97) RegionSchema.parse(regions[i]);
  });

  it('splits into one file per parent that expands back to the same regions', () => {
    const files = toRegionFiles(regions);
    assert.equal(files.size, 1 + 38 + 514 + 7285 - countEmptyParents(regions));
    const regencies = files.get('32')!;
    assert.equal(regencies.level, 'regency');
    assert.equal(regencies.items.length, 27);
    assert.deepEqual(regencies.items[0], ['32.01', 'Kabupaten Bogor']);
    const back = [...files.values()].flatMap(expandRegionFile);
    assert.equal(back.length, regions.length);
    const byCode = new Map(regions.map((r) => [r.code, r]));
    for (const region of back) assert.deepEqual(region, byCode.get(region.code));
    assert.deepEqual(
      files.get('provinces')!.items.find(([code]) => code === '32'),
      ['32', 'Jawa Barat'],
    );
  });
});

// Regencies or districts without children get no file of their own.
function countEmptyParents(regions: Region[]): number {
  const parents = new Set(regions.map((r) => r.parentCode));
  return regions.filter((r) => r.level !== 'village' && !parents.has(r.code)).length;
}

describe('region build on bad input', () => {
  let dir: string;
  const good = {
    'provinces.csv': 'code,name\n32,Jawa Barat\n',
    'regencies.csv': 'code,province_code,name\n32.73,32,Kota Bandung\n',
    'districts.csv': 'code,regency_code,name\n32.73.01,32.73,Sukasari\n',
    'villages.csv': 'code,district_code,name\n32.73.01.1001,32.73.01,Sarijadi\n',
  };

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spbe-regions-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function csvDir(overrides: Partial<Record<keyof typeof good, string>>): Promise<string> {
    const target = await mkdtemp(join(dir, 'csv-'));
    for (const [name, text] of Object.entries({ ...good, ...overrides }))
      await writeFile(join(target, name), text);
    return target;
  }

  it('reads a small consistent set', async () => {
    const regions = await readRegionCsvs(await csvDir({}));
    assert.deepEqual(
      regions.map((r) => r.code),
      ['32', '32.73', '32.73.01', '32.73.01.1001'],
    );
  });

  const cases: [string, Partial<Record<keyof typeof good, string>>, RegExp][] = [
    [
      'a duplicate code',
      { 'districts.csv': `${good['districts.csv']}32.73.01,32.73,Sukasari Lagi\n` },
      /districts\.csv:3: duplicate code "32\.73\.01" \(first at districts\.csv:2\)/,
    ],
    [
      'a wrong column count',
      { 'villages.csv': `${good['villages.csv']}32.73.01.1002,32.73.01\n` },
      /villages\.csv:3: expected 3 fields, found 2/,
    ],
    [
      'a malformed code',
      { 'regencies.csv': 'code,province_code,name\n32.7,32,Kota Bandung\n' },
      /regencies\.csv:2: "32\.7" is not a regency code/,
    ],
    [
      'a code stored as a number',
      { 'regencies.csv': 'code,province_code,name\n11.1,11,Kota X\n' },
      /regencies\.csv:2: "11\.1" is not a regency code/,
    ],
    [
      'a parent column that disagrees',
      { 'districts.csv': 'code,regency_code,name\n32.73.01,32.74,Sukasari\n' },
      /districts\.csv:2: parent "32\.74" does not match/,
    ],
    [
      'an orphan',
      { 'villages.csv': 'code,district_code,name\n32.73.02.1001,32.73.02,Hilang\n' },
      /villages\.csv:2: parent region "32\.73\.02" does not exist/,
    ],
    [
      'an empty name',
      { 'districts.csv': 'code,regency_code,name\n32.73.01,32.73,\n' },
      /districts\.csv:2: name is empty/,
    ],
    [
      'a padded name',
      { 'districts.csv': 'code,regency_code,name\n32.73.01,32.73, Sukasari\n' },
      /districts\.csv:2: name is empty, padded/,
    ],
    [
      'a control character',
      { 'districts.csv': 'code,regency_code,name\n32.73.01,32.73,Suka\u0007sari\n' },
      /districts\.csv:2: name .*control characters/,
    ],
    [
      'a kota with a kabupaten number',
      { 'regencies.csv': 'code,province_code,name\n32.73,32,Kabupaten Bandung\n' },
      /regencies\.csv:2: a kota code with the name "Kabupaten Bandung"/,
    ],
    [
      'a wrong header',
      { 'provinces.csv': 'kode,nama\n32,Jawa Barat\n' },
      /provinces\.csv:1: expected the header "code,name"/,
    ],
    [
      'a broken quote',
      { 'villages.csv': 'code,district_code,name\n32.73.01.1001,32.73.01,"Sarijadi\n' },
      /villages\.csv:2: unterminated quoted field/,
    ],
    [
      'a lone carriage return',
      { 'districts.csv': 'code,regency_code,name\n32.73.01,32.73,Suka\rsari\n' },
      /districts\.csv:2: name .*control characters/,
    ],
    [
      'a blank line',
      { 'districts.csv': 'code,regency_code,name\n\n32.73.01,32.73,Sukasari\n' },
      /districts\.csv:2: expected 3 fields, found 1/,
    ],
  ];
  for (const [what, overrides, message] of cases) {
    it(`fails loudly with the row on ${what}`, async () => {
      const csv = await csvDir(overrides);
      await assert.rejects(readRegionCsvs(csv), (error: Error) => {
        assert.match(error.message, message);
        assert.match(error.message, /\n {2}row: "/);
        return true;
      });
    });
  }

  it('fails when a source file is missing', async () => {
    const csv = await csvDir({});
    await rm(join(csv, 'villages.csv'));
    await assert.rejects(readRegionCsvs(csv), /ENOENT/);
  });

  it('replaces the output folder only when complete, and leaves it intact on failure', async () => {
    const out = join(dir, 'out');
    const regions = await readRegionCsvs(await csvDir({}));
    await writeRegionFiles(out, toRegionFiles(regions), meta);
    const before = (await readdir(out)).sort();
    assert.deepEqual(before, [
      '32.73.01.json',
      '32.73.json',
      '32.json',
      '_meta.json',
      'provinces.json',
    ]);

    // A file that cannot be written (its name is a folder) makes the write fail midway.
    const files = toRegionFiles(regions);
    files.set('broken/x', files.get('32')! as RegionFile);
    await assert.rejects(writeRegionFiles(out, files, meta), /ENOENT/);
    assert.deepEqual((await readdir(out)).sort(), before);
    assert.deepEqual(
      (await readdir(dir)).filter((n) => n.startsWith('out.tmp')),
      [],
    );
    const kept = JSON.parse(await readFile(join(out, '32.json'), 'utf8')) as RegionFile;
    assert.equal(kept.items[0]![1], 'Kota Bandung');
  });
});
