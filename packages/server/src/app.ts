/**
 * The reference API as a Hono app: routes from the route table, answers as
 * cached representations (ETag, 304, gzip/brotli), problem details for every
 * error, security and CORS headers on every response.
 */
import {
  type Agreement,
  AgreementQuerySchema,
  agreementDaysLeft,
  agreementStatus,
  currentAgreement,
  DEFAULT_PAGE_SIZE,
  jakartaDate,
  Lru,
  parentCodeOf,
  RegionCodeSchema,
  type Service,
  ServiceQuerySchema,
  SlugSchema,
} from '@spbe/sdk';
import { createServiceIndex, matchesFilter } from '@spbe/sdk/search';
import { type Context, Hono } from 'hono';
import type * as z from 'zod/mini';
import { createAssetStore } from './cdn.js';
import { type Dataset, defaultDataset } from './dataset.js';
import { HOME_CSP, renderHomePage } from './home-page.js';
import {
  ALLOW,
  API_CSP,
  CORP_CDN,
  CORP_DEFAULT,
  CORS_HEADERS,
  PREFLIGHT_HEADERS,
  requestIdFrom,
  SECURITY_HEADERS,
} from './http/headers.js';
import {
  internalError,
  invalidParameter,
  methodNotAllowed,
  notFound,
  ProblemError,
  pathNotFound,
  problemResponse,
  quote,
} from './http/problem.js';
import { parseQuery } from './http/query.js';
import { Representation } from './http/representation.js';
import { buildOpenApi } from './openapi.js';
import { API_ROUTES, CACHE, OPENAPI_PATH, pathPattern } from './routes.js';
import { SERVER_VERSION } from './version.js';

export interface AppOptions {
  /** What to serve; default: @spbe/data. */
  dataset?: Dataset;
  /** The clock for agreement statuses; default: the real time. */
  now?: () => Date;
  /** Folder served under `/cdn/`; `null` for none. */
  cdnDir?: string | null;
  /** Called for every 5xx, with the request id (the response never shows the error). */
  onError?: (error: unknown, requestId: string) => void;
}

type Env = { Variables: { requestId: string } };
type Handler = (c: Context<Env>, url: URL) => Promise<Representation>;

// An empty strict query: routes without parameters refuse any query string.
const NO_QUERY = {
  shape: {},
  safeParse: (v: unknown) => ({ success: true, data: v }),
} as unknown as z.ZodMiniObject;
const refuseQuery = (url: URL) => {
  if (url.search !== '') parseQuery(url, NO_QUERY);
};

const KNOWN_PATHS = [...API_ROUTES.map((r) => r.path), OPENAPI_PATH, '/', '/cdn/:file'].map(
  pathPattern,
);

function paramError(name: string, value: string, schema: z.ZodMiniType): ProblemError | undefined {
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  return invalidParameter(name, value, result.error.issues[0]?.message ?? 'is malformed');
}

function page<T>(
  items: readonly T[],
  query: { page?: number | undefined; pageSize?: number | undefined },
) {
  const pageNumber = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const start = (pageNumber - 1) * pageSize;
  return {
    items: items.slice(start, start + pageSize),
    total: items.length,
    page: pageNumber,
    pageSize,
  };
}

/**
 * Builds the app. Every answer for a query-free path is computed once and
 * kept (regions in a bounded cache), so repeated requests cost a lookup.
 *
 * @example
 * const app = createApp();
 * const res = await app.request('/v1/regions/32/children');
 */
