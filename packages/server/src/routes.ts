/**
 * The API's routes as data: one table that the app registers handlers for,
 * the OpenAPI document is generated from, the 405 answers are derived from and
 * the static export walks. Schemas come from @spbe/sdk, the single contract.
 */
import {
  AgreementOverviewSchema,
  AgreementPageSchema,
  AgreementQuerySchema,
  CatalogSchema,
  DescendantsQuerySchema,
  DescendantsSchema,
  ProgramListSchema,
  RegionAgreementListSchema,
  RegionCodeSchema,
  RegionListSchema,
  RegionSchema,
  ServicePageSchema,
  ServiceQuerySchema,
  ServiceSchema,
  SlugSchema,
} from '@spbe/sdk';
import type * as z from 'zod/mini';

/** Cache policies. The catalog and regions change rarely; statuses change daily. */
export const CACHE = {
  regions: 'public, max-age=86400, stale-while-revalidate=604800',
  catalog: 'public, max-age=300, stale-while-revalidate=86400',
  statuses: 'public, max-age=300, stale-while-revalidate=3600',
  search: 'public, max-age=60',
  document: 'public, max-age=3600',
} as const;

export interface PathParam {
  name: string;
  description: string;
  example: string;
  schema: z.ZodMiniType;
}

export interface RouteSpec {
  /** Hono path, e.g. `/v1/regions/:code/children`. */
  path: string;
  operationId: string;
  tag: 'regions' | 'services' | 'agreements' | 'meta';
  summary: string;
  description: string;
  params: readonly PathParam[];
  /** A strict object schema for the query string, or none (no query allowed). */
  query?: z.ZodMiniObject;
  response: z.ZodMiniType;
  responseDescription: string;
  /** Error statuses this route can answer besides 405 (always possible). */
  errors: readonly number[];
  cacheControl: string;
}

const regionCode: PathParam = {
  name: 'code',
  description:
    'Kemendagri region code: `32` (province), `32.73` (regency), `32.73.01` (district), `32.73.01.1001` (village).',
  example: '32.73',
  schema: RegionCodeSchema,
};

