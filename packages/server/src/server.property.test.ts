// Property tests of the server on a real socket: random request targets,
// methods, headers, bodies and query strings. Whatever arrives, the server
// answers within a fixed budget, never with a 5xx, every error as
// problem+json naming its request id, never anything outside /cdn/, and
// nothing a request carries (`__proto__`, `constructor[prototype]` keys in a
// query, a JSON body or a header) reaches Object.prototype.
//
// Raw bytes over node:net, not fetch: fetch would normalise the paths
// (dot segments, backslashes, percent-encoding) before the server saw them.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ProblemSchema } from '@spbe/sdk';
import fc from 'fast-check';
import { checkProperty } from '../../sdk/src/testing/fuzz.js';
import { API_ROUTES } from './routes.js';
import { type RunningServer, startServer } from './serve.js';
import { testApp } from './testing/server.js';

/**
 * Every request is answered within this. The slowest answer there is, the
 * first one listing West Java's 5,957 villages, takes under 100 ms here;
 * others take a few. Two seconds is twenty times that, for a shared 2-core
 * machine running two test files at once, yet far below the 10 s the SDK
 * waits by default: a request the server loops on, backtracks on or forgets
 * to answer fails it.
 */
const BUDGET_MS = 2000;

/** In a file beside the /cdn/ folder: no answer may ever contain it. */
const SECRET = 'spbe-fuzz-secret-5f3c';
/** What a polluting request would set on Object.prototype. */
const MARKER = 'spbePolluted';

let server: RunningServer;
let scratch: string;
/** Errors that reached the app's onError (each one was answered as a 500). */
const failures: unknown[] = [];
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'spbe-fuzz-'));
  const cdn = join(scratch, 'cdn');
  await mkdir(join(cdn, 'spbe@0.1.0'), { recursive: true });
  await writeFile(join(scratch, 'secret.txt'), SECRET);
  await writeFile(join(scratch, 'secret.js'), SECRET);
  await writeFile(join(cdn, 'spbe.js'), 'export {};\n');
  await writeFile(join(cdn, 'spbe@0.1.0', 'spbe.js'), 'export {};\n');
  server = await startServer(testApp({ cdnDir: cdn, onError: (error) => failures.push(error) }), {
    port: 0,
    host: '127.0.0.1',
  });
});

after(async () => {
  await server.close();
  await rm(scratch, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Map<string, string>;
  body: Buffer;
  elapsedMs: number;
}

/** The final response in `bytes` (after any 100 Continue), or undefined when there is none. */
function parseResponse(bytes: Buffer): Omit<Answer, 'elapsedMs'> | undefined {
  let rest = bytes;
  for (;;) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) return undefined;
    const [line = '', ...lines] = rest.subarray(0, end).toString('latin1').split('\r\n');
    const match = /^HTTP\/1\.[01] (\d{3}) /.exec(line);
    if (!match) return undefined;
    rest = rest.subarray(end + 4);
    const status = Number(match[1]);
    if (status < 200) continue;
    const headers = new Map<string, string>();
    for (const header of lines) {
      const colon = header.indexOf(':');
      const name = header.slice(0, colon).toLowerCase();
      const value = header.slice(colon + 1).trim();
      headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
    }
    return { status, headers, body: headers.has('transfer-encoding') ? dechunk(rest) : rest };
  }
}

