/**
 * A fault-injecting HTTP server for the client's tests (Node only, not part of
 * the package surface). A request to `/<fault>/<token>/v1/<path>` is answered
 * with the fault named `<fault>`; `<token>` keeps each test's counters apart
 * (`GET /__count/<token>` → `{ count, conditional }`). Without a fault (`ok`)
 * it serves small valid answers with ETags and answers If-None-Match with 304.
 * `scripted(answers)` makes a client whose requests (`/__script/<token>/…`)
 * get those answers, status, headers and body exactly as given.
 * CORS is open, so browser tests can use it from another origin.
 */

import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { createClient } from '../client/create-client.js';
import type { ClientOptions } from '../client/options.js';
import type { SpbeClient } from '../client/spbe-client.js';

export const FAULTS = [
  'ok',
  'no-cache',
  'slow',
  '503x2',
  '429-seconds',
  '429-date',
  'reset',
  'reset-body',
  'stall-body',
  'silent',
  'html',
  'text-plain',
  'big',
  'big-declared',
  'truncated',
  'wrong-type-deep',
  'extra-field',
  'not-found',
  'server-error-html',
  'ok-then-down',
  'ok-then-gone',
  'always-503',
  'always-503-retry-after',
  'always-503-retry-after-day',
  'reset-body-once',
  'stall-body-once',
  'cc-no-cache',
  'cc-no-store',
  'vary-star',
  'age-spent',
  'age-half',
  'no-cache-then-down',
  'no-store-then-down',
  'must-revalidate-then-down',
  'table-wrong-level',
  'table-foreign-code',
  'table-short-names',
  'table-other-level',
  'overview-undated',
  'overview-wrong-parent',
  'overview-foreign-regency',
] as const;
export type Fault = (typeof FAULTS)[number];

const regions = [
  { code: '32.01', name: 'Kabupaten Bogor', level: 'regency', parentCode: '32', kind: 'kabupaten' },
  { code: '32.73', name: 'Kota Bandung', level: 'regency', parentCode: '32', kind: 'kota' },
  { code: '32.79', name: 'Kota Banjar', level: 'regency', parentCode: '32', kind: 'kota' },
];

const westJava = { code: '32', name: 'Jawa Barat', level: 'province', parentCode: null };

/** `count` services named Layanan 1…count, valid against the contract. */
function service(n: number) {
  return {
    id: `layanan-${n}`,
    name: `Layanan ${n}`,
    summary: `Layanan contoh nomor ${n}.`,
    type: 'public',
    sector: 'population',
    audiences: ['citizens'],
    provider: { name: 'Diskominfo Jabar', level: 'provincial', regionCode: '32' },
    url: `https://example.go.id/layanan/${n}`,
    channels: ['web'],
    status: 'active',
    availability: 'all',
    keywords: [],
    updatedAt: '2026-11-01',
  };
}
export const SERVICE_TOTAL = 7;

/** The valid answer for an API path (with query), or undefined. */
function validAnswer(path: string): unknown {
  const url = new URL(path, 'http://x');
  if (url.pathname === '/v1/regions/32') return westJava;
  if (url.pathname === '/v1/regions/32/children') return regions;
  if (url.pathname === '/v1/regions/32/descendants' && url.search === '?level=regency') {
    return {
      level: 'regency',
      codes: regions.map((r) => r.code),
      names: regions.map((r) => r.name),
    };
  }
  if (url.pathname === '/v1/regions/32/agreement-overview') {
    return {
      region: westJava,
      date: '2026-11-29',
      programs: [
        {
          id: 'saber-hoaks',
          name: 'Replikasi Jabar Saber Hoaks',
          nameEn: 'Jabar Saber Hoaks replication',
          description: 'Unit anti-hoaks di kabupaten/kota.',
        },
      ],
      regencies: regions.map((region) => ({
        region,
        agreements: [{ program: 'saber-hoaks', status: 'none', agreement: null, daysLeft: null }],
      })),
    };
  }
  if (url.pathname === '/v1/services') {
    const page = Number(url.searchParams.get('page') ?? 1);
    const pageSize = Number(url.searchParams.get('pageSize') ?? 20);
    const all = Array.from({ length: SERVICE_TOTAL }, (_, i) => service(i + 1));
    return {
      items: all.slice((page - 1) * pageSize, page * pageSize),
      total: SERVICE_TOTAL,
      page,
      pageSize,
    };
  }
  if (url.pathname === '/v1/catalog') {
    return { updatedAt: '2026-11-01', total: 2, items: [service(1), service(2)] };
  }
  return undefined;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag, X-Request-Id, Retry-After',
};

