/**
 * `createServiceIndex()`: finds the right service from how citizens write
 * ("ktp", "bikin sim", "izin usaha", "lapor jalan rusak"). Words are weighted
 * by field (name > keywords > summary, sector, provider), understood through
 * a synonym and acronym table and a light Indonesian affix stripper, and
 * ranked by how many of them a service matches.
 */
import type { Audience, Service, ServiceStatus, ServiceType } from '../schemas/service.js';
import { typoBudget } from './edit-distance.js';
import { highlight } from './highlight.js';
import { buildIndex } from './inverted-index.js';
import { tagTerm, words } from './normalize.js';
import { createQuery } from './query.js';
import { SCALE } from './scoring.js';
import { checkItems, prepare } from './search-input.js';
import { SYNONYMS } from './synonyms.js';
import { lookTwice } from './top-k.js';
import type { Alternative, DocFields, SearchHit, Unit } from './types.js';

/**
 * Which services a search may return.
 *
 * @example
 * const filter: ServiceFilter = { audience: 'businesses', region: '32.73', status: ['active', 'pilot'] };
 * index.search('izin', { filter });
 */
export interface ServiceFilter {
  sector?: string | string[];
  audience?: Audience;
  /** Only services available in this regency (`32.73`). */
  region?: string;
  status?: ServiceStatus | ServiceStatus[];
  type?: ServiceType;
}

/**
 * Options of a service search.
 *
 * @example
 * const options: ServiceSearchOptions = { limit: 5, filter: { sector: 'health' } };
 * index.search('bpjs', options);
 */
export interface ServiceSearchOptions {
  /** Most hits returned. Default 10. */
  limit?: number;
  filter?: ServiceFilter;
}

/**
 * Options of {@link createServiceIndex}.
 *
 * @example
 * const options: ServiceIndexOptions = { synonyms: ['kir|uji kendaraan|sambara'] };
 * createServiceIndex(services, options).search('kir')[0]?.item.id; // 'sambara'
 */
export interface ServiceIndexOptions {
  /** More synonym groups, each `'a|b|c d'` (phrases allowed), added to the built-in table. */
  synonyms?: readonly string[];
}

/**
 * A search index over services, made by {@link createServiceIndex}. It is
 * immutable and synchronous: build it once, search on every keystroke.
 *
 * @example
 * const index: ServiceIndex = createServiceIndex(catalog.items);
 * index.search('lapor jalan rusak')[0]?.item.id; // 'sp4n-lapor'
 */
export interface ServiceIndex {
  /**
   * The services best matching `text`, best first; a service matching more
   * of the query's words (with a typo or without) always comes before one
   * matching fewer, and of those matching as many, one with fewer typos
   * first. Scores compare within one search only.
   *
   * @throws {SpbeInputError} when `text` is not a string or `limit` is not a
   * whole number from 1 to 1000.
   */
  search(text: string, options?: ServiceSearchOptions): SearchHit<Service>[];
}

// How much a word counts by the field it is in: the name, the keywords, the rest.
const NAME_WEIGHT = 3;
const KEYWORDS_WEIGHT = 2;
const REST_WEIGHT = 1;
// How good a match of a query word is by what matched: its synonym group, its
// stem (as typed: 1).
const QUALITY = { synonym: 0.9, stem: 0.85 } as const;
// Services in use rank above pilots and retired ones, other things equal.
const ACTIVE_BONUS = 0.3;
// Service queries are longer than place names: up to this many words count.
const MOST_WORDS = 12;
/**
 * Words people wrap around what they look for ("cara bikin ktp", "urus
 * skck", "ingin daftar prakerja"), as stems ("pendaftaran" is "daftar").
 * They are optional, so they neither gather services nor count as words
 * matched, and they weigh a tenth: they break ties ("cek bantuan" prefers Cek
 * Bansos, with "cek" in its name) but never outrank the word that names the
 * service. Listed: the ones a catalog may well contain ("bikin sim" is a
 * keyword); words it has nowhere ("gimana", "how to") match nothing anyway.
 */
const FILLERS = new Set(
  'bikin buat cek urus cara daftar online cari ingin di ke dan yang untuk'.split(' '),
);
const FILLER_WEIGHT = 0.1;
/** The shortest part of a word run together from two ("bpjs|kes"). */
const SHORTEST_PART = 3;

const STEM = /^(?:pe[mnr]?g?y?|me[mn]?g?y?|ber|ter|di|ke)?(.{3,}?)(?:kan|an|nya)?$/;

/**
 * A light Indonesian stem: one common prefix (pe-, pen-, peng-, per-, me-,
 * ber-, ter-, di-, ke-…) and one suffix (-kan, -an, -nya) off, keeping at
 * least three letters: "perizinan" → "izin", "pengaduan" → "adu".
 *
 * @example
 * stem('pendaftaran'); // 'daftar'
 */
export function stem(word: string): string {
  return STEM.exec(word)?.[1] ?? word;
}

/**
 * Whether a service passes a filter: each given field must match (a list of
 * values admits any of them); `region` admits services available there.
 *
 * @example
 * catalog.items.filter((s) => matchesFilter(s, { audience: 'businesses', region: '32.73' }));
 */
export function matchesFilter(service: Service, filter: ServiceFilter): boolean {
  // Whether the wanted value (or any of a list) is the service's (or among its list).
  const admits = (wanted: unknown, value: unknown) =>
    wanted === undefined || [wanted].flat().some((w) => [value].flat().includes(w));
  return (
    admits(filter.sector, service.sector) &&
    admits(filter.status, service.status) &&
    admits(filter.type, service.type) &&
    admits(filter.audience, service.audiences) &&
    (service.availability === 'all' || admits(filter.region, service.availability))
  );
}