function dechunk(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = bytes.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = Number.parseInt(bytes.subarray(at, lineEnd).toString('latin1'), 16);
    if (!(size > 0)) break;
    parts.push(bytes.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/**
 * Sends `request` on a new connection and reads until the server closes it
 * (each request says `connection: close`) or the budget runs out.
 */
function exchange(request: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const started = performance.now();
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const elapsedMs = performance.now() - started;
      const parsed = parseResponse(Buffer.concat(chunks));
      if (parsed) resolve({ ...parsed, elapsedMs });
      else
        reject(
          new Error(
            `no answer after ${Math.round(elapsedMs)} ms: ${JSON.stringify(Buffer.concat(chunks).toString('latin1').slice(0, 300))}`,
          ),
        );
    };
    const timer = setTimeout(finish, BUDGET_MS);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('close', finish);
    // The server may answer and close before reading everything (413): what it sent counts.
    socket.on('error', () => {});
    // Not end(): node:http aborts a request whose client half-closes before the answer.
    socket.on('connect', () => socket.write(request));
  });
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What every answer must be, whatever was asked. */
function assertSound(answer: Answer, method: string): void {
  const { status, headers, body } = answer;
  const text = body.toString('utf8');
  assert.ok(status < 500, `a ${status}: ${text.slice(0, 300)}`);
  assert.ok(answer.elapsedMs < BUDGET_MS, `answered after ${Math.round(answer.elapsedMs)} ms`);
  assert.equal(headers.get('x-content-type-options'), 'nosniff');
  const requestId = headers.get('x-request-id') ?? '';
  assert.match(requestId, REQUEST_ID);
  assert.ok(!text.includes(SECRET), 'a file outside /cdn/ was served');
  if (status >= 400) {
    assert.equal(headers.get('content-type'), 'application/problem+json; charset=utf-8');
    if (method !== 'HEAD') {
      const problem = ProblemSchema.parse(JSON.parse(text));
      assert.equal(problem.status, status);
      assert.match(problem.type, /^urn:spbe:problem:[a-z-]+$/);
      assert.ok(problem.title.length > 0 && (problem.detail ?? '').length > 10, problem.detail);
      assert.equal(problem.requestId, requestId);
      assert.doesNotMatch(text, /\n\s+at |node:internal|\.ts:\d/, 'no stack trace');
    }
  }
  assert.deepEqual(failures, [], 'no error reached onError');
  assertPrototypeClean();
}

function assertPrototypeClean(): void {
  assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), prototypeBefore);
  for (const key of [MARKER, 'polluted', 'isAdmin']) {
    assert.equal(({} as Record<string, unknown>)[key], undefined, `Object.prototype.${key}`);
  }
}

/** A request's bytes: request line, headers (Host and connection: close first), body. */
function requestBytes(
  method: string,
  target: string,
  headers: readonly (readonly [string, string])[] = [],
  body: Buffer = Buffer.alloc(0),
): Buffer {
  const head = [
    `${method} ${target} HTTP/1.1`,
    'host: 127.0.0.1',
    'connection: close',
    ...headers.map(([name, value]) => `${name}: ${value}`),
  ].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), body]);
}

// ------------------------------------------------------------------ arbitraries

const SERVED = [
  '/',
  '/v1',
  '/v1/regions',
  '/v1/regions/32',
  '/v1/regions/32.73',
  '/v1/regions/32.73.01.1001',
  '/v1/regions/32/children',
  '/v1/regions/32.73/agreements',
  '/v1/regions/32/agreement-overview',
  '/v1/regions/32.73/descendants',
  '/v1/catalog',
  '/v1/services',
  '/v1/services/sp4n-lapor',
  '/v1/agreements',
  '/v1/programs',
  '/v1/openapi.json',
  '/cdn',
  '/cdn/spbe.js',
  '/cdn/spbe@0.1.0/spbe.js',
  '/demo',
  '/demo/',
  '/demo/provinsi/',
  '/demo/demo.js',
  '/favicon.svg',
];

/** Keys that would pollute a prototype if a parser built objects from them. */
const POLLUTING_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  `__proto__[${MARKER}]`,
  `constructor[prototype][${MARKER}]`,
  `__proto__.${MARKER}`,
  'hasOwnProperty',
  'toString',
  'valueOf',
];

