// End to end: examples/react, a React 19 app that uses the elements' tags
// directly (typed by @spbe/elements/react-jsx), built as its README says:
// rendered on the server (Node) at build time, then hydrated in Chromium,
// against `npm start`'s API on another origin.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  axeViolations,
  chooseRegion,
  type ExampleSite,
  narrowDarkCheck,
  ROOT,
  startExample,
  waitForChoice,
  watchedPage,
} from '../testing/e2e.js';

let example: ExampleSite;
let dist: string;

before(async () => {
  example = await startExample('react', 'dist/client');
  dist = join(ROOT, 'examples', 'react', 'dist', 'client');
});
after(() => example?.stop());

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
  await page.goto(example.url);
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
    const { page, problems, close } = await watchedPage(example.browser);
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
    const { page, problems, requests, close } = await watchedPage(example.browser);
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
    const href = await page.evaluate(
      () =>
        (document.activeElement?.shadowRoot?.activeElement as HTMLAnchorElement | null)?.href ?? '',
    );
    await page.keyboard.press('Enter');
    await page.waitForSelector('aside.chosen h3');
    assert.equal(await page.locator('aside.chosen h3').textContent(), name);
    // The link's default was prevented: no navigation was even requested.
    assert.ok(href.startsWith('https://'), href);
    assert.ok(!requests.includes(href), `no request for ${href}`);
    assert.equal(page.url(), `${example.url}/`);

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
    await waitForChoice(page, 'spbe-region-select', 'Kota Bogor');
    assert.equal(
      await page
        .locator('spbe-agreement-overview button[part="regency"]', { hasText: 'Kota Bogor' })
        .getAttribute('aria-expanded'),
      'false',
      'the regency did not open in place',
    );
    assert.ok(requests.every((url) => !url.startsWith(`${example.url}/v1`)));
    assert.deepEqual(problems, []);
    await close();
  });

  it('at 320 px in dark mode: nothing scrolls sideways, and axe finds nothing', async () => {
    assert.deepEqual(await narrowDarkCheck(example.browser, open), {
      sideways: false,
      violations: [],
      problems: [],
    });
  });
});
