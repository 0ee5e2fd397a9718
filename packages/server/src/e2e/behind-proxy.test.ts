// End to end: `npm start`'s server behind a reverse proxy that serves it under
// a path prefix (http://127.0.0.1:<port>/spbe/…, the prefix taken off on the
// way in), as a province would deploy it, with SPBE_PUBLIC_URL set to that
// address. The proxy answers 404 to anything outside the prefix, so a link,
// script or API call that escapes it shows up as a failed request.
import assert from 'node:assert/strict';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import {
  launchChromium,
  type MainServer,
  startMain,
  waitForChoice,
  watchedPage,
} from '../testing/e2e.js';

const PREFIX = '/spbe';
let proxy: Server;
let upstream: URL;
let server: MainServer;
let browser: Browser;
/** The public address: the proxy's origin and the prefix, e.g. http://127.0.0.1:4321/spbe. */
let base: string;

before(async () => {
  proxy = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path !== PREFIX && !path.startsWith(`${PREFIX}/`) && !path.startsWith(`${PREFIX}?`)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not under ${PREFIX}/`);
      return;
    }
    const out = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: path.slice(PREFIX.length) || '/',
        headers: { ...req.headers, host: upstream.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    out.on('error', () => res.destroy());
    req.pipe(out);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}${PREFIX}`;
  [server, browser] = await Promise.all([
    startMain({ SPBE_PUBLIC_URL: `${base}/` }),
    launchChromium(),
  ]);
  upstream = new URL(server.url);
});
after(async () => {
  await browser?.close();
  await server?.stop();
  proxy?.closeAllConnections();
  await new Promise((resolve) => proxy?.close(resolve));
});

/** The href and src values of a page, resolved against its URL. */
const linksOf = (html: string, pageUrl: string) =>
  [...html.matchAll(/\b(?:href|src)="([^"]*)"/g)].map(
    ([, value]) => new URL(value!.replaceAll('&#38;', '&'), pageUrl).href,
  );

describe('npm start behind a proxy that adds a path prefix (SPBE_PUBLIC_URL)', () => {
  it('the home page pastes tags naming the public URL, and every link on it and on the demo pages stays under the prefix and answers', async () => {
    const home = await (await fetch(`${base}/`)).text();
    assert.match(
      home,
      new RegExp(`src=&#34;${base.replaceAll('.', '\\.')}/cdn/spbe@[^&]+/spbe\\.js&#34;`),
    );
    assert.ok(
      home.includes(`<code>${base}/cdn/spbe.js</code>`),
      'the latest loader, by its address',
    );
    const checked = new Set<string>();
    for (const page of [`${base}/`, `${base}/demo/`, `${base}/demo/provinsi/`]) {
      const html = await (await fetch(page)).text();
      const links = linksOf(html, page).filter((url) => !url.includes('#'));
      assert.ok(links.length >= 3, `${page}: ${links.length} links`);
      for (const url of links) {
        assert.ok(url.startsWith(`${base}/`), `${page} links outside the prefix: ${url}`);
        if (checked.has(url)) continue;
        checked.add(url);
        const res = await fetch(url);
        await res.arrayBuffer();
        assert.equal(res.status, 200, `${page} → ${url}`);
      }
    }
    // Every resource the home page lists, the demo pages, their scripts and icon.
    assert.ok(checked.size >= 18, `${checked.size} addresses checked`);
  });

  it('redirects a demo page without its slash to the page under the prefix, and the OpenAPI servers entry is the prefix', async () => {
    for (const [path, to] of [
      ['/demo?lang=en', '/demo/?lang=en'],
      ['/demo/provinsi', '/demo/provinsi/'],
    ]) {
      const res = await fetch(`${base}${path}`, { redirect: 'manual' });
      assert.equal(res.status, 308);
      assert.equal(new URL(res.headers.get('location')!, `${base}${path}`).href, `${base}${to}`);
    }
    const document = `${base}/v1/openapi.json`;
    const openapi = (await (await fetch(document)).json()) as { servers: { url: string }[] };
    assert.equal(new URL(openapi.servers[0]!.url, document).href, `${base}/`);
  });

  it('the demo site works in Chromium: the elements load through the prefix and call the API there', async () => {
    const { page, problems, requests, close } = await watchedPage(browser);
    await page.goto(`${base}/demo/`);
    await page.waitForFunction(
      () =>
        (document
          .querySelector('spbe-service-finder')
          ?.shadowRoot?.querySelectorAll('a[part="link"]').length ?? 0) > 0 &&
        [...document.querySelectorAll('spbe-agreement-badge')].every(
          (b) => (b as unknown as { status?: string }).status !== undefined,
        ),
    );
    await waitForChoice(page, '#kabupaten', 'Kota Bandung');
    const api = requests.filter((url) => url.includes('/v1/'));
    assert.ok(api.length > 0, 'the elements called the API');
    assert.deepEqual(
      requests.filter((url) => !url.startsWith(`${base}/`) && !url.startsWith('data:')),
      [],
      'requests outside the prefix',
    );
    assert.deepEqual(problems, []);
    await close();
  });
});