const HOSTILE_SEGMENTS = [
  ...POLLUTING_KEYS,
  '',
  '.',
  '..',
  '%2e',
  '%2e%2e',
  '.%2E',
  '%2f',
  '%2F..%2Fsecret.txt',
  '..%2fsecret.js',
  '%5c',
  '\\',
  '..\\secret.js',
  '%00',
  '%',
  '%zz',
  '%%41',
  '%c0%af',
  '%ff',
  '32',
  '32.73',
  '32.73.01',
  '32.73.01.1001',
  '99.99',
  'sp4n-lapor',
  'spbe.js',
  'spbe@0.1.0',
  'spbe@99.0.0',
  'secret.js',
  'descendants',
  'children',
  ';',
  '*',
  '~',
  '+',
  '@',
  ':',
  '💥',
  'é',
  'a'.repeat(300),
  'a'.repeat(5000),
];

const rawText = fc.string({ unit: 'grapheme', maxLength: 20 });
/** A path segment: hostile, or any text, percent-encoded or (sometimes) sent as raw UTF-8. */
const segment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_SEGMENTS) },
  { weight: 2, arbitrary: rawText.map(encodeURIComponent) },
  { weight: 1, arbitrary: rawText },
);
const queryPart = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ...POLLUTING_KEYS,
      'q',
      'page',
      'pageSize',
      'level',
      'lang',
      'region',
      '',
    ),
  },
  { weight: 2, arbitrary: rawText.map(encodeURIComponent) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('%', '%zz', '+', '=', '&', '#', '?', '%00', '[]', '1e9'),
  },
  { weight: 1, arbitrary: rawText },
);
const query = fc.oneof(
  { weight: 2, arbitrary: fc.constant('') },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.tuple(queryPart, fc.option(queryPart, { nil: undefined })), { maxLength: 4 })
      .map((pairs) => `?${pairs.map(([k, v]) => (v === undefined ? k : `${k}=${v}`)).join('&')}`),
  },
);
const target = fc.oneof(
  {
    weight: 10,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...SERVED),
        fc.array(segment, { maxLength: 3 }),
        fc.constantFrom('', '/', '//'),
        query,
      )
      .map(
        ([base, segments, tail, q]) =>
          `${[base.replace(/\/$/, ''), ...segments].join('/') || '/'}${tail}${q}`,
      ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '*',
      '',
      'http://127.0.0.1/v1/regions/32',
      'http://evil.example/v1/catalog',
      '//v1/catalog',
      '/v1/regions/32#x',
      '127.0.0.1:80',
      '/v1/./catalog',
    ),
  },
);
const METHODS = [
  'GET',
  'GET',
  'GET',
  'HEAD',
  'OPTIONS',
  'POST',
  'PUT',
  'DELETE',
  'PATCH',
  'TRACE',
  'PROPFIND',
  'CONNECT',
  'get',
  'G E T',
];
const method = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...METHODS) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z]{1,10}$/) },
);

// A header value as HTTP allows one (visible ASCII, spaces, tabs, obs-text).
const headerChar = fc
  .oneof(
    { weight: 10, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) },
    { weight: 1, arbitrary: fc.constantFrom(0x09, 0x80, 0xa0, 0xe9, 0xff) },
  )
  .map((code) => String.fromCharCode(code));
const HEADER_NAMES = [
  'accept',
  'accept-language',
  'accept-encoding',
  'if-none-match',
  'if-modified-since',
  'if-match',
  'range',
  'x-request-id',
  'origin',
  'referer',
  'user-agent',
  'cookie',
  'authorization',
  'cache-control',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'forwarded',
  'x-http-method-override',
  'access-control-request-method',
  'access-control-request-headers',
  'expect',
  'upgrade',
  'te',
  'host',
  'content-type',
  ...POLLUTING_KEYS.filter((k) => /^[a-zA-Z_]+$/.test(k)),
];
const HEADER_VALUES = [
  '*',
  '"v1-abc"',
  'W/"x"',
  '"',
  'bytes=0-0',
  'bytes=-1,0-',
  '../../secret.txt',
  '<script>alert(1)</script>',
  'gzip, deflate, br, zstd',
  'en;q=0.1, id;q=abc',
  '100-continue',
  'websocket',
  'trailers',
  'evil.example',
  '[::1]:80',
  'a'.repeat(200),
  'req-12345678',
  `{"__proto__":{"${MARKER}":1}}`,
];
const header = fc.tuple(
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HEADER_NAMES) },
    { weight: 1, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/) },
  ),
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...HEADER_VALUES) },
    { weight: 2, arbitrary: fc.string({ unit: headerChar, maxLength: 60 }) },
    // Over node:http's 16 KiB of headers (431), built cheaply: 17,000 draws a run would dominate.
    { weight: 1, arbitrary: headerChar.map((c) => c.repeat(17_000)) },
  ),
);

