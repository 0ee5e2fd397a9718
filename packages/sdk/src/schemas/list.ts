import * as z from 'zod/mini';

/**
 * Largest `pageSize` the API accepts.
 *
 * @example
 * await spbe.services.list({ pageSize: MAX_PAGE_SIZE });
 */
export const MAX_PAGE_SIZE = 100;
/**
 * `pageSize` when none is given.
 *
 * @example
 * const page = await spbe.services.list(); // page.pageSize === DEFAULT_PAGE_SIZE
 */
export const DEFAULT_PAGE_SIZE = 20;

const count = z.int().check(z.gte(0, 'must be 0 or more'));

/**
 * The list envelope `{ items, total, page, pageSize }` around any item schema.
 * `page` counts from 1; `total` counts all matches, not just this page.
 *
 * @example
 * const ServicePageSchema = listOf(ServiceSchema);
 */
export function listOf<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    total: count,
    page: z.int().check(z.gte(1, 'must be 1 or more')),
    pageSize: z
      .int()
      .check(
        z.gte(1, 'must be 1 or more'),
        z.lte(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`),
      ),
  });
}

/**
 * A page of items as returned by the list endpoints.
 *
 * @example
 * const page: ListPage<Service> = await spbe.services.list({ q: 'ktp' });
 */
export interface ListPage<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
