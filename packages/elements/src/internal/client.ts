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
 * The page-wide default: what setDefaultClient() set, else the API at the
 * origin this module was loaded from (the drop-in bundle's server serves both).
 */
export function defaultClient(): SpbeClient {
  pageDefault ??= clientFor(new URL('/', import.meta.url).href);
  return pageDefault;
}
