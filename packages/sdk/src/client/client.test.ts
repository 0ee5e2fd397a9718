// The client against a fault-injecting server on loopback: each fault gets the
// right error class with its fields, within timing bounds, and the requests
// that reach the server are counted.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { SpbeHttpError } from '../errors/spbe-http-error.js';
import { SpbeInputError } from '../errors/spbe-input-error.js';
import { SpbeNetworkError } from '../errors/spbe-network-error.js';
import { SpbeResponseError } from '../errors/spbe-response-error.js';
import { SpbeTimeoutError } from '../errors/spbe-timeout-error.js';
import { type ClientOptions, createClient } from '../index.js';
import { failure } from '../testing/failure.js';
import { inFastTime } from '../testing/fast-clock.js';
import {
  type Fault,
  type FaultServer,
  SERVICE_TOTAL,
  startFaultServer,
} from '../testing/fault-server.js';

const run = promisify(execFile);
let server: FaultServer;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

before(async () => {
  server = await startFaultServer();
  process.on('unhandledRejection', onUnhandled);
});
after(async () => {
  await new Promise((r) => setTimeout(r, 100));
  process.off('unhandledRejection', onUnhandled);
  await server.close();
  assert.deepEqual(unhandled, [], 'no promise rejected unhandled');
});

/** Milliseconds between consecutive request arrivals. */
const gaps = (arrivals: number[]) => arrivals.slice(1).map((t, i) => t - arrivals[i]!);

const faulty = (fault: Fault, options?: Partial<ClientOptions>) => server.faulty(fault, options);

describe('arguments are checked before any request', () => {
  it('refuses a malformed region code with SpbeInputError naming it', async () => {
    const { client, tally } = faulty('ok');
    const { error } = await failure(() => client.regions.get('32-73'));
    assert.ok(error instanceof SpbeInputError);
    assert.equal(error.argument, 'code');
    assert.match(error.message, /Kemendagri region code/);
    assert.equal(tally().count, 0);
  });

  it('checks query objects, codes of the right level, ids', async () => {
    const { client, tally } = faulty('ok');
    const cases: [() => Promise<unknown>, string][] = [
      [() => client.services.list({ page: 0 }), 'query.page'],
      [() => client.services.list({ pageSize: 1000 }), 'query.pageSize'],
      [() => client.services.list({ q: 'x'.repeat(201) }), 'query.q'],
      [() => client.services.list({ nope: 1 } as never), 'query'],
      [() => client.services.list('ktp' as never), 'query'],
      [() => client.regions.agreements('32'), 'code'],
      [() => client.regions.children(32 as never), 'code'],
      [() => client.services.get('Not A Slug'), 'id'],
      [() => client.agreements.list({ state: 'approved' as never }), 'query.state'],
    ];
    for (const [call, argument] of cases) {
      const { error } = await failure(call);
      assert.ok(error instanceof SpbeInputError, String(error));
      assert.equal(error.argument, argument);
    }
    assert.equal(tally().count, 0);
  });

  it('checks the client options', () => {
    const bad: [unknown, string][] = [
      [{}, 'options.baseUrl'],
      [{ baseUrl: 'not a url' }, 'options.baseUrl'],
      [{ baseUrl: 'ftp://example.org' }, 'options.baseUrl'],
      [{ baseUrl: 'https://example.org/spbe?x=1' }, 'options.baseUrl'],
      [{ baseUrl: 'https://user:pw@example.org' }, 'options.baseUrl'],
      [{ baseUrl: 'https://example.org', timeout: -1 }, 'options.timeout'],
      [{ baseUrl: 'https://example.org', timeout: Number.NaN }, 'options.timeout'],
      [{ baseUrl: 'https://example.org', retry: 1.5 }, 'options.retry'],
      [{ baseUrl: 'https://example.org', cache: 'yes' }, 'options.cache'],
      [{ baseUrl: 'https://example.org', cache: { ttl: -5 } }, 'options.cache.ttl'],
      [{ baseUrl: 'https://example.org', fetch: 'fetch' }, 'options.fetch'],
      [null, 'options'],
    ];
    for (const [options, argument] of bad) {
      assert.throws(
        () => createClient(options as ClientOptions),
        (error: unknown) => error instanceof SpbeInputError && error.argument === argument,
        JSON.stringify(options),
      );
    }
  });

  it('appends /v1/ to the base URL, with or without a trailing slash', () => {
    assert.equal(
      createClient({ baseUrl: 'https://example.go.id/spbe' }).apiRoot,
      'https://example.go.id/spbe/v1/',
    );
    assert.equal(
      createClient({ baseUrl: 'https://example.go.id/spbe/' }).apiRoot,
      'https://example.go.id/spbe/v1/',
    );
  });
});

