// First: the SDK's schemas must be built with zod's compiler off (see the module).
import './zod-jitless.js';
import { createClient, type SpbeClient } from '@spbe/sdk';

// One client per API base URL for the whole page: five badges for one regency
// share its cache and its in-flight requests, so they make one request.
const clients = new Map<string, SpbeClient>();
let pageDefault: SpbeClient | undefined;

/** The page's shared client for `baseUrl` (throws SpbeInputError for a URL the SDK refuses). */
export function clientFor(baseUrl: string): SpbeClient {
  const key = new URL(baseUrl, globalThis.location?.href).href;
  let client = clients.get(key);
  if (client === undefined) {
    client = createClient({ baseUrl: key });
    clients.set(key, client);
  }
  return client;
}

/**
 * Sets the client every element uses when it has no `client` property, no
 * `<spbe-provider>` around it and no `base-url`: a client, or the API's base URL.
 *
 * @example
 * setDefaultClient('https://data.jabarprov.go.id/spbe');
 */
export function setDefaultClient(client: SpbeClient | string): void {
  pageDefault = typeof client === 'string' ? clientFor(client) : client;
}

/**
 * The API beside the code at `moduleUrl`: the drop-in is served from
 * `/cdn/` on the API's own server, so what comes before `/cdn/` is where the
 * API is mounted (`https://example.go.id/spbe/cdn/spbe@0.1.0/core.js` →
 * `https://example.go.id/spbe/`); code bundled by a site is at its origin's root.
 */
export function apiBeside(moduleUrl: string): string {
  const url = new URL(moduleUrl);
  const at = url.pathname.lastIndexOf('/cdn/');
  return url.origin + (at === -1 ? '/' : url.pathname.slice(0, at + 1));
}

/**
 * The page-wide default: what setDefaultClient() set, else the API where
 * this code came from (see apiBeside).
 */
export function defaultClient(): SpbeClient {
  pageDefault ??= clientFor(apiBeside(import.meta.url));
  return pageDefault;
}
