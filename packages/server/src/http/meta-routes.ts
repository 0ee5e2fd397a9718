/**
 * The routes besides the API's resources (the `meta` tag of the OpenAPI
 * document): the document itself, the drop-in assets under `/cdn/` and the
 * home page. Each sets its own headers where the API's defaults do not fit.
 */
import type { Hono } from 'hono';
import { createAssetStore } from '../cdn.js';
import type { Dataset } from '../dataset.js';
import { DEMO_CSP, type DemoLocale, FAVICON_SVG, renderProvincePage } from '../demo-pages.js';
import { HOME_CSP, renderHomePage } from '../home-page.js';
import { buildOpenApi } from '../openapi.js';
import { CACHE, OPENAPI_PATH } from '../routes.js';
import { SERVER_VERSION } from '../version.js';
import { type Answers, remember } from './answers.js';
import { CORP_CDN } from './headers.js';
import type { Env } from './middleware.js';
import {
  invalidParameter,
  invalidParameters,
  notFound,
  quote,
  unknownParameters,
} from './problem.js';
import { refuseQuery } from './query.js';
import { Representation } from './representation.js';

export interface MetaRouteOptions {
  dataset: Dataset;
  /** Folder served under `/cdn/`; `null` for none. */
  cdnDir: string | null;
  answers: Answers;
}

export function addMetaRoutes(app: Hono<Env>, { dataset, cdnDir, answers }: MetaRouteOptions) {
  const assets = createAssetStore(cdnDir);

  app.get(OPENAPI_PATH, async (c) => {
    refuseQuery(new URL(c.req.url));
    const rep = await remember(answers.fixed, 'openapi', () =>
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
    // Scripts are loaded by pages on other origins: the one cross-origin resource.
    const response = found.representation.respond(c.req.raw);
    response.headers.set('cross-origin-resource-policy', CORP_CDN);
    return response;
  });

  // The province's demo page; `?lang=en` for English. Without the slash, redirected to it.
  app.get('/demo/provinsi', (c) => {
    const url = new URL(c.req.url);
    return c.redirect(`/demo/provinsi/${url.search}`, 308);
  });
  app.get('/demo/provinsi/', async (c) => {
    const locale = demoLocale(new URL(c.req.url));
    const page = await remember(
      answers.fixed,
      `demo-provinsi-${locale}`,
      async () =>
        new Representation(
          Buffer.from(renderProvincePage(locale)),
          'text/html; charset=utf-8',
          'public, max-age=300',
        ),
    );
    const response = page.respond(c.req.raw);
    response.headers.set('content-security-policy', DEMO_CSP);
    return response;
  });

  app.get('/favicon.svg', async (c) => {
    refuseQuery(new URL(c.req.url));
    const icon = await remember(
      answers.fixed,
      'favicon',
      async () => new Representation(Buffer.from(FAVICON_SVG), 'image/svg+xml', CACHE.document),
    );
    return icon.respond(c.req.raw);
  });

  app.get('/', async (c) => {
    refuseQuery(new URL(c.req.url));
    const home = await remember(
      answers.fixed,
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
}

/** A demo page's language: `?lang=id` (the default) or `?lang=en`; anything else is a 400. */
function demoLocale(url: URL): DemoLocale {
  const keys = [...url.searchParams.keys()];
  const unknown = keys.filter((key) => key !== 'lang');
  if (unknown.length > 0) throw unknownParameters(unknown, ['lang']);
  const values = url.searchParams.getAll('lang');
  const lang = values[0] ?? 'id';
  if (values.length > 1 || (lang !== 'id' && lang !== 'en')) {
    throw invalidParameters([
      { path: 'query.lang', message: 'must be id (Indonesian, the default) or en (English), once' },
    ]);
  }
  return lang;
}
