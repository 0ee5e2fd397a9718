// End to end: a regency's own site, on another origin than `npm start`'s
// server, embedding the elements with one pinned script tag (SRI) under a
// strict Content-Security-Policy with Trusted Types; the bytes it downloads;
// a tampered file refused; and the drop-in loaded twice beside another Lit.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  CDN_DIR,
  launchChromium,
  type MainServer,
  startMain,
  startSite,
  watchedPage,
} from '../testing/e2e.js';

let api: MainServer;
let browser: Browser;
let site: Awaited<ReturnType<typeof startSite>>;
let siteUrl: string;
let pinned: { dir: string; integrity: string; tags: Record<string, string[]> };

const ELEMENTS = `
<main>
<h1>Kabupaten Garut</h1>
<spbe-agreement-badge region="32.05" program="spbe-infrastructure"></spbe-agreement-badge>
<label for="kota">Kabupaten/kota</label>
<spbe-region-select id="kota" name="kota" level="regency" parent="32"></spbe-region-select>
<spbe-service-finder region="32.05"></spbe-service-finder>
<spbe-provider locale="en" theme="dark"><p><spbe-agreement-badge id="in-provider" region="32.73" program="saber-hoaks"></spbe-agreement-badge></p></spbe-provider>
</main>`;

/** The regency site's pages: body and the CSP each is served with. */
function pages(): Record<string, { csp: string; body: string }> {
  const strict = [
    "default-src 'none'",
    `script-src ${api.url}`,
    `connect-src ${api.url}`,
    "style-src 'none'",
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
  const page = (title: string, head: string, body: string) =>
    `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
  const pinnedTag = `<script type="module" src="${api.url}/cdn/${pinned.dir}/spbe.js" integrity="${pinned.integrity}" crossorigin="anonymous"></script>`;
  return {
    '/strict.html': { csp: strict, body: page('Garut', pinnedTag, ELEMENTS) },
    '/badge.html': {
      csp: strict,
      body: page(
        'Garut',
        pinnedTag,
        '<main><h1>Garut</h1><spbe-agreement-badge region="32.05" program="saber-hoaks"></spbe-agreement-badge></main>',
      ),
    },
    // With its own Lit, a site names Lit's policy once for both copies:
    // without 'allow-duplicates' the second copy cannot create it (Lit's rule).
    // A provider pointing at the API under another origin: the only one the
    // CSP lets the page connect to (its code is made to arrive last).
    '/provider.html': {
      csp: strict.replace(`connect-src ${api.url}`, `connect-src ${api.otherOrigin}`),
      body: page(
        'Garut',
        pinnedTag,
        `<main><h1>Garut</h1><spbe-provider base-url="${api.otherOrigin}"><spbe-agreement-badge region="32.05" program="saber-hoaks"></spbe-agreement-badge><label for="kota">Kabupaten/kota</label><spbe-region-select id="kota" level="regency" parent="32"></spbe-region-select></spbe-provider></main>`,
      ),
    },
    // A component of the site's own that puts a badge in its shadow root,
    // where the drop-in's observer cannot see it: the page calls load().
    '/shadow.html': {
      csp: strict.replace('script-src ', "script-src 'self' "),
      body: page(
        'Garut',
        '<script type="module" src="/shadow.js"></script>',
        '<main><h1>Garut</h1><site-card></site-card></main>',
      ),
    },
    '/twice.html': {
      csp: strict
        .replace('script-src ', "script-src 'self' ")
        .replace('trusted-types lit-html', "trusted-types lit-html 'allow-duplicates'"),
      body: page(
        'Garut',
        `<script type="module" src="/widget.js"></script><script type="module" src="${api.url}/cdn/spbe.js"></script>${pinnedTag}<script type="module" src="${api.url}/cdn/spbe.js"></script>`,
        `${ELEMENTS}<my-widget></my-widget>`,
      ),
    },
  };
}

before(async () => {
  [api, browser] = await Promise.all([startMain(), launchChromium()]);
  const integrity = JSON.parse(
    readFileSync(join(CDN_DIR, 'spbe@0.1.0', 'integrity.json'), 'utf8'),
  ) as { files: Record<string, string>; tags: Record<string, string[]> };
  pinned = { dir: 'spbe@0.1.0', integrity: integrity.files['spbe.js']!, tags: integrity.tags };
  // The site's own component, on its own copy of Lit (bundled here from node_modules).
  const widget = await build({
    stdin: {
      contents: `import { LitElement, html } from 'lit';
        customElements.define('my-widget', class extends LitElement {
          render() { return html\`<p>widget on its own Lit</p>\`; }
        });`,
      resolveDir: import.meta.dirname,
    },
    bundle: true,
    format: 'esm',
    write: false,
  });
  const html = Object.entries(pages()).map(([path, { csp, body }]) => [
    path,
    { type: 'text/html', body, headers: { 'content-security-policy': csp } },
  ]);
  site = await startSite({
    ...Object.fromEntries(html),
    '/shadow.js': {
      type: 'text/javascript',
      body: `import { load } from '${api.url}/cdn/spbe.js';
customElements.define('site-card', class extends HTMLElement {
  connectedCallback() {
    const badge = document.createElement('spbe-agreement-badge');
    badge.setAttribute('region', '32.05');
    badge.setAttribute('program', 'command-center');
    this.attachShadow({ mode: 'open' }).append(badge);
  }
});
globalThis.loaded = load('spbe-agreement-badge').then(() => 'defined');
globalThis.unknown = load(['spbe-agreement-badges']).catch((e) => e.message);
globalThis.inherited = load(['toString', '__proto__']).catch((e) => e.message);
`,
    },
    '/widget.js': { type: 'text/javascript', body: widget.outputFiles[0]!.text },
  });
  siteUrl = site.url;
  assert.notEqual(new URL(siteUrl).origin, new URL(api.url).origin);
});
after(async () => {
  await browser?.close();
  await api?.stop();
  site?.close();
});