/**
 * Builds a search index over services.
 *
 * @example
 * import { createServiceIndex } from '@spbe/sdk/search';
 *
 * const index = createServiceIndex((await spbe.catalog()).items);
 * index.search('bikin sim')[0].item.name;
 * index.search('izin usaha', { filter: { audience: 'businesses', region: '32.73' } });
 */
export function createServiceIndex(
  services: readonly Service[],
  options: ServiceIndexOptions = {},
): ServiceIndex {
  checkItems('services', services);
  const groups = [...SYNONYMS, ...(options.synonyms ?? [])].map((g) =>
    g.split('|').map((m) => words(m).join(' ')),
  );
  const groupOf = new Map<string, number>();
  for (const [i, members] of groups.entries()) for (const m of members) groupOf.set(m, i);
  const phrases = [...groupOf].filter(([m]) => m.includes(' '));

  // Stems repeat across thousands of summaries: work each out once.
  const stems: Record<string, string> = Object.create(null);
  const stemOf = (w: string) => (stems[w] ??= stem(w));
  // Each field's words, their stems and the synonym groups it mentions.
  const docs: DocFields[] = services.map((s) =>
    (
      [
        [s.name, NAME_WEIGHT],
        // words() splits at hyphens and drops commas: the sector's hyphens need no
        // spaces, and a comma between keywords would not keep a phrase from spanning two.
        [s.keywords.join(' '), KEYWORDS_WEIGHT],
        [`${s.sector} ${s.provider.name} ${s.summary}`, REST_WEIGHT],
      ] as const
    ).map(([text, weight]) => {
      const own = words(text);
      const all = [...own];
      for (const w of own) {
        const stemmed = stemOf(w);
        if (stemmed !== w) all.push(stemmed);
        const group = groupOf.get(w);
        if (group !== undefined) all.push(tagTerm(group));
      }
      // Synonym phrases ("izin usaha") by search in the field's folded text.
      const joined = ` ${own.join(' ')} `;
      for (const [phrase, group] of phrases)
        if (joined.includes(` ${phrase} `)) all.push(tagTerm(group));
      return [all, weight];
    }),
  );
  const query = createQuery(buildIndex(docs), 'or', undefined, NAME_WEIGHT);

  /**
   * A query word as the index's words: itself when the index has it (the
   * last word, being typed, also when a term starts with it); else, when it
   * runs two such words together ("izinusaha", "bpjskes" as it is typed),
   * those two, the longest first part first (`at` is where the second
   * starts); else itself (a typo, say). The index has every stem of its
   * words, so "izin" is there even where only "perizinan" is written.
   */
  const split = (word: string, last: boolean, at = word.length - SHORTEST_PART): string[] =>
    query.has(word, last) || at < SHORTEST_PART
      ? [word]
      : query.has(word.slice(0, at), false) && query.has(word.slice(at), last)
        ? [word.slice(0, at), word.slice(at)]
        : split(word, last, at - 1);

  /**
   * Query words → units: each word as typed (the last one also as a prefix),
   * its stem, and its synonym group. (A document mentioning any member of a
   * group, phrases included, carries the group's term.) Fillers are optional
   * and light. Words run together count as the words they join.
   */
  const unitsOf = (typed: string[]): Unit[] => {
    const queryWords = typed.flatMap((word, i) => split(word, i === typed.length - 1));
    return queryWords.map((word, i) => {
      const group = groupOf.get(word);
      const filler = FILLERS.has(stem(word));
      const weight = filler ? FILLER_WEIGHT : 1;
      return [
        word,
        [
          [word, weight],
          [stem(word), QUALITY.stem * weight],
          ...(group === undefined
            ? []
            : [[tagTerm(group), QUALITY.synonym * weight] as Alternative]),
        ],
        i === queryWords.length - 1,
        filler,
        typoBudget(word),
      ];
    });
  };

  return {
    search(text, options = {}) {
      const [limit, queryWords] = prepare(text, options.limit, MOST_WORDS);
      // A last word of one letter ("bikin s") narrows nothing yet: wait for the next.
      const units = unitsOf(
        queryWords.length > 1 && queryWords.at(-1)?.length === 1
          ? queryWords.slice(0, -1)
          : queryWords,
      );
      const filter = options.filter ?? {};
      const keep = (doc: number) => matchesFilter(services[doc]!, filter);
      const bonus = (doc: number) => (services[doc]!.status === 'active' ? ACTIVE_BONUS : 0);
      const required = units.filter(([, , , filler]) => !filler).length;
      return lookTwice(
        limit,
        (fuzzy, top) => {
          let complete = false;
          const [only] = units;
          if (only && units.length === 1) {
            complete =
              query.single(
                only,
                fuzzy,
                keep,
                top,
                (doc, value, typo) => (typo ? 0 : SCALE.tier) + value + bonus(doc),
                // value ≤ quality × the name's weight, the heaviest; the bonus on top.
                ACTIVE_BONUS,
              ) > 0;
          } else {
            query.run(units, fuzzy, keep, (doc, score, exact, typos) => {
              if (exact === required) complete = true;
              // More words matched first ("bpjs ketenegakerjan": both words,
              // one with typos, before "bpjs" alone), then more of them
              // without a typo, then the weighted sum.
              top.offer(
                doc,
                ((exact + typos) * SCALE.tier + exact) * SCALE.tier + score + bonus(doc),
              );
            });
          }
          // Nothing matches every word as written: look again allowing typos
          // (the same again when no word is long enough for one).
          return !complete;
        },
        (doc, score) => {
          const item = services[doc]!;
          return { item, score, ranges: highlight(item.name, units) };
        },
      );
    },
  };
}
