// Property tests of the client against a real server (the fault server's
// scripted answers, on loopback) that answers anything: any status, content
// type, header values (Retry-After, ETag, Cache-Control, Age, Vary, content
// encodings) and body. client.property.test.ts feeds the parser through a
// fetch stub; these go through HTTP, the retries and the cache. Every call
// gives data true to what was served or an SpbeError, settles within its
// deadline, and nothing rejects unhandled on the side.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { isSpbeError } from '../errors/spbe-error.js';
import { SpbeHttpError } from '../errors/spbe-http-error.js';
import { SpbeResponseError } from '../errors/spbe-response-error.js';
import { SpbeTimeoutError } from '../errors/spbe-timeout-error.js';
import { createClient } from '../index.js';
import { inFastTime } from '../testing/fast-clock.js';
import {
  type FaultServer,
  type ScriptedAnswer,
  startFaultServer,
} from '../testing/fault-server.js';
import { checkProperty } from '../testing/fuzz.js';
import { MAX_BACKOFF_MS } from './retry.js';
import type { SpbeClient } from './spbe-client.js';

let faults: FaultServer;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
before(async () => {
  faults = await startFaultServer();
  process.on('unhandledRejection', onUnhandled);
});
after(async () => {
  process.off('unhandledRejection', onUnhandled);
  await faults.close();
});
afterEach(() => assert.deepEqual(unhandled, [], 'nothing rejected unhandled'));

// ------------------------------------------------------------ what is served

const westJava = { code: '32', name: 'Jawa Barat', level: 'province', parentCode: null };
const bandung = {
  code: '32.73',
  name: 'Kota Bandung',
  level: 'regency',
  parentCode: '32',
  kind: 'kota',
};
const program = {
  id: 'saber-hoaks',
  name: 'Replikasi Jabar Saber Hoaks',
  nameEn: 'Jabar Saber Hoaks replication',
  description: 'Unit anti-hoaks di kabupaten/kota.',
};

/** Calls, each with a body valid for it (and a second, different one). */
const CALLS: {
  call: (client: SpbeClient) => Promise<unknown>;
  valid: [unknown, unknown];
}[] = [
  { call: (c) => c.regions.get('32'), valid: [westJava, { ...westJava, name: 'Jabar' }] },
  {
    call: (c) => c.regions.children('32'),
    valid: [[bandung], [bandung, { ...bandung, code: '32.01', name: 'Bogor', kind: 'kabupaten' }]],
  },
  { call: (c) => c.programs(), valid: [[program], []] },
  { call: (c) => c.regions.provinces(), valid: [[westJava], []] },
];

// Header values as HTTP allows them: visible ASCII, spaces, tabs, obs-text.
const headerChar = fc
  .oneof(
    { weight: 12, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) },
    { weight: 1, arbitrary: fc.constantFrom(0x09, 0x85, 0xa0, 0xff) },
  )
  .map((code) => String.fromCharCode(code));
const anyValue = fc.string({ unit: headerChar, maxLength: 40 });
const seconds = fc.oneof(
  fc.nat(20).map(String),
  fc.constantFrom('0', '-1', '1.5', '1e3', ' 2 ', '99999999999999999999', '0x10', 'Infinity'),
);
const httpDate = fc
  .integer({ min: -3_600_000, max: 3_600_000 })
  .map((offset) => new Date(Date.now() + offset).toUTCString());
