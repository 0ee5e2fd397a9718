// End to end: @spbe/elements/react, the elements as React components made
// with @lit/react (for React 18, which sets every prop as an attribute and
// cannot listen for custom events), built with Vite and run in Chromium. Also
// what a wrapper costs over the bare tag, and that an app importing one
// wrapper gets no other element.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { Browser } from 'playwright-core';
import { build, type Rollup } from 'vite';
import {
  chooseRegion,
  launchChromium,
  type MainServer,
  ROOT,
  type SiteFile,
  startMain,
  startSite,
  waitForChoice,
  watchedPage,
} from '../testing/e2e.js';

const FIXTURE = join(ROOT, '.ci', 'fixtures', 'react-wrappers');

/**
 * Builds `input` from the fixture with Vite, in memory (`withoutReact`: React
 * left out, as the app has it anyway, for measuring what the rest costs).
 */
async function bundle(input: string, withoutReact = false): Promise<Rollup.OutputBundle[string][]> {
  const result = (await build({
    root: FIXTURE,
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    build: {
      write: false,
      rollupOptions: {
        input: join(FIXTURE, input),
        ...(withoutReact ? { external: ['react', 'react-dom'] } : {}),
      },
    },
  })) as Rollup.RollupOutput;
  return result.output;
}

const code = (files: Rollup.OutputBundle[string][]) =>
  files.map((file) => (file.type === 'chunk' ? file.code : '')).join('\n');

let api: MainServer;
let browser: Browser;
let site: Awaited<ReturnType<typeof startSite>>;

before(async () => {
  [api, browser] = await Promise.all([startMain(), launchChromium()]);
  const files: Record<string, SiteFile> = {};
  for (const file of await bundle('index.html')) {
    const body = file.type === 'chunk' ? file.code : String(file.source);
    files[`/${file.fileName}`] = {
      type: file.fileName.endsWith('.html') ? 'text/html' : 'text/javascript',
      body,
    };
  }
  files['/'] = files['/index.html']!;
  site = await startSite(files);
});
after(async () => {
  await browser?.close();
  await api?.stop();
  site?.close();
});

describe('@spbe/elements/react', () => {
  it('sets props as properties and calls onChange and onSpbeSearch with the elements events', async () => {
    const { page, problems, close } = await watchedPage(browser);
    await page.goto(`${site.url}/?api=${encodeURIComponent(api.url)}`);
    await waitForChoice(page, 'spbe-region-select', 'Kota Bandung');
    assert.deepEqual(
      await page.evaluate(() =>
        ['spbe-region-select', 'spbe-agreement-badge', 'spbe-service-finder'].map((tag) => {
          const el = document.querySelector(tag) as unknown as HTMLElement & {
            client?: { regions?: unknown };
          };
          return typeof el.client?.regions === 'object' && !el.hasAttribute('client');
        }),
      ),
      [true, true, true],
    );
    await chooseRegion(page, 'spbe-region-select', 'cimahi');
    await page.waitForFunction(() => document.querySelector('.model')?.textContent === '32.77');
    assert.equal(
      await page.evaluate(
        () =>
          (document.querySelector('spbe-service-finder') as unknown as { region: string }).region,
      ),
      '32.77',
    );
    await page.locator('spbe-service-finder input[type="search"]').fill('ktp');
    await page.waitForFunction(() =>
      /^\d+ for ktp$/.test(document.querySelector('[role="status"]')?.textContent ?? ''),
    );
    assert.deepEqual(problems, []);
    await close();
  });

  it('costs little over the bare tag, and brings only the element it wraps', async (t) => {
    const wrapped = code(await bundle('badge-wrapper.js', true));
    const bare = code(await bundle('badge-tag.js', true));
    assert.match(wrapped, /spbe-agreement-badge/);
    assert.doesNotMatch(wrapped, /spbe-region-select|spbe-service-finder|spbe-agreement-overview/);
    const cost = gzipSync(wrapped).length - gzipSync(bare).length;
    t.diagnostic(`a badge through @spbe/elements/react: +${cost} B gzip over the bare tag`);
    assert.ok(cost > 0 && cost <= 1024, `the wrapper costs ${cost} B gzip (budget 1 KB)`);
  });
});
