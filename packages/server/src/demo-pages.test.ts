// The province's demo page (/demo/provinsi/): its HTML and headers from the
// app, then the real page in headless Chromium (Debian's, via playwright-core)
// against a real server serving the built /cdn/ module (`npm run build` first).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ProblemSchema } from '@spbe/sdk';
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../.ci/chromium.mjs';
import { DEMO_CSP, OVERVIEW_ASSET } from './demo-pages.js';
import { testApp, withServer } from './testing/server.js';

const root = join(import.meta.dirname, '..', '..', '..');
const CDN_DIR = join(root, 'packages', 'elements', 'dist', 'cdn');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('/demo/provinsi/ from the app', () => {
  const app = testApp({ cdnDir: null });

  it('is an Indonesian page with the overview, its module from /cdn/, and a strict CSP', async () => {
    const res = await app.request('/demo/provinsi/');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(res.headers.get('content-security-policy'), DEMO_CSP);
    assert.doesNotMatch(DEMO_CSP, /unsafe-inline|unsafe-eval/);
    const page = await res.text();
    assert.match(page, /<html lang="id">/);
    assert.match(page, /<spbe-agreement-overview parent="32"><\/spbe-agreement-overview>/);
    assert.match(page, new RegExp(`<script type="module" src="/cdn/${OVERVIEW_ASSET}"></script>`));
    assert.match(page, /href="\?lang=en"/);
    // The one inline stylesheet is the one the CSP allows by hash.
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!;
    const hash = createHash('sha256').update(style).digest('base64');
    assert.ok(DEMO_CSP.includes(`'sha256-${hash}'`));
    assert.ok(!/<script>/.test(page), 'no inline script');
  });

  it('is in English with ?lang=en, and answers If-None-Match with 304', async () => {
    const res = await app.request('/demo/provinsi/?lang=en');
    const page = await res.text();
    assert.match(page, /<html lang="en">/);
    assert.match(page, /href="\?lang=id"/);
    const again = await app.request('/demo/provinsi/?lang=en', {
      headers: { 'if-none-match': res.headers.get('etag') ?? '' },
    });
    assert.equal(again.status, 304);
  });

  it('refuses an unknown language or parameter with problem+json, and redirects the path without its slash', async () => {
    for (const [query, path] of [
      ['?lang=fr', 'query.lang'],
      ['?lang=id&lang=en', 'query.lang'],
      ['?lang=<script>', 'query.lang'],
    ] as const) {
      const res = await app.request(`/demo/provinsi/${query}`);
      assert.equal(res.status, 400, query);
      assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
      const problem = ProblemSchema.parse(await res.json());
      assert.equal(problem.errors?.[0]?.path, path);
      assert.match(String(problem.errors?.[0]?.message), /id .*or en/);
    }
    const unknown = await app.request('/demo/provinsi/?theme=dark');
    assert.equal(unknown.status, 400);
    assert.match(String(ProblemSchema.parse(await unknown.json()).detail), /theme/);
    const bare = await app.request('/demo/provinsi?lang=en');
    assert.equal(bare.status, 308);
    assert.equal(bare.headers.get('location'), '/demo/provinsi/?lang=en');
  });
});

describe('/demo/provinsi/ in Chromium', () => {
  let browser: Browser;
  before(async () => {
    assert.ok(
      existsSync(join(CDN_DIR, OVERVIEW_ASSET)),
      `${OVERVIEW_ASSET} is not built: run npm run build first`,
    );
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  after(() => browser?.close());

  for (const [lang, width] of [
    ['id', 1280],
    ['en', 320],
  ] as const) {
    it(`${lang} at ${width} px: the overview shows the 27 regencies with no error, no CSP violation, no failed request and no axe violation`, async () => {
      await withServer(
        async (server) => {
          const page = await browser.newPage({ viewport: { width, height: 900 } });
          const problems: string[] = [];
          page.on('console', (m) => {
            if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
          });
          page.on('pageerror', (e) => problems.push(String(e)));
          page.on('requestfailed', (r) => problems.push(`failed ${r.url()}`));
          page.on('response', (r) => {
            if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
          });
          await page.addInitScript(() => {
            document.addEventListener('securitypolicyviolation', (e) =>
              console.error(`CSP ${e.violatedDirective} ${e.blockedURI}`),
            );
          });
          await page.goto(`${server.url}/demo/provinsi/?lang=${lang}`);
          const rows = await page.waitForFunction(
            () => {
              const root = document.querySelector('spbe-agreement-overview')?.shadowRoot;
              const n = root?.querySelectorAll('tbody th[scope="row"]').length ?? 0;
              return n > 0 && n;
            },
            undefined,
            { timeout: 10_000 },
          );
          assert.equal(await rows.jsonValue(), 27);
          const header = await page.evaluate(
            () =>
              document
                .querySelector('spbe-agreement-overview')
                ?.shadowRoot?.querySelector('thead th')
                ?.textContent?.trim() ?? '',
          );
          assert.match(header, lang === 'id' ? /^Kabupaten\/kota/ : /^Regency or city/);
          // Nothing sticks out sideways, even at 320 px.
          assert.ok(
            await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
          );
          await page.evaluate(AXE);
          const violations = await page.evaluate(async () => {
            const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
            const result = await axe.run(document, {
              runOnly: {
                type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
              },
            });
            return result.violations.map(
              (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`,
            );
          });
          assert.deepEqual(violations, []);
          assert.deepEqual(problems, []);
          await page.close();
        },
        { app: { cdnDir: CDN_DIR } },
      );
    });
  }
});
