/** Response headers shared by the app and the raw request listener. */

/** On every response. */
export const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'strict-transport-security': 'max-age=31536000',
} as const;

/** CSP for API answers (JSON, problems): nothing may load, nothing may frame them. */
export const API_CSP =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Same-origin by default; only `/cdn/` assets are `cross-origin`. */
export const CORP_DEFAULT = 'same-origin';
export const CORP_CDN = 'cross-origin';

/**
 * CORS for a public, read-only API: any origin may read, nobody sends
 * credentials. The SDK needs ETag (its own revalidation), the request id and
 * Retry-After.
 */
export const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag, X-Request-Id, Retry-After, Content-Length',
  // Lets embedding sites measure the API with Resource Timing.
  'timing-allow-origin': '*',
} as const;

/** Answer to a CORS preflight. */
export const PREFLIGHT_HEADERS = {
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  // What the SDK sends, plus what a site may add to every request (its \`headers\`
  // option): credentials for a gateway in front of the API, and trace context.
  'access-control-allow-headers':
    'Accept, Accept-Language, If-None-Match, X-Request-Id, Authorization, X-Api-Key, Traceparent, Tracestate',
  'access-control-max-age': '86400',
} as const;

/** The only methods any resource answers. */
export const ALLOW = 'GET, HEAD, OPTIONS';

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/** The caller's X-Request-Id when it is safe to echo, otherwise a fresh one. */
export function requestIdFrom(header: string | null | undefined): string {
  return header && REQUEST_ID.test(header) ? header : crypto.randomUUID();
}

const COMMON: Record<string, string> = {
  ...SECURITY_HEADERS,
  ...CORS_HEADERS,
  'content-security-policy': API_CSP,
  'cross-origin-resource-policy': CORP_DEFAULT,
  'x-request-id': '',
};

/**
 * The headers the app adds to every response, for answers made outside the
 * app. A copy of one template (one clone, not one spread per header group:
 * this runs for every request).
 */
export function commonHeaders(requestId: string): Record<string, string> {
  const headers = { ...COMMON };
  headers['x-request-id'] = requestId;
  return headers;
}
