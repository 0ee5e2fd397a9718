/**
 * The routes besides the API's resources (the `meta` tag of the OpenAPI
 * document): the document itself, the drop-in assets under `/cdn/` and the
 * home page. Each sets its own headers where the API's defaults do not fit.
 */
import type { Context, Hono } from 'hono';
import { createAssetStore, pinnedDropIn } from '../cdn.js';
import type { Dataset } from '../dataset.js';
import {
  DEMO_CSP,
  DEMO_SCRIPT,
  DEMO_SCRIPT_PATH,
  type DemoLocale,
  type DropInScript,
  FAVICON_SVG,
  LATEST_DROP_IN,
  renderProvincePage,
  renderRegencyPage,
} from '../demo-pages.js';
import { HOME_CSP, renderHomePage } from '../home-page.js';
import { buildOpenApi } from '../openapi.js';
import { CACHE, OPENAPI_PATH } from '../routes.js';
import { SERVER_VERSION } from '../version.js';
import { type Answers, remember } from './answers.js';
import { CORP_CDN } from './headers.js';
import type { Env } from './middleware.js';
import { invalidParameter, invalidParameters, notFound, quote } from './problem.js';
import { refuseQuery } from './query.js';
import { Representation } from './representation.js';

export interface MetaRouteOptions {
  dataset: Dataset;
  /** Folder served under `/cdn/`; `null` for none. */
  cdnDir: string | null;
  answers: Answers;
  /** Where people reach this server (checked, no trailing slash), if not at the request's origin. */
  publicUrl?: string | undefined;
}

export function addMetaRoutes(
  app: Hono<Env>,
  { dataset, cdnDir, answers, publicUrl }: MetaRouteOptions,
) {
  const assets = createAssetStore(cdnDir);

  app.get(OPENAPI_PATH, async (c) => {
    refuseQuery(new URL(c.req.url));
    const rep = await remember(answers.fixed, 'openapi', () =>
      Representation.json(buildOpenApi(SERVER_VERSION), CACHE.document),
    );
    return rep.respond(c.req.raw);
  });

  const asset = async (name: string, req: Request) => {
    const found = await assets(name);
    if (found.kind === 'bad-name') {
      throw invalidParameter(
        'file',
        name,
        'must be a plain .js, .mjs, .map, .json, .css or .txt file name, in /cdn/ or a pinned folder such as spbe@0.1.0/',
        `${quote(name)} is not an asset name: use a plain file name such as spbe.js, or a pinned one such as spbe@0.1.0/spbe.js.`,
      );
    }
    if (found.kind === 'missing') {
      throw notFound(
        `There is no asset ${quote(name)}. The drop-in bundle is /cdn/spbe.js (pinned: /cdn/spbe@<version>/spbe.js) once the elements are built.`,
      );
    }
    // Scripts are loaded by pages on other origins: the one cross-origin resource.
    const response = found.representation.respond(req);
    response.headers.set('cross-origin-resource-policy', CORP_CDN);
    return response;
  };
  // One segment is a file of /cdn/ itself: an encoded slash (%2F) is not a folder.
  app.get('/cdn/:file', (c) => asset(c.req.param('file').replaceAll('/', '\\'), c.req.raw));
  app.get('/cdn/:dir/:file', (c) =>
    asset(`${c.req.param('dir')}/${c.req.param('file')}`, c.req.raw),
  );

  // The demo pages load the pinned drop-in with its SRI hash when there is one.
  const dropIn = async (): Promise<DropInScript> => {
    const pinned = await pinnedDropIn(cdnDir);
    return pinned ? { src: `cdn/${pinned.path}`, integrity: pinned.integrity } : LATEST_DROP_IN;
  };
  const demoPage = async (
    c: Context<Env>,
    name: string,
    render: (locale: DemoLocale, script: DropInScript) => string,
  ) => {
    const locale = demoLocale(new URL(c.req.url));
    const script = await dropIn();
    const page = await remember(
      answers.fixed,
      `demo-${name}-${locale}-${script.integrity ?? ''}`,
      async () =>
        new Representation(
          Buffer.from(render(locale, script)),
          'text/html; charset=utf-8',
          'public, max-age=300',
        ),
    );
    const response = page.respond(c.req.raw);
    response.headers.set('content-security-policy', DEMO_CSP);
    return response;
  };
  // Without the slash, each demo page redirects to it (keeping the query), by
  // a relative address ("demo/"), right under a path prefix too.
  for (const path of ['/demo', '/demo/provinsi']) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    app.get(path, (c) => c.redirect(`${name}/${new URL(c.req.url).search}`, 308));
  }
  // The regency's page; the finder keeps its search in q, sector and audience (sync-url).
  app.get('/demo/', (c) => demoPage(c, 'kota', renderRegencyPage));
  app.get('/demo/provinsi/', (c) => demoPage(c, 'provinsi', renderProvincePage));
  app.get(DEMO_SCRIPT_PATH, async (c) => {
    refuseQuery(new URL(c.req.url));
    const script = await remember(
      answers.fixed,
      'demo-script',
      async () =>
        new Representation(
          Buffer.from(DEMO_SCRIPT),
          'text/javascript; charset=utf-8',
          'public, max-age=300',
        ),
    );
    return script.respond(c.req.raw);
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

  // The home page shows the embed tag with this server's own address, so it
  // is made per request (from the public URL if one is set, else the
  // request's origin; never kept, as the Host header is the caller's to choose).
  app.get('/', async (c) => {
    const url = new URL(c.req.url);
    refuseQuery(url);
    const script = await dropIn();
    const home = new Representation(
      Buffer.from(
        renderHomePage(
          dataset,
          await dataset.regions.meta(),
          SERVER_VERSION,
          script,
          publicUrl ?? url.origin,
        ),
      ),
      'text/html; charset=utf-8',
      'public, max-age=300',
    );
    const response = home.respond(c.req.raw);
    response.headers.set('content-security-policy', HOME_CSP);
    return response;
  });
}

/**
 * A demo page's language: `?lang=id` (the default) or `?lang=en`; another
 * `lang` is a 400. Other parameters are the page's own (the finder's search)
 * or a link's (`utm_source`, `fbclid`): a page for people ignores them.
 */
function demoLocale(url: URL): DemoLocale {
  const values = url.searchParams.getAll('lang');
  const lang = values[0] ?? 'id';
  if (values.length > 1 || (lang !== 'id' && lang !== 'en')) {
    throw invalidParameters([
      { path: 'query.lang', message: 'must be id (Indonesian, the default) or en (English), once' },
    ]);
  }
  return lang;
}
