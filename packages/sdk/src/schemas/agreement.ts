import * as z from 'zod/mini';
import { crossCheck, HttpsUrlSchema, IsoDateSchema, rule, SlugSchema, text } from './common.js';
import { RegencyCodeSchema } from './region.js';

/**
 * Lifecycle states an agreement (PKS) is stored with.
 */
export const AGREEMENT_STATES = ['draft', 'negotiating', 'signed', 'terminated'] as const;

/**
 * What a PKS covers, following the 2021 West Java SPBE agreement.
 */
export const AGREEMENT_SCOPES = [
  'informatics',
  'statistics',
  'encryption',
  'communication',
  'command-center',
] as const;

/**
 * A cooperation agreement (PKS, *perjanjian kerja sama*) between the province
 * and one regency or city. Signed and terminated agreements carry their dates;
 * `validFrom` never comes after `validUntil`, and an agreement is not signed
 * after it ends. Dates are calendar dates in Asia/Jakarta.
 *
 * @example
 * const agreement = AgreementSchema.parse(body);
 */
export const AgreementSchema = z
  .object({
    id: SlugSchema,
    number: text(120),
    program: SlugSchema,
    title: text(300),
    regionCode: RegencyCodeSchema,
    scope: z.array(z.enum(AGREEMENT_SCOPES)).check(
      z.minLength(1, 'must name at least one scope'),
      rule((items) => new Set(items).size === items.length, 'must not repeat a scope'),
    ),
    serviceIds: z.array(SlugSchema),
    state: z.enum(AGREEMENT_STATES),
    signedAt: z.nullable(IsoDateSchema),
    validFrom: z.nullable(IsoDateSchema),
    validUntil: z.nullable(IsoDateSchema),
    terminatedAt: z.optional(IsoDateSchema),
    documentUrl: z.optional(HttpsUrlSchema),
    /** Where the facts come from, for people. */
    source: text(600),
    /** What is uncertain or illustrative about this record. */
    note: z.optional(text(600)),
  })
  .check(
    crossCheck((a, report) => {
      if (a.state === 'signed' || a.state === 'terminated') {
        for (const field of ['signedAt', 'validFrom', 'validUntil'] as const) {
          if (a[field] === null) report(field, `is required when state is "${a.state}"`);
        }
      }
      if (a.state === 'terminated' && a.terminatedAt === undefined) {
        report('terminatedAt', 'is required when state is "terminated"');
      }
      if (a.state !== 'terminated' && a.terminatedAt !== undefined) {
        report('terminatedAt', 'is only allowed when state is "terminated"');
      }
      // ISO dates compare correctly as strings.
      if (a.validFrom !== null && a.validUntil !== null && a.validFrom > a.validUntil) {
        report('validUntil', `must not be before validFrom (${a.validFrom})`);
      }
      if (a.signedAt !== null && a.validUntil !== null && a.signedAt > a.validUntil) {
        report('signedAt', `must not be after validUntil (${a.validUntil})`);
      }
      if (new Set(a.serviceIds).size !== a.serviceIds.length) {
        report('serviceIds', 'must not repeat a service');
      }
    }),
  );

/**
 * An agreement as returned by the API.
 *
 * @example
 * const { items }: { items: Agreement[] } = await spbe.agreements.list({ region: '32.73' });
 */
export type Agreement = z.infer<typeof AgreementSchema>;
/**
 * `draft | negotiating | signed | terminated`.
 *
 * @example
 * const state: AgreementState = 'negotiating';
 */
export type AgreementState = (typeof AGREEMENT_STATES)[number];
