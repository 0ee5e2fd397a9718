/**
 * What the service finder shows for a query and filters, worked out apart
 * from the element: the start view (no query), the hits of a search, and the
 * help when nothing matches. Everything here is per catalog and memoised by
 * the caller, so a keystroke costs one search.
 */
import type { Audience, Service, ServiceStatus } from '@spbe/sdk';
import {
  createServiceIndex,
  editDistance,
  matchesFilter,
  type ServiceFilter,
  type ServiceIndex,
} from '@spbe/sdk/search';

/** The catalog as the finder uses it: the services by name, their index and their sectors. */
export interface Catalogue {
  /** Every service, in name order. */
  services: readonly Service[];
  index: ServiceIndex;
  /** Every sector slug the catalog uses. */
  sectors: readonly string[];
  /** The words of the names and keywords by length, each with how often it appears (for spelling suggestions). */
  vocabulary: Map<number, Map<string, number>>;
  /** Start views already worked out, by sector, audience and region (they do not depend on the query). */
  starts: Map<string, Outcome>;
}

/** What the person asked for. Empty strings are "no filter". */
export interface Criteria {
  query: string;
  sector: string;
  audience: string;
  /** A regency code, or `''`. */
  region: string;
}

export interface Hit {
  service: Service;
  /** `[start, end)` offsets into the name to highlight. */
  ranges: readonly (readonly [number, number])[];
}

/** One sector of the start view: its best services for the region, and how many it has. */
export interface Group {
  sector: string;
  hits: Hit[];
  count: number;
}

export type Outcome =
  | { kind: 'start'; groups: Group[]; total: number }
  | { kind: 'list'; hits: Hit[]; total: number; more: boolean };

/** Most hits a query lists (and pages through); a query finding more says "more than". */
export const MOST = 100;
/** Services shown per sector in the start view. */
export const PER_GROUP = 3;

