// agreementStatus computes the Jakarta date with a fixed UTC+7 offset. The
// baseline is what it would cost to ask the tz database through Intl each time.
import { agreementStatus } from '@spbe/sdk';
import { compare } from './harness.js';

const intl = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Jakarta',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const pks = { state: 'signed', validFrom: '2024-01-01', validUntil: '2026-12-31' } as const;
let t = Date.UTC(2026, 10, 1);

compare({
  title: 'agreementStatus: fixed-offset Jakarta date vs Intl time-zone lookup',
  baseline: {
    name: 'Intl.DateTimeFormat(Asia/Jakarta) + compare',
    fn: () => {
      t += 3_600_000;
      const today = intl.format(t);
      return today > pks.validUntil ? 'expired' : 'active';
    },
  },
  subjects: [
    {
      name: 'agreementStatus()',
      fn: () => {
        t += 3_600_000;
        return agreementStatus(pks, t);
      },
    },
  ],
});
