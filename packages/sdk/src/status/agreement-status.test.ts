import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SpbeInputError } from '../errors/spbe-input-error.js';
import type { Agreement } from '../schemas/agreement.js';
import {
  AGREEMENT_STATUSES,
  agreementDaysLeft,
  agreementStatus,
  currentAgreement,
  jakartaDate,
  regencyStanding,
} from './agreement-status.js';

const signed = (
  validFrom: string,
  validUntil: string,
): Pick<Agreement, 'state' | 'validFrom' | 'validUntil'> => ({
  state: 'signed',
  validFrom,
  validUntil,
});

// Noon in Jakarta on a calendar date.
const jakartaNoon = (date: string) => new Date(`${date}T12:00:00+07:00`);

describe('jakartaDate', () => {
  it('is the calendar date in UTC+7', () => {
    assert.equal(jakartaDate(new Date('2026-11-29T00:00:00Z')), '2026-11-29');
    assert.equal(jakartaDate(new Date('2026-11-28T16:59:59.999Z')), '2026-11-28');
    assert.equal(jakartaDate(new Date('2026-11-28T17:00:00Z')), '2026-11-29');
    assert.equal(jakartaDate(Date.UTC(2024, 1, 28, 17)), '2024-02-29');
    assert.equal(jakartaDate('2026-12-31T23:30:00+07:00'), '2026-12-31');
  });

  it('agrees with the tz database for Asia/Jakarta across the years', () => {
    const intl = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Jakarta',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    // Steps of 29 days 4 hours 1 minute from 1970 to 2040 land at every time of day.
    const step = ((29 * 24 + 4) * 60 + 1) * 60_000;
    for (let t = Date.UTC(1970, 0, 1); t < Date.UTC(2040, 0, 1); t += step) {
      assert.equal(jakartaDate(t), intl.format(t), new Date(t).toISOString());
    }
  });

  it('refuses an invalid instant with an input error', () => {
    for (const bad of [
      new Date('nope'),
      Number.NaN,
      Number.POSITIVE_INFINITY,
      'tomorrow',
      8.64e15,
      {} as Date,
    ]) {
      assert.throws(() => jakartaDate(bad), SpbeInputError);
    }
  });
});

describe('agreementStatus', () => {
  const pks = signed('2024-01-01', '2026-12-31');

  it('is expiring on the last day, expired the day after', () => {
    assert.equal(agreementStatus(pks, jakartaNoon('2026-12-30')), 'expiring');
    assert.equal(agreementStatus(pks, jakartaNoon('2026-12-31')), 'expiring');
    assert.equal(agreementDaysLeft(pks, jakartaNoon('2026-12-31')), 0);
    assert.equal(agreementStatus(pks, jakartaNoon('2027-01-01')), 'expired');
    assert.equal(agreementDaysLeft(pks, jakartaNoon('2027-01-01')), -1);
  });

  it('turns expiring at 90 days left, not 91', () => {
    // 2026-12-31 minus 91 days is 2026-10-01; minus 90 is 2026-10-02.
    assert.equal(agreementDaysLeft(pks, jakartaNoon('2026-10-01')), 91);
    assert.equal(agreementStatus(pks, jakartaNoon('2026-10-01')), 'active');
    assert.equal(agreementDaysLeft(pks, jakartaNoon('2026-10-02')), 90);
    assert.equal(agreementStatus(pks, jakartaNoon('2026-10-02')), 'expiring');
  });

  it('counts the Jakarta date, not the UTC date, near midnight UTC', () => {
    // 2026-12-31T17:30Z is 00:30 on 1 January 2027 in Jakarta: already expired there.
    const instant = new Date('2026-12-31T17:30:00Z');
    assert.equal(instant.toISOString().slice(0, 10), '2026-12-31');
    assert.equal(agreementStatus(pks, instant), 'expired');
    // And 16:59Z is still 23:59 on the 31st in Jakarta.
    assert.equal(agreementStatus(pks, new Date('2026-12-31T16:59:00Z')), 'expiring');
  });

  it('is scheduled before validFrom and active from that day', () => {
    const future = signed('2027-01-01', '2031-12-31');
    assert.equal(agreementStatus(future, jakartaNoon('2026-12-31')), 'scheduled');
    assert.equal(agreementStatus(future, jakartaNoon('2027-01-01')), 'active');
  });

  it('reports draft, negotiating and terminated whatever the dates', () => {
    const dates = { validFrom: '2020-01-01', validUntil: '2030-12-31' };
    assert.equal(agreementStatus({ state: 'draft', validFrom: null, validUntil: null }), 'draft');
    assert.equal(
      agreementStatus({ state: 'negotiating', ...dates }, jakartaNoon('2025-01-01')),
      'negotiating',
    );
    assert.equal(
      agreementStatus({ state: 'terminated', ...dates }, jakartaNoon('2025-01-01')),
      'terminated',
    );
  });

  it('is none without an agreement', () => {
    assert.equal(agreementStatus(undefined), 'none');
    assert.equal(agreementStatus(null, jakartaNoon('2026-01-01')), 'none');
    assert.equal(agreementDaysLeft(null), null);
  });

  it('treats a signed agreement with no end date as active', () => {
    assert.equal(
      agreementStatus({ state: 'signed', validFrom: '2020-01-01', validUntil: null }),
      'active',
    );
  });

  it('throws an input error for a bad date or an unknown state, never a wrong status', () => {
    assert.throws(() => agreementStatus(pks, new Date(Number.NaN)), SpbeInputError);
    assert.throws(() => agreementStatus(undefined, 'garbage'), SpbeInputError);
    assert.throws(
      () => agreementStatus({ ...pks, state: 'approved' as Agreement['state'] }),
      (error: unknown) => error instanceof SpbeInputError && error.argument === 'agreement.state',
    );
  });

  it('only ever answers one of the documented statuses', () => {
    const states = ['draft', 'negotiating', 'signed', 'terminated'] as const;
    for (const state of states) {
      for (let day = 0; day < 400; day += 37) {
        const now = Date.UTC(2026, 0, 1) + day * 86_400_000;
        assert.ok(AGREEMENT_STATUSES.includes(agreementStatus({ ...pks, state }, now)));
      }
    }
  });
});

