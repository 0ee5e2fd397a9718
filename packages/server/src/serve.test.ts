// The server on a real socket: limits, slow clients, malformed HTTP and
// graceful shutdown, plus `npm start`'s entry point as a child process.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ProblemSchema } from '@spbe/sdk';
import { Hono } from 'hono';
import { startServer } from './serve.js';
import { rawBody, rawRequest, withServer } from './testing/server.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('limits on a real socket', () => {
  it('refuses a chunked body over the limit with 413 and closes the connection', async () => {
    await withServer(
      async (server) => {
        const chunk = 'x'.repeat(4096);
        const parts = [
          'POST /v1/catalog HTTP/1.1\r\nhost: 127.0.0.1\r\ntransfer-encoding: chunked\r\n\r\n',
          ...Array.from({ length: 8 }, () => `${(4096).toString(16)}\r\n${chunk}\r\n`),
          '0\r\n\r\n',
        ];
        const res = await rawRequest(server.port, parts, { gapMs: 5 });
        assert.equal(res.status, 413);
        assert.ok(res.closed);
        assert.match(String(ProblemSchema.parse(rawBody(res.text)).detail), /over 16384 bytes/);
      },
      { serve: { maxBodyBytes: 16 * 1024 } },
    );
  });

  it('reads and drops a small body, then answers the route (405 for POST)', async () => {
    await withServer(async (server) => {
      const res = await rawRequest(server.port, [
        'POST /v1/regions/32 HTTP/1.1\r\nhost: x\r\nconnection: close\r\ncontent-length: 5\r\n\r\nhello',
      ]);
      assert.equal(res.status, 405);
    });
  });

  it('answers an Expect header it cannot meet with a 417 problem, not a bare status', async () => {
    await withServer(async (server) => {
      for (const expect of ['', 'something-else', '101-upgrade']) {
        const res = await rawRequest(server.port, [
          `GET /v1/regions/32 HTTP/1.1\r\nhost: x\r\nconnection: close\r\nexpect: ${expect}\r\n\r\n`,
        ]);
        assert.equal(res.status, 417, res.text);
        assert.match(res.text, /\r\ncontent-type: application\/problem\+json; charset=utf-8\r\n/i);
        assert.match(res.text, /\r\nx-content-type-options: nosniff\r\n/i);
        const problem = ProblemSchema.parse(rawBody(res.text));
        assert.equal(problem.status, 417);
        assert.match(String(problem.detail), /Expect.*100-continue/);
      }
      // 100-continue itself is met: the answer follows the interim one.
      const res = await rawRequest(server.port, [
        'GET /v1/regions/32 HTTP/1.1\r\nhost: x\r\nconnection: close\r\nexpect: 100-continue\r\n\r\n',
      ]);
      assert.match(res.text, /^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 OK\r\n/);
    });
  });

  it('answers CONNECT (which node:http hands to no route) with a 405 problem, not a silent close', async () => {
    await withServer(async (server) => {
      for (const target of ['127.0.0.1:443', '/v1/regions/32']) {
        const res = await rawRequest(server.port, [
          `CONNECT ${target} HTTP/1.1\r\nhost: 127.0.0.1:443\r\nx-request-id: connect-test-1\r\n\r\n`,
        ]);
        assert.equal(res.status, 405, JSON.stringify(res.text));
        assert.ok(res.closed, 'the connection is closed: nothing is tunnelled');
        assert.match(res.text, /\r\nallow: GET, HEAD, OPTIONS\r\n/);
        assert.match(res.text, /\r\nx-request-id: connect-test-1\r\n/);
        const problem = ProblemSchema.parse(rawBody(res.text));
        assert.equal(problem.status, 405);
        assert.equal(problem.requestId, 'connect-test-1');
        assert.match(String(problem.detail), /^CONNECT is not answered here/);
      }
    });
  });

  it('drops a client that sends its headers too slowly (slowloris)', async () => {
    await withServer(
      async (server) => {
        // One header line every 200 ms, never finishing: the server must hang up.
        const parts = [
          'GET /v1/catalog HTTP/1.1\r\n',
          ...Array.from({ length: 40 }, (_, i) => `x-slow-${i}: 1\r\n`),
        ];
        const res = await rawRequest(server.port, parts, { gapMs: 200, waitMs: 6000 });
        assert.ok(res.closed, 'connection closed by the server');
        assert.ok(res.elapsedMs < 3000, `closed after ${Math.round(res.elapsedMs)} ms`);
        if (res.status !== undefined) assert.equal(res.status, 408);
      },
      { serve: { headersTimeoutMs: 800, requestTimeoutMs: 1000, checkIntervalMs: 100 } },
    );
  });

  it('drops a client that sends a body too slowly', async () => {
    await withServer(
      async (server) => {
        const parts = [
          'POST /v1/catalog HTTP/1.1\r\nhost: x\r\ncontent-length: 1000\r\n\r\n',
          ...Array.from({ length: 50 }, () => 'x'),
        ];
        const res = await rawRequest(server.port, parts, { gapMs: 100, waitMs: 6000 });
        assert.ok(res.closed);
        assert.ok(res.elapsedMs < 3500, `closed after ${Math.round(res.elapsedMs)} ms`);
      },
      { serve: { headersTimeoutMs: 500, requestTimeoutMs: 1000, checkIntervalMs: 100 } },
    );
  });

  it('closes an idle kept-alive connection after the keep-alive timeout', async () => {
    await withServer(
      async (server) => {
        const res = await rawRequest(
          server.port,
          ['GET /v1/regions/32 HTTP/1.1\r\nhost: x\r\n\r\n'],
          { waitMs: 4000 },
        );
        assert.equal(res.status, 200);
        assert.ok(res.closed);
        assert.ok(res.elapsedMs < 2500, `closed after ${Math.round(res.elapsedMs)} ms`);
      },
      { serve: { keepAliveTimeoutMs: 300 } },
    );
  });

  it('answers malformed HTTP and oversized headers with problem+json', async () => {
    await withServer(async (server) => {
      const garbage = await rawRequest(server.port, ['HELLO\r\n\r\n']);
      assert.equal(garbage.status, 400);
      assert.equal(ProblemSchema.parse(rawBody(garbage.text)).title, 'Bad request');
      const huge = await rawRequest(server.port, [
        `GET / HTTP/1.1\r\nhost: x\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`,
      ]);
      assert.equal(huge.status, 431);
      const badHost = await rawRequest(server.port, [
        'GET /v1/regions/32 HTTP/1.1\r\nhost: exa mple\r\nconnection: close\r\n\r\n',
      ]);
      assert.equal(badHost.status, 400);
    });
  });
});

