// Bad input never yields a 5xx or a stack trace: each case below is sent over
// a real socket (so that raw paths reach the server unnormalised) and must get
// the right 4xx as problem+json, with a message a person can act on and the
// response's request id in the body.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ProblemSchema } from '@spbe/sdk';
import { API_ROUTES, pathPattern } from './routes.js';
import type { RunningServer } from './serve.js';
import { startServer } from './serve.js';
import { rawBody, rawRequest, testApp } from './testing/server.js';

interface Case {
  what: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  status: number;
  detail: RegExp;
  type?: string;
}

const long = 'a'.repeat(2000);

const CASES: Case[] = [
  {
    what: 'a region code with a dash',
    path: '/v1/regions/32-73',
    status: 400,
    detail: /must be a Kemendagri region code/,
  },
  {
    what: 'a region code as a number with too few digits',
    path: '/v1/regions/32.7',
    status: 400,
    detail: /Kemendagri region code/,
  },
  {
    what: 'letters for a code',
    path: '/v1/regions/jabar',
    status: 400,
    detail: /"jabar" must be a Kemendagri/,
  },
  {
    what: 'an unknown but well-formed region',
    path: '/v1/regions/32.98',
    status: 404,
    detail: /No region has the code "32\.98".*\/v1\/regions\/32\/children/,
    type: 'not-found',
  },
  {
    what: 'an unknown province',
    path: '/v1/regions/10',
    status: 404,
    detail: /provinces are listed at \/v1\/regions/,
  },
  {
    what: 'children of an unknown region',
    path: '/v1/regions/32.73.99/children',
    status: 404,
    detail: /No region/,
  },
  {
    what: 'children of a malformed code',
    path: '/v1/regions/32-73/children',
    status: 400,
    detail: /must be a Kemendagri region code/,
  },
  {
    what: 'descendants without a level',
    path: '/v1/regions/32/descendants',
    status: 400,
    detail: /^query\.level must be regency, district or village\.$/,
    type: 'invalid-parameter',
  },
  {
    what: 'descendants of an unknown level',
    path: '/v1/regions/32/descendants?level=kelurahan',
    status: 400,
    detail: /query\.level must be regency, district or village/,
  },
  {
    what: 'descendants at the province level',
    path: '/v1/regions/32/descendants?level=province',
    status: 400,
    detail: /query\.level must be regency, district or village/,
  },
  {
    what: 'descendants with a level in capitals',
    path: '/v1/regions/32/descendants?level=VILLAGE',
    status: 400,
    detail: /query\.level must be regency, district or village/,
  },
  {
    what: 'descendants with a 2,000-character level',
    path: `/v1/regions/32/descendants?level=${long}`,
    status: 400,
    detail: /query\.level must be regency, district or village/,
  },
  {
    what: "descendants at the code's own level",
    path: '/v1/regions/32.73/descendants?level=regency',
    status: 400,
    detail: /query\.level must be a level below regency 32\.73: district or village\./,
  },
  {
    what: 'descendants above the code',
    path: '/v1/regions/32.73.01/descendants?level=regency',
    status: 400,
    detail: /query\.level must be a level below district 32\.73\.01: village\./,
  },
  {
    what: 'descendants of a village',
    path: '/v1/regions/32.73.01.1001/descendants?level=village',
    status: 400,
    detail: /below village 32\.73\.01\.1001: there is none/,
  },
  {
    what: 'descendants with an extra parameter',
    path: '/v1/regions/32/descendants?level=village&page=2',
    status: 400,
    detail: /does not take "page"\. It takes: level\./,
    type: 'unknown-parameter',
  },
  {
    what: 'descendants with the level given twice',
    path: '/v1/regions/32/descendants?level=village&level=district',
    status: 400,
    detail: /query\.level is given more than once/,
  },
  {
    what: 'descendants of a malformed code',
    path: '/v1/regions/32-73/descendants?level=village',
    status: 400,
    detail: /code "32-73" must be a Kemendagri region code/,
  },
  {
    what: 'descendants of an unknown region',
    path: '/v1/regions/32.98/descendants?level=village',
    status: 404,
    detail: /No region has the code "32\.98".*\/v1\/regions\/32\/children/,
    type: 'not-found',
  },
  {
    what: 'agreements of an unknown regency',
    path: '/v1/regions/32.98/agreements',
    status: 404,
    detail: /No region has the code "32\.98"/,
  },
  {
    what: 'agreements of a district',
    path: '/v1/regions/32.73.01/agreements',
    status: 400,
    detail: /per regency.*Use its regency, 32\.73/,
  },
  {
    what: 'agreements of a province',
    path: '/v1/regions/32/agreements',
    status: 400,
    detail: /Pick one of its regencies/,
  },
  {
    what: 'the agreement overview of a regency',
    path: '/v1/regions/32.73/agreement-overview',
    status: 400,
    detail: /every regency .* of a province, and 32\.73 is a regency/,
    type: 'invalid-parameter',
  },
  {
    what: 'the agreement overview of an unknown province',
    path: '/v1/regions/99/agreement-overview',
    status: 404,
    detail: /No region has the code "99"\. The provinces are listed at \/v1\/regions\./,
    type: 'not-found',
  },
  {
    what: 'the agreement overview of a malformed code',
    path: '/v1/regions/3/agreement-overview',
    status: 400,
    detail: /code "3" must be a Kemendagri region code/,
  },
  {
    what: 'an encoded slash inside a code',
    path: '/v1/regions/32%2F73',
    status: 400,
    detail: /Kemendagri region code/,
  },
  {
    what: 'a double-encoded dot',
    path: '/v1/regions/32%252E73',
    status: 400,
    detail: /Kemendagri region code/,
  },
  {
    what: 'an encoded NUL',
    path: '/v1/regions/32%00',
    status: 400,
    detail: /Kemendagri region code/,
  },
  {
    what: 'broken percent-encoding',
    path: '/v1/regions/%ZZ',
    status: 400,
    detail: /"%" that is not followed by two hex digits/,
    type: 'bad-request',
  },
  {
    what: 'a ".." segment',
    path: '/v1/regions/../catalog',
    status: 400,
    detail: /"\." or "\.\." segments/,
  },
  {
    what: 'an encoded ".." segment',
    path: '/v1/regions/%2e%2e/catalog',
    status: 400,
    detail: /"\." or "\.\." segments/,
  },
  { what: 'a "." segment', path: '/v1/./catalog', status: 400, detail: /segments/ },
  { what: 'a backslash', path: '/v1/regions\\32', status: 400, detail: /backslashes/ },
  {
    what: 'an unknown service',
    path: '/v1/services/no-such-service',
    status: 404,
    detail: /No service has the id.*\/v1\/catalog/,
  },
  {
    what: 'a service id that is not a slug',
    path: '/v1/services/SP4N%20LAPOR',
    status: 400,
    detail: /must be a slug/,
  },
  {
    what: 'page=abc',
    path: '/v1/services?page=abc',
    status: 400,
    detail: /query\.page must be a whole number/,
  },
  {
    what: 'page=0',
    path: '/v1/services?page=0',
    status: 400,
    detail: /query\.page must be 1 or more/,
  },
  {
    what: 'a negative page',
    path: '/v1/services?page=-1',
    status: 400,
    detail: /query\.page must be a whole number/,
  },
  {
    what: 'a fractional pageSize',
    path: '/v1/services?pageSize=2.5',
    status: 400,
    detail: /query\.pageSize must be a whole number/,
  },
  {
    what: 'pageSize=100000',
    path: '/v1/services?pageSize=100000',
    status: 400,
    detail: /query\.pageSize must be at most 100/,
  },
  {
    what: 'a huge page number',
    path: '/v1/services?page=99999999999999999999',
    status: 400,
    detail: /query\.page must be a whole number/,
  },
  {
    what: 'a 2,000-character query',
    path: `/v1/services?q=${long}`,
    status: 400,
    detail: /query\.q must be at most 200 characters/,
  },
  {
    what: 'an unknown query parameter',
    path: '/v1/services?qq=ktp',
    status: 400,
    detail: /does not take "qq"\. It takes: q, sector/,
    type: 'unknown-parameter',
  },
  {
    what: 'a query on a query-free path',
    path: '/v1/catalog?v=2',
    status: 400,
    detail: /does not take "v"\. It takes: no query parameters/,
  },
  {
    what: 'paging the provinces (a query-free list)',
    path: '/v1/regions?page=2',
    status: 400,
    detail: /does not take "page"/,
    type: 'unknown-parameter',
  },
  {
    what: 'a query on the programs',
    path: '/v1/programs?lang=en',
    status: 400,
    detail: /does not take "lang"/,
  },
  {
    what: 'a repeated parameter',
    path: '/v1/services?page=1&page=2',
    status: 400,
    detail: /query\.page is given more than once/,
  },
  {
    what: 'an unknown audience',
    path: '/v1/services?audience=aliens',
    status: 400,
    detail: /query\.audience/,
  },
  {
    what: 'a region filter that is not a regency',
    path: '/v1/services?region=32',
    status: 400,
    detail: /query\.region must be a regency/,
  },
  {
    what: 'an unknown agreement state',
    path: '/v1/agreements?state=approved',
    status: 400,
    detail: /query\.state/,
  },
  {
    what: 'several bad parameters at once',
    path: '/v1/agreements?page=x&pageSize=0',
    status: 400,
    detail: /2 parameters are invalid: query\.page, query\.pageSize/,
  },
  {
    what: 'POST to a resource',
    method: 'POST',
    path: '/v1/catalog',
    body: '{}',
    headers: { 'content-type': 'application/json' },
    status: 405,
    detail: /read-only/,
    type: 'method-not-allowed',
  },
  {
    what: 'DELETE on a region',
    method: 'DELETE',
    path: '/v1/regions/32',
    status: 405,
    detail: /DELETE is not answered here/,
  },
  {
    what: 'PUT on the OpenAPI document',
    method: 'PUT',
    path: '/v1/openapi.json',
    body: 'x',
    status: 405,
    detail: /read-only/,
  },
  {
    what: 'an unknown path',
    path: '/v2/regions',
    status: 404,
    detail: /Nothing is served at "\/v2\/regions"/,
  },
  {
    what: 'a trailing slash',
    path: '/v1/catalog/',
    status: 404,
    detail: /Did you mean \/v1\/catalog \(without the trailing slash\)/,
  },
  {
    what: 'an asset name with a path',
    path: '/cdn/..%2Fpackage.json',
    status: 400,
    detail: /is not an asset name/,
  },
  {
    what: 'a missing asset',
    path: '/cdn/nothing.js',
    status: 404,
    detail: /no asset "nothing\.js"/,
  },
  {
    what: 'an asset type that is not served',
    path: '/cdn/spbe.exe',
    status: 400,
    detail: /not an asset name/,
  },
  {
    what: 'a body over the limit',
    method: 'POST',
    path: '/v1/catalog',
    body: 'x'.repeat(70 * 1024),
    status: 413,
    detail: /over 65536 bytes/,
    type: 'payload-too-large',
  },
  {
    what: 'a request target over 4,096 characters',
    path: `/v1/regions/${'3'.repeat(5000)}`,
    status: 414,
    detail: /limit is 4096/,
    type: 'uri-too-long',
  },
];

