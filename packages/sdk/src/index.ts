// The public surface of @spbe/sdk. Only re-exports live here.

export { createClient } from './client/create-client.js';
export { Lru } from './client/lru.js';
export type {
  CacheOptions,
  ClientOptions,
  HeadersOption,
  HooksOption,
  StaleEvent,
} from './client/options.js';
export type {
  AgreementsApi,
  CallOptions,
  RegionsApi,
  ServicesApi,
  SpbeClient,
} from './client/spbe-client.js';

export { isSpbeError, type RequestSummary, SpbeError } from './errors/spbe-error.js';
export { isSpbeHttpError, SpbeHttpError } from './errors/spbe-http-error.js';
export { isSpbeInputError, SpbeInputError } from './errors/spbe-input-error.js';
export { isSpbeNetworkError, SpbeNetworkError } from './errors/spbe-network-error.js';
export {
  isSpbeResponseError,
  type ResponseErrorReason,
  SpbeResponseError,
} from './errors/spbe-response-error.js';
export { isSpbeTimeoutError, SpbeTimeoutError } from './errors/spbe-timeout-error.js';
export type { RegencyKind, RegionLevel, VillageKind } from './region-code.js';
export {
  isRegionCode,
  parentCodeOf,
  REGION_CODE_PATTERN,
  REGION_LEVELS,
  regionKindOf,
  regionLevelOf,
} from './region-code.js';
export type { Agreement, AgreementState } from './schemas/agreement.js';
export {
  AGREEMENT_SCOPES,
  AGREEMENT_STATES,
  AgreementSchema,
} from './schemas/agreement.js';
export { HttpsUrlSchema, IsoDateSchema, SlugSchema } from './schemas/common.js';
export type { ListPage } from './schemas/list.js';
export { DEFAULT_PAGE_SIZE, listOf, MAX_PAGE_SIZE } from './schemas/list.js';
export type { Problem } from './schemas/problem.js';
export { ProblemErrorSchema, ProblemSchema } from './schemas/problem.js';
export type { Program } from './schemas/program.js';
export { ProgramListSchema, ProgramSchema } from './schemas/program.js';
export type { AgreementQuery, DescendantsQuery, ServiceQuery } from './schemas/queries.js';
export {
  AgreementQuerySchema,
  DescendantsQuerySchema,
  descendantLevelIssue,
  INTEGER_QUERY_KEYS,
  MAX_PAGE,
  MAX_QUERY_LENGTH,
  PageSchema,
  PageSizeSchema,
  ServiceQuerySchema,
} from './schemas/queries.js';
export type { Region } from './schemas/region.js';
export {
  ProvinceCodeSchema,
  RegencyCodeSchema,
  RegionCodeSchema,
  RegionLevelSchema,
  RegionSchema,
  regionRecord,
} from './schemas/region.js';
export type { AgreementOverview, Catalog, RegionAgreement } from './schemas/responses.js';
export {
  AgreementOverviewSchema,
  AgreementPageSchema,
  CatalogSchema,
  DescendantsSchema,
  RegionAgreementListSchema,
  RegionAgreementSchema,
  RegionListSchema,
  ServicePageSchema,
} from './schemas/responses.js';
export type { Audience, Service, ServiceStatus, ServiceType } from './schemas/service.js';
export {
  AUDIENCES,
  AvailabilitySchema,
  CHANNELS,
  PROVIDER_LEVELS,
  ProviderSchema,
  SERVICE_STATUSES,
  SERVICE_TYPES,
  ServiceSchema,
} from './schemas/service.js';
export type { AgreementStatus, ProgramStanding } from './status/agreement-status.js';
export {
  AGREEMENT_STATUSES,
  agreementDaysLeft,
  agreementStatus,
  currentAgreement,
  EXPIRING_WITHIN_DAYS,
  jakartaDate,
  regencyStanding,
} from './status/agreement-status.js';