describe('valid answers', () => {
  it('returns validated, frozen data', async () => {
    const { client } = faulty('ok');
    const region = await client.regions.get('32');
    assert.deepEqual(region, {
      code: '32',
      name: 'Jawa Barat',
      level: 'province',
      parentCode: null,
    });
    assert.ok(Object.isFrozen(region));
    const children = await client.regions.children('32');
    assert.equal(children.length, 3);
    assert.ok(Object.isFrozen(children[0]));
  });

  it('accepts and drops unknown extra fields', async () => {
    const { client } = faulty('extra-field');
    const region = await client.regions.get('32');
    assert.equal(region.name, 'Jawa Barat');
    assert.equal('population' in region, false);
  });
});

describe('retries', () => {
  it('retries 503 twice, then succeeds (3 requests)', async () => {
    const { client, tally } = faulty('503x2');
    const { value } = await inFastTime(() => client.regions.get('32'));
    assert.equal(value.code, '32');
    assert.equal(tally().count, 3);
    // Jittered exponential backoff: 150–300 ms, then 300–600 ms.
    const [first, second] = gaps(tally().arrivals);
    assert.ok(first! >= 150 && second! >= 300, `waited ${first} and ${second} ms`);
  });

  it('gives up after the retry limit with SpbeHttpError carrying the problem and request id', async () => {
    const { client, tally } = faulty('503x2', { retry: 1 });
    const { value: error } = await inFastTime(
      async () => (await failure(() => client.regions.get('32'))).error,
    );
    assert.ok(error instanceof SpbeHttpError);
    assert.equal(error.status, 503);
    assert.equal(error.problem?.title, 'Service Unavailable');
    assert.match(error.requestId ?? '', /^fault-\d+$/);
    assert.equal(error.requestId, error.problem?.requestId);
    assert.match(
      error.message,
      /answered 503: Service Unavailable \(injected\) \(request id fault-\d+\)/,
    );
    assert.equal(tally().count, 2);
  });

  it('does not retry when retry is 0', async () => {
    const { client, tally } = faulty('503x2', { retry: 0 });
    await failure(() => client.regions.get('32'));
    assert.equal(tally().count, 1);
  });

  it('waits Retry-After in seconds before retrying a 429', async () => {
    const { client, tally } = faulty('429-seconds');
    await inFastTime(() => client.regions.get('32'));
    const waited = gaps(tally().arrivals);
    assert.equal(waited.length, 1);
    assert.ok(waited[0]! >= 1000 && waited[0]! < 2000, `waited ${waited} ms`);
  });

  it('waits Retry-After given as an HTTP date', async () => {
    const { client, tally } = faulty('429-date');
    await inFastTime(() => client.regions.get('32'));
    const waited = gaps(tally().arrivals);
    // The date is the next whole second plus 2 s: 2 to 3 s ahead.
    assert.equal(waited.length, 1);
    assert.ok(waited[0]! >= 2000 && waited[0]! < 3500, `waited ${waited} ms`);
  });

  it('caps a long Retry-After at maxRetryAfter', async () => {
    const { client, tally } = faulty('429-seconds', { maxRetryAfter: 100 });
    await inFastTime(() => client.regions.get('32'));
    const waited = gaps(tally().arrivals);
    assert.ok(waited[0]! >= 100 && waited[0]! < 600, `waited ${waited} ms`);
  });

  it('tells how long the API asked to wait (Retry-After) on the error, when it said', async () => {
    const seconds = await failure(() =>
      faulty('429-seconds', { retry: 0 }).client.regions.get('32'),
    );
    assert.ok(seconds.error instanceof SpbeHttpError && seconds.error.status === 429);
    assert.equal(seconds.error.retryAfter, 1000);
    // An HTTP date two to three seconds ahead when sent, read a moment later.
    const date = await failure(() => faulty('429-date', { retry: 0 }).client.regions.get('32'));
    assert.ok(date.error instanceof SpbeHttpError);
    const wait = date.error.retryAfter ?? 0;
    assert.ok(wait > 1000 && wait <= 3000, `${wait} ms`);
    const none = await failure(() => faulty('always-503', { retry: 0 }).client.regions.get('32'));
    assert.ok(none.error instanceof SpbeHttpError && none.error.status === 503);
    assert.equal(none.error.retryAfter, undefined);
  });

  it('does not retry a 404', async () => {
    const { client, tally } = faulty('not-found');
    const { error } = await failure(() => client.regions.get('32'));
    assert.ok(error instanceof SpbeHttpError);
    assert.equal(error.status, 404);
    assert.equal(error.problem?.status, 404);
    assert.match(error.requestId ?? '', /^fault-/);
    assert.equal(tally().count, 1);
  });

  it('reports a 500 with an HTML body as SpbeHttpError without a problem, after retrying', async () => {
    const { client, tally } = faulty('server-error-html', { retry: 1 });
    const { value: error } = await inFastTime(
      async () => (await failure(() => client.regions.get('32'))).error,
    );
    assert.ok(error instanceof SpbeHttpError);
    assert.equal(error.status, 500);
    assert.equal(error.problem, undefined);
    assert.equal(tally().count, 2);
  });
});