describe('bad input gets a clear 4xx problem, never a 5xx', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer(testApp(), { port: 0 });
  });
  after(() => server.close());

  // The route table documents each route's 4xx answers (and the OpenAPI
  // document repeats them): each must be one the cases below really get.
  for (const route of API_ROUTES) {
    it(`${route.path}: gets each 4xx it documents (${route.errors.join(', ')})`, () => {
      const pattern = pathPattern(route.path);
      for (const status of route.errors) {
        const hits = CASES.filter(
          (c) => c.status === status && pattern.test(c.path.split('?', 1)[0] ?? ''),
        );
        assert.ok(hits.length > 0, `no case gets ${status} from ${route.path}`);
      }
    });
  }

  for (const c of CASES) {
    it(`${c.what}: ${c.status}`, async () => {
      const method = c.method ?? 'GET';
      const headers = { host: '127.0.0.1', connection: 'close', ...c.headers };
      const head = [
        `${method} ${c.path} HTTP/1.1`,
        ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
        ...(c.body === undefined ? [] : [`content-length: ${Buffer.byteLength(c.body)}`]),
      ].join('\r\n');
      const res = await rawRequest(server.port, [`${head}\r\n\r\n${c.body ?? ''}`]);
      assert.equal(res.status, c.status, res.text.slice(0, 300));
      assert.match(res.text, /\r\ncontent-type: application\/problem\+json; charset=utf-8\r\n/i);
      const problem = ProblemSchema.parse(rawBody(res.text));
      assert.equal(problem.status, c.status);
      assert.match(problem.detail ?? '', c.detail);
      if (c.type) assert.equal(problem.type, `urn:spbe:problem:${c.type}`);
      const requestId = /\r\nx-request-id: ([^\r]+)\r\n/i.exec(res.text)?.[1];
      assert.ok(requestId, 'a request id header');
      assert.equal(problem.requestId, requestId);
      assert.doesNotMatch(res.text, /at [\w.]+ \(|node:internal|\.ts:\d+/, 'no stack trace');
      if (c.status === 405) assert.match(res.text, /\r\nallow: GET, HEAD, OPTIONS\r\n/i);
    });
  }
});
