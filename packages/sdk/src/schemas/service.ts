import * as z from 'zod/mini';
import { HttpsUrlSchema, IsoDateSchema, SlugSchema, text } from './common.js';
import { RegencyCodeSchema, RegionCodeSchema } from './region.js';

/**
 * The two kinds of SPBE service (Perpres 95/2018): electronic public services and
 * electronic government-administration services.
 */
export const SERVICE_TYPES = ['public', 'administrative'] as const;

/** Who a service is for. */
export const AUDIENCES = ['citizens', 'civil-servants', 'businesses', 'governments'] as const;

/** Where a service can be used. */
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

/** Lifecycle of a service. */
export const SERVICE_STATUSES = ['active', 'pilot', 'retired'] as const;

/** The government level that runs a service. */
export const PROVIDER_LEVELS = ['national', 'provincial', 'regency'] as const;

/** Who runs a service: an agency's name, its level, and for regional agencies the region. */
export const ProviderSchema = z.object({
  name: text(160),
  level: z.enum(PROVIDER_LEVELS),
  regionCode: z.optional(RegionCodeSchema),
});

/**
 * `'all'` when every regency can use the service, otherwise the regency codes
 * where it is available (at least one, no repeats).
 */
export const AvailabilitySchema = z.union([
  z.literal('all'),
  z.array(RegencyCodeSchema).check(
    z.minLength(1, 'must list at least one regency, or be "all"'),
    z.refine((codes) => new Set(codes).size === codes.length, 'must not repeat a regency'),
  ),
]);

/**
 * An SPBE service in the provincial catalog. `sector` is an open slug (the
 * catalog may add sectors without breaking older clients); the other sets are
 * closed.
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

/** A service as returned by the API. */
export type Service = z.infer<typeof ServiceSchema>;
/** `public | administrative`. */
export type ServiceType = (typeof SERVICE_TYPES)[number];
/** `citizens | civil-servants | businesses | governments`. */
export type Audience = (typeof AUDIENCES)[number];
/** `active | pilot | retired`. */
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];
