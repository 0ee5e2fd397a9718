// End to end in Node: one @spbe/sdk client, created once, against `npm start`'s
// server behind the fault proxy (testing/fault-proxy.ts), through an outage
// as an app meets it: the API down, back, slow, answering 503 with
// Retry-After, answering garbage, back. Every call settles (never hangs past
// the client's deadline) with data, with the last good copy where the client
// has one (and says so through onStale), or with a typed SpbeError whose
// message names the request and what went wrong; and once the API is back the
// same client answers fresh again. Waits run on a fast clock (inFastTime).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  createClient,
  type SpbeError,
  SpbeHttpError,
  SpbeNetworkError,
  SpbeResponseError,
  SpbeTimeoutError,
  type StaleEvent,
} from '@spbe/sdk';
import { inFastTime } from '../../../sdk/src/testing/fast-clock.js';
import { type MainServer, startMain } from '../testing/e2e.js';
import { type FaultProxy, type ProxyMode, startFaultProxy } from '../testing/fault-proxy.js';

let api: MainServer;
let proxy: FaultProxy;
let spbe: ReturnType<typeof createClient>;
/** What the client told onStale, since the last look. */
let stale: StaleEvent[] = [];

const TIMEOUT = 5000;
const DEADLINE = 20_000;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

before(async () => {
  api = await startMain();
  proxy = await startFaultProxy(api.url);
  process.on('unhandledRejection', onUnhandled);
  spbe = createClient({
    baseUrl: proxy.url,
    timeout: TIMEOUT,
    deadline: DEADLINE,
    // Every use asks the API again (revalidating), so the last good copy is what a failure meets.
    cache: { ttl: 1 },
    onStale: (event) => stale.push(event),
  });
});
after(async () => {
  process.off('unhandledRejection', onUnhandled);
  await proxy?.close();
  await api?.stop();
  assert.deepEqual(unhandled, [], 'no promise rejected unhandled');
});

type Settled<T> = { value: T; staleBecause?: unknown } | { error: unknown };

/**
 * How `call` settled, and how long that took. On a fast clock by default (the
 * client's retries, backoffs, Retry-After waits and timeouts pass 20 times
 * faster); in real time for calls the API answers, whose real work a fast
 * clock would count 20 times over against the timeout.
 */
async function settle<T>(
  call: () => Promise<T>,
  clock: 'fast' | 'real' = 'fast',
): Promise<{ settled: Settled<T>; ms: number }> {
  stale = [];
  const attempt = async (): Promise<Settled<T>> => {
    try {
      const value = await call();
      return stale.length ? { value, staleBecause: stale[0]!.reason } : { value };
    } catch (error) {
      return { error };
    }
  };
  const started = Date.now();
  const { value: settled, fakeMs } =
    clock === 'fast' ? await inFastTime(attempt) : { value: await attempt(), fakeMs: 0 };
  const ms = clock === 'fast' ? fakeMs : Date.now() - started;
  assert.ok(ms <= DEADLINE + 500, `settled after ${ms} ms, past the ${DEADLINE} ms deadline`);
  return { settled, ms };
}

/** A typed SDK error of `type`, whose message names the request. */
function failedWith<E extends SpbeError>(
  settled: Settled<unknown>,
  type: new (...args: never[]) => E,
  path: string,
): E {
  assert.ok('error' in settled, `expected a failure, got ${JSON.stringify(settled)}`);
  const { error } = settled;
  assert.ok(error instanceof type, `expected ${type.name}, got ${String(error)}`);
  assert.ok(error.message.includes(`GET ${proxy.url}/v1/${path}`), error.message);
  return error;
}

/** Data, from the API itself (no stale copy). */
function fresh<T>(settled: Settled<T>): T {
  assert.ok(
    'value' in settled,
    `expected data, got ${String((settled as { error: unknown }).error)}`,
  );
  assert.equal(settled.staleBecause, undefined, 'fresh, not a stale copy');
  return settled.value;
}

/** The last good copy, served because of a failure of `type`. */
function staleCopy<T>(settled: Settled<T>, type: new (...args: never[]) => SpbeError): T {
  assert.ok(
    'value' in settled,
    `expected a stale copy, got ${String((settled as { error: unknown }).error)}`,
  );
  assert.ok(
    settled.staleBecause instanceof type,
    `stale because of ${String(settled.staleBecause)}`,
  );
  return settled.value;
}

const requestsFrom = async (mode: ProxyMode) => {
  await proxy.set(mode);
  return proxy.requests.length;
};

