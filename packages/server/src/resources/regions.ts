/**
 * `/v1/regions`, `/v1/regions/:code`, `/v1/regions/:code/children` and
 * `/v1/regions/:code/descendants`: the Kemendagri region tree. A code that
 * does not exist gets a 404 pointing one level up, where the codes that do
 * exist are listed.
 */
import {
  DescendantsQuerySchema,
  descendantLevelIssue,
  parentCodeOf,
  type Region,
  RegionCodeSchema,
} from '@spbe/sdk';
import type { Dataset } from '../dataset.js';
import { remember } from '../http/answers.js';
import { invalidParameters, notFound, quote } from '../http/problem.js';
import { checkPathParam, parseQuery } from '../http/query.js';
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
    listRegionDescendants: (c, url) => {
      const code = c.req.param('code') ?? '';
      checkPathParam('code', code, RegionCodeSchema);
      const { level } = parseQuery(url, DescendantsQuerySchema);
      const issue = descendantLevelIssue(code, level);
      if (issue) throw invalidParameters([{ path: 'query.level', message: issue }]);
      return remember(answers.descendants, `${code} ${level}`, async () => {
        await findRegion(dataset, code);
        const regions = (await dataset.regions.descendants(code, level)) ?? [];
        // Two columns (see DescendantsSchema): a third of the bytes of Region objects.
        return Representation.json(
          { level, codes: regions.map((r) => r.code), names: regions.map((r) => r.name) },
          CACHE.regions,
          false,
        );
      });
    },
  };
}
