import * as z from 'zod/mini';
import { HttpsUrlSchema, IsoDateSchema, rule, SlugSchema, text } from './common.js';
import { RegencyCodeSchema, RegionCodeSchema } from './region.js';

/**
 * The two kinds of SPBE service (Perpres 95/2018): electronic public services and
 * electronic government-administration services.
 */
export const SERVICE_TYPES = ['public', 'administrative'] as const;

/**
 * Who a service is for.
 *
 * @example
 * const options = AUDIENCES.map((a) => ({ value: a, label: labels[a] }));
 */
export const AUDIENCES = ['citizens', 'civil-servants', 'businesses', 'governments'] as const;

/**
 * Where a service can be used.
 */
export const CHANNELS = [
  'web',
  'android',
  'ios',
  'counter',
  'phone',
  'whatsapp',
  'email',
  'api',
] as const;

/**
 * Lifecycle of a service.
 */
export const SERVICE_STATUSES = ['active', 'pilot', 'retired'] as const;

/**
 * The government level that runs a service.
 */
export const PROVIDER_LEVELS = ['national', 'provincial', 'regency'] as const;

/**
 * Who runs a service: an agency's name, its level, and for regional agencies the region.
 *
 * @example
 * ProviderSchema.parse({ name: 'Diskominfo Jabar', level: 'provincial', regionCode: '32' });
 */
export const ProviderSchema = z.object({
  name: text(160),
  level: z.enum(PROVIDER_LEVELS),
  regionCode: z.optional(RegionCodeSchema),
});

/**
 * `'all'` when every regency can use the service, otherwise the regency codes
 * where it is available (at least one, no repeats).
 *
 * @example
 * AvailabilitySchema.parse(['32.73', '32.77']); // only in Bandung and Cimahi
 */
export const AvailabilitySchema = z.union([
  z.literal('all'),
  z.array(RegencyCodeSchema).check(
    z.minLength(1, 'must list at least one regency, or be "all"'),
    rule((codes) => new Set(codes).size === codes.length, 'must not repeat a regency'),
  ),
]);

/**
 * An SPBE service in the provincial catalog. `sector` is an open slug (the
 * catalog may add sectors without breaking older clients); the other sets are
 * closed.
 *
 * @example
 * const service = ServiceSchema.parse(json); // throws ZodError when it breaks the contract
 */
export const ServiceSchema = z.object({
  id: SlugSchema,
  name: text(120),
  summary: text(600),
  type: z.enum(SERVICE_TYPES),
  sector: SlugSchema,
  audiences: z.array(z.enum(AUDIENCES)).check(z.minLength(1, 'must name at least one audience')),
  provider: ProviderSchema,
  url: HttpsUrlSchema,
  channels: z.array(z.enum(CHANNELS)).check(z.minLength(1, 'must name at least one channel')),
  status: z.enum(SERVICE_STATUSES),
  availability: AvailabilitySchema,
  keywords: z.array(text(60)).check(z.maxLength(40, 'must have at most 40 keywords')),
  updatedAt: IsoDateSchema,
  /** Where the facts about this entry come from (a citation for people, not a link target). */
  source: z.optional(text(600)),
});

/**
 * A service as returned by the API.
 *
 * @example
 * const lapor: Service = await spbe.services.get('sp4n-lapor');
 */
export type Service = z.infer<typeof ServiceSchema>;
/**
 * `public | administrative`.
 *
 * @example
 * const type: ServiceType = 'administrative';
 */
export type ServiceType = (typeof SERVICE_TYPES)[number];
/**
 * `citizens | civil-servants | businesses | governments`.
 *
 * @example
 * const audience: Audience = 'businesses';
 */
export type Audience = (typeof AUDIENCES)[number];
/**
 * `active | pilot | retired`.
 *
 * @example
 * const status: ServiceStatus = 'pilot';
 */
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];