describe('network failures and timeouts', () => {
  it('turns a reset before the headers into SpbeNetworkError, retried', async () => {
    const { client, tally } = faulty('reset', { retry: 2 });
    const { value: error } = await inFastTime(
      async () => (await failure(() => client.regions.get('32'))).error,
    );
    assert.ok(error instanceof SpbeNetworkError, String(error));
    assert.match(error.url, /\/v1\/regions\/32$/);
    assert.equal(tally().count, 3);
  });

  it('turns a reset in the middle of the body into SpbeNetworkError', async () => {
    const { client } = faulty('reset-body', { retry: 0 });
    const { error } = await failure(() => client.regions.children('32'));
    assert.ok(error instanceof SpbeNetworkError, String(error));
  });

  it('retries a reset in the middle of the body like any transient failure', async () => {
    const { client, tally } = faulty('reset-body-once', { retry: 1 });
    const { value } = await inFastTime(() => client.regions.children('32'));
    assert.equal(value.length, 3);
    assert.equal(tally().count, 2);
  });

  it('retries a body that stalls after the headers, within the attempt timeout', async () => {
    // Real time (300 ms): under a fast clock the second attempt's timeout was a
    // few real milliseconds, which a cold first answer on a loaded machine missed.
    const { client, tally } = faulty('stall-body-once', { retry: 1, timeout: 300 });
    const value = await client.regions.children('32');
    assert.equal(value.length, 3);
    assert.equal(tally().count, 2);
    const [waited] = gaps(tally().arrivals);
    assert.ok(waited! >= 300, `second attempt after ${waited} ms`);
  });

  it('gives up on a stalling body at the deadline, retries included', async () => {
    // Real time: the attempts race the deadline, so fast-clocked I/O would skew them.
    const { client, tally } = faulty('stall-body', { retry: 5, timeout: 200, deadline: 800 });
    const { error, ms } = await failure(() => client.regions.children('32'));
    assert.ok(error instanceof SpbeTimeoutError, String(error));
    assert.match(error.message, /800 ms deadline/);
    assert.ok(ms < 800 + 250, `${Math.round(ms)} ms`);
    assert.ok(tally().count >= 2 && tally().count < 6, `${tally().count} attempts`);
  });

  it('fails at once when Retry-After asks for more than the deadline leaves', async () => {
    const { client, tally } = faulty('429-seconds', { deadline: 500 });
    const { error, ms } = await failure(() => client.regions.get('32'));
    assert.ok(error instanceof SpbeHttpError && error.status === 429, String(error));
    assert.ok(ms < 400, `${Math.round(ms)} ms`);
    assert.equal(tally().count, 1);
  });

  it('reads a Retry-After that is not whole seconds as ky waits for it', async () => {
    // The first answer is a 503 asking to wait `retryAfter`; the rest come from the server.
    const busyOnce = (retryAfter: string): typeof fetch => {
      let answered = false;
      return async (input, init) => {
        if (answered) return fetch(input, init);
        answered = true;
        return new Response(JSON.stringify({ title: 'Busy', status: 503 }), {
          status: 503,
          headers: { 'content-type': 'application/problem+json', 'retry-after': retryAfter },
        });
      };
    };
    // ky waits 2 s for "2.0": well within a 5 s deadline, so the client tries again.
    const patient = faulty('ok', { deadline: 5_000, fetch: busyOnce('2.0') });
    const { value, fakeMs } = await inFastTime(() => patient.client.regions.get('32'));
    assert.equal(value.code, '32');
    assert.equal(patient.tally().count, 1);
    assert.ok(fakeMs >= 2_000 && fakeMs < 4_000, `${fakeMs} ms`);
    // ky would wait 1.5 s for "1.5": more than a 1 s deadline leaves, so the 503 at once.
    const hurried = faulty('ok', { deadline: 1_000, fetch: busyOnce('1.5') });
    const { error, ms } = await failure(() => hurried.client.regions.get('32'));
    assert.ok(error instanceof SpbeHttpError && error.status === 503, String(error));
    assert.ok(ms < 500, `${Math.round(ms)} ms`);
    assert.equal(hurried.tally().count, 0);
  });

  it('times out a body that stalls after the headers, within timeout + 250 ms', async () => {
    const { client } = faulty('stall-body', { retry: 0, timeout: 500 });
    const { error, ms } = await failure(() => client.regions.children('32'));
    assert.ok(error instanceof SpbeTimeoutError, String(error));
    assert.equal(error.timeout, 500);
    assert.ok(ms >= 490 && ms < 750, `${Math.round(ms)} ms`);
  });

  it('times out a server that never answers, within timeout + 250 ms', async () => {
    const { client } = faulty('silent', { retry: 0, timeout: 400 });
    const { error, ms } = await failure(() => client.regions.get('32'));
    assert.ok(error instanceof SpbeTimeoutError);
    assert.ok(ms >= 390 && ms < 650, `${Math.round(ms)} ms`);
  });

  it('bounds all attempts with the deadline', async () => {
    const { client, tally } = faulty('silent', { retry: 10, timeout: 300, deadline: 800 });
    const { error, ms } = await failure(() => client.regions.get('32'));
    assert.ok(error instanceof SpbeTimeoutError);
    assert.equal(error.timeout, 800);
    assert.match(error.message, /deadline/);
    assert.ok(ms < 800 + 250, `${Math.round(ms)} ms`);
    assert.ok(tally().count >= 2);
  });

  it('reports a refused connection as SpbeNetworkError', async () => {
    const client = createClient({ baseUrl: 'http://127.0.0.1:1', retry: 0 });
    const { error } = await failure(() => client.regions.get('32'));
    assert.ok(error instanceof SpbeNetworkError);
  });
});

