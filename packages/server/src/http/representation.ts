/**
 * A response body with everything needed to answer it fast and cacheably:
 * a strong ETag, its cache policy and, computed once and kept, its gzip and
 * brotli encodings. Conditional requests (If-None-Match → 304) and
 * content-coding negotiation (Accept-Encoding) are answered here.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

type Coding = 'br' | 'gzip';

/** Bodies below this are sent as they are: compression would not pay. */
const MIN_COMPRESS_BYTES = 1024;

export class Representation {
  readonly etag: string;
  readonly #encoded = new Map<Coding, Buffer>();

  constructor(
    readonly body: Buffer,
    readonly contentType: string,
    readonly cacheControl: string,
    /**
     * Answers built once and kept for good (catalog, OpenAPI) get the slowest,
     * smallest brotli; the many that bounded caches may rebuild (regions,
     * statuses, searches) a quick one, so misses cannot pin the CPU.
     */
    readonly longLived = true,
  ) {
    // Strong: the hash of the exact bytes. Encoded variants get a suffix
    // (RFC 9110: a strong validator differs per content-coding).
    this.etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  }

  static json(value: unknown, cacheControl: string, longLived = true): Representation {
    return new Representation(
      Buffer.from(JSON.stringify(value)),
      'application/json; charset=utf-8',
      cacheControl,
      longLived,
    );
  }

  /** The body in a content-coding, compressed on first use and kept. */
  encoded(coding: Coding): Buffer {
    let out = this.#encoded.get(coding);
    if (out === undefined) {
      out =
        coding === 'br'
          ? brotliCompressSync(this.body, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: this.longLived ? 11 : 5,
                [constants.BROTLI_PARAM_SIZE_HINT]: this.body.length,
              },
            })
          : gzipSync(this.body, { level: this.longLived ? 9 : 6 });
      this.#encoded.set(coding, out);
    }
    return out;
  }

  /**
   * What to answer a GET or HEAD with these request headers: 304 when
   * `If-None-Match` matches, else 200 in the best coding the client accepts.
   */
  negotiate(
    acceptEncoding: string | null | undefined,
    ifNoneMatch: string | null | undefined,
    extraHeaders: Record<string, string> = {},
  ): Answer {
    const coding =
      this.body.length >= MIN_COMPRESS_BYTES ? pickCoding(acceptEncoding ?? null) : undefined;
    const etag =
      coding === undefined
        ? this.etag
        : `${this.etag.slice(0, -1)}-${coding === 'br' ? 'br' : 'gz'}"`;
    // One clone of the caller's headers, then ours (cheaper than spreading both).
    const headers: Record<string, string> = { ...extraHeaders };
    headers.etag ??= etag;
    headers['cache-control'] ??= this.cacheControl;
    headers.vary ??= 'Accept-Encoding';
    const matched = ifNoneMatchHits(ifNoneMatch ?? null, this.etag);
    if (matched) {
      // Echo the validator the client holds: a shared cache may only refresh
      // a stored copy from a 304 carrying that copy's own ETag (RFC 9111 §4.3.4).
      if (matched !== '*') headers.etag = matched;
      return { status: 304, headers, body: null };
    }
    const body = coding === undefined ? this.body : this.encoded(coding);
    headers['content-type'] = this.contentType;
    headers['content-length'] = String(body.length);
    if (coding !== undefined) headers['content-encoding'] = coding;
    return { status: 200, headers, body };
  }

  /** The response to a GET or HEAD (see negotiate). */
  respond(request: Request, extraHeaders: Record<string, string> = {}): Response {
    const { status, headers, body } = this.negotiate(
      request.headers.get('accept-encoding'),
      request.headers.get('if-none-match'),
      extraHeaders,
    );
    return new Response(body as Uint8Array<ArrayBuffer> | null, { status, headers });
  }
}

/** A negotiated answer: status, headers, and the body (none for a 304). */
export interface Answer {
  status: 200 | 304;
  headers: Record<string, string>;
  body: Buffer | null;
}

/**
 * The best coding an `Accept-Encoding` header allows: brotli, then gzip, else
 * none. Honours `q=0` (refusal) and `*`.
 */
export function pickCoding(header: string | null): Coding | undefined {
  if (!header) return undefined;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [rawName, ...params] = part.trim().toLowerCase().split(';');
    const name = rawName?.trim();
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.trim().split('=');
      if (key === 'q') {
        const n = Number(value);
        q = Number.isFinite(n) ? Math.min(Math.max(n, 0), 1) : 0;
      }
    }
    weights.set(name, q);
  }
  const weight = (coding: string) => weights.get(coding) ?? weights.get('*') ?? 0;
  const br = weight('br');
  const gzip = Math.max(weight('gzip'), weights.get('x-gzip') ?? 0);
  if (br > 0 && br >= gzip) return 'br';
  if (gzip > 0) return 'gzip';
  return undefined;
}

/**
 * Which `If-None-Match` tag matches this resource (weak comparison, RFC 9110
 * §13.1.2), or `undefined`: `*`, or a listed tag equal to ours once `W/` and
 * our coding suffix are set aside (returned without `W/`).
 */
export function ifNoneMatchHits(header: string | null, etag: string): string | undefined {
  if (!header) return undefined;
  if (header.trim() === '*') return '*';
  const ours = etag.slice(1, -1);
  for (const raw of header.split(',')) {
    const tag = raw.trim().replace(/^W\//, '');
    if (!(tag.length >= 2 && tag.startsWith('"') && tag.endsWith('"'))) continue;
    const inner = tag.slice(1, -1);
    if (inner === ours || inner === `${ours}-br` || inner === `${ours}-gz`) return tag;
  }
  return undefined;
}
