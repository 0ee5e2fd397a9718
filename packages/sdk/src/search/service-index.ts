/**
 * `createServiceIndex()`: finds the right service from how citizens write
 * ("ktp", "bikin sim", "izin usaha", "lapor jalan rusak"). Words are weighted
 * by field (name > keywords > summary, sector, provider), understood through
 * a synonym and acronym table and a light Indonesian affix stripper, and
 * ranked by how many of them a service matches.
 */
import type { Audience, Service, ServiceStatus, ServiceType } from '../schemas/service.js';
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
import { SYNONYMS } from './synonyms.js';

/** Which services a search may return. */
export interface ServiceFilter {
  sector?: string | string[];
  audience?: Audience;
  /** Only services available in this regency (`32.73`). */
  region?: string;
  status?: ServiceStatus | ServiceStatus[];
  type?: ServiceType;
}

/** Options of a service search. */
export interface ServiceSearchOptions {
  /** Most hits returned. Default 10. */
  limit?: number;
  filter?: ServiceFilter;
}

/** Options of {@link createServiceIndex}. */
export interface ServiceIndexOptions {
  /** More synonym groups, each `'a|b|c d'` (phrases allowed), added to the built-in table. */
  synonyms?: readonly string[];
}

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
  const admits = (wanted: unknown, value: string) =>
    wanted === undefined || [wanted].flat().includes(value);
  return (
    admits(filter.sector, service.sector) &&
    admits(filter.status, service.status) &&
    admits(filter.type, service.type) &&
    (filter.audience === undefined || service.audiences.includes(filter.audience)) &&
    (filter.region === undefined ||
      service.availability === 'all' ||
      service.availability.includes(filter.region))
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
) {
  checkItems('services', services);
  const groups = [...SYNONYMS, ...(options.synonyms ?? [])].map((g) =>
    g.split('|').map((m) => words(m).join(' ')),
  );
  const groupOf = new Map<string, number>();
  for (const [i, members] of groups.entries()) for (const m of members) groupOf.set(m, i);
  const phrases = [...groupOf].filter(([m]) => m.includes(' '));

  // Stems repeat across thousands of summaries: work each out once.
  const stems = new Map<string, string>();
  const stemOf = (w: string) => stems.get(w) ?? stems.set(w, stem(w)).get(w)!;
  // Name 3, keywords 2, the rest 1: each field's words, their stems and the
  // synonym groups it mentions.
  const docs: DocFields[] = services.map((s) =>
    (
      [
        [s.name, 3],
        [s.keywords.join(' , '), 2],
        [`${s.sector.replace(/-/g, ' ')} ${s.provider.name} ${s.summary}`, 1],
      ] as const
    ).map(([text, weight]) => {
      const own = words(text);
      const all = [...own];
      for (const w of own) {
        const stemmed = stemOf(w);
        if (stemmed !== w) all.push(stemmed);
        const group = groupOf.get(w);
        if (group !== undefined) all.push(`~${group}~`);
      }
      // Synonym phrases ("izin usaha") by search in the field's folded text.
      const joined = ` ${own.join(' ')} `;
      for (const [phrase, group] of phrases)
        if (joined.includes(` ${phrase} `)) all.push(`~${group}~`);
      return [all, weight];
    }),
  );
  const engine = createEngine(docs, 'or');

  /**
   * Query words → units: each word as typed (the last one also as a prefix),
   * its stem, and its synonym group. (A document mentioning any member of a
   * group, phrases included, carries the group's term.)
   */
  const unitsOf = (queryWords: string[]): Unit[] =>
    queryWords.map((word, i) => {
      const group = groupOf.get(word);
      return {
        word,
        prefix: i === queryWords.length - 1,
        alternatives: [
          { term: word, quality: 1 },
          { term: stem(word), quality: 0.85 },
          ...(group === undefined ? [] : [{ term: `~${group}~`, quality: 0.9 }]),
        ],
      };
    });

  return {
    /**
     * The services best matching `text`, best first; a service matching more
     * of the query's words always comes before one matching fewer, and typo
     * matches after exact ones.
     */
    search(text: string, options: ServiceSearchOptions = {}): SearchHit<Service>[] {
      const [limit, queryWords] = prepare(text, options.limit, 12);
      // A last word of one letter ("bikin s") narrows nothing yet: wait for the next.
      const units = unitsOf(
        queryWords.length > 1 && queryWords.at(-1)!.length === 1
          ? queryWords.slice(0, -1)
          : queryWords,
      );
      const filter = options.filter ?? {};
      const keep = (doc: number) => matchesFilter(services[doc]!, filter);
      // Services in use before pilots and retired ones, other things equal.
      const bonus = (doc: number) => (services[doc]!.status === 'active' ? 0.3 : 0);
      const search = (fuzzy: boolean) => {
        const top = new TopK(limit);
        let complete = false;
        if (units.length === 1) {
          complete =
            engine.single(
              units[0]!,
              fuzzy,
              keep,
              top,
              (doc, value, typo) => (typo ? 0 : 1000) + value + bonus(doc),
              // value ≤ quality × 3 (the name's weight) ≤ quality + 2, plus the bonus.
              2.3,
            ) > 0;
        } else {
          engine.run(units, fuzzy, keep, (doc, score, exact) => {
            if (exact === units.length) complete = true;
            // More words matched without typos first; then the weighted sum.
            top.offer(doc, exact * 1000 + score + bonus(doc));
          });
        }
        return { top, complete };
      };
      let { top, complete } = search(false);
      // Nothing matches every word as written: look again allowing typos.
      if (!complete && units.some((u) => u.word.length >= 5)) ({ top } = search(true));
      return top.items.map((doc, i) => {
        const item = services[doc]!;
        return { item, score: top.ranks[i]!, ranges: highlight(item.name, units) };
      });
    },
  };
}

/** An index made by {@link createServiceIndex}. */
export type ServiceIndex = ReturnType<typeof createServiceIndex>;
