import * as z from 'zod/mini';
import { AGREEMENT_STATES } from './agreement.js';
import { SlugSchema } from './common.js';
import { MAX_PAGE_SIZE } from './list.js';
import { RegencyCodeSchema } from './region.js';
import { AUDIENCES, SERVICE_STATUSES, SERVICE_TYPES } from './service.js';

/**
 * Longest search text the API accepts (in UTF-16 code units).
 *
 * @example
 * input.maxLength = MAX_QUERY_LENGTH;
 */
export const MAX_QUERY_LENGTH = 200;

/**
 * Highest page number the API accepts: far past any real result set.
 *
 * @example
 * PageSchema.safeParse(MAX_PAGE + 1).success; // false
 */
export const MAX_PAGE = 10_000;

/**
 * `page`: counts from 1.
 *
 * @example
 * PageSchema.safeParse(0).success; // false
 */
export const PageSchema = z
  .int('must be a whole number')
  .check(z.gte(1, 'must be 1 or more'), z.lte(MAX_PAGE, `must be at most ${MAX_PAGE}`));

/**
 * `pageSize`: 1 to {@link MAX_PAGE_SIZE}.
 *
 * @example
 * PageSizeSchema.safeParse(100).success; // true
 */
export const PageSizeSchema = z
  .int('must be a whole number')
  .check(z.gte(1, 'must be 1 or more'), z.lte(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`));

/**
 * Query of `GET /v1/services`: free text `q`, filters and paging. Unknown keys
 * are refused (a typo in a filter name must not silently return everything).
 *
 * @example
 * ServiceQuerySchema.safeParse({ q: 'bikin sim', audience: 'citizens' }).success; // true
 */
export const ServiceQuerySchema = z.strictObject({
  q: z.optional(
    z
      .string()
      .check(z.maxLength(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`)),
  ),
  sector: z.optional(SlugSchema),
  audience: z.optional(z.enum(AUDIENCES)),
  region: z.optional(RegencyCodeSchema),
  type: z.optional(z.enum(SERVICE_TYPES)),
  status: z.optional(z.enum(SERVICE_STATUSES)),
  page: z.optional(PageSchema),
  pageSize: z.optional(PageSizeSchema),
});

/**
 * Query of `GET /v1/agreements`: filters and paging.
 *
 * @example
 * AgreementQuerySchema.safeParse({ region: '32.73', state: 'signed' }).success; // true
 */
export const AgreementQuerySchema = z.strictObject({
  region: z.optional(RegencyCodeSchema),
  program: z.optional(SlugSchema),
  state: z.optional(z.enum(AGREEMENT_STATES)),
  page: z.optional(PageSchema),
  pageSize: z.optional(PageSizeSchema),
});

/**
 * Arguments of `services.list()` / `GET /v1/services`.
 *
 * @example
 * const query: ServiceQuery = { q: 'izin usaha', region: '32.73', pageSize: 10 };
 */
export type ServiceQuery = z.infer<typeof ServiceQuerySchema>;
/**
 * Arguments of `agreements.list()` / `GET /v1/agreements`.
 *
 * @example
 * const query: AgreementQuery = { program: 'saber-hoaks', state: 'signed' };
 */
export type AgreementQuery = z.infer<typeof AgreementQuerySchema>;

/**
 * Query keys whose values are whole numbers (sent as decimal strings in a URL).
 *
 * @example
 * INTEGER_QUERY_KEYS.has('pageSize'); // true
 */
export const INTEGER_QUERY_KEYS: ReadonlySet<string> = new Set(['page', 'pageSize']);