// ------------------------------------------------------------------ properties

async function anyTargetIsAnswered(verb: string, path: string): Promise<void> {
  const answer = await exchange(requestBytes(verb, path));
  assertSound(answer, verb);
}

const GOOD_PATHS = [
  '/v1/regions/32',
  '/v1/regions/32/children',
  '/v1/catalog',
  '/v1/services?q=ktp',
  '/v1/programs',
  '/v1/regions/32.73/agreements',
  '/cdn/spbe.js',
  '/',
];

async function anyHeadersAreAnswered(
  path: string,
  headers: [string, string][],
  verb: string,
): Promise<void> {
  const answer = await exchange(requestBytes(verb, path, headers));
  assertSound(answer, verb);
  // As node:http reads it: each value without its surrounding spaces and tabs,
  // and a repeated X-Request-Id joined into one value, "a, b".
  const sentValues = headers
    .filter(([name]) => name === 'x-request-id')
    .map(([, value]) => value.replace(/^[ \t]+|[ \t]+$/g, ''));
  const sent = sentValues.length > 0 ? sentValues.join(', ') : undefined;
  const id = answer.headers.get('x-request-id') ?? '';
  // The caller's request id comes back only when it is safe to echo.
  if (sent !== undefined && REQUEST_ID.test(sent) && answer.status !== 431) assert.equal(id, sent);
  else assert.match(id, UUID);
  if (answer.status === 304)
    assert.ok(
      headers.some(([name]) => name === 'if-none-match'),
      '304 without If-None-Match',
    );
}

// Bodies: JSON and form data built to pollute, any bytes, empty, or larger
// than the server takes (declared, not sent: it must refuse before reading).
const POLLUTING_JSON = [
  `{"__proto__":{"${MARKER}":true}}`,
  `{"constructor":{"prototype":{"${MARKER}":true}}}`,
  `[{"__proto__":{"${MARKER}":1}},{"a":{"__proto__":{"isAdmin":true}}}]`,
  `{"__proto__":null,"prototype":{"polluted":1},"toString":"x","valueOf":1}`,
];
const body = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...POLLUTING_JSON) },
  {
    weight: 2,
    arbitrary: fc
      .dictionary(fc.constantFrom(...POLLUTING_KEYS, 'q', 'a'), fc.jsonValue({ maxDepth: 2 }))
      .map((value) => JSON.stringify(value).replaceAll('"a":', `"__proto__":`)),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.tuple(fc.constantFrom(...POLLUTING_KEYS), rawText), { maxLength: 3 })
      .map((pairs) =>
        pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'),
      ),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)) },
  { weight: 1, arbitrary: fc.constant('') },
);
const framing = fc.constantFrom('length', 'chunked', 'declared-too-large');
const CONTENT_TYPES = [
  'application/json',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'text/plain',
  'application/json; charset=utf-7',
];

