import * as z from 'zod/mini';
import { AGREEMENT_STATUSES } from '../status/agreement-status.js';
import { AgreementSchema } from './agreement.js';
import { IsoDateSchema, SlugSchema } from './common.js';
import { listOf } from './list.js';
import { RegionSchema } from './region.js';
import { ServiceSchema } from './service.js';

/** `GET /v1/regions/{code}/children`: the child regions, in code order. */
export const RegionListSchema = z.array(RegionSchema);

/**
 * One program's standing for a regency, as `GET /v1/regions/{code}/agreements`
 * returns it: the agreement that currently matters (or `null`), its derived
 * `status` on the server's Jakarta date, and `daysLeft` until `validUntil`.
 */
export const RegionAgreementSchema = z.object({
  program: SlugSchema,
  status: z.enum(AGREEMENT_STATUSES),
  agreement: z.nullable(AgreementSchema),
  daysLeft: z.nullable(z.int()),
});

/** `GET /v1/regions/{code}/agreements`. */
export const RegionAgreementListSchema = z.array(RegionAgreementSchema);

/** `GET /v1/catalog`: every service, for local search. */
export const CatalogSchema = z.object({
  updatedAt: IsoDateSchema,
  total: z.int().check(z.gte(0)),
  items: z.array(ServiceSchema),
});

/** `GET /v1/services`: a page of services. */
export const ServicePageSchema = listOf(ServiceSchema);

/** `GET /v1/agreements`: a page of agreements. */
export const AgreementPageSchema = listOf(AgreementSchema);

/** One program's standing for a regency. */
export type RegionAgreement = z.infer<typeof RegionAgreementSchema>;
/** The whole service catalog. */
export type Catalog = z.infer<typeof CatalogSchema>;
