// End to end: examples/react, a React 19 app that uses the elements' tags
// directly (typed by @spbe/elements/react-jsx), built as its README says:
// rendered on the server (Node) at build time, then hydrated in Chromium,
// against `npm start`'s API on another origin.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  buildExample,
  chooseRegion,
  launchChromium,
  type MainServer,
  scrollsSideways,
  shadowText,
  siteFiles,
  startMain,
  startSite,
  watchedPage,
} from '../testing/e2e.js';

let api: MainServer;
let browser: Browser;
let site: Awaited<ReturnType<typeof startSite>>;
let dist: string;

before(async () => {
  [api, browser] = await Promise.all([startMain(), launchChromium()]);
  dist = join(await buildExample('react', api.url), 'dist', 'client');
  site = await startSite(siteFiles(dist));
});
after(async () => {
  await browser?.close();
  await api?.stop();
  site?.close();
});

/** Opens the app, marking the server-rendered elements before any script runs. */
async function open(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      for (const el of document.querySelectorAll('#root *')) {
        (el as unknown as { fromServer: boolean }).fromServer = true;
      }
    });
  });
  await page.goto(site.url);
  await page.waitForFunction(() => {
    const finder = document.querySelector('spbe-service-finder')?.shadowRoot;
    const overview = document.querySelector('spbe-agreement-overview')?.shadowRoot;
    return (
      (finder?.querySelectorAll('a[part="link"]').length ?? 0) > 0 &&
      (overview?.querySelectorAll('tbody tr').length ?? 0) > 0 &&
      /Active|Expired|No agreement/.test(
        document.querySelector('spbe-agreement-badge')?.shadowRoot?.textContent ?? '',
      )
    );
  });
}

describe('examples/react: React 19 with the elements, server-rendered and hydrated', () => {
  it('renders the elements on the server: their tags and attributes are in the built page, with no property in an attribute', () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const root = /<div id="root">([\s\S]*)<\/div>/.exec(html)?.[1] ?? '';
    assert.match(root, /<spbe-provider locale="en">/);
    assert.match(root, /<spbe-region-select [^>]*level="regency"[^>]*value="32\.73"/);
    assert.match(root, /<spbe-service-finder region="32\.73" heading-level="3">/);
    assert.match(root, /<spbe-agreement-overview parent="32">/);
    assert.doesNotMatch(root, /client=|onspbe|\[object/);
  });

  it('hydrates what the server rendered (the same nodes), with the API data in every element, properties set as properties, and no error', async () => {
    const { page, problems, close } = await watchedPage(browser);
    await open(page);
    const facts = await page.evaluate(() => {
      const tags = [
        'spbe-region-select',
        'spbe-agreement-badge',
        'spbe-service-finder',
        'spbe-agreement-overview',
      ];
      return tags.map((tag) => {
        const el = document.querySelector(tag) as unknown as HTMLElement & {
          fromServer?: boolean;
          client?: { regions?: unknown };
        };
        return `${tag}: ${el.fromServer} ${typeof el.client?.regions} ${el.hasAttribute('client')}`;
      });
    });
    assert.deepEqual(facts, [
      'spbe-region-select: true object false',
      'spbe-agreement-badge: true object false',
      'spbe-service-finder: true object false',
      'spbe-agreement-overview: true object false',
    ]);
    assert.match(await shadowText(page, 'spbe-region-select', 'input'), /^$/);
    assert.equal(
      await page.locator('spbe-region-select input[role="combobox"]').inputValue(),
      'Kota Bandung',
    );
    // Every request went to the API on its other origin, none to the app's own.
    const overviewRows = await page.evaluate(
      () =>
        document.querySelector('spbe-agreement-overview')?.shadowRoot?.querySelectorAll('tbody tr')
          .length,
    );
    assert.equal(overviewRows, 27);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await close();
  });

  it('listens for the elements own events with on<event> props, and sets props from React state', async () => {
    const { page, problems, requests, close } = await watchedPage(browser);
    await open(page);
    // onspbe-search: the app's status line follows the finder.
    await page.locator('spbe-service-finder input[type="search"]').fill('ktp');
    await page.waitForFunction(() =>
      /services found for “ktp”/.test(document.querySelector('[role="status"]')?.textContent ?? ''),
    );
    // onspbe-service-select, cancelled: the app shows the service and stays where it is.
    await page.locator('spbe-service-finder input[type="search"]').press('ArrowDown');
    const name = await page.evaluate(() =>
      document.activeElement?.shadowRoot?.activeElement?.textContent?.trim(),
    );
    await page.keyboard.press('Enter');
    await page.waitForSelector('aside.chosen h3');
    assert.equal(await page.locator('aside.chosen h3').textContent(), name);
    assert.equal(page.url(), `${site.url}/`);

    // onchange: choosing a regency by keyboard re-scopes the badge and the finder.
    await chooseRegion(page, 'spbe-region-select', 'cimahi');
    await page.waitForFunction(() =>
      ['spbe-agreement-badge', 'spbe-service-finder'].every(
        (tag) => (document.querySelector(tag) as unknown as { region: string }).region === '32.77',
      ),
    );

    // onspbe-regency-open, cancelled: a regency in the table becomes the app's regency,
    // which React gives the region select as its `value` property.
    await page
      .locator('spbe-agreement-overview button[part="regency"]', { hasText: 'Kota Bogor' })
      .click();
    await page.waitForFunction(
      () =>
        (document.querySelector('spbe-region-select') as unknown as { value: string }).value ===
        '32.71',
    );
    await page.waitForFunction(
      () =>
        document
          .querySelector('spbe-region-select')
          ?.shadowRoot?.querySelector<HTMLInputElement>('input[role="combobox"]')?.value ===
        'Kota Bogor',
    );
    assert.equal(
      await page
        .locator('spbe-agreement-overview button[part="regency"]', { hasText: 'Kota Bogor' })
        .getAttribute('aria-expanded'),
      'false',
      'the regency did not open in place',
    );
    assert.ok(requests.every((url) => !url.startsWith(`${site.url}/v1`)));
    assert.deepEqual(problems, []);
    await close();
  });

  it('at 320 px in dark mode: nothing scrolls sideways, and axe finds nothing', async () => {
    const { page, problems, close } = await watchedPage(browser, {
      viewport: { width: 320, height: 800 },
      colorScheme: 'dark',
    });
    await open(page);
    assert.equal(await scrollsSideways(page), false);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await close();
  });
});