async function anyBodyIsRefusedOrIgnored(
  verb: string,
  path: string,
  content: string | Buffer,
  frame: 'length' | 'chunked' | 'declared-too-large',
  type: string,
  chunk: number,
): Promise<void> {
  const bytes = Buffer.from(content);
  const headers: [string, string][] = [['content-type', type]];
  let sent = bytes;
  if (frame === 'length') headers.push(['content-length', String(bytes.length)]);
  if (frame === 'declared-too-large') {
    headers.push(['content-length', String(64 * 1024 + 1 + bytes.length)]);
    sent = Buffer.alloc(0);
  }
  if (frame === 'chunked') {
    headers.push(['transfer-encoding', 'chunked']);
    const parts: Buffer[] = [];
    for (let at = 0; at < bytes.length; at += chunk) {
      const piece = bytes.subarray(at, at + chunk);
      parts.push(Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n'));
    }
    sent = Buffer.concat([...parts, Buffer.from('0\r\n\r\n')]);
  }
  const answer = await exchange(requestBytes(verb, path, headers, sent));
  assertSound(answer, verb);
  if (frame === 'declared-too-large') assert.equal(answer.status, 413);
  else if (answer.status === 405) assert.equal(answer.headers.get('allow'), 'GET, HEAD, OPTIONS');
  else if (verb === 'GET' && path !== '/nowhere')
    assert.equal(answer.status, 200, 'a GET with a body is answered');
}

// Query strings on the routes that take one: the page must match the
// contract and the filters, or the 400 must name parameters that were sent.
const QUERY_ROUTES = API_ROUTES.filter((route) => route.query !== undefined);
const QUERY_KEYS = [
  'q',
  'sector',
  'audience',
  'region',
  'type',
  'status',
  'page',
  'pageSize',
  'program',
  'state',
  'level',
  ...POLLUTING_KEYS,
];
const queryValue = fc.oneof(
  fc.constantFrom(
    ...['ktp', 'izin usaha', 'health', 'population', 'citizens', 'businesses', '32.73', '32.01'],
    ...['public', 'active', 'retired', 'saber-hoaks', 'signed', 'draft', 'district', 'village'],
    ...[
      'regency',
      '1',
      '2',
      '20',
      '100',
      '101',
      '0',
      '-1',
      '1.5',
      '1e2',
      '007',
      ' 1',
      '9'.repeat(12),
    ],
  ),
  rawText,
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.constant('x'.repeat(300)),
);

async function anyQueryIsAnsweredOrNamed(
  routeIndex: number,
  code: string,
  pairs: [string, string][],
): Promise<void> {
  const route = QUERY_ROUTES[routeIndex % QUERY_ROUTES.length]!;
  const path = route.path.replace(':code', code);
  const search = new URLSearchParams(pairs).toString();
  const answer = await exchange(requestBytes('GET', `${path}${search ? `?${search}` : ''}`));
  assertSound(answer, 'GET');
  const body: unknown = JSON.parse(answer.body.toString('utf8'));
  const sent = new Map(pairs);
  if (answer.status === 200) {
    const parsed = route.response.safeParse(body);
    assert.ok(parsed.success, JSON.stringify(parsed.error?.issues[0]));
    const page = body as { items?: Record<string, unknown>[]; page?: number; pageSize?: number };
    if (page.items) {
      assert.equal(page.page, Number(sent.get('page') ?? 1));
      assert.equal(page.pageSize, Number(sent.get('pageSize') ?? 20));
      assert.ok(page.items.length <= (page.pageSize ?? 0));
      for (const item of page.items) {
        for (const key of ['sector', 'type', 'status', 'program', 'state'] as const) {
          if (sent.has(key) && key in item) assert.equal(item[key], sent.get(key), key);
        }
        if (sent.has('region') && 'regionCode' in item)
          assert.equal(item.regionCode, sent.get('region'));
      }
    }
    const table = body as { level?: string; codes?: string[] };
    if (table.codes) {
      assert.equal(table.level, sent.get('level'));
      for (const c of table.codes) assert.ok(c.startsWith(`${code}.`), `${c} is under ${code}`);
    }
  } else {
    assert.equal(answer.status, 400, answer.body.toString('utf8'));
    const problem = ProblemSchema.parse(body);
    assert.ok((problem.errors ?? []).length > 0, 'a 400 lists what is wrong');
    for (const error of problem.errors ?? []) {
      const key = error.path.replace(/^query\./, '');
      assert.ok(
        [...sent.keys()].some((k) => k.slice(0, 40) === key) ||
          (key === 'level' && !sent.has('level')),
        `${error.path} names a parameter that was sent`,
      );
    }
  }
}

// Region codes, well-formed or nearly: each answer is the region asked for,
// its children, or a 404 / 400 about that code.
const codeArb = fc.oneof(
  fc.constantFrom('32', '32.73', '32.01', '32.73.01', '32.73.01.1001', '31.74', '11', '94.71'),
  fc.stringMatching(/^\d{1,3}(?:\.\d{1,5}){0,4}$/),
  fc.stringMatching(/^[\d.]{0,14}$/),
);
const REGION_SUFFIXES = ['', '/children', '/agreements', '/agreement-overview'];

async function regionAnswersAreAboutTheCode(code: string, suffixIndex: number): Promise<void> {
  const suffix = REGION_SUFFIXES[suffixIndex % REGION_SUFFIXES.length]!;
  const answer = await exchange(requestBytes('GET', `/v1/regions/${code}${suffix}`));
  assertSound(answer, 'GET');
  const body = JSON.parse(answer.body.toString('utf8'));
  if (answer.status === 200) {
    if (suffix === '') assert.equal(body.code, code);
    if (suffix === '/children') {
      for (const child of body) assert.equal(child.parentCode, code);
    }
    if (suffix === '/agreement-overview') assert.equal(body.region.code, code);
  } else if (code === '' || code === '.' || code === '..') {
    assert.ok([400, 404].includes(answer.status));
  } else {
    assert.ok([400, 404].includes(answer.status), `${answer.status}`);
    if (answer.status === 400)
      assert.deepEqual(
        body.errors.map((e: { path: string }) => e.path),
        ['path.code'],
      );
  }
}

describe('the server on a socket, under arbitrary requests', () => {
  it('any method and request target: answered in time, never a 5xx, problems as problem+json', () =>
    checkProperty(
      'any method and request target: answered in time, never a 5xx, problems as problem+json',
      [method, target],
      anyTargetIsAnswered,
    ));

  it('any headers: answered in time, request ids echoed only when safe, 304 only when asked', () =>
    checkProperty(
      'any headers: answered in time, request ids echoed only when safe, 304 only when asked',
      [
        fc.constantFrom(...GOOD_PATHS),
        fc.array(header, { maxLength: 6 }),
        fc.constantFrom('GET', 'GET', 'HEAD', 'OPTIONS'),
      ],
      anyHeadersAreAnswered,
    ));

  it('any body, framed any way, with polluting keys: refused or ignored, prototypes untouched', () =>
    checkProperty(
      'any body, framed any way, with polluting keys: refused or ignored, prototypes untouched',
      [
        fc.constantFrom('POST', 'PUT', 'PATCH', 'DELETE', 'GET', 'OPTIONS'),
        fc.constantFrom(
          '/v1/regions/32',
          '/v1/catalog',
          '/v1/services',
          '/nowhere',
          '/cdn/spbe.js',
        ),
        body,
        framing,
        fc.constantFrom(...CONTENT_TYPES),
        fc.integer({ min: 1, max: 64 }),
      ],
      anyBodyIsRefusedOrIgnored,
    ));

  it('any query on the routes that take one: a page true to the contract and filters, or a 400 naming what was sent', () =>
    checkProperty(
      'any query on the routes that take one: a page true to the contract and filters, or a 400 naming what was sent',
      [
        fc.nat(),
        fc.constantFrom('32', '32.73', '32.73.01'),
        fc.array(fc.tuple(fc.constantFrom(...QUERY_KEYS), queryValue), { maxLength: 4 }),
      ],
      anyQueryIsAnsweredOrNamed,
    ));

  it('any region code: the region asked for, its children, or a 404 / 400 about the code', () =>
    checkProperty(
      'any region code: the region asked for, its children, or a 404 / 400 about the code',
      [codeArb, fc.nat()],
      regionAnswersAreAboutTheCode,
    ));
});