describe('currentAgreement', () => {
  const base = { id: 'x', validFrom: null, validUntil: null, signedAt: null } as const;
  const expired2023 = {
    ...base,
    id: 'old',
    state: 'signed',
    validFrom: '2021-08-12',
    validUntil: '2023-12-31',
  } as const;
  const renewal = {
    ...base,
    id: 'renewal',
    state: 'signed',
    validFrom: '2024-01-01',
    validUntil: '2028-12-31',
  } as const;
  const negotiating = { ...base, id: 'talks', state: 'negotiating' } as const;
  const draft = { ...base, id: 'draft', state: 'draft' } as const;
  const later = {
    ...base,
    id: 'later',
    state: 'signed',
    validFrom: '2027-01-01',
    validUntil: '2031-12-31',
  } as const;
  const terminated = {
    ...base,
    id: 'ended',
    state: 'terminated',
    validFrom: '2024-01-01',
    validUntil: '2028-12-31',
    terminatedAt: '2025-06-30',
  } as const;
  const today = jakartaNoon('2026-11-29');

  it('prefers the agreement in force over an expired one and a new negotiation', () => {
    assert.equal(currentAgreement([expired2023, negotiating, renewal], today)?.id, 'renewal');
  });

  it('shows a renewal being negotiated rather than the expired agreement', () => {
    assert.equal(currentAgreement([expired2023, negotiating], today)?.id, 'talks');
    assert.equal(currentAgreement([draft, negotiating], today)?.id, 'talks');
    assert.equal(currentAgreement([expired2023, draft], today)?.id, 'draft');
  });

  it('prefers a signed agreement that starts later over talks', () => {
    assert.equal(currentAgreement([negotiating, later, expired2023], today)?.id, 'later');
  });

  it('among ended agreements, picks the one that ended last', () => {
    assert.equal(currentAgreement([expired2023, terminated], today)?.id, 'ended');
  });

  it('is undefined for no candidates, and deterministic whatever the order', () => {
    assert.equal(currentAgreement([], today), undefined);
    const all = [expired2023, renewal, negotiating, draft, later, terminated];
    assert.equal(currentAgreement([...all].reverse(), today)?.id, currentAgreement(all, today)?.id);
  });
});

describe('regencyStanding', () => {
  const pks = (
    id: string,
    regionCode: string,
    program: string,
    validFrom: string,
    validUntil: string,
  ) => ({ id, regionCode, program, ...signed(validFrom, validUntil) });
  const agreements = [
    pks('old', '32.73', 'saber-hoaks', '2021-01-01', '2023-12-31'),
    pks('renewal', '32.73', 'saber-hoaks', '2024-01-01', '2027-12-31'),
    pks('ending', '32.73', 'spbe-infrastructure', '2022-01-01', '2026-12-31'),
    pks('elsewhere', '32.01', 'command-center', '2024-01-01', '2028-12-31'),
  ];

  it('gives one entry per program, in the order given: the current agreement, its status and days left', () => {
    const now = jakartaNoon('2026-12-01');
    const standing = regencyStanding(
      agreements,
      ['spbe-infrastructure', 'saber-hoaks', 'command-center'],
      '32.73',
      now,
    );
    assert.deepEqual(
      standing.map((s) => [s.program, s.status, s.agreement?.id ?? null, s.daysLeft]),
      [
        ['spbe-infrastructure', 'expiring', 'ending', 30],
        ['saber-hoaks', 'active', 'renewal', 395],
        // 32.01's command-center agreement is not 32.73's.
        ['command-center', 'none', null, null],
      ],
    );
    assert.deepEqual(regencyStanding(agreements, [], '32.73', now), []);
    assert.deepEqual(
      regencyStanding(agreements, ['saber-hoaks'], '32.79', now).map((s) => s.status),
      ['none'],
    );
  });

  it('follows the Jakarta date, and refuses a time that is not one', () => {
    const [before] = regencyStanding(
      agreements,
      ['spbe-infrastructure'],
      '32.73',
      '2026-12-31T16:59:59Z',
    );
    const [after] = regencyStanding(
      agreements,
      ['spbe-infrastructure'],
      '32.73',
      '2026-12-31T17:00:00Z',
    );
    assert.deepEqual([before!.status, before!.daysLeft], ['expiring', 0]);
    assert.deepEqual([after!.status, after!.daysLeft], ['expired', -1]);
    assert.throws(
      () => regencyStanding(agreements, ['saber-hoaks'], '32.73', 'soon'),
      SpbeInputError,
    );
  });
});