// Literal data (`as const`), so that each operationId and tag is a type: the
// app's handler table must then name exactly these operations.
const ROUTE_TABLE = [
  {
    path: '/v1/regions',
    operationId: 'listProvinces',
    tag: 'regions',
    summary: 'List the provinces',
    description: "Indonesia's 38 provinces, in code order: the top of the region tree.",
    params: [],
    response: RegionListSchema,
    responseDescription: 'The provinces.',
    errors: [400],
    cacheControl: CACHE.regions,
  },
  {
    path: '/v1/regions/:code',
    operationId: 'getRegion',
    tag: 'regions',
    summary: 'Get one region',
    description:
      'A province, regency (kabupaten/kota), district (kecamatan) or village (kelurahan/desa) by its Kemendagri code.',
    params: [regionCode],
    response: RegionSchema,
    responseDescription: 'The region.',
    errors: [400, 404],
    cacheControl: CACHE.regions,
  },
  {
    path: '/v1/regions/:code/children',
    operationId: 'listRegionChildren',
    tag: 'regions',
    summary: "List a region's children",
    description:
      'The regions one level down, in code order (`32` → its 27 regencies). A village has none: the list is empty.',
    params: [{ ...regionCode, example: '32' }],
    response: RegionListSchema,
    responseDescription: 'The child regions.',
    errors: [400, 404],
    cacheControl: CACHE.regions,
  },
  {
    path: '/v1/regions/:code/descendants',
    operationId: 'listRegionDescendants',
    tag: 'regions',
    summary: 'Every region of one level under a region',
    description:
      "All regions of `level` under the region, in code order, in one answer: a province's regencies, districts or villages (`32` → West Java's 5,957 villages), a regency's districts or villages, a district's villages. `level` must be below the region's own level. Compact: `codes` and `names` are parallel columns, and each region's `parentCode` and `kind` follow from its code as in `Region`.",
    params: [{ ...regionCode, example: '32.73' }],
    query: DescendantsQuerySchema,
    response: DescendantsSchema,
    responseDescription: 'The regions, as a column of codes and a column of names.',
    errors: [400, 404],
    cacheControl: CACHE.regions,
  },
  {
    path: '/v1/regions/:code/agreements',
    operationId: 'listRegionAgreements',
    tag: 'agreements',
    summary: "A regency's agreement status per program",
    description:
      'For each program, the agreement (PKS) that currently matters for this regency (in force, else signed to start later, else being negotiated, else a draft, else the one that ended last), its status on the Asia/Jakarta date and the days left. Regencies only (kabupaten/kota codes such as `32.73`).',
    params: [{ ...regionCode, description: 'Regency (kabupaten/kota) code such as `32.73`.' }],
    response: RegionAgreementListSchema,
    responseDescription: 'One entry per program, in program order.',
    errors: [400, 404],
    cacheControl: CACHE.statuses,
  },
  {
    path: '/v1/regions/:code/agreement-overview',
    operationId: 'getAgreementOverview',
    tag: 'agreements',
    summary: "Every regency's agreement status per program, for a province",
    description:
      'For a province, in one answer: the Asia/Jakarta `date` the statuses are for, the programs, and each of its regencies (kabupaten/kota, in code order) with what `/v1/regions/{code}/agreements` answers for it. One request instead of one per regency (`32` → 27). Provinces only (codes such as `32`).',
    params: [{ ...regionCode, description: 'Province code such as `32`.', example: '32' }],
    response: AgreementOverviewSchema,
    responseDescription: 'The province, the date, the programs and every regency with its entries.',
    errors: [400, 404],
    cacheControl: CACHE.statuses,
  },
  {
    path: '/v1/catalog',
    operationId: 'getCatalog',
    tag: 'services',
    summary: 'The whole service catalog',
    description: 'Every service in one document, sorted by name, for search on the client.',
    params: [],
    response: CatalogSchema,
    responseDescription: 'The catalog.',
    errors: [400],
    cacheControl: CACHE.catalog,
  },
  {
    path: '/v1/services',
    operationId: 'listServices',
    tag: 'services',
    summary: 'Search and filter services',
    description:
      'Services matching free text `q` (case- and accent-insensitive, Indonesian synonyms and typos understood) and the filters, best match first; without `q`, sorted by name. Paged: `page` from 1, `pageSize` 1–100 (default 20).',
    params: [],
    query: ServiceQuerySchema,
    response: ServicePageSchema,
    responseDescription: 'A page of services.',
    errors: [400],
    cacheControl: CACHE.search,
  },
  {
    path: '/v1/services/:id',
    operationId: 'getService',
    tag: 'services',
    summary: 'Get one service',
    description: 'One service by its id (a slug such as `sp4n-lapor`).',
    params: [
      {
        name: 'id',
        description: 'Service id (a slug).',
        example: 'sp4n-lapor',
        schema: SlugSchema,
      },
    ],
    response: ServiceSchema,
    responseDescription: 'The service.',
    errors: [400, 404],
    cacheControl: CACHE.catalog,
  },
  {
    path: '/v1/agreements',
    operationId: 'listAgreements',
    tag: 'agreements',
    summary: 'List agreements',
    description:
      'Agreements (PKS), filtered by regency, program and lifecycle state, ordered by regency, program and start date. Paged like `/v1/services`.',
    params: [],
    query: AgreementQuerySchema,
    response: AgreementPageSchema,
    responseDescription: 'A page of agreements.',
    errors: [400],
    cacheControl: CACHE.statuses,
  },
  {
    path: '/v1/programs',
    operationId: 'listPrograms',
    tag: 'agreements',
    summary: 'List the cooperation programs',
    description: 'The programs agreements belong to, with their Indonesian and English names.',
    params: [],
    response: ProgramListSchema,
    responseDescription: 'The programs.',
    errors: [400],
    cacheControl: CACHE.catalog,
  },
] as const satisfies readonly RouteSpec[];

type TableRoute = (typeof ROUTE_TABLE)[number];

/** The name of an API operation, e.g. `getRegion`: one per route. */
export type OperationId = TableRoute['operationId'];

/** The operations filed under one tag, e.g. `OperationsOf<'regions'>`. */
export type OperationsOf<Tag extends RouteSpec['tag']> = Extract<
  TableRoute,
  { tag: Tag }
>['operationId'];

/**
 * Every API route, in the order they are registered and documented. Read as
 * RouteSpecs: the literal entries differ in which optional fields they have.
 */
export const API_ROUTES: readonly (RouteSpec & { operationId: OperationId })[] = ROUTE_TABLE;

/** The path of the OpenAPI document (documented in itself). */
export const OPENAPI_PATH = '/v1/openapi.json';

/** A matcher for a Hono path: `:name` matches one non-empty segment. */
export function pathPattern(path: string): RegExp {
  const source = path
    .split('/')
    .map((segment) =>
      segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  return new RegExp(`^${source}$`);
}