/** Per-token counters. */
export interface Tally {
  /** GET requests seen. */
  count: number;
  /** Of which conditional (If-None-Match). */
  conditional: number;
  /** Bytes the server managed to write for a `big` body before the client hung up. */
  written: number;
  /** `Date.now()` at each request's arrival (a fake clock's time under one). */
  arrivals: number[];
  /** The headers of each request, as received. */
  headers: Record<string, string>[];
  /** Requests the client gave up on before the answer was complete. */
  aborted: number;
}

/**
 * An answer exactly as given (for property tests): status (200–999),
 * headers (values as HTTP allows: no control characters) and body.
 */
export interface ScriptedAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

export interface FaultServer {
  url: string;
  /** A client for one fault, with its own counter token, and that token's tally. */
  faulty(
    fault: Fault,
    options?: Partial<ClientOptions>,
  ): { client: SpbeClient; tally: () => Tally };
  /**
   * A client whose requests get `answers` in turn (the last one again once
   * they run out), with its own token and that token's tally.
   */
  scripted(
    answers: readonly ScriptedAnswer[],
    options?: Partial<ClientOptions>,
  ): { client: SpbeClient; tally: () => Tally };
  /** Requests (GET) seen for a token, and how many were conditional. */
  count(token: string): Tally;
  close(): Promise<void>;
}

const emptyTally = (): Tally => ({
  count: 0,
  conditional: 0,
  written: 0,
  arrivals: [],
  headers: [],
  aborted: 0,
});

