// The retry policy on its own: which statuses are tried again, how long the
// backoff waits, and how a Retry-After header is read (client.test.ts checks
// the waits on the wire against the fault server).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  backoffStep,
  jitter,
  MAX_BACKOFF_MS,
  RETRY_AFTER_STATUSES,
  RETRY_STATUSES,
  retryAfterMs,
} from './retry.js';

describe('which failures are retried', () => {
  it('retries timeouts, rate limits and server errors that may pass, and no other status', () => {
    for (const status of [408, 429, 500, 502, 503, 504]) {
      assert.ok(RETRY_STATUSES.includes(status), String(status));
    }
    // The request itself is wrong, or the server will not answer it differently soon.
    for (const status of [400, 401, 403, 404, 405, 409, 413, 414, 422, 501, 505]) {
      assert.ok(!RETRY_STATUSES.includes(status), String(status));
    }
  });

  it('honours Retry-After on 429 and 503 only, both of them retried', () => {
    assert.deepEqual([...RETRY_AFTER_STATUSES].sort(), [429, 503]);
    // ky reads Retry-After only on a status it retries at all.
    assert.ok(RETRY_AFTER_STATUSES.every((status) => RETRY_STATUSES.includes(status)));
  });
});

describe('backoff', () => {
  it('waits 300 ms before the first retry and doubles each time', () => {
    assert.equal(backoffStep(1), 300);
    for (let retry = 1; retry < 8; retry++) {
      assert.equal(backoffStep(retry + 1), 2 * backoffStep(retry), `retry ${retry + 1}`);
    }
  });

  it('reaches the cap within a handful of retries, not at the first', () => {
    assert.ok(backoffStep(1) < MAX_BACKOFF_MS);
    assert.ok(backoffStep(6) > MAX_BACKOFF_MS);
  });

  it('jitters between half and all of a step, in whole milliseconds', () => {
    assert.equal(
      jitter(600, () => 0),
      300,
    );
    assert.equal(
      jitter(600, () => 0.5),
      450,
    );
    assert.equal(
      jitter(600, () => 0.999_999),
      600,
    );
    assert.equal(
      jitter(300, () => 0.1),
      165,
    );
    assert.equal(
      jitter(301, () => 0),
      151,
      'rounded',
    );
    for (let i = 0; i < 200; i++) {
      const wait = jitter(1200);
      assert.ok(Number.isInteger(wait) && wait >= 600 && wait <= 1200, String(wait));
    }
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2026-11-29T03:00:00Z');

  it('reads delta-seconds', () => {
    assert.equal(retryAfterMs('120', now), 120_000);
    assert.equal(retryAfterMs('0', now), 0);
    assert.equal(retryAfterMs(' 5 ', now), 5_000);
  });

  it('reads an HTTP-date as the time left until then, and a past one as no wait', () => {
    assert.equal(retryAfterMs('Sun, 29 Nov 2026 03:00:10 GMT', now), 10_000);
    assert.equal(retryAfterMs('Sun, 29 Nov 2026 02:59:00 GMT', now), 0);
  });

  it('reads a number as ky does: seconds, with a fraction too, and a huge one as a timestamp', () => {
    // Not RFC 9110's digits only, but ky waits 1.5 s for "1.5": a date parser must not see
    // them (V8 reads "1.5" as 5 January 2001, and "2.0" not at all).
    assert.equal(retryAfterMs('1.5', now), 1_500);
    assert.equal(retryAfterMs('2.0', now), 2_000);
    assert.equal(retryAfterMs('-5', now), 0);
    // Empty: ky ignores it and backs off as usual; no wait is asked for.
    assert.equal(retryAfterMs('', now), 0);
    // From 2024-01-01 in ms on, ky takes the number (× 1000) for an instant: epoch seconds.
    assert.equal(retryAfterMs(String(now / 1000 + 30), now), 30_000);
    assert.equal(retryAfterMs(String(Date.UTC(2024, 0, 1) / 1000 - 1), now), 1_704_067_199_000);
    assert.equal(retryAfterMs(String(Date.UTC(2024, 0, 1) / 1000), now), 0, 'an instant, past');
  });

  it('reads what cannot be read as the longest wait', () => {
    for (const header of ['soon', '5 minutes', '12abc', 'Sun, 32 Nov 2026']) {
      assert.equal(retryAfterMs(header, now), Number.POSITIVE_INFINITY, header);
    }
  });
});
