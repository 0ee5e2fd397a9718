import * as z from 'zod/mini';
import { AGREEMENT_STATUSES } from '../status/agreement-status.js';
import { AgreementSchema } from './agreement.js';
import { IsoDateSchema, rule, SlugSchema, text } from './common.js';
import { listOf } from './list.js';
import { ProgramListSchema } from './program.js';
import { DescendantsQuerySchema } from './queries.js';
import { RegionCodeSchema, RegionSchema, regionRecord } from './region.js';
import { ServiceSchema } from './service.js';

/**
 * `GET /v1/regions/{code}/children`: the child regions, in code order.
 *
 * @example
 * const regencies = RegionListSchema.parse(body); // Region[]
 */
export const RegionListSchema = z.array(RegionSchema);

/**
 * `GET /v1/regions/{code}/descendants?level=`: every region of one level
 * under a region, in code order, as two columns: `codes[i]` is named
 * `names[i]`. Every code is of `level`; each region's `parentCode` and `kind`
 * follow from its code ({@link regionRecord}), so they are not sent. West
 * Java's 5,957 villages take 169 KB this way instead of 601 KB as `Region`
 * objects, 39 KB instead of 54 KB gzipped.
 *
 * @example
 * const { level, codes, names } = DescendantsSchema.parse(body);
 */
export const DescendantsSchema = z
  .object({
    level: DescendantsQuerySchema.shape.level,
    codes: z.array(RegionCodeSchema),
    names: z.array(text(120)),
  })
  .check(
    rule((table) => table.codes.length === table.names.length, 'must hold one name per code', [
      'names',
    ]),
  );

/**
 * One program's standing for a regency, as `GET /v1/regions/{code}/agreements`
 * returns it: the agreement that currently matters (or `null`), its derived
 * `status` on the server's Jakarta date, and `daysLeft` until `validUntil`.
 *
 * @example
 * RegionAgreementSchema.parse({ program: 'saber-hoaks', status: 'none', agreement: null, daysLeft: null });
 */
export const RegionAgreementSchema = z.object({
  program: SlugSchema,
  status: z.enum(AGREEMENT_STATUSES),
  agreement: z.nullable(AgreementSchema),
  daysLeft: z.nullable(z.int()),
});

/**
 * `GET /v1/regions/{code}/agreements`.
 *
 * @example
 * const standing = RegionAgreementListSchema.parse(body);
 */
export const RegionAgreementListSchema = z.array(RegionAgreementSchema);

/**
 * `GET /v1/regions/{code}/agreement-overview`: where every regency of a
 * province stands, in one answer: the province, the Jakarta `date` the
 * statuses are for, the programs (in display order), and for each regency
 * (in code order) its region and what `GET /v1/regions/{code}/agreements`
 * would answer for it. Every regency's `parentCode` is the province's code.
 *
 * @example
 * const { regencies } = AgreementOverviewSchema.parse(body); // West Java: 27
 */
export const AgreementOverviewSchema = z
  .object({
    region: RegionSchema,
    date: IsoDateSchema,
    programs: ProgramListSchema,
    regencies: z.array(z.object({ region: RegionSchema, agreements: RegionAgreementListSchema })),
  })
  .check(
    rule(
      (overview) => {
        const seen = new Set<string>();
        return overview.regencies.every(
          ({ region: { code, parentCode } }) =>
            parentCode === overview.region.code && !seen.has(code) && seen.add(code),
        );
      },
      'must be regencies of `region`, each once',
      ['regencies'],
    ),
  );

/**
 * `GET /v1/catalog`: every service, for local search.
 *
 * @example
 * const { items } = CatalogSchema.parse(body);
 */
export const CatalogSchema = z.object({
  updatedAt: IsoDateSchema,
  total: z.int().check(z.gte(0)),
  items: z.array(ServiceSchema),
});

/**
 * `GET /v1/services`: a page of services.
 *
 * @example
 * const page = ServicePageSchema.parse(body); // { items, total, page, pageSize }
 */
export const ServicePageSchema = listOf(ServiceSchema);

/**
 * `GET /v1/agreements`: a page of agreements.
 *
 * @example
 * const page = AgreementPageSchema.parse(body);
 */
export const AgreementPageSchema = listOf(AgreementSchema);

/**
 * One program's standing for a regency.
 *
 * @example
 * const [spbe]: RegionAgreement[] = await spbe.regions.agreements('32.73');
 */
export type RegionAgreement = z.infer<typeof RegionAgreementSchema>;
/**
 * Every regency of a province and its agreement status per program.
 *
 * @example
 * const overview: AgreementOverview = await spbe.regions.agreementOverview('32');
 */
export type AgreementOverview = z.infer<typeof AgreementOverviewSchema>;
/**
 * The whole service catalog.
 *
 * @example
 * const catalog: Catalog = await spbe.catalog();
 */
export type Catalog = z.infer<typeof CatalogSchema>;
