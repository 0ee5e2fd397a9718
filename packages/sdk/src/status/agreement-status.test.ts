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

  it('accepts every instant whose Jakarta date has a four-digit year, and no other', () => {
    // The first and last instants of the years 1–9999 on the Jakarta calendar…
    assert.equal(jakartaDate(new Date('0001-01-01T00:00:00+07:00')), '0001-01-01');
    assert.equal(jakartaDate('9999-12-31T23:59:59.999+07:00'), '9999-12-31');
    // …and the instants just outside (the second is still in 9999 in UTC, not in Jakarta).
    for (const outside of ['0000-12-31T16:59:59.999Z', '9999-12-31T17:00:00Z']) {
      assert.throws(
        () => jakartaDate(outside),
        (error: unknown) =>
          error instanceof SpbeInputError &&
          error.argument === 'now' &&
          /years 1–9999/.test(error.message),
        outside,
      );
    }
  });

  it('reads only strings as date-time text: an object that prints as a date is refused', () => {
    const printsAsDate = { toString: () => '2026-11-29T10:00:00+07:00' };
    for (const bad of [printsAsDate, ['2026-11-29'], true, null]) {
      assert.throws(() => jakartaDate(bad as unknown as string), SpbeInputError, String(bad));
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

  it('treats a signed agreement with no end date as active, with no days left to count', () => {
    const openEnded = { state: 'signed', validFrom: '2020-01-01', validUntil: null } as const;
    assert.equal(agreementStatus(openEnded), 'active');
    assert.equal(agreementStatus(openEnded, jakartaNoon('2999-12-31')), 'active');
    assert.equal(agreementDaysLeft(openEnded, jakartaNoon('2026-11-29')), null);
    // Open-ended, but not in force yet.
    assert.equal(agreementStatus(openEnded, jakartaNoon('2019-12-31')), 'scheduled');
  });

  it('throws an input error for a bad date or an unknown state, never a wrong status', () => {
    assert.throws(() => agreementStatus(pks, new Date(Number.NaN)), SpbeInputError);
    assert.throws(() => agreementStatus(undefined, 'garbage'), SpbeInputError);
    assert.throws(
      () => agreementStatus({ ...pks, state: 'approved' as Agreement['state'] }),
      (error: unknown) =>
        error instanceof SpbeInputError &&
        error.argument === 'agreement.state' &&
        // The message names the state it got and the ones it takes.
        /"approved"/.test(error.message) &&
        /draft, negotiating, signed or terminated/.test(error.message),
    );
    assert.throws(
      () => agreementStatus(pks, 'garbage'),
      (error: unknown) => error instanceof SpbeInputError && error.argument === 'now',
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

  // Both orders of a pair: the answer must not depend on which comes first.
  type Candidate = Parameters<typeof currentAgreement>[0][number];
  const bothOrders = (a: Candidate, b: Candidate) => [
    currentAgreement([a, b], today)?.id,
    currentAgreement([b, a], today)?.id,
  ];

  it('among agreements in force, picks the one that ends last, whatever the order', () => {
    // An overlapping renewal signed early: in force together until 2027.
    const ending = { ...renewal, id: '2024-002', validUntil: '2027-12-31' } as const;
    const longer = { ...renewal, id: '2024-001', validFrom: '2025-01-01' } as const;
    assert.deepEqual(bothOrders(ending, longer), ['2024-001', '2024-001']);
  });

  it('among ended agreements, picks the one that ended last, not the one that started last', () => {
    const longRun = { ...expired2023, id: 'long', validFrom: '2015-01-01' } as const;
    const shortRun = {
      ...expired2023,
      id: 'short',
      validFrom: '2018-01-01',
      validUntil: '2022-12-31',
    } as const;
    assert.deepEqual(bothOrders(longRun, shortRun), ['long', 'long']);
  });

  it('counts a terminated agreement as ended on its terminatedAt, not its planned end', () => {
    // Planned to run to 2030, ended in 2024: an agreement that expired in 2025 ended later.
    const endedEarly = { ...terminated, validUntil: '2030-12-31', terminatedAt: '2024-06-30' };
    const expired2025 = { ...expired2023, id: 'expired-2025', validUntil: '2025-12-31' } as const;
    assert.deepEqual(bothOrders(endedEarly, expired2025), ['expired-2025', 'expired-2025']);
  });

  it('never lets a worse status win on a tie of dates or ids', () => {
    // Talks on a successor planned to end the same day as the agreement in force.
    const talks = { ...negotiating, id: 'zzz-talks', validUntil: renewal.validUntil } as const;
    assert.deepEqual(bothOrders(renewal, talks), ['renewal', 'renewal']);
  });

  it('breaks a tie on status and last day by the greater id, whatever the order', () => {
    const first = { ...renewal, id: '2024-001' } as const;
    const second = { ...renewal, id: '2024-002' } as const;
    assert.deepEqual(bothOrders(first, second), ['2024-002', '2024-002']);
    // An agreement with an id wins a tie over one without.
    const { id: _, ...unnamed } = first;
    assert.deepEqual(bothOrders(unnamed, first), ['2024-001', '2024-001']);
  });

  it('counts an agreement without any date as ending before one with dates', () => {
    const planned = { ...draft, id: 'planned', validFrom: '2027-01-01' } as const;
    const undated = { ...draft, id: 'undated' } as const;
    assert.deepEqual(bothOrders(planned, undated), ['planned', 'planned']);
  });

  it('refuses an invalid now, naming it', () => {
    assert.throws(
      () => currentAgreement([renewal], 'soon'),
      (error: unknown) => error instanceof SpbeInputError && error.argument === 'now',
    );
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
      (error: unknown) => error instanceof SpbeInputError && error.argument === 'now',
    );
  });
});
