/**
 * Builds the region dataset from idn-area-data's CSVs: validates every row,
 * then writes one compact JSON file per parent region so a client can load
 * one level at a time. Fails loudly, with the row, on anything malformed and
 * writes nothing in that case.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  isRegionCode,
  parentCodeOf,
  type Region,
  type RegionLevel,
  RegionSchema,
  regionKindOf,
  regionRecord,
} from '@spbe/sdk';
import pMap from 'p-map';
import {
  childrenFileName,
  REGIONS_FORMAT,
  type RegionFile,
  type RegionsMeta,
} from '../regions-format.js';
import { type CsvRecord, parseCsv } from './csv.js';

// Thousands of small files: in parallel, but few enough at once not to run out of file descriptors.
const FILES_AT_ONCE = 32;

/** The four source files, top level first, with the header each must have. */
const SOURCES: readonly { level: RegionLevel; file: string; header: string }[] = [
  { level: 'province', file: 'provinces.csv', header: 'code,name' },
  { level: 'regency', file: 'regencies.csv', header: 'code,province_code,name' },
  { level: 'district', file: 'districts.csv', header: 'code,regency_code,name' },
  { level: 'village', file: 'villages.csv', header: 'code,district_code,name' },
];

/** A malformed or inconsistent row: the message names the file, line and row. */
export class RegionDataError extends Error {
  override name = 'RegionDataError';
}

function fail(file: string, record: CsvRecord, reason: string): never {
  throw new RegionDataError(
    `${file}:${record.line}: ${reason}\n  row: ${JSON.stringify(record.raw)}`,
  );
}

// Printable text only: no control characters, no stray spaces at the ends.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Reads and checks the four CSVs; returns every region, parents before children. */
export async function readRegionCsvs(csvDir: string): Promise<Region[]> {
  const regions: Region[] = [];
  const seen = new Map<string, string>(); // code → "file:line", to name both places of a duplicate
  for (const { level, file, header } of SOURCES) {
    const text = await readFile(join(csvDir, file), 'utf8');
    const [head, ...rows] = parseCsv(text, file);
    if (head === undefined) throw new RegionDataError(`${file}:1: the file is empty`);
    if (head.raw !== header) fail(file, head, `expected the header "${header}"`);
    const columns = header.split(',').length;
    for (const record of rows) {
      if (record.fields.length !== columns) {
        fail(file, record, `expected ${columns} fields, found ${record.fields.length}`);
      }
      const code = record.fields[0]!;
      const name = record.fields[columns - 1]!;
      if (!isRegionCode(code, level)) fail(file, record, `"${code}" is not a ${level} code`);
      if (level !== 'province' && record.fields[1] !== parentCodeOf(code)) {
        fail(file, record, `parent "${record.fields[1]}" does not match code "${code}"`);
      }
      if (name === '' || name.trim() !== name || CONTROL.test(name) || name.length > 120) {
        fail(
          file,
          record,
          'name is empty, padded with spaces, too long or holds control characters',
        );
      }
      const earlier = seen.get(code);
      if (earlier !== undefined)
        fail(file, record, `duplicate code "${code}" (first at ${earlier})`);
      const parentCode = parentCodeOf(code);
      if (parentCode !== null && !seen.has(parentCode)) {
        fail(file, record, `parent region "${parentCode}" does not exist`);
      }
      const kind = regionKindOf(code);
      if (level === 'regency' && (kind === 'kota') !== name.startsWith('Kota ')) {
        fail(file, record, `a ${kind} code with the name "${name}"`);
      }
      const region = regionRecord(code, name, level);
      const checked = RegionSchema.safeParse(region);
      if (!checked.success) {
        fail(
          file,
          record,
          checked.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; '),
        );
      }
      seen.set(code, `${file}:${record.line}`);
      regions.push(region);
    }
  }
  return regions;
}

/** Groups regions by parent into the on-disk files. */
export function toRegionFiles(regions: readonly Region[]): Map<string, RegionFile> {
  const files = new Map<string, RegionFile>();
  for (const region of regions) {
    const name = childrenFileName(region.parentCode);
    let file = files.get(name);
    if (file === undefined) {
      file = { format: REGIONS_FORMAT, parent: region.parentCode, level: region.level, items: [] };
      files.set(name, file);
    }
    file.items.push([region.code, region.name]);
  }
  for (const file of files.values()) file.items.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return files;
}

/** Counts per level for every region, and for the subtree under `within`. */
export function countLevels(
  regions: readonly Region[],
  within?: string,
): Record<RegionLevel, number> {
  const counts: Record<RegionLevel, number> = { province: 0, regency: 0, district: 0, village: 0 };
  for (const r of regions) {
    if (within === undefined || r.code === within || r.code.startsWith(`${within}.`))
      counts[r.level]++;
  }
  return counts;
}

/** A digest of everything the output depends on, so an unchanged build can be skipped. */
export async function inputDigest(csvDir: string, extra: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const { file } of SOURCES) hash.update(await readFile(join(csvDir, file)));
  for (const path of extra) hash.update(await readFile(path));
  return hash.digest('hex');
}

/**
 * Writes the files into `outDir` atomically: everything goes to a sibling
 * temporary folder first, which replaces `outDir` only once complete. On any
 * failure the temporary folder is removed and `outDir` is left as it was.
 */
export async function writeRegionFiles(
  outDir: string,
  files: Map<string, RegionFile>,
  meta: RegionsMeta,
): Promise<void> {
  const base = outDir.replace(/[\\/]$/, '');
  const tmp = `${base}.tmp-${process.pid}`;
  const old = `${base}.tmp-${process.pid}-old`;
  let movedAside = false;
  await rm(tmp, { recursive: true, force: true });
  try {
    await mkdir(tmp, { recursive: true });
    await pMap(
      files,
      ([name, file]) => writeFile(join(tmp, `${name}.json`), JSON.stringify(file)),
      {
        concurrency: FILES_AT_ONCE,
      },
    );
    await writeFile(join(tmp, '_meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
    await rm(old, { recursive: true, force: true });
    try {
      await rename(base, old);
      movedAside = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    await rename(tmp, base);
  } catch (error) {
    if (movedAside) await rename(old, base).catch(() => {});
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}