export function createApp(options: AppOptions = {}): Hono<Env> {
  const dataset = options.dataset ?? defaultDataset();
  const now = options.now ?? (() => new Date());
  const assets = createAssetStore(options.cdnDir ?? null);
  const searchIndex = createServiceIndex(dataset.services);
  const byName = (a: Service, b: Service) => a.name.localeCompare(b.name, 'id');
  const sortedServices = [...dataset.services].sort(byName);
  const servicesById = new Map(dataset.services.map((s) => [s.id, s]));

  // Answers kept by key: query-free ones for good, others in bounded caches.
  type Store = {
    get(key: string): Representation | undefined;
    set(key: string, value: Representation): unknown;
  };
  const fixed: Store = new Map<string, Representation>();
  const regionCache = new Lru<string, Representation>(20_000);
  const statusCache = new Lru<string, Representation>(2_000);
  const searchCache = new Lru<string, Representation>(1_000);
  const remember = async (
    store: Store,
    key: string,
    make: () => Representation | Promise<Representation>,
  ) => {
    let rep = store.get(key);
    if (rep === undefined) {
      rep = await make();
      store.set(key, rep);
    }
    return rep;
  };

  const region = async (code: string) => {
    const invalid = paramError('code', code, RegionCodeSchema);
    if (invalid) throw invalid;
    const found = await dataset.regions.get(code);
    if (found === undefined) {
      const parent = parentCodeOf(code);
      throw notFound(
        `No region has the code ${quote(code)}. ${parent ? `The codes under ${parent} are listed at /v1/regions/${parent}/children.` : 'The provinces are listed at /v1/regions.'}`,
      );
    }
    return found;
  };

  const handlers: Record<string, Handler> = {
    listProvinces: () =>
      remember(fixed, 'provinces', async () =>
        Representation.json((await dataset.regions.children(null)) ?? [], CACHE.regions, false),
      ),
    getRegion: (c) => {
      const code = c.req.param('code') ?? '';
      return remember(regionCache, `r:${code}`, async () =>
        Representation.json(await region(code), CACHE.regions, false),
      );
    },
    listRegionChildren: (c) => {
      const code = c.req.param('code') ?? '';
      return remember(regionCache, `c:${code}`, async () => {
        await region(code);
        return Representation.json(
          (await dataset.regions.children(code)) ?? [],
          CACHE.regions,
          false,
        );
      });
    },
    listRegionAgreements: (c) => {
      const code = c.req.param('code') ?? '';
      const at = now();
      // Statuses change with the Jakarta date: it is part of the key.
      return remember(statusCache, `${jakartaDate(at)}|${code}`, async () => {
        const found = await region(code);
        if (found.level !== 'regency') {
          throw invalidParameter(
            'code',
            code,
            'must be a regency (kabupaten/kota) code',
            `Agreements are kept per regency (kabupaten/kota), and ${code} is a ${found.level}. ${
              found.level === 'province'
                ? `Pick one of its regencies from /v1/regions/${code}/children.`
                : `Use its regency, ${code.slice(0, 5)}.`
            }`,
          );
        }
        const mine = dataset.agreements.filter((a) => a.regionCode === code);
        const entries = dataset.programs.map((program) => {
          const agreement: Agreement | null =
            currentAgreement(
              mine.filter((a) => a.program === program.id),
              at,
            ) ?? null;
          return {
            program: program.id,
            status: agreementStatus(agreement, at),
            agreement,
            daysLeft: agreementDaysLeft(agreement, at),
          };
        });
        return Representation.json(entries, CACHE.statuses, false);
      });
    },
    getCatalog: () =>
      remember(fixed, 'catalog', () => {
        const updatedAt =
          dataset.services
            .map((s) => s.updatedAt)
            .sort()
            .at(-1) ?? '1970-01-01';
        return Representation.json(
          { updatedAt, total: sortedServices.length, items: sortedServices },
          CACHE.catalog,
        );
      }),
    getService: async (c) => {
      const id = c.req.param('id') ?? '';
      const invalid = paramError('id', id, SlugSchema);
      if (invalid) throw invalid;
      const service = servicesById.get(id);
      if (service === undefined) {
        throw notFound(
          `No service has the id ${quote(id)}. Every service is listed at /v1/catalog.`,
        );
      }
      return remember(fixed, `s:${id}`, () => Representation.json(service, CACHE.catalog));
    },
    listServices: (_c, url) =>
      remember(searchCache, `s${url.search}`, () => {
        const query = parseQuery(url, ServiceQuerySchema);
        const text = query.q?.trim() ?? '';
        // With text, the SDK's search index ranks (the whole catalog fits in
        // one search); without, every service that passes the filters, by name.
        const items =
          text === ''
            ? sortedServices.filter((s) => matchesFilter(s, query))
            : searchIndex.search(text, { limit: 1000, filter: query }).map((hit) => hit.item);
        return Representation.json(page(items, query), CACHE.search, false);
      }),
    listAgreements: (_c, url) =>
      remember(searchCache, `a${url.search}`, () => {
        const query = parseQuery(url, AgreementQuerySchema);
        const items = dataset.agreements
          .filter(
            (a) =>
              (query.region === undefined || a.regionCode === query.region) &&
              (query.program === undefined || a.program === query.program) &&
              (query.state === undefined || a.state === query.state),
          )
          .sort(
            (a, b) =>
              a.regionCode.localeCompare(b.regionCode) ||
              a.program.localeCompare(b.program) ||
              (a.validFrom ?? '9999').localeCompare(b.validFrom ?? '9999') ||
              a.id.localeCompare(b.id),
          );
        return Representation.json(page(items, query), CACHE.statuses, false);
      }),
    listPrograms: () =>
      remember(fixed, 'programs', () => Representation.json(dataset.programs, CACHE.catalog)),
  };

  const app = new Hono<Env>();

  // Request id, security headers and CORS on every response, problems and 304s included.
  app.use('*', async (c, next) => {
    const requestId = requestIdFrom(c.req.header('x-request-id'));
    c.set('requestId', requestId);
    await next();
    const headers = c.res.headers;
    headers.set('x-request-id', requestId);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
    for (const [name, value] of Object.entries(CORS_HEADERS)) headers.set(name, value);
    if (!headers.has('content-security-policy')) headers.set('content-security-policy', API_CSP);
    if (!headers.has('cross-origin-resource-policy'))
      headers.set('cross-origin-resource-policy', CORP_DEFAULT);
  });

  app.onError((error, c) => {
    const requestId = c.get('requestId') ?? requestIdFrom(undefined);
    if (error instanceof ProblemError) {
      return problemResponse({ ...error.init, instance: c.req.path }, requestId, error.headers);
    }
    options.onError?.(error, requestId);
    return problemResponse({ ...internalError(requestId), instance: c.req.path }, requestId);
  });

  for (const route of API_ROUTES) {
    const handler = handlers[route.operationId];
    if (handler === undefined) throw new Error(`no handler for ${route.operationId}`);
    app.get(route.path, async (c) => {
      const url = new URL(c.req.url);
      if (route.query === undefined) refuseQuery(url);
      return (await handler(c, url)).respond(c.req.raw);
    });
  }

  app.get(OPENAPI_PATH, async (c) => {
    refuseQuery(new URL(c.req.url));
    const rep = await remember(fixed, 'openapi', () =>
      Representation.json(buildOpenApi(SERVER_VERSION), CACHE.document),
    );
    return rep.respond(c.req.raw);
  });

  app.get('/cdn/:file', async (c) => {
    const name = c.req.param('file');
    const found = await assets(name);
    if (found.kind === 'bad-name') {
      throw invalidParameter(
        'file',
        name,
        'must be a plain .js, .mjs, .map, .json, .css or .txt file name',
        `${quote(name)} is not an asset name: use a plain file name such as spbe.js.`,
      );
    }
    if (found.kind === 'missing') {
      throw notFound(
        `There is no asset ${quote(name)}. The drop-in bundle is /cdn/spbe.js once the elements are built.`,
      );
    }
    const response = found.representation.respond(c.req.raw);
    response.headers.set('cross-origin-resource-policy', CORP_CDN);
    return response;
  });

  app.get('/', async (c) => {
    refuseQuery(new URL(c.req.url));
    const home = await remember(
      fixed,
      'home',
      async () =>
        new Representation(
          Buffer.from(renderHomePage(dataset, await dataset.regions.meta(), SERVER_VERSION)),
          'text/html; charset=utf-8',
          'public, max-age=300',
        ),
    );
    const response = home.respond(c.req.raw);
    response.headers.set('content-security-policy', HOME_CSP);
    return response;
  });

  // Preflight and OPTIONS: what may be asked of a known path.
  app.options('*', (c) => {
    if (!KNOWN_PATHS.some((p) => p.test(c.req.path))) throw unknownPath(c.req.path);
    return new Response(null, { status: 204, headers: { allow: ALLOW, ...PREFLIGHT_HEADERS } });
  });

  // Anything else: 405 on a known path, 404 otherwise.
  app.all('*', (c) => {
    if (KNOWN_PATHS.some((p) => p.test(c.req.path))) throw methodNotAllowed(c.req.method);
    throw unknownPath(c.req.path);
  });

  return app;
}

function unknownPath(path: string): ProblemError {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.replace(/\/+$/, '') : undefined;
  const known = trimmed !== undefined && KNOWN_PATHS.some((p) => p.test(trimmed));
  return pathNotFound(path, known ? trimmed : undefined);
}
