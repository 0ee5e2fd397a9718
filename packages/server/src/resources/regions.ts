/**
 * `/v1/regions`, `/v1/regions/:code` and `/v1/regions/:code/children`: the
 * Kemendagri region tree. A code that does not exist gets a 404 pointing one
 * level up, where the codes that do exist are listed.
 */
import { parentCodeOf, type Region, RegionCodeSchema } from '@spbe/sdk';
import type { Dataset } from '../dataset.js';
import { remember } from '../http/answers.js';
import { notFound, quote } from '../http/problem.js';
import { checkPathParam } from '../http/query.js';
import { Representation } from '../http/representation.js';
import { CACHE } from '../routes.js';
import type { HandlersOf, ResourceContext } from './handler.js';

/** The region with `code`, or a 400 (malformed code) or 404 (no such region). */
export async function findRegion(dataset: Dataset, code: string): Promise<Region> {
  checkPathParam('code', code, RegionCodeSchema);
  const found = await dataset.regions.get(code);
  if (found === undefined) {
    const parent = parentCodeOf(code);
    throw notFound(
      `No region has the code ${quote(code)}. ${parent ? `The codes under ${parent} are listed at /v1/regions/${parent}/children.` : 'The provinces are listed at /v1/regions.'}`,
    );
  }
  return found;
}

export function regionHandlers({ dataset, answers }: ResourceContext): HandlersOf<'regions'> {
  return {
    listProvinces: () =>
      remember(answers.fixed, 'provinces', async () =>
        Representation.json((await dataset.regions.children(null)) ?? [], CACHE.regions, false),
      ),
    getRegion: (c) => {
      const code = c.req.param('code') ?? '';
      return remember(answers.regions, `r:${code}`, async () =>
        Representation.json(await findRegion(dataset, code), CACHE.regions, false),
      );
    },
    listRegionChildren: (c) => {
      const code = c.req.param('code') ?? '';
      return remember(answers.regions, `c:${code}`, async () => {
        await findRegion(dataset, code);
        return Representation.json(
          (await dataset.regions.children(code)) ?? [],
          CACHE.regions,
          false,
        );
      });
    },
  };
}