/** Starts the server on a free loopback port. */
export function startFaultServer(): Promise<FaultServer> {
  const counts = new Map<string, Tally>();
  const scripts = new Map<string, readonly ScriptedAnswer[]>();
  const sockets = new Set<Socket>();
  let requestNumber = 0;

  const json = (
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) => {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      ...CORS,
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(text)),
      ...headers,
    });
    res.end(text);
  };
  const problem = (
    res: ServerResponse,
    status: number,
    title: string,
    headers: Record<string, string> = {},
  ) => {
    const requestId = `fault-${++requestNumber}`;
    json(
      res,
      status,
      { type: 'about:blank', title, status, detail: `${title} (injected)`, requestId },
      { 'content-type': 'application/problem+json', 'x-request-id': requestId, ...headers },
    );
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const [, fault, token, ...rest] = (req.url ?? '/').split('/');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...CORS,
        'access-control-allow-methods': 'GET',
        // Whatever the client asks to send (an API key, a tracing id…).
        'access-control-allow-headers':
          req.headers['access-control-request-headers'] ?? 'Accept, If-None-Match',
      });
      res.end();
      return;
    }
    if (fault === '__count') {
      json(res, 200, counts.get(token ?? '') ?? emptyTally());
      return;
    }
    const tally = counts.get(token ?? '') ?? emptyTally();
    counts.set(token ?? '', tally);
    tally.count++;
    tally.arrivals.push(Date.now());
    res.on('close', () => {
      if (!res.writableFinished) tally.aborted++;
    });
    tally.headers.push(
      Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, String(value)])),
    );
    if (req.headers['if-none-match']) tally.conditional++;
    const n = tally.count;
    const script = fault === '__script' ? scripts.get(token ?? '') : undefined;
    if (script) {
      const { status, headers = {}, body = '' } = script[Math.min(n, script.length) - 1]!;
      res.writeHead(status, { ...CORS, ...headers });
      res.end(body);
      return;
    }
    const path = `/${rest.join('/')}`;
    const answer = validAnswer(path);
    const body = JSON.stringify(answer ?? null);
    const etag = `"v1-${Buffer.from(body).length}"`;
    // A valid answer with its ETag (304 when it matches), under these caching headers.
    const ok = (maxAge: number | Record<string, string> = 60) => {
      if (answer === undefined) return problem(res, 404, 'Not Found');
      const caching =
        typeof maxAge === 'number' ? { 'cache-control': `public, max-age=${maxAge}` } : maxAge;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { ...CORS, etag, ...caching });
        res.end();
        return;
      }
      json(res, 200, answer, { etag, 'x-request-id': `ok-${n}`, ...caching });
    };
    const halfBodyThen = (then: () => void) => {
      res.writeHead(200, {
        ...CORS,
        'content-type': 'application/json',
        'content-length': String(body.length),
      });
      res.write(body.slice(0, Math.floor(body.length / 2)));
      then();
    };

    switch (fault as Fault) {
      case 'ok':
        return ok();
      case 'no-cache':
        return ok(0);
      case 'slow':
        setTimeout(() => ok(), 300);
        return;
      case '503x2':
        return n <= 2 ? problem(res, 503, 'Service Unavailable') : ok();
      case '429-seconds':
        return n === 1 ? problem(res, 429, 'Too Many Requests', { 'retry-after': '1' }) : ok();
      case '429-date': {
        // Two seconds from now, as an HTTP-date (whole seconds).
        const at = new Date(Math.ceil(Date.now() / 1000) * 1000 + 2000).toUTCString();
        return n === 1 ? problem(res, 429, 'Too Many Requests', { 'retry-after': at }) : ok();
      }
      case 'reset':
        req.socket.destroy();
        return;
      case 'reset-body':
        return halfBodyThen(() => setTimeout(() => req.socket.destroy(), 20));
      case 'stall-body':
        return halfBodyThen(() => {}); // never finishes
      case 'reset-body-once':
        return n === 1 ? halfBodyThen(() => setTimeout(() => req.socket.destroy(), 20)) : ok();
      case 'stall-body-once':
        return n === 1 ? halfBodyThen(() => {}) : ok();
      case 'cc-no-cache':
        return ok({ 'cache-control': 'no-cache' });
      case 'cc-no-store':
        return ok({ 'cache-control': 'no-store' });
      case 'vary-star':
        return ok({ 'cache-control': 'max-age=60', vary: '*' });
      case 'age-spent':
        return ok({ 'cache-control': 'max-age=60', age: '60' });
      case 'age-half':
        return ok({ 'cache-control': 'max-age=60', age: '30' });
      case 'no-cache-then-down':
        return n === 1 ? ok({ 'cache-control': 'no-cache' }) : problem(res, 503, 'Down');
      case 'no-store-then-down':
        return n === 1 ? ok({ 'cache-control': 'no-store' }) : problem(res, 503, 'Down');
      case 'must-revalidate-then-down':
        return n === 1
          ? ok({ 'cache-control': 'max-age=0, must-revalidate' })
          : problem(res, 503, 'Down');
      case 'silent':
        return; // never answers
      case 'html':
        res.writeHead(200, { ...CORS, 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><title>Maintenance</title><h1>Sedang pemeliharaan</h1>');
        return;
      case 'text-plain':
        res.writeHead(200, { ...CORS, 'content-type': 'text/plain' });
        res.end(body);
        return;
      case 'big':
      case 'big-declared': {
        const size = 5 * 1024 * 1024;
        const chunk = Buffer.alloc(64 * 1024, 0x20); // spaces: valid JSON whitespace
        res.writeHead(200, {
          ...CORS,
          'content-type': 'application/json',
          ...(fault === 'big-declared' ? { 'content-length': String(size + 2) } : {}),
        });
        res.write('[');
        // 64 KiB every 5 ms: the whole 5 MiB would take about 400 ms.
        let sent = 0;
        const timer = setInterval(() => {
          if (sent >= size) {
            clearInterval(timer);
            res.end(']');
            return;
          }
          sent += chunk.length;
          res.write(chunk);
        }, 5);
        res.on('close', () => {
          clearInterval(timer);
          tally.written = sent;
        });
        return;
      }
      case 'truncated': {
        const cut = '{"code":"32","na';
        res.writeHead(200, {
          ...CORS,
          'content-type': 'application/json',
          'content-length': String(cut.length),
        });
        res.end(cut);
        return;
      }
      case 'wrong-type-deep': {
        const broken = structuredClone(regions) as Record<string, unknown>[];
        broken[2]!.level = 42;
        return json(res, 200, broken);
      }
      case 'extra-field':
        return json(res, 200, {
          ...(answer as object),
          population: 49_000_000,
          extra: { nested: true },
        });
      // A descendants table (GET …/32/descendants?level=regency) that breaks the contract.
      case 'table-wrong-level':
      case 'table-foreign-code':
      case 'table-short-names':
      case 'table-other-level': {
        const table = structuredClone(answer) as {
          level: string;
          codes: string[];
          names: string[];
        };
        if (fault === 'table-wrong-level') table.codes[1] = '32.73.01'; // a district among regencies
        if (fault === 'table-foreign-code') table.codes[2] = '33.01'; // Central Java's
        if (fault === 'table-short-names') table.names.pop();
        if (fault === 'table-other-level') {
          // Consistent in itself, but not what was asked for: districts.
          table.level = 'district';
          table.codes = ['32.01.01', '32.01.02'];
          table.names = ['Cibinong', 'Gunung Putri'];
        }
        return json(res, 200, table);
      }
      // An agreement overview (GET …/32/agreement-overview) that breaks the contract.
      case 'overview-undated':
      case 'overview-wrong-parent':
      case 'overview-foreign-regency': {
        const overview = structuredClone(answer) as {
          date?: string;
          regencies: { region: Record<string, unknown> }[];
        };
        if (fault === 'overview-undated') delete overview.date;
        if (fault === 'overview-wrong-parent') overview.regencies[1]!.region.parentCode = '33';
        if (fault === 'overview-foreign-regency') {
          // Consistent in itself, but Central Java's.
          overview.regencies[2]!.region = {
            code: '33.19',
            name: 'Kabupaten Kudus',
            level: 'regency',
            parentCode: '33',
            kind: 'kabupaten',
          };
        }
        return json(res, 200, overview);
      }
      case 'not-found':
        return problem(res, 404, 'Not Found');
      case 'server-error-html':
        res.writeHead(500, { ...CORS, 'content-type': 'text/html' });
        res.end('<h1>500</h1>');
        return;
      case 'ok-then-down':
        return n === 1 ? ok() : problem(res, 503, 'Service Unavailable');
      case 'ok-then-gone':
        return n === 1 ? ok() : problem(res, 404, 'Not Found');
      case 'always-503':
        return problem(res, 503, 'Service Unavailable');
      // Down for maintenance, saying when to come back: in 30 s, or in a day.
      case 'always-503-retry-after':
      case 'always-503-retry-after-day':
        return problem(res, 503, 'Service Unavailable', {
          'retry-after': fault === 'always-503-retry-after' ? '30' : '86400',
        });
      default:
        res.writeHead(400, CORS).end(`unknown fault ${fault}`);
    }
  };

  const server = createServer(handle);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}`,
        faulty(fault, options = {}) {
          const token = randomUUID();
          const base = `http://127.0.0.1:${port}/${fault}/${token}`;
          return {
            client: createClient({ baseUrl: base, ...options }),
            tally: () => counts.get(token) ?? emptyTally(),
          };
        },
        scripted(answers, options = {}) {
          const token = randomUUID();
          scripts.set(token, answers);
          return {
            client: createClient({
              baseUrl: `http://127.0.0.1:${port}/__script/${token}`,
              ...options,
            }),
            tally: () => counts.get(token) ?? emptyTally(),
          };
        },
        count: (token) => counts.get(token) ?? emptyTally(),
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
