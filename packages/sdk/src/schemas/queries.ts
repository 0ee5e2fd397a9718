import * as z from 'zod/mini';
import { REGION_LEVELS, type RegionLevel, regionLevelOf } from '../region-code.js';
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
 * Query of `GET /v1/regions/{code}/descendants`: the `level` to list, one of
 * the three below a province (which of them a code allows is
 * {@link descendantLevelIssue}'s rule).
 *
 * @example
 * DescendantsQuerySchema.safeParse({ level: 'village' }).success; // true
 */
export const DescendantsQuerySchema = z.strictObject({
  level: z.enum(['regency', 'district', 'village'], 'must be regency, district or village'),
});

/**
 * What a `level` is told when it is not below the level of `code` (only the
 * regions under a code can be listed), or `undefined` when it is. The client
 * refuses such a call before any request and the server answers 400, in the
 * same words. `code` must be well-formed.
 *
 * @example
 * descendantLevelIssue('32.73', 'regency'); // 'must be a level below regency 32.73: district or village'
 * descendantLevelIssue('32.73', 'village'); // undefined
 */
export function descendantLevelIssue(code: string, level: RegionLevel): string | undefined {
  const own = regionLevelOf(code) as RegionLevel;
  const below = REGION_LEVELS.slice(REGION_LEVELS.indexOf(own) + 1);
  return below.includes(level)
    ? undefined
    : `must be a level below ${own} ${code}: ${below.join(' or ') || 'there is none'}`;
}

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
 * The second argument of `regions.descendants()` / the query of
 * `GET /v1/regions/{code}/descendants`.
 *
 * @example
 * const query: DescendantsQuery = { level: 'village' };
 */
export type DescendantsQuery = z.infer<typeof DescendantsQuerySchema>;

/**
 * Query keys whose values are whole numbers (sent as decimal strings in a URL).
 *
 * @example
 * INTEGER_QUERY_KEYS.has('pageSize'); // true
 */
export const INTEGER_QUERY_KEYS: ReadonlySet<string> = new Set(['page', 'pageSize']);
