/**
 * The reference API as a Hono app, composed: the common headers and the
 * error handler around everything, one route per entry of the route table
 * answered by its resource's handler, the meta routes (OpenAPI document,
 * `/cdn/`, home page), and last the OPTIONS/405/404 fallback.
 */
import type { IncomingMessage } from 'node:http';
import { Hono } from 'hono';
import { type Dataset, defaultDataset } from './dataset.js';
import { createAnswers } from './http/answers.js';
import { addFallback } from './http/fallback.js';
import { HOT_ANSWERS, HotAnswers } from './http/hot-answers.js';
import { addMetaRoutes } from './http/meta-routes.js';
import { answerErrors, type Env, responseHeaders, withCommonHeaders } from './http/middleware.js';
import { refuseQuery } from './http/query.js';
import { agreementHandlers } from './resources/agreements.js';
import type { Handlers, ResourceContext } from './resources/handler.js';
import { regionHandlers } from './resources/regions.js';
import { serviceHandlers } from './resources/services.js';
import { API_ROUTES, CACHE } from './routes.js';

export interface AppOptions {
  /** What to serve; default: @spbe/data. */
  dataset?: Dataset;
  /** The clock for agreement statuses; default: the real time. */
  now?: () => Date;
  /** Folder served under `/cdn/`; `null` for none. */
  cdnDir?: string | null;
  /** Called for every 5xx, with the request id (the response never shows the error). */
  onError?: (error: unknown, requestId: string) => void;
  /**
   * Where people reach this server, when that is not what a request says:
   * behind a proxy that ends TLS or adds a path, e.g.
   * `https://data.jabarprov.go.id/spbe`. The home page's embed tag uses it;
   * without it, the request's own origin. (npm start: `SPBE_PUBLIC_URL`.)
   */
  publicUrl?: string;
}

/**
 * `publicUrl` checked and without its trailing slash; a TypeError saying
 * what is wrong when it is not an http(s) address without a query or fragment.
 */
export function checkPublicUrl(publicUrl: string): string {
  const url = URL.canParse(publicUrl) ? new URL(publicUrl) : undefined;
  const problem = publicUrlProblem(publicUrl, url);
  if (problem || !url)
    throw new TypeError(
      `the public URL ${JSON.stringify(publicUrl)} ${problem}, e.g. https://data.jabarprov.go.id/spbe`,
    );
  return url.href.replace(/\/+$/, '');
}

function publicUrlProblem(text: string, url: URL | undefined): string | undefined {
  if (!url) return 'is not an absolute URL';
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return 'must start with https:// or http://';
  if (url.username || url.password) return 'must not hold a user name or password';
  // An empty query or fragment ("…/spbe?") leaves no trace in URL: look at the text.
  if (/[?#]/.test(text)) return 'must not have a query (?) or a fragment (#)';
  return undefined;
}

/** The app: Hono, with its hot answers for startServer() (see http/hot-answers.ts). */
export type SpbeApp = Hono<Env> & { readonly [HOT_ANSWERS]: HotAnswers };

/**
 * Builds the app. Every answer for a query-free path is computed once and
 * kept (regions in a bounded cache, descendant lists in one bounded by
 * bytes), so repeated requests cost a lookup; served by startServer(), a
 * lasting answer asked for again skips the app altogether (hot answers).
 *
 * @example
 * const app = createApp();
 * const res = await app.request('/v1/regions/32/children');
 */
export function createApp(options: AppOptions = {}): SpbeApp {
  const publicUrl = options.publicUrl === undefined ? undefined : checkPublicUrl(options.publicUrl);
  const context: ResourceContext = {
    dataset: options.dataset ?? defaultDataset(),
    now: options.now ?? (() => new Date()),
    answers: createAnswers(),
  };
  // Typed against the route table: a route without a handler does not compile.
  const handlers: Handlers = {
    ...regionHandlers(context),
    ...serviceHandlers(context),
    ...agreementHandlers(context),
  };

  const hot = new HotAnswers();
  const app = new Hono<Env>();
  app.use('*', responseHeaders);
  app.onError(answerErrors(options.onError));

  for (const route of API_ROUTES) {
    const handler = handlers[route.operationId];
    app.get(route.path, async (c) => {
      const url = new URL(c.req.url);
      if (route.query === undefined) refuseQuery(url);
      const representation = await handler(c, url);
      // Agreement statuses follow the date; every other answer is for good.
      const target = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.url;
      if (route.cacheControl !== CACHE.statuses && target !== undefined)
        hot.remember(target, representation);
      return withCommonHeaders(c, (headers) => representation.respond(c.req.raw, headers));
    });
  }

  addMetaRoutes(app, {
    dataset: context.dataset,
    cdnDir: options.cdnDir ?? null,
    answers: context.answers,
    publicUrl,
  });
  addFallback(app);
  return Object.assign(app, { [HOT_ANSWERS]: hot });
}
