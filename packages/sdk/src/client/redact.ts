/**
 * Credentials never leave in an error: the request headers an error carries
 * (and prints, and serialises) have the values of credential-like headers
 * replaced.
 */

/** Headers whose values are secrets: by name, or named like a key, token or secret. */
const SECRET =
  /^(?:authorization|proxy-authorization|cookie|set-cookie)$|key|token|secret|password/i;

/** What an error shows for a secret header's value. */
const REDACTED = '[redacted]';

/** A copy of the headers, secrets redacted; names lowercased. */
export function redactHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = SECRET.test(name) ? REDACTED : value;
  });
  return out;
}
