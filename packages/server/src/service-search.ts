/**
 * Server-side service search for `GET /v1/services?q=`: every word of the
 * query must match the start of a word in the service's name, keywords,
 * summary, sector or provider, ignoring case, accents and punctuation. Name
 * hits weigh most. (The SDK's search index replaces this once it exists.)
 */
import type { Service } from '@spbe/sdk';

/** Lowercase, accents and punctuation folded to spaces. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const FIELDS: [weight: number, pick: (s: Service) => string][] = [
  [8, (s) => s.name],
  [4, (s) => s.keywords.join(' ')],
  [2, (s) => `${s.sector} ${s.provider.name}`],
  [1, (s) => s.summary],
];

interface Indexed {
  service: Service;
  fields: [number, string[]][];
}

/** Prepares the catalog once; `search` then only folds the query. */
export function createServiceMatcher(services: readonly Service[]) {
  const indexed: Indexed[] = services.map((service) => ({
    service,
    fields: FIELDS.map(([weight, pick]) => [weight, fold(pick(service)).split(' ')]),
  }));
  return {
    /** Matching services, best first; ties by name. Empty query: none. */
    search(query: string): Service[] {
      const words = fold(query.slice(0, 200)).split(' ').filter(Boolean).slice(0, 16);
      if (words.length === 0) return [];
      const hits: { service: Service; score: number }[] = [];
      for (const { service, fields } of indexed) {
        let score = 0;
        let all = true;
        for (const word of words) {
          let best = 0;
          for (const [weight, tokens] of fields) {
            for (const token of tokens) {
              if (token.startsWith(word))
                best = Math.max(best, token === word ? weight * 2 : weight);
            }
          }
          if (best === 0) {
            all = false;
            break;
          }
          score += best;
        }
        if (all) hits.push({ service, score });
      }
      hits.sort((a, b) => b.score - a.score || a.service.name.localeCompare(b.service.name, 'id'));
      return hits.map((h) => h.service);
    },
  };
}
