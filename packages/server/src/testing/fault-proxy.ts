/**
 * Test helper (Node): a proxy on loopback in front of a running API, whose
 * behaviour a test switches between steps, to play the API's outages end to
 * end: `pass` (every request goes through as it is), `down` (nothing listens
 * on the port: connections are refused), `reset` (connections are accepted,
 * then dropped), `slow` (every GET waits `ms` first), `unavailable` (every GET
 * is answered 503 with `Retry-After`, as an API down for maintenance says),
 * and `garbage` (every GET is answered 200 with something that breaks the
 * contract: see {@link garbageFor}). CORS preflights go through whenever the
 * port is open, so a browser sees the fault itself, not a CORS failure.
 */
import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type ProxyMode =
  | { kind: 'pass' }
  | { kind: 'down' }
  | { kind: 'reset' }
  | { kind: 'slow'; ms: number }
  | { kind: 'unavailable'; retryAfter: number }
  | { kind: 'garbage' };

/** A request that reached the proxy. */
export interface ProxiedRequest {
  /** `Date.now()` when it arrived. */
  at: number;
  method: string;
  /** Path and query, e.g. `/v1/regions/32.73/agreements`. */
  path: string;
  /** The mode it met. */
  mode: ProxyMode['kind'];
  /** What was answered: a status, or `reset`. */
  status: number | 'reset';
}

export interface FaultProxy {
  /** `http://127.0.0.1:<port>`: the same port in every mode. */
  url: string;
  /** Switches the mode for the requests that arrive from now on. */
  set(mode: ProxyMode): Promise<void>;
  /** Every request that arrived, oldest first (GETs and preflights). */
  readonly requests: readonly ProxiedRequest[];
  close(): Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag, X-Request-Id, Retry-After, Content-Length',
};

/**
 * The garbage for a path, each kind where an element would meet it: an
 * agreement list or overview whose shape is wrong (valid JSON), region lists
 * cut off in the middle (invalid JSON), and anything else a maintenance page
 * in HTML, all with status 200.
 */
export function garbageFor(path: string): { type: string; body: string } {
  if (/\/(agreements|agreement-overview|programs)\b/.test(path))
    return { type: 'application/json', body: JSON.stringify({ items: 'sedang pemeliharaan' }) };
  if (/\/(children|descendants)\b/.test(path))
    return { type: 'application/json; charset=utf-8', body: '[{"code":"32.01","name":"Kab' };
  return {
    type: 'text/html; charset=utf-8',
    body: '<!doctype html><title>Pemeliharaan</title><h1>Situs sedang dalam pemeliharaan</h1>',
  };
}

/** Starts a proxy for `upstream` (e.g. `http://127.0.0.1:8080`) on a free loopback port, in `pass` mode. */
export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const target = new URL(upstream);
  let mode: ProxyMode = { kind: 'pass' };
  const requests: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();

  const forward = (req: IncomingMessage, res: ServerResponse, log: ProxiedRequest) => {
    const headers = { ...req.headers, host: target.host };
    delete headers.connection;
    const out = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers },
      (answer) => {
        log.status = answer.statusCode ?? 502;
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    out.on('error', () => res.destroy());
    req.pipe(out);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const current = mode;
    const log: ProxiedRequest = {
      at: Date.now(),
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      mode: current.kind,
      status: 0,
    };
    requests.push(log);
    if (current.kind === 'reset') {
      log.status = 'reset';
      req.socket.destroy();
      return;
    }
    if (req.method === 'OPTIONS' || current.kind === 'pass') return forward(req, res, log);
    if (current.kind === 'slow') {
      const timer = setTimeout(() => forward(req, res, log), current.ms);
      // A client that gave up waiting: nothing to forward.
      res.on('close', () => clearTimeout(timer));
      return;
    }
    if (current.kind === 'unavailable') {
      log.status = 503;
      const body = JSON.stringify({
        type: 'about:blank',
        title: 'Service Unavailable',
        status: 503,
        detail: 'Sedang pemeliharaan.',
      });
      res.writeHead(503, {
        ...CORS,
        'content-type': 'application/problem+json',
        'cache-control': 'no-store',
        'retry-after': String(current.retryAfter),
      });
      res.end(body);
      return;
    }
    const { type, body } = garbageFor(log.path);
    log.status = 200;
    res.writeHead(200, { ...CORS, 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };

  const server = createServer(handle);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  /** Stops listening and drops every open connection (kept-alive ones too). */
  const shut = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (server.listening) server.close(() => resolve());
      else resolve();
    });

  await listen(0);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    async set(next) {
      const wasDown = mode.kind === 'down';
      mode = next;
      if (next.kind === 'down' && !wasDown) await shut();
      else if (next.kind !== 'down' && wasDown) await listen(port);
    },
    close: shut,
  };
}
