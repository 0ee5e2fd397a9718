/**
 * The on-disk format of the generated region files, shared by the generator
 * and the readers. One file per parent: `provinces.json`, `32.json` (its
 * regencies), `32.73.json` (districts), `32.73.01.json` (villages).
 */
import { type Region, type RegionLevel, regionRecord } from '@spbe/sdk';

/** Bumped when the file layout changes. */
export const REGIONS_FORMAT = 1;

/** One parent's children as `[code, name]` pairs, in code order. */
export interface RegionFile {
  format: typeof REGIONS_FORMAT;
  parent: string | null;
  level: RegionLevel;
  items: [code: string, name: string][];
}

/** Counts of regions per level. */
export type LevelCounts = Record<RegionLevel, number>;

/** `_meta.json`: provenance, licence and counts of the generated files. */
export interface RegionsMeta {
  format: typeof REGIONS_FORMAT;
  notice: string;
  source: { name: string; version: string; url: string; licence: string };
  attribution: string;
  inputDigest: string;
  counts: { indonesia: LevelCounts; westJava: LevelCounts };
}

/** The ODbL attribution that must travel with the region data. */
export const REGIONS_ATTRIBUTION =
  'Region codes and names: idn-area-data by Fityan (fityannugroho, https://github.com/fityannugroho/idn-area-data), ' +
  'based on official Indonesian government sources (Kemendagri), made available under the Open Database License (ODbL) 1.0. ' +
  'The derived files in @spbe/data are also available under the ODbL 1.0.';

/** File name (without `.json`) holding the children of a parent; the provinces live in `provinces`. */
export function childrenFileName(parentCode: string | null): string {
  return parentCode ?? 'provinces';
}

/** Turns a stored file back into full region records. */
export function expandRegionFile(file: RegionFile): Region[] {
  return file.items.map(([code, name]) => regionRecord(code, name, file.level));
}
