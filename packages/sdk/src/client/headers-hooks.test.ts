// The `headers` and `hooks` options against the fault server (the headers each
// request carried are recorded there), and credentials that never leak into
// an error: not its message, its JSON, its request or its cause chain.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { inspect } from 'node:util';
import ky from 'ky';
import { SpbeError } from '../errors/spbe-error.js';
import { SpbeHttpError } from '../errors/spbe-http-error.js';
import { SpbeInputError } from '../errors/spbe-input-error.js';
import { SpbeNetworkError } from '../errors/spbe-network-error.js';
import { type ClientOptions, createClient } from '../index.js';
import { failure } from '../testing/failure.js';
import { inFastTime } from '../testing/fast-clock.js';
import { type Fault, type FaultServer, startFaultServer } from '../testing/fault-server.js';

let server: FaultServer;
before(async () => {
  server = await startFaultServer();
});
after(() => server.close());

const faulty = (fault: Fault, options?: Partial<ClientOptions>) => server.faulty(fault, options);

describe('headers', () => {
  it('sends an object of headers with every request, retries included', async () => {
    const { client, tally } = faulty('503x2', {
      headers: { 'X-Api-Key': 'k-123', 'X-Trace': 'abc' },
    });
    await inFastTime(() => client.regions.get('32'));
    const sent = tally().headers;
    assert.equal(sent.length, 3);
    for (const h of sent) assert.deepEqual([h['x-api-key'], h['x-trace']], ['k-123', 'abc']);
    assert.equal(sent[0]?.accept, 'application/json');
  });

  it('calls a headers function before every attempt, so a rotating token is current', async () => {
    let n = 0;
    const { client, tally } = faulty('503x2', {
      headers: async () => ({ authorization: `Bearer token-${++n}` }),
    });
    await inFastTime(() => client.regions.get('32'));
    assert.deepEqual(
      tally().headers.map((h) => h.authorization),
      ['Bearer token-1', 'Bearer token-2', 'Bearer token-3'],
    );
  });

  it('refuses bad headers with SpbeInputError naming the header, never its value', async () => {
    const bad: [unknown, string][] = [
      [{ authorization: 'Bearer s3cret\r\nX-Evil: 1' }, 'options.headers.authorization'],
      [{ 'bad name': 'v' }, 'options.headers.bad name'],
      [{ 'x-api-key': 42 }, 'options.headers.x-api-key'],
      [{ 'x-api-key': 'kunci-€' }, 'options.headers.x-api-key'],
      ['x-api-key: k', 'options.headers'],
    ];
    for (const [headers, argument] of bad) {
      assert.throws(
        () => createClient({ baseUrl: 'https://example.go.id', headers } as ClientOptions),
        (error: unknown) =>
          error instanceof SpbeInputError &&
          error.argument === argument &&
          !/s3cret|kunci/.test(error.message),
        JSON.stringify(headers),
      );
    }
  });

  it('a headers function that returns bad headers or throws fails the call, unretried', async () => {
    const returnsBad = faulty('ok', { headers: () => ({ authorization: 'a\nb' }) });
    const { error } = await failure(() => returnsBad.client.regions.get('32'));
    assert.ok(error instanceof SpbeInputError, String(error));
    assert.equal(error.argument, 'options.headers().authorization');
    assert.equal(returnsBad.tally().count, 0);

    const reason = new Error('token store offline');
    const throws = faulty('ok', {
      headers: () => {
        throw reason;
      },
    });
    assert.equal((await failure(() => throws.client.regions.get('32'))).error, reason);
    assert.equal(throws.tally().count, 0);
  });
});