const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'application/problem+json',
  'application/vnd.spbe.v1+json',
  'application/jsonx',
  'text/json',
  'text/html; charset=utf-8',
  'text/plain',
  'application/octet-stream',
  '',
  ';',
  'application/json; charset=utf-16',
];
const VALUES: Record<string, fc.Arbitrary<string>> = {
  'content-type': fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
    { weight: 1, arbitrary: anyValue },
  ),
  'retry-after': fc.oneof(seconds, httpDate, anyValue),
  'ratelimit-reset': fc.oneof(seconds, anyValue),
  'x-ratelimit-reset': fc.oneof(seconds, httpDate),
  etag: fc.oneof(
    anyValue.map((v) => `"${v.replaceAll('"', '')}"`),
    anyValue.map((v) => `W/"${v}"`),
    anyValue,
  ),
  'cache-control': fc
    .array(
      fc.oneof(
        fc.constantFrom(
          'no-store',
          'no-cache',
          'must-revalidate',
          'private',
          'public',
          'immutable',
        ),
        seconds.map((s) => `max-age=${s}`),
        seconds.map((s) => `s-maxage=${s}`),
        seconds.map((s) => `stale-while-revalidate=${s}`),
        fc.constantFrom('max-age="60"', 'MAX-AGE=60', 'max-age', 'no-cache="set-cookie"'),
        anyValue,
      ),
      { maxLength: 4 },
    )
    .map((parts) => parts.join(', ')),
  age: fc.oneof(seconds, anyValue),
  vary: fc.constantFrom('*', 'accept', 'Accept, *', 'origin', ''),
  expires: fc.oneof(httpDate, fc.constantFrom('0', '-1', 'never')),
  'content-encoding': fc.constantFrom(
    'gzip',
    'br',
    'deflate',
    'identity',
    'x-unknown',
    'gzip, gzip',
  ),
  'x-request-id': anyValue,
  'content-language': anyValue,
  'x-other': anyValue,
};
const headersArb = fc
  .uniqueArray(
    fc
      .constantFrom(...Object.keys(VALUES))
      .chain((name) => VALUES[name]!.map((value) => [name, value] as const)),
    { maxLength: 6, selector: ([name]) => name },
  )
  .map((pairs) => Object.fromEntries(pairs) as Record<string, string>);

const statusArb = fc.oneof(
  { weight: 6, arbitrary: fc.constant(200) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      ...[201, 203, 204, 205, 206, 300, 301, 302, 304, 307, 400, 401, 403, 404, 406, 408, 409],
      ...[410, 413, 418, 429, 451, 500, 501, 502, 503, 504, 599],
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 200, max: 999 }) },
);

const problemBody = (status: number) =>
  JSON.stringify({ type: 'about:blank', title: 'Nope', status, detail: 'Injected.' });

/** A body: valid for the call, another JSON value, a problem, any text or bytes, nothing. */
const bodyArb = fc.oneof(
  { weight: 4, arbitrary: fc.constant('valid' as const) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 999 }).map(problemBody) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '\uFEFF[]', '{"a":', 'null', '[]'.repeat(3)) },
);
type BodyChoice = string | Uint8Array | 'valid';

const answerArb = fc.record({ status: statusArb, headers: headersArb, body: bodyArb });
type Drawn = { status: number; headers: Record<string, string>; body: BodyChoice };

const asAnswer = (drawn: Drawn, valid: unknown): ScriptedAnswer => ({
  ...drawn,
  body: drawn.body === 'valid' ? JSON.stringify(valid) : drawn.body,
});

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/** A served body read as JSON the way fetch reads text: UTF-8, a leading BOM dropped. */
const servedJson = (body: ScriptedAnswer['body']): unknown =>
  JSON.parse(new TextDecoder().decode(typeof body === 'string' ? Buffer.from(body) : body));

// -------------------------------------------------------------- properties

// Under a fast clock (200×), so that the retries' waits (backoff, Retry-After
// up to 500 ms) cost little; the timeout of 60 s is 300 ms, time enough for a
// loopback exchange on a busy machine. How long waits are is the Retry-After
// property's to check, without HTTP (a connection pool's own timers move a
// fast clock too); here every call must settle within RUN_BUDGET_MS, real time.
const P1_FACTOR = 200;
const OPTIONS = { timeout: 60_000, deadline: 120_000, maxRetryAfter: 500 } as const;
const RUN_BUDGET_MS = 5000;

async function anyAnswersGiveServedDataOrAnSpbeError(
  callIndex: number,
  drawn: Drawn[],
  retry: number,
  cache: boolean,
): Promise<void> {
  const { call, valid } = CALLS[callIndex % CALLS.length]!;
  const answers = drawn.map((d) => asAnswer(d, valid[0]));
  const { client, tally } = faults.scripted(answers, { ...OPTIONS, retry, cache: cache && {} });
  const { value: outcome } = await inFastTime(
    () =>
      call(client).then(
        (data) => ({ data }),
        (error: unknown) => ({ error }),
      ),
    P1_FACTOR,
  );
  const requests = tally().count;
  // fetch itself sends a request again once after a 421 (Misdirected Request).
  const most = (retry + 1) * (answers.some((a) => a.status === 421) ? 2 : 1);
  assert.ok(requests <= most, `${requests} requests for retry ${retry}`);
  // None arrived: the client gave up first (its timeout, on a machine too busy to answer).
  if (requests === 0) assert.ok('error' in outcome && outcome.error instanceof SpbeTimeoutError);
  const served = answers.slice(0, requests);
  if ('data' in outcome) {
    const last = served.at(-1)!;
    assert.ok(last.status >= 200 && last.status < 300, `data from a ${last.status}`);
    assert.match(last.headers?.['content-type'] ?? '', JSON_TYPE);
    assert.deepEqual(outcome.data, servedJson(last.body), 'the data is what was served');
  } else {
    const { error } = outcome;
    assert.ok(isSpbeError(error), `not an SpbeError: ${String(error)}`);
    if (error instanceof SpbeHttpError) {
      assert.ok(
        served.some((a) => a.status === error.status),
        `status ${error.status} was served`,
      );
      assert.ok(error.status >= 300 && error.status !== 304, `${error.status} as an error`);
    }
  }
}