describe('one SDK client through an outage', () => {
  it('down before anything was cached: SpbeNetworkError, after its retries, then data once back', async () => {
    await requestsFrom({ kind: 'down' });
    const down = await settle(() => spbe.regions.get('32.73'));
    const error = failedWith(down.settled, SpbeNetworkError, 'regions/32.73');
    assert.match(error.message, /network connection failed/);

    await requestsFrom({ kind: 'pass' });
    const back = await settle(() => spbe.regions.get('32.73'), 'real');
    assert.equal(fresh(back.settled).name, 'Kota Bandung');
    assert.equal(fresh((await settle(() => spbe.catalog(), 'real')).settled).total > 0, true);
  });

  it('connections reset: the last good copy where there is one, SpbeNetworkError elsewhere, three attempts each', async () => {
    const from = await requestsFrom({ kind: 'reset' });
    const cached = await settle(() => spbe.regions.get('32.73'));
    assert.equal(staleCopy(cached.settled, SpbeNetworkError).name, 'Kota Bandung');
    const unseen = await settle(() => spbe.regions.get('32.05'));
    failedWith(unseen.settled, SpbeNetworkError, 'regions/32.05');
    const attempts = proxy.requests.slice(from).filter((r) => r.path === '/v1/regions/32.05');
    assert.equal(attempts.length, 3, 'the first try and two retries');
  });

  it('slow within the timeout: data; slower than it: SpbeTimeoutError by the deadline, or the last good copy', async () => {
    await requestsFrom({ kind: 'slow', ms: 300 });
    const slow = await settle(() => spbe.regions.get('32.76'), 'real');
    assert.equal(fresh(slow.settled).name, 'Kota Depok');
    assert.ok(slow.ms >= 300);

    await requestsFrom({ kind: 'slow', ms: 10 * TIMEOUT });
    const unseen = await settle(() => spbe.regions.get('32.11'));
    const error = failedWith(unseen.settled, SpbeTimeoutError, 'regions/32.11');
    assert.match(error.message, /timed out: no complete answer within 5000 ms/);
    assert.ok(unseen.ms >= 3 * TIMEOUT, `gave up after ${unseen.ms} ms: three attempts of 5 s`);
    const cached = await settle(() => spbe.catalog());
    assert.ok(staleCopy(cached.settled, SpbeTimeoutError).total > 0);
  });

  it('503 with Retry-After: waits as asked between attempts, then SpbeHttpError saying how long to wait, or the last good copy', async () => {
    const from = await requestsFrom({ kind: 'unavailable', retryAfter: 2 });
    const unseen = await settle(() => spbe.regions.get('32.13'));
    const error = failedWith(unseen.settled, SpbeHttpError, 'regions/32.13');
    assert.equal(error.status, 503);
    assert.equal(error.retryAfter, 2000);
    assert.match(error.message, /answered 503: Sedang pemeliharaan\./);
    const times = proxy.requests
      .slice(from)
      .filter((r) => r.path === '/v1/regions/32.13')
      .map((r) => r.at);
    assert.equal(times.length, 3);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    assert.ok(
      gaps.every((gap) => gap >= 2000),
      `asked again after ${gaps} ms`,
    );

    const cached = await settle(() => spbe.regions.get('32.73'));
    const reason = (cached.settled as { staleBecause?: unknown }).staleBecause;
    assert.equal(staleCopy(cached.settled, SpbeHttpError).name, 'Kota Bandung');
    assert.equal((reason as SpbeHttpError).status, 503);
  });

  it('garbage: SpbeResponseError naming what broke (HTML, invalid JSON, the wrong shape), or the last good copy', async () => {
    const from = await requestsFrom({ kind: 'garbage' });
    const html = failedWith(
      (await settle(() => spbe.regions.get('32.16'))).settled,
      SpbeResponseError,
      'regions/32.16',
    );
    assert.equal(html.reason, 'content-type');
    assert.match(html.message, /expected JSON, got "text\/html; charset=utf-8"/);
    const cut = failedWith(
      (await settle(() => spbe.regions.children('32.16'))).settled,
      SpbeResponseError,
      'regions/32.16/children',
    );
    assert.equal(cut.reason, 'not-json');
    const shape = failedWith(
      (await settle(() => spbe.regions.agreements('32.16'))).settled,
      SpbeResponseError,
      'regions/32.16/agreements',
    );
    assert.equal(shape.reason, 'schema');
    assert.match(shape.message, /does not match the contract at the top level/);
    // Broken answers are not retried: the same answer would come again.
    assert.equal(
      proxy.requests.slice(from).filter((r) => r.path === '/v1/regions/32.16').length,
      1,
    );

    const cached = await settle(() => spbe.regions.get('32.73'));
    assert.equal(staleCopy(cached.settled, SpbeResponseError).name, 'Kota Bandung');
  });

  it('back: the same client answers fresh again, everywhere', async () => {
    await requestsFrom({ kind: 'pass' });
    const calls: (() => Promise<unknown>)[] = [
      () => spbe.regions.get('32.73'),
      () => spbe.regions.get('32.16'),
      () => spbe.regions.get('32.11'),
      () => spbe.catalog(),
      () => spbe.regions.agreements('32.16'),
    ];
    for (const call of calls) fresh((await settle(call, 'real')).settled);
  });
});
