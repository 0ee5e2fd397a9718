/**
 * Reads the generated region files (see regions-format.ts) lazily, one parent
 * at a time, and keeps what it has read.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  isRegionCode,
  parentCodeOf,
  REGION_LEVELS,
  type Region,
  type RegionLevel,
} from '@spbe/sdk';
import pMap from 'p-map';
import {
  childrenFileName,
  expandRegionFile,
  type RegionFile,
  type RegionsMeta,
} from './regions-format.js';

// Thousands of small files: in parallel, but few enough at once not to run out of file descriptors.
const FILES_AT_ONCE = 32;

/** Where `npm run data` writes the region files. */
export const REGIONS_DIR = fileURLToPath(new URL('../regions/', import.meta.url));

/** Read access to the region tree. */
export interface RegionStore {
  /** The children of a region (`null`: the provinces), in code order; `undefined` if the region does not exist. */
  children(parentCode: string | null): Promise<Region[] | undefined>;
  /** One region, or `undefined` if there is none with that code. */
  get(code: string): Promise<Region | undefined>;
  /**
   * Every region of `level` under a region, in code order (`32`, `village` →
   * West Java's 5,957 villages); empty when `level` is not below the region's
   * own; `undefined` if the region does not exist.
   */
  descendants(code: string, level: RegionLevel): Promise<Region[] | undefined>;
  /** Every region, parents before children (about 91,600 for all of Indonesia). */
  all(): Promise<Region[]>;
  /** Provenance, licence and counts of the generated files. */
  meta(): Promise<RegionsMeta>;
}

/**
 * Opens the region files in `dir`. Malformed codes are answered with
 * `undefined` without touching the disk, so a code can never name a path.
 *
 * @example
 * const regions = openRegionStore();
 * (await regions.children('32'))?.length; // 27
 */
export function openRegionStore(dir: string = REGIONS_DIR): RegionStore {
  const files = new Map<string, Promise<Region[] | undefined>>();

  const load = (parentCode: string | null): Promise<Region[] | undefined> => {
    const name = childrenFileName(parentCode);
    let pending = files.get(name);
    if (pending === undefined) {
      pending = readFile(join(dir, `${name}.json`), 'utf8').then(
        (text) => expandRegionFile(JSON.parse(text) as RegionFile),
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return undefined;
          throw error;
        },
      );
      files.set(name, pending);
    }
    return pending;
  };

  let metaPending: Promise<RegionsMeta> | undefined;
  const meta = () => {
    metaPending ??= readFile(join(dir, '_meta.json'), 'utf8').then(
      (text) => JSON.parse(text) as RegionsMeta,
      (error: NodeJS.ErrnoException) => {
        throw error.code === 'ENOENT'
          ? new Error(`No region data in ${dir}: run \`npm run data\` to generate it.`)
          : error;
      },
    );
    return metaPending;
  };

  const get = async (code: string): Promise<Region | undefined> => {
    if (!isRegionCode(code)) return undefined;
    await meta(); // a missing dataset is an error, not "no such region"
    const siblings = await load(parentCodeOf(code));
    return siblings?.find((region) => region.code === code);
  };

  return {
    meta,
    get,
    async children(parentCode) {
      if (parentCode === null) {
        await meta();
        return (await load(null)) ?? [];
      }
      const region = await get(parentCode);
      if (region === undefined) return undefined;
      return (await load(parentCode)) ?? [];
    },
    async descendants(code, level) {
      const region = await get(code);
      if (region === undefined) return undefined;
      // One level down per step, each parent's file in code order: the
      // concatenation stays in code order (codes extend their parent's).
      const steps = REGION_LEVELS.indexOf(level) - REGION_LEVELS.indexOf(region.level);
      let regions = [region];
      for (let step = 0; step < steps; step++) {
        const lists = await pMap(regions, (r) => load(r.code), { concurrency: FILES_AT_ONCE });
        regions = lists.flatMap((list) => list ?? []);
      }
      return steps > 0 ? regions : [];
    },
    async all() {
      await meta();
      const names = (await readdir(dir)).filter((n) => n.endsWith('.json') && n !== '_meta.json');
      const parents = names.map((n) => n.slice(0, -5)).map((n) => (n === 'provinces' ? null : n));
      // Shorter parent codes first, so parents come before their children.
      parents.sort(
        (a, b) => (a?.length ?? 0) - (b?.length ?? 0) || ((a ?? '') < (b ?? '') ? -1 : 1),
      );
      const lists = await pMap(parents, load, { concurrency: FILES_AT_ONCE });
      return lists.flatMap((list) => list ?? []);
    },
  };
}