describe('hooks', () => {
  it('beforeRequest adds a header on every attempt; beforeRetry sees each retry', async () => {
    const retries: number[] = [];
    const { client, tally } = faulty('503x2', {
      hooks: {
        beforeRequest: [(request) => request.headers.set('x-request-id', 'req-1')],
        beforeRetry: [({ retryCount }) => void retries.push(retryCount)],
      },
    });
    await inFastTime(() => client.regions.get('32'));
    assert.deepEqual(
      tally().headers.map((h) => h['x-request-id']),
      ['req-1', 'req-1', 'req-1'],
    );
    assert.deepEqual(retries, [1, 2]);
  });

  it('afterResponse sees every response, and the client still reads the body', async () => {
    const seen: [string, number][] = [];
    const { client } = faulty('503x2', {
      hooks: {
        afterResponse: [(request, _o, response) => void seen.push([request.url, response.status])],
      },
    });
    const { value } = await inFastTime(() => client.regions.get('32'));
    assert.equal(value.name, 'Jawa Barat');
    assert.deepEqual(
      seen.map(([, status]) => status),
      [503, 503, 200],
    );
    assert.match(seen[0]![0], /\/v1\/regions\/32$/);
  });

  it('an error thrown by a hook rejects the call with that error, unretried', async () => {
    const reason = new TypeError('hook broke');
    const { client, tally } = faulty('503x2', {
      hooks: {
        afterResponse: [
          () => {
            throw reason;
          },
        ],
      },
    });
    assert.equal((await failure(() => client.regions.get('32'))).error, reason);
    assert.equal(tally().count, 1);
  });

  it('a beforeRetry hook that stops the retries (ky.stop) leaves the failure it stopped', async () => {
    const { client, tally } = faulty('always-503', {
      retry: 5,
      hooks: { beforeRetry: [({ retryCount }) => (retryCount >= 2 ? ky.stop : undefined)] },
    });
    const { value: error } = await inFastTime(
      async () => (await failure(() => client.regions.get('32'))).error,
    );
    assert.ok(error instanceof SpbeHttpError && error.status === 503, String(error));
    assert.equal(tally().count, 2);
  });

  it('refuses hooks that are not lists of functions', () => {
    for (const hooks of [{ beforeRequest: 'x' }, { afterResponse: [42] }]) {
      assert.throws(
        () => createClient({ baseUrl: 'https://example.go.id', hooks } as unknown as ClientOptions),
        (error: unknown) =>
          error instanceof SpbeInputError && error.argument.startsWith('options.hooks.'),
      );
    }
  });
});

describe('credentials never leak into errors', () => {
  const SECRETS = ['Bearer s3cr3t-token', 'sid=cookie-s3cr3t', 'key-s3cr3t', 'tok-s3cr3t'];
  const headers = {
    Authorization: SECRETS[0]!,
    Cookie: SECRETS[1]!,
    'X-Api-Key': SECRETS[2]!,
    'X-Session-Token': SECRETS[3]!,
    'X-Trace': 'visible-trace',
  };

  /** Everything an error shows: its message, JSON, inspection (causes included) and request. */
  const shown = (error: unknown) =>
    [String(error), JSON.stringify(error), inspect(error, { depth: 10 })].join('\n');

  const cases: [string, Fault, Partial<ClientOptions>][] = [
    ['an HTTP error', 'not-found', {}],
    ['a network error', 'reset', { retry: 0 }],
    ['a timeout', 'silent', { retry: 0, timeout: 200 }],
    ['a broken body', 'truncated', { retry: 0 }],
  ];
  for (const [what, fault, options] of cases) {
    it(`in ${what}`, async () => {
      const { client, tally } = faulty(fault, { headers, ...options });
      const { error } = await failure(() => client.regions.get('32'));
      assert.ok(error instanceof SpbeError, String(error));
      assert.equal(tally().headers[0]?.authorization, SECRETS[0], 'the secret was sent');
      const text = shown(error);
      for (const secret of SECRETS) assert.ok(!text.includes(secret), `${secret} leaked:\n${text}`);
      const request = error.request;
      assert.equal(request?.headers.authorization, '[redacted]');
      assert.equal(request?.headers.cookie, '[redacted]');
      assert.equal(request?.headers['x-api-key'], '[redacted]');
      assert.equal(request?.headers['x-session-token'], '[redacted]');
      assert.equal(request?.headers['x-trace'], 'visible-trace', 'other headers stay readable');
      assert.equal(JSON.parse(JSON.stringify(error)).request.headers['x-trace'], 'visible-trace');
    });
  }

  it('in the cause chain of a network error', async () => {
    const { client } = faulty('reset', { headers, retry: 0 });
    const { error } = await failure(() => client.regions.get('32'));
    assert.ok(error instanceof SpbeNetworkError);
    assert.ok(error.cause instanceof Error);
    const json = JSON.parse(JSON.stringify(error));
    assert.equal(typeof json.cause.message, 'string');
    for (let cause: unknown = error; cause; cause = (cause as Error).cause)
      for (const secret of SECRETS) assert.ok(!shown(cause).includes(secret));
  });
});
