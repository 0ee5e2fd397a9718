import { DEFAULT_PAGE_SIZE } from '@spbe/sdk';

/** What a paged listing reads from its query; the schemas have checked the ranges. */
export interface PageQuery {
  page?: number | undefined;
  pageSize?: number | undefined;
}

/**
 * One page of `items`: pages count from 1, a page past the end is empty (not
 * an error), and `total` counts every item so that a client can page on.
 */
export function page<T>(items: readonly T[], query: PageQuery) {
  const pageNumber = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const start = (pageNumber - 1) * pageSize;
  return {
    items: items.slice(start, start + pageSize),
    total: items.length,
    page: pageNumber,
    pageSize,
  };
}
