/**
 * `/v1/regions/:code/agreements`, `/v1/agreements` and `/v1/programs`: the
 * cooperation agreements (PKS). Which agreement counts for a regency and
 * program, and its status, are the SDK's rules, applied on the Jakarta date.
 */
import { type Agreement, AgreementQuerySchema, jakartaDate, regencyStanding } from '@spbe/sdk';
import { remember } from '../http/answers.js';
import { invalidParameter } from '../http/problem.js';
import { parseQuery } from '../http/query.js';
import { Representation } from '../http/representation.js';
import { CACHE } from '../routes.js';
import type { HandlersOf, ResourceContext } from './handler.js';
import { page } from './page.js';
import { findRegion } from './regions.js';

// Listings: by regency, program, start date (agreements not yet dated last), then id.
const byRegionProgramStart = (a: Agreement, b: Agreement) =>
  a.regionCode.localeCompare(b.regionCode) ||
  a.program.localeCompare(b.program) ||
  (a.validFrom ?? '9999').localeCompare(b.validFrom ?? '9999') ||
  a.id.localeCompare(b.id);

export function agreementHandlers({
  dataset,
  now,
  answers,
}: ResourceContext): HandlersOf<'agreements'> {
  /** A regency's entry per program, in program order, "none" where there is no agreement. */
  const programIds = dataset.programs.map((p) => p.id);
  const standing = (code: string, at: Date) =>
    regencyStanding(dataset.agreements, programIds, code, at);

  return {
    listRegionAgreements: (c) => {
      const code = c.req.param('code') ?? '';
      const at = now();
      // Statuses change with the Jakarta date: it is part of the key.
      return remember(answers.statuses, `${jakartaDate(at)}|${code}`, async () => {
        const found = await findRegion(dataset, code);
        if (found.level !== 'regency') {
          throw invalidParameter(
            'code',
            code,
            'must be a regency (kabupaten/kota) code',
            `Agreements are kept per regency (kabupaten/kota), and ${code} is a ${found.level}. ${
              found.level === 'province'
                ? `Pick one of its regencies from /v1/regions/${code}/children, or see them all at /v1/regions/${code}/agreement-overview.`
                : `Use its regency, ${code.slice(0, 5)}.`
            }`,
          );
        }
        return Representation.json(standing(code, at), CACHE.statuses, false);
      });
    },
    getAgreementOverview: (c) => {
      const code = c.req.param('code') ?? '';
      const at = now();
      const date = jakartaDate(at);
      return remember(answers.statuses, `${date}|overview|${code}`, async () => {
        const found = await findRegion(dataset, code);
        if (found.level !== 'province') {
          throw invalidParameter(
            'code',
            code,
            'must be a province code',
            `The overview covers every regency (kabupaten/kota) of a province, and ${code} is a ${found.level}. ${
              found.level === 'regency'
                ? `Its own agreements are at /v1/regions/${code}/agreements; its province's overview is at /v1/regions/${code.slice(0, 2)}/agreement-overview.`
                : `Use its province, ${code.slice(0, 2)}.`
            }`,
          );
        }
        const regencies = (await dataset.regions.children(code)) ?? [];
        return Representation.json(
          {
            region: found,
            date,
            programs: dataset.programs,
            regencies: regencies.map((region) => ({
              region,
              agreements: standing(region.code, at),
            })),
          },
          CACHE.statuses,
          false,
        );
      });
    },
    listAgreements: (_c, url) =>
      remember(answers.search, `a${url.search}`, () => {
        const query = parseQuery(url, AgreementQuerySchema);
        const items = dataset.agreements
          .filter(
            (a) =>
              (query.region === undefined || a.regionCode === query.region) &&
              (query.program === undefined || a.program === query.program) &&
              (query.state === undefined || a.state === query.state),
          )
          .sort(byRegionProgramStart);
        return Representation.json(page(items, query), CACHE.statuses, false);
      }),
    listPrograms: () =>
      remember(answers.fixed, 'programs', () =>
        Representation.json(dataset.programs, CACHE.catalog),
      ),
  };
}