/** Whether a Cache-Control value names `directive` (as a directive, any case). */
const names = (cacheControl: string | undefined, directive: string) =>
  (cacheControl ?? '')
    .split(',')
    .some((part) => part.trim().split('=')[0]?.trim().toLowerCase() === directive);

// The second answer: fresh data, Not Modified, the API down, or gone.
const secondArb = fc.record({
  status: fc.constantFrom(200, 304, 503, 404),
  headers: headersArb.map((headers) => {
    // Caching headers only: a content type or encoding of their own is another property.
    const { 'content-type': _type, 'content-encoding': _encoding, ...rest } = headers;
    return rest;
  }),
});

async function cachedAnswersAreTheServedOnes(
  callIndex: number,
  first: Record<string, string>,
  second: { status: number; headers: Record<string, string> },
): Promise<void> {
  const { call, valid } = CALLS[callIndex % CALLS.length]!;
  const { 'content-type': _type, 'content-encoding': _encoding, ...caching } = first;
  const answers: ScriptedAnswer[] = [
    {
      status: 200,
      headers: { ...caching, 'content-type': 'application/json' },
      body: JSON.stringify(valid[0]),
    },
    {
      status: second.status,
      headers: {
        ...second.headers,
        'content-type': second.status === 200 ? 'application/json' : 'application/problem+json',
      },
      body:
        second.status === 200
          ? JSON.stringify(valid[1])
          : second.status === 304
            ? ''
            : problemBody(second.status),
    },
  ];
  const { client, tally } = faults.scripted(answers, { retry: 0 });
  assert.deepEqual(await call(client), valid[0], 'the first answer is the data');
  const outcome = await call(client).then(
    (data) => ({ data }),
    (error: unknown) => ({ error }),
  );
  const { count, headers } = tally();
  const cc = caching['cache-control'];
  // What the first answer allowed (RFC 9111): to be kept at all, and to stand
  // in, stale, for a failed revalidation.
  const stored = !names(cc, 'no-store') && !/(?:^|,)\s*\*\s*(?:,|$)/.test(caching.vary ?? '');
  const mayStandIn = stored && !names(cc, 'must-revalidate');
  const stale = 'data' in outcome && mayStandIn && isDeepStrictEqual(outcome.data, valid[0]);
  if (count === 1) {
    // Served from the cache: only when the first answer allowed it.
    assert.ok(stored && !names(cc, 'no-cache'), `reused under ${JSON.stringify(caching)}`);
    assert.deepEqual('data' in outcome && outcome.data, valid[0]);
    return;
  }
  assert.equal(count, 2);
  const sentTag = headers[1]?.['if-none-match'];
  if (sentTag !== undefined) {
    assert.ok(stored, 'revalidates only what it kept');
    // As received: HTTP drops the spaces and tabs around a field value.
    assert.equal(sentTag, caching.etag?.replace(/^[ \t]+|[ \t]+$/g, ''), 'with its own ETag');
  }
  if (second.status === 200) {
    assert.deepEqual('data' in outcome && outcome.data, valid[1], 'the new answer');
  } else if (second.status === 304 && sentTag !== undefined) {
    assert.deepEqual('data' in outcome && outcome.data, valid[0], 'the kept copy, still good');
  } else if (second.status === 304) {
    // Not Modified to a request that was not conditional breaks the contract:
    // an error, for which a stale copy may stand in.
    const error = 'error' in outcome ? outcome.error : undefined;
    assert.ok(
      stale || (error instanceof SpbeResponseError && error.reason === 'unexpected-status'),
      String(error),
    );
  } else {
    // The API down (a stale copy may stand in) or the resource gone (never).
    const error = 'error' in outcome ? outcome.error : undefined;
    assert.ok(
      (second.status === 503 && stale) ||
        (error instanceof SpbeHttpError && error.status === second.status),
      String(error ?? 'data'),
    );
  }
}