/** Waits until each spbe element on the page has drawn something from the API. */
async function rendered(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const badge = document.querySelector('spbe-agreement-badge') as unknown as {
      status?: string;
    } | null;
    const select = document.querySelector('spbe-region-select')?.shadowRoot;
    const finder = document.querySelector('spbe-service-finder')?.shadowRoot;
    return (
      (badge === null || badge.status !== undefined) &&
      (!document.querySelector('spbe-region-select') || select?.querySelector('input')) &&
      (!document.querySelector('spbe-service-finder') || finder?.querySelector('a[part="link"]'))
    );
  });
}

/** The drop-in files the page fetched, by name. */
const dropInFiles = (requests: string[]) =>
  requests
    .filter((url) => url.startsWith(`${api.url}/cdn/`) && url.endsWith('.js'))
    .map((url) => url.slice(url.lastIndexOf('/') + 1));

describe('a regency site on another origin, with the pinned drop-in', () => {
  it('renders every element from the API the script came from, under a strict CSP with Trusted Types: no violation, no error, no axe violation', async () => {
    const { page, problems, requests, close } = await watchedPage(browser);
    await page.goto(`${siteUrl}/strict.html`);
    await rendered(page);
    const status = await page.evaluate(
      () =>
        (document.querySelector('spbe-agreement-badge') as unknown as { status: string }).status,
    );
    const expected = (await (await fetch(`${api.url}/v1/regions/32.05/agreements`)).json()) as {
      program: string;
      status: string;
    }[];
    assert.equal(status, expected.find((e) => e.program === 'spbe-infrastructure')!.status);
    // The provider's code loads in its own time; its language still reaches the badge inside.
    await page.waitForFunction(() => {
      const badge = document.getElementById('in-provider') as unknown as { status?: string } | null;
      return badge?.status !== undefined;
    });
    assert.match(
      await page.evaluate(
        () => document.getElementById('in-provider')?.shadowRoot?.textContent ?? '',
      ),
      /Expired|Active|Expiring|No agreement|Negotiating|Draft|Scheduled|Terminated/,
    );
    // Every request went to the API's origin (no base-url: the one the script came from).
    const elsewhere = requests.filter(
      (url) => !url.startsWith(siteUrl) && !url.startsWith(api.url),
    );
    assert.deepEqual(elsewhere, []);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await close();
  });

  it('a page with only a badge fetches the loader, the core and the badge, each once: the bytes the budget counts', async () => {
    const { page, problems, requests, close } = await watchedPage(browser);
    await page.goto(`${siteUrl}/badge.html`);
    await rendered(page);
    const fetched = dropInFiles(requests);
    assert.deepEqual(
      [...fetched].sort(),
      ['spbe.js', ...pinned.tags['spbe-agreement-badge']!].sort(),
      'each file once, nothing for other elements',
    );
    const gz = fetched.reduce(
      (sum, name) =>
        sum + gzipSync(readFileSync(join(CDN_DIR, pinned.dir, name)), { level: 9 }).length,
      0,
    );
    console.log(
      `badge page in Chromium: ${fetched.length} files, ${(gz / 1024).toFixed(2)} KB gzipped`,
    );
    assert.deepEqual(problems, []);
    await close();
  });

  for (const which of ['its own module', 'the shared core'] as const) {
    it(`refuses a file that does not match its SRI hash (${which}): the element stays undefined, and says why`, async () => {
      const { page, problems, close } = await watchedPage(browser);
      const [own, ...shared] = pinned.tags['spbe-agreement-badge']!;
      const badgeFile =
        which === 'its own module' ? own! : shared.find((f) => f.startsWith('core-'))!;
      let served = false;
      await page.route(`${api.url}/cdn/${pinned.dir}/${badgeFile}`, async (route) => {
        const response = await route.fetch();
        served = true;
        await route.fulfill({
          response,
          body: `${await response.text()}\nglobalThis.__tampered = true;\n`,
        });
      });
      const said = page.waitForEvent('console', (m) => m.text().includes('could not be loaded'));
      await page.goto(`${siteUrl}/badge.html`);
      await said;
      assert.equal(served, true);
      assert.equal(
        await page.evaluate(() => customElements.get('spbe-agreement-badge')),
        undefined,
      );
      assert.equal(await page.evaluate(() => '__tampered' in globalThis), false, 'nothing ran');
      assert.ok(
        problems.some((p) => /integrity/i.test(p)),
        `the browser says the integrity check failed: ${problems.join(' | ')}`,
      );
      assert.ok(
        problems.some((p) => p.includes('spbe-kit: <spbe-agreement-badge> could not be loaded')),
        `the drop-in says which element: ${problems.join(' | ')}`,
      );
      await close();
    });
  }

  it('a provider whose code arrives last still gives every element its API: no request to another, no CSP violation', async () => {
    const { page, problems, requests, close } = await watchedPage(browser);
    const providerFile = pinned.tags['spbe-provider']![0]!;
    await page.route(`${api.url}/cdn/${pinned.dir}/${providerFile}`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(`${siteUrl}/provider.html`);
    await rendered(page);
    const data = requests.filter((url) => url.includes('/v1/'));
    assert.ok(data.length > 0);
    assert.deepEqual(
      data.filter((url) => !url.startsWith(api.otherOrigin)),
      [],
      "every API request went to the provider's base-url",
    );
    assert.deepEqual(problems, []);
    await close();
  });

  it('a provider whose code never arrives holds the elements 3 s at most, then they load with the default API', async () => {
    const { page, close } = await watchedPage(browser);
    const providerFile = pinned.tags['spbe-provider']![0]!;
    await page.route(`${api.url}/cdn/${pinned.dir}/${providerFile}`, () => {
      // Never answered.
    });
    const started = Date.now();
    await page.goto(`${siteUrl}/strict.html`);
    await rendered(page);
    const waited = Date.now() - started;
    assert.ok(waited >= 2500 && waited < 15_000, `${waited} ms`);
    assert.equal(await page.evaluate(() => customElements.get('spbe-provider')), undefined);
    await close();
  });

  it('load() defines elements a component puts in its shadow root, and names the tags it knows for one it does not', async () => {
    const { page, problems, requests, close } = await watchedPage(browser);
    await page.goto(`${siteUrl}/shadow.html`);
    assert.equal(
      await page.evaluate(() => (globalThis as unknown as { loaded: Promise<string> }).loaded),
      'defined',
    );
    await page.waitForFunction(
      () =>
        (
          document
            .querySelector('site-card')
            ?.shadowRoot?.querySelector('spbe-agreement-badge') as unknown as {
            status?: string;
          }
        )?.status !== undefined,
    );
    assert.match(
      await page.evaluate(() => (globalThis as unknown as { unknown: Promise<string> }).unknown),
      /^spbe-kit: no element <spbe-agreement-badges>; the drop-in has <spbe-provider>, <spbe-agreement-badge>,/,
    );
    assert.match(
      await page.evaluate(
        () => (globalThis as unknown as { inherited: Promise<string> }).inherited,
      ),
      /^spbe-kit: no element <toString>, <__proto__>; the drop-in has /,
    );
    assert.ok(!dropInFiles(requests).some((f) => f.startsWith('search-')), 'only what was asked');
    assert.deepEqual(problems, []);
    await close();
  });

  it('loaded twice (the latest and the pinned URL) beside another copy of Lit: one copy of each file, everything works, not a warning', async () => {
    const { page, problems, requests, close } = await watchedPage(browser);
    await page.goto(`${siteUrl}/twice.html`);
    await rendered(page).catch((e) => {
      throw new Error(`${e}\n${problems.join('\n')}`);
    });
    assert.equal(
      await page.evaluate(() => document.querySelector('my-widget')?.shadowRoot?.textContent),
      'widget on its own Lit',
    );
    const fetched = dropInFiles(requests);
    const chunks = fetched.filter((name) => name !== 'spbe.js');
    assert.equal(new Set(chunks).size, chunks.length, `each module once: ${fetched.join(', ')}`);
    // Two loaders (/cdn/spbe.js and the pinned one), the same modules behind them.
    assert.equal(fetched.filter((name) => name === 'spbe.js').length, 2);
    assert.deepEqual(problems, []);
    await close();
  });
});
