/**
 * Runs an app on node:http with the limits a public server needs: request
 * line and body size caps, header/request/idle timeouts so a slow client
 * cannot hold a connection, problem+json even for malformed HTTP, and a
 * graceful shutdown that lets in-flight requests finish.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { getRequestListener, RequestError } from '@hono/node-server';
import { commonHeaders, requestIdFrom } from './http/headers.js';
import { HOT_ANSWERS, type HotAnswers } from './http/hot-answers.js';
import {
  badPath,
  expectationFailed,
  headersTooLarge,
  internalError,
  invalidHttp,
  malformedRequest,
  methodNotAllowed,
  PROBLEM_HEADERS,
  type Problem,
  payloadTooLarge,
  problemBody,
  problemResponse,
  requestTimeout,
  uriTooLong,
} from './http/problem.js';

export interface ServeOptions {
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Largest request body accepted (no route takes one). Default 64 KiB. */
  maxBodyBytes?: number;
  /** Longest request target. Default 4096 characters. */
  maxTargetLength?: number;
  /** Time to receive all headers. Default 10 s. */
  headersTimeoutMs?: number;
  /** Time to receive the whole request. Default 30 s. */
  requestTimeoutMs?: number;
  /** Idle time before a kept-alive connection is closed. Default 5 s. */
  keepAliveTimeoutMs?: number;
  /** How often the timeouts above are checked. Default 1 s. */
  checkIntervalMs?: number;
  /** How long shutdown waits for in-flight requests before cutting them. Default 10 s. */
  shutdownGraceMs?: number;
}

export interface RunningServer {
  /** `http://host:port`. */
  url: string;
  port: number;
  server: Server;
  /** Stops accepting, lets in-flight requests finish (up to the grace period), then resolves. */
  close(): Promise<void>;
}

type Fetchable = { fetch: (request: Request, env: unknown) => Response | Promise<Response> };

// A request target we refuse before routing: dot segments (also encoded),
// backslashes, broken percent-encoding and control characters.
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i;
const BAD_PERCENT = /%(?![0-9A-Fa-f]{2})/;
const CONTROL = /[\u0000-\u001f\u007f]/;

// node:http's cap on the size of the request headers; the 431 answer names it.
const MAX_HEADER_BYTES = 16 * 1024;

function targetProblem(target: string, maxLength: number): Problem | undefined {
  if (target.length > maxLength) return uriTooLong(target.length, maxLength);
  const path = target.split('?', 1)[0] ?? '';
  const reason = DOT_SEGMENT.test(path)
    ? 'must not contain "." or ".." segments'
    : path.includes('\\')
      ? 'must not contain backslashes'
      : BAD_PERCENT.test(path)
        ? 'has a "%" that is not followed by two hex digits'
        : CONTROL.test(target)
          ? 'must not contain control characters'
          : undefined;
  return reason === undefined ? undefined : badPath(reason);
}

