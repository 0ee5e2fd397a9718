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
import { PROBLEM_HEADERS, type ProblemInit, problemBody } from './http/problem.js';

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

function targetProblem(
  target: string,
  maxLength: number,
): Omit<ProblemInit, 'requestId'> | undefined {
  if (target.length > maxLength) {
    return {
      type: 'uri-too-long',
      status: 414,
      title: 'URI too long',
      detail: `The request target has ${target.length} characters; the limit is ${maxLength}.`,
    };
  }
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
  if (reason === undefined) return undefined;
  return {
    type: 'bad-request',
    status: 400,
    title: 'Bad request',
    detail: `The request path ${reason}. Request the resource by its plain path, e.g. /v1/regions/32.`,
  };
}

function sendProblem(
  res: ServerResponse,
  init: Omit<ProblemInit, 'requestId'>,
  requestId: string,
  close = false,
): void {
  const body = problemBody({ ...init, requestId });
  res.writeHead(init.status, {
    ...commonHeaders(requestId),
    ...PROBLEM_HEADERS,
    'content-length': Buffer.byteLength(body),
    ...(close ? { connection: 'close' } : {}),
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

const tooLarge = (limit: number): Omit<ProblemInit, 'requestId'> => ({
  type: 'payload-too-large',
  status: 413,
  title: 'Payload too large',
  detail: `The request body is over ${limit} bytes. This API is read-only: send GET requests without a body.`,
});

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
    // Only reached for requests node-server cannot turn into a Request (bad
    // Host header and the like): answer 400, never a stack trace.
    // Reached when node-server cannot turn the request into a Request (bad
    // Host header and the like: 400), or when the app itself failed (500).
    errorHandler: (error) => {
      const requestId = requestIdFrom(undefined);
      const bad = error instanceof RequestError;
      return new Response(
        problemBody({
          type: bad ? 'bad-request' : 'internal-error',
          status: bad ? 400 : 500,
          title: bad ? 'Bad request' : 'Internal server error',
          detail: bad
            ? 'The request line or Host header is malformed.'
            : `The server failed to answer. Quote request id ${requestId} when reporting it.`,
          requestId,
        }),
        { status: bad ? 400 : 500, headers: { ...PROBLEM_HEADERS, ...commonHeaders(requestId) } },
      );
    },
  });

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    const requestId = requestIdFrom(req.headers['x-request-id'] as string | undefined);
    const bad = targetProblem(req.url ?? '', maxTargetLength);
    if (bad) return sendProblem(res, bad, requestId);

    const declared = req.headers['content-length'];
    const chunked = req.headers['transfer-encoding'] !== undefined;
    if (!chunked && (declared === undefined || declared === '0'))
      return void honoListener(req, res);
    if (declared !== undefined && Number(declared) > maxBodyBytes) {
      sendProblem(res, tooLarge(maxBodyBytes), requestId, true);
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
        sendProblem(res, tooLarge(maxBodyBytes), requestId, true);
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
      maxHeaderSize: 16 * 1024,
    },
    listener,
  );
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
    const [status, title, detail] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request header fields too large', 'The request headers are over 16 KB.']
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'Request timeout', 'The request was not received in time.']
          : [400, 'Bad request', 'The request is not valid HTTP.'];
    const requestId = requestIdFrom(undefined);
    const body = problemBody({
      type: status === 408 ? 'request-timeout' : 'bad-request',
      status,
      title,
      detail,
      requestId,
    });
    const head = Object.entries({ ...commonHeaders(requestId), ...PROBLEM_HEADERS })
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    socket.end(
      `HTTP/1.1 ${status} ${title}\r\n${head}content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
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
