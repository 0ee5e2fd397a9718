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
   * The response to a GET or HEAD: 304 when `If-None-Match` matches, else 200
   * in the best coding the client accepts.
   */
  respond(request: Request, extraHeaders: Record<string, string> = {}): Response {
    const coding =
      this.body.length >= MIN_COMPRESS_BYTES
        ? pickCoding(request.headers.get('accept-encoding'))
        : undefined;
    const etag =
      coding === undefined
        ? this.etag
        : `${this.etag.slice(0, -1)}-${coding === 'br' ? 'br' : 'gz'}"`;
    const headers: Record<string, string> = {
      etag,
      'cache-control': this.cacheControl,
      vary: 'Accept-Encoding',
      ...extraHeaders,
    };
    const matched = ifNoneMatchHits(request.headers.get('if-none-match'), this.etag);
    if (matched) {
      // Echo the validator the client holds: a shared cache may only refresh
      // a stored copy from a 304 carrying that copy's own ETag (RFC 9111 §4.3.4).
      if (matched !== '*') headers.etag = matched;
      return new Response(null, { status: 304, headers });
    }
    const body = coding === undefined ? this.body : this.encoded(coding);
    headers['content-type'] = this.contentType;
    headers['content-length'] = String(body.length);
    if (coding !== undefined) headers['content-encoding'] = coding;
    return new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers });
  }
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
