/**
 * `/v1/catalog`, `/v1/services` and `/v1/services/:id`: the service catalog.
 * The catalog and each service are sorted and serialised once; searches are
 * ranked by the SDK's service index, the one the elements use offline.
 */
import { type Service, ServiceQuerySchema, SlugSchema } from '@spbe/sdk';
import { createServiceIndex, matchesFilter } from '@spbe/sdk/search';
import { remember } from '../http/answers.js';
import { notFound, quote } from '../http/problem.js';
import { checkPathParam, parseQuery } from '../http/query.js';
import { Representation } from '../http/representation.js';
import { CACHE } from '../routes.js';
import type { HandlersOf, ResourceContext } from './handler.js';
import { page } from './page.js';

export function serviceHandlers({ dataset, answers }: ResourceContext): HandlersOf<'services'> {
  const searchIndex = createServiceIndex(dataset.services);
  const byName = (a: Service, b: Service) => a.name.localeCompare(b.name, 'id');
  const sortedServices = [...dataset.services].sort(byName);
  const servicesById = new Map(dataset.services.map((s) => [s.id, s]));

  return {
    getCatalog: () =>
      remember(answers.fixed, 'catalog', () => {
        const updatedAt =
          dataset.services
            .map((s) => s.updatedAt)
            .sort()
            .at(-1) ?? '1970-01-01';
        return Representation.json(
          { updatedAt, total: sortedServices.length, items: sortedServices },
          CACHE.catalog,
        );
      }),
    getService: async (c) => {
      const id = c.req.param('id') ?? '';
      checkPathParam('id', id, SlugSchema);
      const service = servicesById.get(id);
      if (service === undefined) {
        throw notFound(
          `No service has the id ${quote(id)}. Every service is listed at /v1/catalog.`,
        );
      }
      return remember(answers.fixed, `s:${id}`, () => Representation.json(service, CACHE.catalog));
    },
    listServices: (_c, url) =>
      remember(answers.search, `s${url.search}`, () => {
        const query = parseQuery(url, ServiceQuerySchema);
        const text = query.q?.trim() ?? '';
        // With text, the SDK's search index ranks (the whole catalog fits in
        // one search); without, every service that passes the filters, by name.
        const items =
          text === ''
            ? sortedServices.filter((s) => matchesFilter(s, query))
            : searchIndex.search(text, { limit: 1000, filter: query }).map((hit) => hit.item);
        return Representation.json(page(items, query), CACHE.search, false);
      }),
  };
}