describe('responses that break the contract', () => {
  const cases: [Fault, string, RegExp][] = [
    ['html', 'content-type', /expected JSON, got "text\/html; charset=utf-8"/],
    ['text-plain', 'content-type', /expected JSON, got "text\/plain"/],
    ['truncated', 'not-json', /not valid JSON/],
    ['big', 'too-large', /larger than the 4194304-byte limit/],
    ['big-declared', 'too-large', /larger than the 4194304-byte limit/],
  ];
  for (const [fault, reason, message] of cases) {
    it(`${fault} → SpbeResponseError (${reason})`, async () => {
      const { client } = faulty(fault, { retry: 0 });
      const { error } = await failure(() => client.regions.get('32'));
      assert.ok(error instanceof SpbeResponseError, String(error));
      assert.equal(error.reason, reason);
      assert.match(error.message, message);
    });
  }

  it('enforces the size cap while streaming, not after buffering everything', async () => {
    // The server trickles 5 MiB over about 400 ms; a 128 KiB cap must stop it early.
    const { client, tally } = faulty('big', { retry: 0, maxBodyBytes: 128 * 1024 });
    const { error, ms } = await failure(() => client.regions.get('32'));
    assert.ok(error instanceof SpbeResponseError && error.reason === 'too-large');
    assert.ok(ms < 200, `${Math.round(ms)} ms`);
    await new Promise((r) => setTimeout(r, 50));
    assert.ok(tally().written < 1024 * 1024, `server wrote ${tally().written} of 5 MiB`);
  });

  it('names the path of a wrong type deep inside', async () => {
    const { client } = faulty('wrong-type-deep');
    const { error } = await failure(() => client.regions.children('32'));
    assert.ok(error instanceof SpbeResponseError);
    assert.equal(error.reason, 'schema');
    assert.equal(error.path, '[2].level');
    assert.match(
      error.message,
      /does not match the contract at \[2\]\.level: expected one of "province", "regency", "district", "village"/,
    );
  });
});

