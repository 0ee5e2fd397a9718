// The hot path (http/hot-answers.ts) on a real socket: a GET the app has
// answered before is answered again from node:http, byte for byte and header
// for header as the full path answers it (content-coding, 304, HEAD, request
// id), and never for what may change (agreement statuses) or what the app
// refused.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { describe, it } from 'node:test';
import { HOT_ANSWERS, type HotAnswers } from './http/hot-answers.js';
import { startServer } from './serve.js';
import { testApp } from './testing/server.js';

interface Got {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(
  port: number,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<Got> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** Everything but the date, which is the clock's. */
const comparable = ({ status, headers, body }: Got) => {
  const { date: _date, ...rest } = headers;
  return { status, headers: rest, body: body.toString('base64') };
};

async function withHotServer(fn: (port: number, hot: HotAnswers) => Promise<void>) {
  const app = testApp();
  const server = await startServer(app, { port: 0, host: '127.0.0.1' });
  try {
    await fn(server.port, app[HOT_ANSWERS]);
  } finally {
    await server.close();
  }
}

const LASTING = [
  '/v1/regions',
  '/v1/regions/32',
  '/v1/regions/32.73/children',
  '/v1/regions/32/descendants?level=village',
  '/v1/catalog',
  '/v1/services?q=izin+usaha',
  '/v1/services/sp4n-lapor',
  '/v1/programs',
];

const VARIANTS: [string, Record<string, string>][] = [
  ['no coding', {}],
  ['gzip', { 'accept-encoding': 'gzip' }],
  ['brotli', { 'accept-encoding': 'gzip, deflate, br' }],
  ['brotli refused', { 'accept-encoding': 'br;q=0, gzip;q=0.5' }],
];

describe('hot answers', () => {
  it('answer a repeated GET exactly as the full path did, in every content-coding', async () => {
    await withHotServer(async (port, hot) => {
      for (const path of LASTING) {
        for (const [name, headers] of VARIANTS) {
          const sent = { ...headers, 'x-request-id': 'test-request-0001' };
          const before = hot.hits;
          const full = await get(port, path, sent);
          const again = await get(port, path, sent);
          assert.equal(full.status, 200, `${path} (${name})`);
          assert.deepEqual(comparable(again), comparable(full), `${path} (${name})`);
          assert.ok(hot.hits > before, `${path} (${name}) was answered by the hot path`);
        }
      }
    });
  });

  it('answer 304 to a matching If-None-Match, HEAD without a body, and a fresh request id each time', async () => {
    await withHotServer(async (port, hot) => {
      const path = '/v1/regions/32.73/children';
      const first = await get(port, path, { 'accept-encoding': 'gzip' });
      const etag = String(first.headers.etag);
      const hits = hot.hits;
      const cached = await get(port, path, { 'if-none-match': etag, 'accept-encoding': 'gzip' });
      assert.equal(cached.status, 304);
      assert.equal(cached.body.length, 0);
      assert.equal(cached.headers.etag, etag);
      assert.equal(cached.headers['access-control-allow-origin'], '*');
      const head = await get(port, path, {}, 'HEAD');
      assert.equal(head.status, 200);
      assert.equal(head.body.length, 0);
      assert.ok(Number(head.headers['content-length']) > 0);
      const [a, b] = [await get(port, path), await get(port, path)];
      assert.match(String(a.headers['x-request-id']), /^[0-9a-f-]{36}$/);
      assert.notEqual(a.headers['x-request-id'], b.headers['x-request-id']);
      assert.equal(hot.hits, hits + 4);
    });
  });

  it('leave to the app what may change or what it refused: statuses, problems, other methods', async () => {
    await withHotServer(async (port, hot) => {
      for (const path of [
        '/v1/regions/32.73/agreements',
        '/v1/regions/32/agreement-overview',
        '/v1/regions/99',
        '/v1/catalog?unknown=1',
        '/v1/services?pageSize=1000',
      ]) {
        const first = await get(port, path);
        const again = await get(port, path);
        assert.equal(again.status, first.status, path);
      }
      assert.equal(hot.hits, 0);
      await get(port, '/v1/catalog');
      const options = await get(port, '/v1/catalog', { origin: 'https://garut.go.id' }, 'OPTIONS');
      assert.equal(options.status, 204);
      assert.equal(hot.hits, 0);
    });
  });
});
