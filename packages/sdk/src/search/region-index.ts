/**
 * `createRegionIndex()`: finds any of Indonesia's ~91,600 regions as fast as
 * a person types. Every word must match (as a whole word, a prefix or with a
 * typo); administrative words (kab, kota, kec, kel, desa…) steer towards that
 * level instead of being required; higher levels outrank same-named lower ones.
 */
import { SpbeInputError } from '../errors/spbe-input-error.js';
import { isRegionCode, type RegionLevel } from '../region-code.js';
import type { Region } from '../schemas/region.js';
import {
  createEngine,
  type DocFields,
  highlight,
  type SearchHit,
  TopK,
  type Unit,
} from './engine.js';
import { words } from './normalize.js';
import { checkItems, prepare } from './search-input.js';

/** Options of a region search. */
export interface RegionSearchOptions {
  /** Most hits returned. Default 10. */
  limit?: number;
  /** Only regions of this level (or these levels). */
  level?: RegionLevel | RegionLevel[];
  /** Only regions under this one (its code, e.g. `32` for West Java). */
  parent?: string;
}

/** A region hit, with the regions above it (nearest first) for labels such as "Cibiru, Kota Bandung". */
export interface RegionHit extends SearchHit<Region> {
  parents: Region[];
}

type Hint = [level: RegionLevel, kind?: string];

// What administrative words in a query ask for: a level, and maybe a kind.
const ADMIN: Record<string, Hint> = {};
for (const entry of 'prov provinsi:province;kab kabupaten:regency kabupaten;kota:regency kota;kec kecamatan:district;kel kelurahan:village kelurahan;ds desa:village desa'.split(
  ';',
)) {
  const [names, hint] = entry.split(':') as [string, string];
  for (const name of names.split(' ')) ADMIN[name] = hint.split(' ') as Hint;
}

// Words in names that say what a region is rather than which one.
const NAME_AFFIXES = new Set(['kabupaten', 'kota', 'administrasi', 'adm', 'provinsi']);
const LEVEL_BONUS: Record<RegionLevel, number> = {
  province: 0.5,
  regency: 0.4,
  district: 0.2,
  village: 0,
};

/**
 * Builds a search index over regions (all levels; parents present in the list
 * let hits carry them and let a query name them: "cibiru bandung").
 *
 * @example
 * import { createRegionIndex } from '@spbe/sdk/search';
 *
 * const index = createRegionIndex(regions);
 * index.search('kab bogor')[0].item.name; // 'Kabupaten Bogor'
 * index.search('tasikmlaya').map((h) => h.item.name); // both Tasikmalaya regencies, despite the typo
 * index.search('cibiru', { level: 'district', parent: '32' });
 */
export function createRegionIndex(regions: readonly Region[]) {
  checkItems('regions', regions);
  const indexOf = new Map<string, number>();
  const core = new Uint8Array(regions.length);
  const levelBonus = Float64Array.from(regions, (r) => LEVEL_BONUS[r.level] ?? 0);
  const docs: DocFields[] = regions.map((region, i) => {
    indexOf.set(region.code, i);
    const own = words(region.name);
    core[i] = Math.max(1, own.filter((w) => !NAME_AFFIXES.has(w)).length);
    return [[own, 1]];
  });
  // Each region's parent (as an index), so a query may name it: "cibiru bandung".
  const parents = Int32Array.from(regions, (r) => indexOf.get(r.parentCode as string) ?? -1);
  const engine = createEngine(docs, 'and', parents, levelBonus);

  return {
    /**
     * The best matches for `text`, best first. Any string is accepted: empty,
     * huge or symbol-only text gives no hits rather than an error.
     */
    search(text: string, options: RegionSearchOptions = {}): RegionHit[] {
      const [limit, queryWords] = prepare(text, options.limit);
      const levels = options.level === undefined ? undefined : [options.level].flat();
      const parent = options.parent;
      if (parent !== undefined && !isRegionCode(parent)) {
        throw new SpbeInputError(
          'options.parent',
          'must be a Kemendagri region code such as 32, 32.73, 32.73.01 or 32.73.01.1001',
        );
      }
      const hints = queryWords.map((w) => ADMIN[w]);
      const someNotAdmin = hints.some((h) => h === undefined);
      const units: Unit[] = queryWords.map((word, i) => ({
        word,
        prefix: true,
        optional: someNotAdmin && hints[i] !== undefined,
        alternatives: [{ term: word, quality: 1 }],
      }));
      const keep = (doc: number) => {
        const region = regions[doc]!;
        return (
          (!levels || levels.includes(region.level)) &&
          (!parent || region.code.startsWith(`${parent}.`))
        );
      };
      const hintBonus = (doc: number) => {
        let bonus = 0;
        for (const hint of hints) {
          const region = regions[doc]!;
          if (
            hint &&
            hint[0] === region.level &&
            (hint[1] === undefined || hint[1] === region.kind)
          )
            bonus += 0.6;
        }
        return bonus;
      };
      const search = (fuzzy: boolean) => {
        const top = new TopK(limit);
        const rank = (doc: number, value: number, typo: number) =>
          (typo ? 0 : 1000) + value + levelBonus[doc]! + hintBonus(doc);
        // One word that must match (beside administrative words, which count
        // through their hints): the fast path.
        const required = units.filter((u) => !u.optional);
        if (required.length === 1) {
          const ceiling = 0.3 + 0.6 * hints.filter(Boolean).length;
          const count = engine.single(
            required[0]!,
            fuzzy,
            keep,
            top,
            (doc, value, typo) => rank(doc, value, typo) + 0.3 / core[doc]!,
            ceiling,
          );
          return { top, count };
        }
        let count = 0;
        engine.run(units, fuzzy, keep, (doc, score, _exact, typos, inName) => {
          count++;
          top.offer(
            doc,
            rank(doc, score, typos) + (0.3 * Math.min(inName, core[doc]!)) / core[doc]!,
          );
        });
        return { top, count };
      };
      let { top, count } = search(false);
      // Too few without typos: look again allowing them (typo hits rank below the others).
      if (count < limit && units.some((u) => !u.optional && u.word.length >= 5))
        ({ top } = search(true));
      return top.items.map((doc, i) => {
        const item = regions[doc]!;
        const above: Region[] = [];
        for (let p = parents[doc]!; p >= 0; p = parents[p]!) above.push(regions[p]!);
        return { item, score: top.ranks[i]!, ranges: highlight(item.name, units), parents: above };
      });
    },
  };
}

/** An index made by {@link createRegionIndex}. */
export type RegionIndex = ReturnType<typeof createRegionIndex>;