describe('options', () => {
  it('accepts a request timeout shorter than the default headers timeout', async () => {
    // node:http throws when headersTimeout > requestTimeout: the former must be cut to fit.
    const app = new Hono().get('/', (c) => c.text('ok'));
    const server = await startServer(app, { port: 0, requestTimeoutMs: 2000 });
    try {
      assert.equal(server.server.requestTimeout, 2000);
      assert.equal(server.server.headersTimeout, 2000);
      assert.equal(await (await fetch(server.url)).text(), 'ok');
    } finally {
      await server.close();
    }
  });

  it('rejects (rather than throws) when it cannot listen', async () => {
    await assert.rejects(startServer(new Hono(), { port: 0, host: '256.0.0.1' }));
  });
});

describe('graceful shutdown', () => {
  it('finishes in-flight requests, refuses new connections, then resolves', async () => {
    const app = new Hono();
    app.get('/slow', async (c) => {
      await sleep(400);
      return c.text('done');
    });
    const server = await startServer(app, { port: 0 });
    const inFlight = new Promise<{ status: number; body: string }>((resolve, reject) => {
      request(`${server.url}/slow`, (res) => {
        let body = '';
        res.on('data', (d) => {
          body += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
        .on('error', reject)
        .end();
    });
    await sleep(100);
    const started = performance.now();
    const closed = server.close();
    await sleep(50);
    await assert.rejects(fetch(`${server.url}/slow`), 'no new connections once closing');
    assert.deepEqual(await inFlight, { status: 200, body: 'done' });
    await closed;
    const took = performance.now() - started;
    assert.ok(took >= 200 && took < 2000, `closed after ${Math.round(took)} ms`);
  });

  it('cuts requests that outlive the grace period', async () => {
    const app = new Hono();
    app.get('/forever', () => new Promise<Response>(() => {}));
    const server = await startServer(app, { port: 0, shutdownGraceMs: 300 });
    const hung = fetch(`${server.url}/forever`).catch((error: Error) => error);
    await sleep(100);
    const started = performance.now();
    await server.close();
    assert.ok(performance.now() - started < 1500);
    assert.ok((await hung) instanceof Error);
  });
});

describe('npm start entry point (main.ts)', () => {
  const main = join(import.meta.dirname, 'main.ts');
  const run = (env: Record<string, string>) =>
    spawn(process.execPath, ['--conditions=source', '--import', 'tsx', main], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const output = (child: ChildProcess) => {
    let text = '';
    child.stdout?.on('data', (d) => {
      text += d;
    });
    child.stderr?.on('data', (d) => {
      text += d;
    });
    return () => text;
  };
  const exit = (child: ChildProcess) =>
    new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const freePort = () =>
    new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });

  it('serves on PORT, prints the URL and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const child = run({ PORT: String(port), HOST: '127.0.0.1' });
    const text = output(child);
    const exited = exit(child);
    for (let i = 0; i < 100 && !text().includes('listening'); i++) await sleep(100);
    assert.match(text(), new RegExp(`listening on http://127\\.0\\.0\\.1:${port}`));
    const res = await fetch(`http://127.0.0.1:${port}/v1/regions/32`);
    assert.equal(res.status, 200);
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.match(text(), /stopped/);
  });

  it('refuses a bad PORT with a message, and a port in use', async () => {
    const bad = run({ PORT: 'eighty' });
    const badText = output(bad);
    assert.equal(await exit(bad), 1);
    assert.match(badText(), /PORT must be a number from 0 to 65535, not "eighty"/);

    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const { port } = blocker.address() as { port: number };
    const busy = run({ PORT: String(port), HOST: '127.0.0.1' });
    const busyText = output(busy);
    assert.equal(await exit(busy), 1);
    assert.match(busyText(), new RegExp(`port ${port} on 127\\.0\\.0\\.1 is in use`));
    blocker.close();
  });

  it('shows SPBE_PUBLIC_URL in the home page, and refuses a bad one with a message', async () => {
    const bad = run({ PORT: '0', SPBE_PUBLIC_URL: 'data.jabarprov.go.id/spbe' });
    const badText = output(bad);
    assert.equal(await exit(bad), 1);
    assert.match(
      badText(),
      /SPBE_PUBLIC_URL: the public URL "data\.jabarprov\.go\.id\/spbe" is not an absolute URL/,
    );

    const port = await freePort();
    const child = run({
      PORT: String(port),
      HOST: '127.0.0.1',
      SPBE_PUBLIC_URL: 'https://data.jabarprov.go.id/spbe',
    });
    const text = output(child);
    const exited = exit(child);
    for (let i = 0; i < 100 && !text().includes('listening'); i++) await sleep(100);
    const home = await (await fetch(`http://127.0.0.1:${port}/`)).text();
    assert.match(home, /src=&#34;https:\/\/data\.jabarprov\.go\.id\/spbe\/cdn\/spbe/);
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });
});