describe('abort', () => {
  it('rejects at once with the caller reason, and nothing rejects later', async () => {
    const { client } = faulty('slow');
    const controller = new AbortController();
    const reason = new Error('user left the page');
    setTimeout(() => controller.abort(reason), 50);
    const { error, ms } = await failure(() =>
      client.regions.get('32', { signal: controller.signal }),
    );
    assert.equal(error, reason);
    assert.ok(ms < 200, `${Math.round(ms)} ms`);
  });

  it('rejects a call whose signal is already aborted, without a request', async () => {
    const { client, tally } = faulty('ok');
    const { error } = await failure(() =>
      client.regions.get('32', { signal: AbortSignal.abort('gone') }),
    );
    assert.equal(error, 'gone');
    assert.equal(tally().count, 0);
  });

  it('stops retrying when aborted during a backoff wait', async () => {
    const { client, tally } = faulty('always-503', { retry: 5 });
    const controller = new AbortController();
    await inFastTime(async () => {
      const call = failure(() => client.regions.get('32', { signal: controller.signal }));
      // Abort once the first attempt has been answered (not after a fixed time,
      // which a loaded machine may spend before the first request even arrives).
      while (tally().count < 1) await new Promise((r) => setTimeout(r, 20));
      controller.abort('stop');
      const { error } = await call;
      assert.equal(error, 'stop');
      const seen = tally().count;
      assert.ok(seen >= 1 && seen < 6, `${seen} requests before the abort`);
      await new Promise((r) => setTimeout(r, 5000));
      assert.equal(tally().count, seen, 'no request after the abort');
    });
  });
});

