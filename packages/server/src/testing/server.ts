/**
 * Test helpers for the server's own tests (not part of the package surface):
 * an app on the real dataset with a fixed clock, a real socket, raw HTTP.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { type AppOptions, createApp } from '../app.js';
import { type RunningServer, type ServeOptions, startServer } from '../serve.js';

/** Noon in Jakarta on the sample dataset's date: statuses are stable in tests. */
export const FIXED_NOW = new Date('2026-11-29T12:00:00+07:00');

export function testApp(options: AppOptions = {}) {
  return createApp({ now: () => FIXED_NOW, ...options });
}

/** The body of `app`'s answer to GET `path`, which must be a 200 with JSON. */
export async function jsonAt(app: ReturnType<typeof testApp>, path: string): Promise<unknown> {
  const res = await app.request(path);
  assert.equal(res.status, 200, `${path}: ${res.status} ${await res.clone().text()}`);
  assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
  return res.json();
}

/** Starts an app on a free loopback port for the duration of `fn`. */
export async function withServer<T>(
  fn: (server: RunningServer) => Promise<T>,
  options: { app?: AppOptions; serve?: ServeOptions } = {},
): Promise<T> {
  const server = await startServer(testApp(options.app), {
    port: 0,
    host: '127.0.0.1',
    ...options.serve,
  });
  try {
    return await fn(server);
  } finally {
    await server.close();
  }
}

export interface RawResult {
  /** Everything the server sent before closing (or before `waitMs` passed). */
  text: string;
  status: number | undefined;
  /** Whether the server closed the connection. */
  closed: boolean;
  /** Milliseconds from the first byte sent to the close (or the give-up). */
  elapsedMs: number;
}

/**
 * Sends raw bytes (in parts, `gapMs` apart) and collects the answer until the
 * server closes the connection or `waitMs` passes.
 */
export function rawRequest(
  port: number,
  parts: (string | Buffer)[],
  { gapMs = 0, waitMs = 3000 }: { gapMs?: number; waitMs?: number } = {},
): Promise<RawResult> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const started = performance.now();
    let done = false;
    const finish = (closed: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const match = /^HTTP\/1\.1 (\d{3})/.exec(text);
      resolve({
        text,
        status: match ? Number(match[1]) : undefined,
        closed,
        elapsedMs: performance.now() - started,
      });
    };
    const timer = setTimeout(() => finish(false), waitMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
    socket.on('connect', async () => {
      for (const [i, part] of parts.entries()) {
        if (i > 0 && gapMs > 0) await new Promise((r) => setTimeout(r, gapMs));
        if (done || socket.destroyed) return;
        socket.write(part);
      }
    });
  });
}

/** The JSON body after the blank line of a raw response. */
export function rawBody(text: string): unknown {
  const start = text.indexOf('\r\n\r\n');
  return JSON.parse(text.slice(start + 4));
}
