/**
 * `createRegionIndex()`: finds any of Indonesia's ~91,600 regions as fast as
 * a person types. Every word must match (as a whole word, a prefix, an
 * abbreviation of a province's or regency's name, or with a typo), or, when
 * too few regions match them all, as many words as may; administrative words
 * (kab, kota, kec, kel, desa…) steer towards that level instead of being
 * required; higher levels outrank lower ones that match about as well.
 */
import { SpbeInputError } from '../errors/spbe-input-error.js';
import {
  isRegionCode,
  NOT_A_REGION_CODE,
  REGION_LEVELS,
  type RegionLevel,
} from '../region-code.js';
import type { Region } from '../schemas/region.js';
import { abbreviates } from './abbreviation.js';
import { typoBudget } from './edit-distance.js';
import { highlight } from './highlight.js';
import { buildIndex } from './inverted-index.js';
import { tagTerm, words } from './normalize.js';
import { createQuery } from './query.js';
import { SCALE } from './scoring.js';
import { checkItems, prepare } from './search-input.js';
import { lookTwice } from './top-k.js';
import type { Alternative, DocFields, SearchHit, Unit } from './types.js';

/**
 * Options of a region search.
 *
 * @example
 * const options: RegionSearchOptions = { level: ['district', 'village'], parent: '32.73', limit: 20 };
 * index.search('suka', options);
 */
export interface RegionSearchOptions {
  /** Most hits returned. Default 10. */
  limit?: number;
  /** Only regions of this level (or these levels). */
  level?: RegionLevel | RegionLevel[];
  /** Only regions under this one (its code, e.g. `32` for West Java). */
  parent?: string;
}

/**
 * A region hit, with the regions above it (nearest first) for labels such as
 * "Cibiru, Kota Bandung".
 *
 * @example
 * const [hit]: RegionHit[] = index.search('cibiru', { level: 'district' });
 * [hit?.item.name, ...(hit?.parents ?? []).map((p) => p.name)].join(', '); // 'Cibiru, Kota Bandung, Jawa Barat'
 */
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

/**
 * What a region's rank gains for each level below it (a village none, a
 * province three): more than a whole word outscores a prefix and a full name
 * a half-covered one, for people mean the city far more often than a
 * same-named village. "tasik" gives both Tasikmalaya regencies before the
 * district Tasik Payawan, "bekas" Bekasi before Bekasijaya.
 */
const LEVEL_STEP = 0.5;
/** A city (kota) comes before a regency (kabupaten) that matches as well: people mean it more often. */
const CITY_BONUS = 0.01;

/**
 * `hint`: added for each administrative word whose level (and kind) a region
 * has; more than any levels apart ("desa bogor" is the village, not the
 * city). `cover`: up to this for covering the name's own words ("bogor"
 * prefers "Kota Bogor" to "Bogor Tengah").
 */
const BONUS = { hint: 2, cover: 0.3 } as const;
/** What a query word is worth read with "y" for its "j"s (see below). */
const OLD_J_QUALITY = 0.9;
/**
 * Place names often differ by two letters (Sukasari, Sukajadi, Sukamaju): a
 * second typo only from this many letters, one more than services allow.
 */
const TWO_TYPOS_FROM = 9;
/**
 * What an abbreviation match is worth: below any prefix (0.5), and `first`
 * more when it starts at the name's first word, as most do (less the later it
 * starts: "hst" is Hulu Sungai Tengah before HaSundutan). Only words this
 * long or longer are tried as abbreviations.
 */
const ABBREVIATION = { quality: 0.1, first: 0.2, shortest: 3 } as const;

/**
 * A search index over regions, made by {@link createRegionIndex}. It is
 * immutable and synchronous: build it once, search on every keystroke.
 *
 * @example
 * const index: RegionIndex = createRegionIndex(regions);
 * index.search('kota tasik')[0]?.item.code; // '32.78'
 */
export interface RegionIndex {
  /**
   * The best matches for `text`, best first. Any string is accepted: empty,
   * huge or symbol-only text gives no hits rather than an error.
   *
   * @throws {SpbeInputError} when `text` is not a string, `limit` is not a
   * whole number from 1 to 1000 or `parent` is not a region code.
   */
  search(text: string, options?: RegionSearchOptions): RegionHit[];
}

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
 * index.search('jabar')[0].item.name; // 'Jawa Barat'; also "Jaksel", "NTT", "Kab. Bdg", "Sby"
 * index.search('cibiru', { level: 'district', parent: '32' });
 */