describe('de-duplication and caching', () => {
  it('merges identical concurrent calls into one request', async () => {
    const { client, tally } = faulty('slow');
    const results = await Promise.all(Array.from({ length: 5 }, () => client.regions.get('32')));
    assert.equal(tally().count, 1);
    for (const r of results) assert.equal(r, results[0]);
  });

  it('keeps a shared request going when one of its callers aborts', async () => {
    const { client, tally } = faulty('slow');
    const controller = new AbortController();
    const leaving = client.regions.get('32', { signal: controller.signal });
    const staying = client.regions.get('32');
    controller.abort('bye');
    await assert.rejects(leaving, (e) => e === 'bye');
    assert.equal((await staying).code, '32');
    assert.equal(tally().count, 1);
  });

  it('serves a fresh cached answer without a request, then revalidates with If-None-Match', async () => {
    const { client, tally } = faulty('ok', { cache: { ttl: 100 } });
    const first = await client.regions.get('32');
    assert.equal(await client.regions.get('32'), first);
    assert.equal(tally().count, 1);
    await new Promise((r) => setTimeout(r, 150));
    assert.equal(await client.regions.get('32'), first);
    assert.deepEqual(
      { count: tally().count, conditional: tally().conditional },
      { count: 2, conditional: 1 },
    );
  });

  it('keeps nothing when the cache is off', async () => {
    const off = faulty('ok', { cache: false });
    await off.client.regions.get('32');
    await off.client.regions.get('32');
    assert.deepEqual(
      { count: off.tally().count, conditional: off.tally().conditional },
      { count: 2, conditional: 0 },
    );
  });

  it('serves the last good copy when the API goes down, and says so', async () => {
    const stale: unknown[] = [];
    const { client, tally } = faulty('ok-then-down', {
      retry: 1,
      cache: { ttl: 1 },
      onStale: (event) => stale.push(event.reason),
    });
    const first = await client.regions.get('32');
    await new Promise((r) => setTimeout(r, 10));
    const told: number[] = [];
    const { value: second } = await inFastTime(() =>
      client.regions.get('32', { onStale: (event) => told.push(event.ageMs) }),
    );
    assert.equal(second, first);
    assert.equal(told.length, 1, 'the call is told too');
    assert.ok(told[0]! >= 10, `${told[0]} ms old`);
    assert.equal(tally().count, 3);
    assert.equal(stale.length, 1);
    assert.ok(stale[0] instanceof SpbeHttpError);
  });

  it('fails instead when staleIfError is off', async () => {
    const { client } = faulty('ok-then-down', { retry: 0, cache: { ttl: 1, staleIfError: false } });
    await client.regions.get('32');
    await new Promise((r) => setTimeout(r, 10));
    await assert.rejects(client.regions.get('32'), SpbeHttpError);
  });

  it('with staleWhileRevalidate answers at once and refreshes in the background', async () => {
    const { client, tally } = faulty('slow', { cache: { ttl: 1, staleWhileRevalidate: true } });
    const first = await client.regions.get('32');
    await new Promise((r) => setTimeout(r, 10));
    const started = performance.now();
    assert.equal(await client.regions.get('32'), first);
    assert.ok(performance.now() - started < 100, 'answered without waiting for the slow server');
    await new Promise((r) => setTimeout(r, 400));
    assert.equal(tally().count, 2);
    assert.equal(tally().conditional, 1);
  });

  it('stops serving a stale copy once the API says it is gone', async () => {
    const { client } = faulty('ok-then-gone', { cache: { ttl: 1, staleWhileRevalidate: true } });
    const first = await client.regions.get('32');
    await new Promise((r) => setTimeout(r, 10));
    assert.equal(await client.regions.get('32'), first, 'stale while revalidating');
    await new Promise((r) => setTimeout(r, 100));
    await assert.rejects(
      client.regions.get('32'),
      (e: unknown) => e instanceof SpbeHttpError && e.status === 404,
    );
  });

  it('works where AbortSignal.any is missing (older browsers)', async () => {
    // In its own process: ky looks for AbortSignal.any once, when it loads.
    const script = new URL('../testing/older-runtime.ts', import.meta.url).pathname;
    const { stdout } = await run(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', script, server.url],
      { timeout: 20_000 },
    );
    assert.deepEqual(JSON.parse(stdout), {
      anyMissing: true,
      stalled: { error: 'SpbeTimeoutError' },
      aborted: { error: 'bye' },
      ok: { value: '32' },
    });
  });

  it('forgets everything on clearCache()', async () => {
    const { client, tally } = faulty('ok');
    await client.regions.get('32');
    client.clearCache();
    await client.regions.get('32');
    assert.deepEqual(
      { count: tally().count, conditional: tally().conditional },
      { count: 2, conditional: 0 },
    );
  });
});