// Retry-After (and the rate-limit headers ky also reads), hostile or not.
const waitHeadersArb = fc.record(
  {
    'retry-after': VALUES['retry-after']!,
    'ratelimit-reset': VALUES['ratelimit-reset']!,
    'x-ratelimit-reset': VALUES['x-ratelimit-reset']!,
  },
  { requiredKeys: [] },
);

const FACTOR = 1000;

async function waitsStayWithinTheirLimits(
  status: number,
  headers: Record<string, string>,
  retry: number,
  maxRetryAfter: number,
  deadline: number,
): Promise<void> {
  // A fetch in memory: the waits are all there is to time, at 1,000× speed.
  const arrivals: number[] = [];
  const client = createClient({
    baseUrl: 'https://api.example.go.id',
    retry,
    maxRetryAfter,
    deadline,
    timeout: 600_000,
    cache: false,
    fetch: async () => {
      arrivals.push(Date.now());
      return arrivals.length <= retry
        ? new Response(problemBody(status), {
            status,
            headers: { 'content-type': 'application/problem+json', ...headers },
          })
        : new Response(JSON.stringify(westJava), {
            headers: { 'content-type': 'application/json' },
          });
    },
  });
  const started = performance.now();
  const { value: outcome, fakeMs } = await inFastTime(
    () =>
      client.regions.get('32').then(
        (data) => ({ data }),
        (error: unknown) => ({ error }),
      ),
    FACTOR,
  );
  // The fast clock counts real work at its real length, and a real timer's
  // 1 ms resolution is FACTOR ms on it (two timers due within that may fire
  // in either order): that much over is no wait.
  const slack = performance.now() - started + FACTOR;
  assert.ok(fakeMs <= deadline + slack, `settled after ${fakeMs} ms, deadline ${deadline}`);
  for (const [i, at] of arrivals.slice(1).entries()) {
    const gap = at - arrivals[i]!;
    assert.ok(
      gap <= Math.max(maxRetryAfter, MAX_BACKOFF_MS) + slack,
      `waited ${gap} ms (maxRetryAfter ${maxRetryAfter})`,
    );
  }
  if ('data' in outcome) {
    assert.equal(arrivals.length, retry + 1, 'data only from the answer after the retries');
    assert.deepEqual(outcome.data, westJava);
  } else {
    const { error } = outcome;
    assert.ok(
      (error instanceof SpbeHttpError && error.status === status) ||
        error instanceof SpbeTimeoutError,
      `${String(error)}`,
    );
  }
  // A plain number of seconds that fits the limits is waited for in full.
  const asked = headers['retry-after']?.trim();
  if (asked && /^\d+$/.test(asked) && arrivals.length >= 2) {
    const ms = Number(asked) * 1000;
    if (ms <= maxRetryAfter) assert.ok(arrivals[1]! - arrivals[0]! >= ms, `waited less than ${ms}`);
  }
}

describe('the client against a server answering anything', () => {
  it('any statuses, headers and bodies: the data served or an SpbeError, settled in bounded time', () =>
    checkProperty(
      'any statuses, headers and bodies: the data served or an SpbeError, settled in bounded time',
      [fc.nat(), fc.array(answerArb, { minLength: 1, maxLength: 3 }), fc.nat(2), fc.boolean()],
      anyAnswersGiveServedDataOrAnSpbeError,
      { timeoutMs: RUN_BUDGET_MS },
    ));

  it('any caching headers: the cache serves only what the server allowed, revalidating with its ETag', () =>
    checkProperty(
      'any caching headers: the cache serves only what the server allowed, revalidating with its ETag',
      [fc.nat(), headersArb, secondArb],
      cachedAnswersAreTheServedOnes,
    ));

  it('any Retry-After: waits within maxRetryAfter, calls within the deadline, readable ones honoured', () =>
    checkProperty(
      'any Retry-After: waits within maxRetryAfter, calls within the deadline, readable ones honoured',
      [
        fc.constantFrom(429, 503),
        waitHeadersArb,
        fc.integer({ min: 1, max: 2 }),
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: 1, max: 9000 }),
      ],
      waitsStayWithinTheirLimits,
    ));
});
