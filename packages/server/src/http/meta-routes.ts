/**
 * The routes besides the API's resources (the `meta` tag of the OpenAPI
 * document): the document itself, the drop-in assets under `/cdn/` and the
 * home page. Each sets its own headers where the API's defaults do not fit.
 */
import type { Hono } from 'hono';
import { createAssetStore } from '../cdn.js';
import type { Dataset } from '../dataset.js';
import { HOME_CSP, renderHomePage } from '../home-page.js';
import { buildOpenApi } from '../openapi.js';
import { CACHE, OPENAPI_PATH } from '../routes.js';
import { SERVER_VERSION } from '../version.js';
import { type Answers, remember } from './answers.js';
import { CORP_CDN } from './headers.js';
import type { Env } from './middleware.js';
import { invalidParameter, notFound, quote } from './problem.js';
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