export function createRegionIndex(regions: readonly Region[]): RegionIndex {
  checkItems('regions', regions);
  const indexOf = new Map<string, number>();
  const core = new Uint8Array(regions.length);
  const levelBonus = new Float64Array(regions.length);
  // What an abbreviation may stand for: provinces and regencies, with their
  // names' own words, by the first letter of each word, where one may begin.
  const abbreviated: Record<string, [doc: number, words: string[], from: number][]> = {};
  const startingWith = (letter: string) => (abbreviated[letter] ??= []);
  const docs: DocFields[] = regions.map((region, i) => {
    indexOf.set(region.code, i);
    const below = REGION_LEVELS.length - 1 - REGION_LEVELS.indexOf(region.level);
    levelBonus[i] = LEVEL_STEP * below + (region.kind === 'kota' ? CITY_BONUS : 0);
    const own = words(region.name);
    // The name's own words, without those that say what a region is rather
    // than which one: administrative words, and "Administrasi" (Jakarta's cities).
    const named = own.filter((w) => !ADMIN[w] && !w.startsWith('adm'));
    core[i] = Math.max(1, named.length);
    if (below > 1) {
      for (const [j, w] of named.entries()) startingWith(w.charAt(0)).push([i, named, j]);
      own.push(tagTerm(i));
    }
    return [[own, 1]];
  });
  // Each region's parent (as an index), so a query may name it: "cibiru bandung".
  const parents = Int32Array.from(regions, (r) => indexOf.get(r.parentCode as string) ?? -1);
  const query = createQuery(buildIndex(docs, levelBonus), 'and', parents);

  return {
    search(text, options = {}) {
      const [limit, queryWords] = prepare(text, options.limit);
      const levels = options.level && [options.level].flat();
      const parent = options.parent;
      if (parent !== undefined && !isRegionCode(parent)) {
        throw new SpbeInputError('options.parent', NOT_A_REGION_CODE);
      }
      const hints = queryWords.map((w) => ADMIN[w]);
      const someNotAdmin = hints.some((h) => !h);
      const units: Unit[] = queryWords.map((word, i) => {
        const alternatives: Alternative[] = [[word, 1]];
        // Before 1972 a "j" was often written for today's "y" ("Jogjakarta",
        // "Soerabaja", "Bojolali"): such a word may also mean that, a little less.
        const y = word.replaceAll('j', 'y');
        if (y !== word) alternatives.push([y, OLD_J_QUALITY]);
        if (!hints[i] && word.length >= ABBREVIATION.shortest) {
          for (const [doc, named, from] of abbreviated[word.charAt(0)] ?? []) {
            if (abbreviates(word, named, from))
              alternatives.push([
                tagTerm(doc),
                ABBREVIATION.quality + ABBREVIATION.first / (from + 1),
              ]);
          }
        }
        return [
          word,
          alternatives,
          true,
          someNotAdmin && !!hints[i],
          typoBudget(word, TWO_TYPOS_FROM),
        ];
      });
      const keep = (doc: number) => {
        const region = regions[doc]!;
        return (
          (!levels || levels.includes(region.level)) &&
          (!parent || region.code.startsWith(`${parent}.`))
        );
      };
      const hintBonus = (doc: number) => {
        const region = regions[doc]!;
        let bonus = 0;
        for (const hint of hints) {
          if (hint && hint[0] === region.level && (hint[1] ?? region.kind) === region.kind)
            bonus += BONUS.hint;
        }
        return bonus;
      };
      const required = units.filter(([, , , optional]) => !optional);
      // `again`: the second look, allowing typos and regions that match only
      // some of the words; asked for when the first finds too few.
      return lookTwice(
        limit,
        (again, top) => {
          // Tiers: every word without a typo, every word (`typo` not 0: some
          // needed one), only some words (`partial`).
          const rank = (doc: number, value: number, typo: number, partial?: boolean) =>
            (partial ? 0 : typo ? SCALE.tier : 2 * SCALE.tier) +
            value +
            levelBonus[doc]! +
            hintBonus(doc);
          let count = 0;
          // One word that must match (beside administrative words, which count
          // through their hints): the fast path. A rank exceeds a term's tier,
          // quality and bonus by at most the upper tier, the cover and the hints.
          const [only] = required;
          if (only && required.length === 1) {
            count = query.single(
              only,
              again,
              keep,
              top,
              (doc, value, typo) => rank(doc, value, typo) + BONUS.cover / core[doc]!,
              SCALE.tier + BONUS.cover + BONUS.hint * hints.filter(Boolean).length,
            );
          } else {
            query.run(
              units,
              again,
              keep,
              (doc, score, _exact, typos, inName, partial) => {
                count++;
                const words = core[doc]!;
                top.offer(
                  doc,
                  rank(doc, score, typos, partial) +
                    (BONUS.cover * Math.min(inName, words)) / words,
                );
              },
              again,
            );
          }
          return count < limit;
        },
        (doc, score) => {
          const item = regions[doc]!;
          const above: Region[] = [];
          for (let p = parents[doc]!; p >= 0; p = parents[p]!) above.push(regions[p]!);
          return { item, score, ranges: highlight(item.name, units), parents: above };
        },
      );
    },
  };
}
