// The status rules and schemas in a real browser: same answers as in Node,
// whatever the machine's time zone (the browser's own zone is never used).
import { expect } from '@open-wc/testing';
import {
  AgreementSchema,
  agreementStatus,
  jakartaDate,
  RegionSchema,
  SpbeInputError,
} from '@spbe/sdk';

describe('sdk in the browser: schemas and agreement status', () => {
  it('computes the Jakarta date near midnight UTC', () => {
    expect(jakartaDate(new Date('2026-12-31T17:30:00Z'))).to.equal('2027-01-01');
    expect(jakartaDate(new Date('2026-12-31T16:59:59Z'))).to.equal('2026-12-31');
  });

  it('agrees with the browser tz database for Asia/Jakarta', () => {
    const intl = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Jakarta',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    for (
      let t = Date.UTC(2020, 0, 1);
      t < Date.UTC(2030, 0, 1);
      t += 7 * 3_600_000 + 13 * 86_400_000
    ) {
      expect(jakartaDate(t)).to.equal(intl.format(t));
    }
  });

  it('derives expiring, expired and none', () => {
    const pks = { state: 'signed', validFrom: '2024-01-01', validUntil: '2026-12-31' } as const;
    expect(agreementStatus(pks, new Date('2026-12-31T12:00:00+07:00'))).to.equal('expiring');
    expect(agreementStatus(pks, new Date('2026-12-31T17:00:00Z'))).to.equal('expired');
    expect(agreementStatus(undefined)).to.equal('none');
    expect(() => agreementStatus(pks, new Date(Number.NaN))).to.throw(SpbeInputError);
  });

  it('validates regions and agreements', () => {
    expect(
      RegionSchema.safeParse({
        code: '32.73',
        name: 'Kota Bandung',
        level: 'regency',
        parentCode: '32',
        kind: 'kota',
      }).success,
    ).to.equal(true);
    expect(
      RegionSchema.safeParse({
        code: '32-73',
        name: 'Kota Bandung',
        level: 'regency',
        parentCode: '32',
      }).success,
    ).to.equal(false);
    const result = AgreementSchema.safeParse({ state: 'signed' });
    expect(result.success).to.equal(false);
  });
});