describe('caching as RFC 9111 says', () => {
  /** Two calls a moment apart: how many requests, how many conditional, and each one's If-None-Match. */
  async function twice(fault: Fault, options: Partial<ClientOptions> = {}) {
    const { client, tally } = faulty(fault, options);
    const first = await client.regions.get('32');
    const second = await client.regions.get('32');
    const { count, conditional, headers } = tally();
    return { first, second, count, conditional, sent: headers.map((h) => h['if-none-match']) };
  }

  for (const fault of ['cc-no-cache', 'no-cache'] as const) {
    it(`${fault === 'no-cache' ? 'max-age=0' : 'no-cache'}: stored, revalidated before every use, 304 reuses the body`, async () => {
      const { first, second, count, conditional, sent } = await twice(fault);
      assert.equal(second, first, 'the stored (frozen) answer, not a new one');
      assert.deepEqual({ count, conditional }, { count: 2, conditional: 1 });
      assert.equal(sent[0], undefined);
      assert.match(sent[1] ?? '', /^"v1-\d+"$/, 'the stored ETag');
    });
  }

  it('no-cache: the stored copy stands in when the API goes down (staleIfError)', async () => {
    const stale: unknown[] = [];
    const { client, tally } = faulty('no-cache-then-down', {
      retry: 0,
      onStale: (e) => stale.push(e.reason),
    });
    const first = await client.regions.get('32');
    assert.equal(await client.regions.get('32'), first);
    assert.equal(tally().count, 2);
    assert.ok(stale[0] instanceof SpbeHttpError);
  });

  it('no-store: never stored, never sent conditionally, nothing to stand in', async () => {
    const { first, second, count, conditional } = await twice('cc-no-store');
    assert.notEqual(second, first);
    assert.deepEqual({ count, conditional }, { count: 2, conditional: 0 });
    const down = faulty('no-store-then-down', { retry: 0 });
    await down.client.regions.get('32');
    await assert.rejects(down.client.regions.get('32'), SpbeHttpError);
  });

  it('Vary: * is never stored', async () => {
    const { count, conditional } = await twice('vary-star');
    assert.deepEqual({ count, conditional }, { count: 2, conditional: 0 });
  });

  it('Age counts against max-age', async () => {
    const spent = await twice('age-spent');
    assert.deepEqual(
      { count: spent.count, conditional: spent.conditional },
      { count: 2, conditional: 1 },
    );
    const half = await twice('age-half');
    assert.deepEqual(
      { count: half.count, conditional: half.conditional },
      { count: 1, conditional: 0 },
    );
  });

  it('must-revalidate: a stale copy is never served when the API is down', async () => {
    const { client, tally } = faulty('must-revalidate-then-down', { retry: 0 });
    await client.regions.get('32');
    const { error } = await failure(() => client.regions.get('32'));
    assert.ok(error instanceof SpbeHttpError && error.status === 503, String(error));
    assert.equal(tally().conditional, 1);
  });

  it('max-age: used without asking until it runs out, never past the client ttl', async () => {
    const { count } = await twice('ok');
    assert.equal(count, 1);
    const short = await twice('ok', { cache: { ttl: 0 } });
    assert.deepEqual(
      { count: short.count, conditional: short.conditional },
      { count: 2, conditional: 1 },
    );
  });
});

describe('services.iterate', () => {
  it('walks every page', async () => {
    const { client, tally } = faulty('ok');
    const names: string[] = [];
    for await (const service of client.services.iterate({ pageSize: 3 })) names.push(service.name);
    assert.equal(names.length, SERVICE_TOTAL);
    assert.equal(tally().count, 3);
  });

  it('stops fetching when the loop breaks', async () => {
    const { client, tally } = faulty('ok');
    for await (const service of client.services.iterate({ pageSize: 3 })) {
      if (service.name === 'Layanan 2') break;
    }
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(tally().count, 1);
  });
});