function sendProblem(
  res: ServerResponse,
  problem: Problem,
  requestId: string,
  close = false,
): void {
  const body = problemBody({ ...problem, requestId });
  res.writeHead(problem.status, {
    ...commonHeaders(requestId),
    ...PROBLEM_HEADERS,
    'content-length': Buffer.byteLength(body),
    ...(close ? { connection: 'close' } : {}),
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/** Answers `problem` on a socket node:http has let go of, and closes it. */
function endWithProblem(
  socket: Socket,
  problem: Problem,
  requestId: string,
  headers: Record<string, string> = {},
): void {
  const body = problemBody({ ...problem, requestId });
  const head = Object.entries({ ...commonHeaders(requestId), ...PROBLEM_HEADERS, ...headers })
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  // The title doubles as the reason phrase of the status line.
  socket.end(
    `HTTP/1.1 ${problem.status} ${problem.title}\r\n${head}content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

/**
 * Starts `app` on a real socket. Resolves once listening.
 *
 * @example
 * const server = await startServer(createApp(), { port: 8080 });
 * console.log(server.url);
 * await server.close();
 */
export async function startServer(
  app: Fetchable,
  options: ServeOptions = {},
): Promise<RunningServer> {
  const {
    port = 8080,
    host = '127.0.0.1',
    maxBodyBytes = 64 * 1024,
    maxTargetLength = 4096,
    headersTimeoutMs = 10_000,
    requestTimeoutMs = 30_000,
    keepAliveTimeoutMs = 5_000,
    checkIntervalMs = 1_000,
    shutdownGraceMs = 10_000,
  } = options;

  const honoListener = getRequestListener(app.fetch, {
    // Reached when node-server cannot turn the request into a Request (bad
    // Host header and the like: 400), or when the app's fetch throws or
    // rejects instead of answering (500): a problem, never a stack trace.
    errorHandler: (error) => {
      const requestId = requestIdFrom(undefined);
      const problem = error instanceof RequestError ? malformedRequest() : internalError(requestId);
      return problemResponse(problem, requestId, commonHeaders(requestId));
    },
  });

  // An app from createApp() answers repeated GETs of lasting answers itself (hot-answers.ts).
  const hot = (app as { [HOT_ANSWERS]?: HotAnswers })[HOT_ANSWERS];
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    const requestId = requestIdFrom(req.headers['x-request-id'] as string | undefined);
    const bad = targetProblem(req.url ?? '', maxTargetLength);
    if (bad) return sendProblem(res, bad, requestId);

    const declared = req.headers['content-length'];
    const chunked = req.headers['transfer-encoding'] !== undefined;
    if (!chunked && (declared === undefined || declared === '0')) {
      if (hot?.answer(req, res, requestId)) return;
      return void honoListener(req, res);
    }
    if (declared !== undefined && Number(declared) > maxBodyBytes) {
      sendProblem(res, payloadTooLarge(maxBodyBytes), requestId, true);
      res.on('finish', () => req.destroy());
      return;
    }
    // No route reads a body: read it (bounded) and drop it, then route.
    let seen = 0;
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > maxBodyBytes) {
        req.off('data', onData);
        req.pause();
        sendProblem(res, payloadTooLarge(maxBodyBytes), requestId, true);
        res.on('finish', () => req.destroy());
      }
    };
    req.on('data', onData);
    req.on('end', () => {
      if (!res.headersSent) void honoListener(req, res);
    });
  };

  const server = createServer(
    {
      // Node requires headersTimeout ≤ requestTimeout.
      headersTimeout: Math.min(headersTimeoutMs, requestTimeoutMs),
      requestTimeout: requestTimeoutMs,
      connectionsCheckingInterval: checkIntervalMs,
      maxHeaderSize: MAX_HEADER_BYTES,
    },
    listener,
  );
  // Without a listener node:http answers a bare 417 (no problem, no headers of ours).
  server.on('checkExpectation', (req: IncomingMessage, res: ServerResponse) => {
    const requestId = requestIdFrom(req.headers['x-request-id'] as string | undefined);
    sendProblem(res, expectationFailed(), requestId);
  });
  server.keepAliveTimeout = keepAliveTimeoutMs;
  // A connection that goes quiet mid-request is dropped after the request timeout.
  server.timeout = requestTimeoutMs;

  // Malformed HTTP, oversized headers and timeouts: answer in the same
  // problem+json shape where the socket still takes it.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const problem =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? headersTooLarge(MAX_HEADER_BYTES / 1024)
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? requestTimeout()
          : invalidHttp();
    endWithProblem(socket, problem, requestIdFrom(undefined));
  });
  // CONNECT never reaches the request listener: without this node:http closes
  // the connection without a word. Nothing is tunnelled; say so and close.
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    const refusal = methodNotAllowed('CONNECT');
    const requestId = requestIdFrom(req.headers['x-request-id'] as string | undefined);
    endWithProblem(socket, refusal.init, requestId, refusal.headers);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const shownHost = host.includes(':') ? `[${host}]` : host;
      let closing: Promise<void> | undefined;
      resolve({
        url: `http://${shownHost}:${actualPort}`,
        port: actualPort,
        server,
        close() {
          closing ??= new Promise<void>((done) => {
            // Kept-alive connections with no request in flight close now; busy
            // ones close as soon as their response is done.
            const sweep = setInterval(() => server.closeIdleConnections(), 50);
            const cut = setTimeout(() => server.closeAllConnections(), shutdownGraceMs);
            server.close(() => {
              clearInterval(sweep);
              clearTimeout(cut);
              done();
            });
            server.closeIdleConnections();
          });
          return closing;
        },
      });
    });
  });
}
