import { SpbeInputError } from '../errors/spbe-input-error.js';
import type { Agreement } from '../schemas/agreement.js';

/**
 * What an agreement means on a given day. Derived, never stored:
 *
 * - `none` — there is no agreement;
 * - `draft`, `negotiating` — not signed yet;
 * - `scheduled` — signed, takes effect on a later day;
 * - `active` — in force with more than {@link EXPIRING_WITHIN_DAYS} days left;
 * - `expiring` — in force with {@link EXPIRING_WITHIN_DAYS} days or fewer left (the last day counts as 0);
 * - `expired` — past its `validUntil`;
 * - `terminated` — ended early.
 *
 * @example
 * for (const status of AGREEMENT_STATUSES) legend.append(label(status));
 */
export const AGREEMENT_STATUSES = [
  'none',
  'draft',
  'negotiating',
  'scheduled',
  'active',
  'expiring',
  'expired',
  'terminated',
] as const;

/**
 * One of {@link AGREEMENT_STATUSES}.
 *
 * @example
 * const status: AgreementStatus = agreementStatus(pks, new Date());
 */
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/**
 * A signed agreement with this many days or fewer left is `expiring`.
 *
 * @example
 * if ((agreementDaysLeft(pks) ?? Infinity) <= EXPIRING_WITHIN_DAYS) remind();
 */
export const EXPIRING_WITHIN_DAYS = 90;

// Western Indonesia Time is UTC+7 all year: Indonesia has not observed daylight
// saving since 1964, so a fixed offset gives the same date as the tz database
// without depending on the runtime's ICU data (a test checks this against Intl).
const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

// The instants that bound the years 0001–9999, where ISO dates have four digits.
const MIN_MS = -62_135_596_800_000; // 0001-01-01T00:00:00Z
const MAX_MS = 253_402_300_800_000; // 10000-01-01T00:00:00Z

function toInstant(now: Date | number | string, argument: string): number {
  const ms =
    now instanceof Date
      ? now.getTime()
      : typeof now === 'number'
        ? now
        : typeof now === 'string'
          ? Date.parse(now)
          : Number.NaN;
  const local = ms + JAKARTA_OFFSET_MS;
  if (!(local >= MIN_MS && local < MAX_MS)) {
    throw new SpbeInputError(
      argument,
      'must be a valid Date, a timestamp in ms or an ISO date-time string, in the years 1–9999',
    );
  }
  return ms;
}

// Days since 1970-01-01 on the Jakarta calendar: plain arithmetic, no Date objects.
function jakartaDay(now: Date | number | string): number {
  return Math.floor((toInstant(now, 'now') + JAKARTA_OFFSET_MS) / DAY_MS);
}

// Days since 1970-01-01 of an ISO date (date-only ISO strings parse as UTC midnight).
function dayOf(isoDate: string): number {
  return Date.parse(isoDate) / DAY_MS;
}

/**
 * The calendar date in Asia/Jakarta (WIB, UTC+7) at an instant, as `YYYY-MM-DD`.
 *
 * @example
 * jakartaDate(new Date('2026-11-28T17:30:00Z')); // '2026-11-29' (00:30 in Jakarta)
 */
export function jakartaDate(now: Date | number | string = new Date()): string {
  return new Date(jakartaDay(now) * DAY_MS).toISOString().slice(0, 10);
}

type StatusInput = Pick<Agreement, 'state' | 'validFrom' | 'validUntil'>;

/**
 * Days left until an agreement's `validUntil` on the Jakarta calendar date of
 * `now`: 0 on the last day, negative once expired, `null` when there is no end
 * date (or no agreement).
 *
 * @example
 * agreementDaysLeft({ state: 'signed', validFrom: '2024-01-01', validUntil: '2026-12-31' }, new Date('2026-12-01T00:00:00+07:00')); // 30
 */
export function agreementDaysLeft(
  agreement: StatusInput | null | undefined,
  now: Date | number | string = new Date(),
): number | null {
  const today = jakartaDay(now);
  if (!agreement || agreement.validUntil === null) return null;
  return dayOf(agreement.validUntil) - today;
}

/**
 * The status of an agreement on the Asia/Jakarta calendar date of `now`
 * (default: the current time). `null`/`undefined` means no agreement → `none`.
 * Throws {@link SpbeInputError} for an invalid `now`.
 *
 * @example
 * agreementStatus(pks, new Date('2026-11-29T10:00:00+07:00')); // 'expiring'
 * agreementStatus(undefined); // 'none'
 */