/** Services that stopped are found by name, never offered unasked. */
const OFFERED: ServiceStatus[] = ['active', 'pilot'];

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/** Builds what the finder needs from the catalog's services (once per catalog). */
export function catalogue(items: readonly Service[]): Catalogue {
  const services = [...items].sort(
    (a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
  );
  return {
    services,
    index: createServiceIndex(items),
    sectors: [...new Set(items.map((s) => s.sector))],
    starts: new Map(),
    // Made now, with the index (about a tenth of its time), not on the first
    // keystroke that finds nothing.
    vocabulary: vocabulary(services),
  };
}

const filterOf = (c: Criteria, status?: ServiceStatus[]): ServiceFilter => ({
  sector: c.sector || undefined,
  audience: (c.audience || undefined) as Audience | undefined,
  region: c.region || undefined,
  status,
});

/**
 * Whether `text` is a query: two letters or digits at least. One letter
 * narrows nothing (it begins most words of the catalog) and would cost the
 * most of any keystroke: the start view stays until the second.
 */
export const isQuery = (text: string): boolean => (text.match(WORDS)?.join('').length ?? 0) > 1;

/**
 * How close a service is to the person, smaller first: the regency's own
 * services, then the province's, the nation's, and another regency's shared
 * with it; a service in use before a pilot.
 */
function closeness(s: Service, region: string): number {
  const { level, regionCode } = s.provider;
  const where =
    level === 'regency'
      ? region && regionCode === region
        ? 0
        : 3
      : level === 'provincial'
        ? 1
        : 2;
  return where * 2 + (s.status === 'active' ? 0 : 1);
}

/** `services` ordered by closeness, name order kept within each step (a stable bucket sort). */
function byCloseness(services: readonly Service[], region: string): Service[] {
  const buckets: Service[][] = Array.from({ length: 8 }, () => []);
  for (const s of services) buckets[closeness(s, region)]?.push(s);
  return buckets.flat();
}

const plain = (service: Service): Hit => ({ service, ranges: [] });

/** What to show for `c`: the hits of its query (the best {@link MOST}), or the start view. */
export function outcome(cat: Catalogue, c: Criteria): Outcome {
  const query = c.query.trim();
  if (isQuery(query)) {
    // Every status: a retired service is found by name (and says it is retired).
    const hits = cat.index.search(query, { limit: MOST + 1, filter: filterOf(c) });
    const more = hits.length > MOST;
    return {
      kind: 'list',
      hits: hits.slice(0, MOST).map((h) => ({ service: h.item, ranges: h.ranges })),
      total: Math.min(hits.length, MOST),
      more,
    };
  }
  const key = `${c.sector}|${c.audience}|${c.region}`;
  let start = cat.starts.get(key);
  if (!start) {
    if (cat.starts.size > 32) cat.starts.clear();
    start = startView(cat, c);
    cat.starts.set(key, start);
  }
  return start;
}

/** The view without a query: the closest services, grouped by sector unless one sector is chosen. */
function startView(cat: Catalogue, c: Criteria): Outcome {
  const filter = filterOf(c, OFFERED);
  const offered = byCloseness(
    cat.services.filter((s) => matchesFilter(s, filter)),
    c.region,
  );
  if (c.sector)
    return { kind: 'list', hits: offered.map(plain), total: offered.length, more: false };
  // No query and no sector: each sector's closest services, the sectors with
  // the closest services (then the most) first.
  const groups = new Map<string, Group & { best: number }>();
  for (const s of offered) {
    let group = groups.get(s.sector);
    if (!group) {
      group = { sector: s.sector, hits: [], count: 0, best: closeness(s, c.region) };
      groups.set(s.sector, group);
    }
    group.count++;
    if (group.hits.length < PER_GROUP) group.hits.push(plain(s));
  }
  const ordered = [...groups.values()]
    .sort((a, b) => a.best - b.best || b.count - a.count || (a.sector < b.sector ? -1 : 1))
    .map(({ sector, hits, count }) => ({ sector, hits, count }));
  return { kind: 'start', groups: ordered, total: offered.length };
}

/** How many services the query finds with other criteria (the no-results help), at most {@link MOST}. */
export function countWith(cat: Catalogue, c: Criteria): number {
  const found = isQuery(c.query) ? outcome(cat, c) : undefined;
  return found?.kind === 'list' ? found.total : 0;
}

/** What the no-results help offers: a nearby spelling, and how many services the filters hide. */
export interface Help {
  suggested: string | undefined;
  unfiltered: number;
}

/** The no-results help for `c` (a query that found nothing). */
export function help(cat: Catalogue, c: Criteria): Help {
  return {
    suggested: suggestion(cat, c),
    unfiltered: c.sector || c.audience ? countWith(cat, { ...c, sector: '', audience: '' }) : 0,
  };
}

/** A word as spelling suggestions compare it: lower case, without accents. */
const fold = (word: string) =>
  word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
const WORDS = /[\p{L}\p{N}]+/gu;

/** The words of the services' names and keywords by length, each with how often it appears. */
function vocabulary(services: readonly Service[]): Map<number, Map<string, number>> {
  const byLength = new Map<number, Map<string, number>>();
  for (const s of services) {
    for (const [word] of fold(`${s.name} ${s.keywords.join(' ')}`).matchAll(WORDS)) {
      const counts = byLength.get(word.length) ?? new Map<string, number>();
      byLength.set(word.length, counts);
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return byLength;
}

/**
 * A nearby spelling of the query that finds something under the same
 * criteria: each word the catalog's names and keywords lack replaced by the
 * closest one they have (a third of its letters may differ, at least one;
 * among equals, the most common). Undefined when there is none.
 */
export function suggestion(cat: Catalogue, c: Criteria): string | undefined {
  const words = cat.vocabulary;
  let changed = false;
  const typed = [...fold(c.query).matchAll(WORDS)].map(([word]) => {
    if (words.get(word.length)?.has(word) || word.length < 3) return word;
    const max = Math.max(1, Math.floor(word.length / 3));
    let best = word;
    let bestDistance = max + 1;
    let bestCount = 0;
    // Only words whose length is within reach can be close enough.
    for (let length = word.length - max; length <= word.length + max; length++) {
      for (const [candidate, count] of words.get(length) ?? []) {
        const d = editDistance(word, candidate, max);
        if (d < bestDistance || (d === bestDistance && count > bestCount)) {
          best = candidate;
          bestDistance = d;
          bestCount = count;
        }
      }
    }
    if (best !== word) changed = true;
    return best;
  });
  const query = typed.join(' ');
  return changed && countWith(cat, { ...c, query }) > 0 ? query : undefined;
}