export function agreementStatus(
  agreement: StatusInput | null | undefined,
  now: Date | number | string = new Date(),
): AgreementStatus {
  const today = jakartaDay(now);
  if (!agreement) return 'none';
  switch (agreement.state) {
    case 'draft':
    case 'negotiating':
    case 'terminated':
      return agreement.state;
    case 'signed': {
      const { validFrom, validUntil } = agreement;
      if (validFrom !== null && today < dayOf(validFrom)) return 'scheduled';
      if (validUntil === null) return 'active';
      const left = dayOf(validUntil) - today;
      if (left < 0) return 'expired';
      return left <= EXPIRING_WITHIN_DAYS ? 'expiring' : 'active';
    }
    default:
      throw new SpbeInputError(
        'agreement.state',
        `must be draft, negotiating, signed or terminated, not ${JSON.stringify(agreement.state)}`,
      );
  }
}

// Which agreement speaks for a program when a regency has several (an expired
// PKS and its renewal, say): one in force first, then one signed to start
// later, then one being prepared, and only then one that has ended.
const STATUS_RANK: Record<AgreementStatus, number> = {
  active: 0,
  expiring: 0,
  scheduled: 1,
  negotiating: 2,
  draft: 3,
  terminated: 4,
  expired: 4,
  none: 5,
};

type CurrentInput = StatusInput & Partial<Pick<Agreement, 'id' | 'terminatedAt'>>;

// The day an agreement stops mattering, for ordering within a rank: later wins.
function lastDay(a: CurrentInput): string {
  return a.terminatedAt ?? a.validUntil ?? a.validFrom ?? '';
}

/**
 * The agreement that currently matters among several for the same regency and
 * program, on the Jakarta date of `now`: one in force, else one signed to
 * start later, else one being negotiated, else a draft, else the one that ended
 * last. `undefined` for an empty list.
 *
 * @example
 * const pks = currentAgreement(agreements.filter((a) => a.regionCode === '32.73' && a.program === 'saber-hoaks'));
 * agreementStatus(pks); // e.g. 'active'
 */
export function currentAgreement<A extends CurrentInput>(
  candidates: readonly A[],
  now: Date | number | string = new Date(),
): A | undefined {
  const instant = toInstant(now, 'now');
  let best: A | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const rank = STATUS_RANK[agreementStatus(candidate, instant)];
    if (
      best === undefined ||
      rank < bestRank ||
      (rank === bestRank && lastDay(candidate) > lastDay(best)) ||
      (rank === bestRank &&
        lastDay(candidate) === lastDay(best) &&
        (candidate.id ?? '') > (best.id ?? ''))
    ) {
      best = candidate;
      bestRank = rank;
    }
  }
  return best;
}

/**
 * One program's standing for a regency: what `GET /v1/regions/{code}/agreements` lists.
 *
 * @example
 * const entry: ProgramStanding<Agreement> = { program: 'saber-hoaks', status: 'none', agreement: null, daysLeft: null };
 */
export interface ProgramStanding<A> {
  program: string;
  status: AgreementStatus;
  agreement: A | null;
  daysLeft: number | null;
}

/**
 * Where a regency stands in each program, on the Jakarta date of `now`: for
 * each of `programs` (in that order) the agreement of `regionCode` that
 * currently matters ({@link currentAgreement}), its status and days left;
 * `none` where it has none. What `GET /v1/regions/{code}/agreements`
 * answers, from a list of agreements.
 *
 * @example
 * const standing = regencyStanding(agreements, ['spbe-infrastructure', 'saber-hoaks'], '32.73');
 * standing[0].status; // e.g. 'active'
 */
export function regencyStanding<A extends CurrentInput & Pick<Agreement, 'regionCode' | 'program'>>(
  agreements: readonly A[],
  programs: readonly string[],
  regionCode: string,
  now: Date | number | string = new Date(),
): ProgramStanding<A>[] {
  const instant = toInstant(now, 'now');
  const mine = agreements.filter((a) => a.regionCode === regionCode);
  return programs.map((program) => {
    const agreement =
      currentAgreement(
        mine.filter((a) => a.program === program),
        instant,
      ) ?? null;
    return {
      program,
      status: agreementStatus(agreement, instant),
      agreement,
      daysLeft: agreementDaysLeft(agreement, instant),
    };
  });
}
