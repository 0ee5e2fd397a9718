// End to end: examples/vue, a Vue 3 app that binds <spbe-region-select> with
// v-model, listens with @spbe-search and @change, and sets `client` as a
// property, built as its README says, against `npm start`'s API on another origin.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  axeViolations,
  chooseRegion,
  type ExampleSite,
  narrowDarkCheck,
  startExample,
  waitForChoice,
  watchedPage,
} from '../testing/e2e.js';

let example: ExampleSite;

before(async () => {
  example = await startExample('vue', 'dist');
});
after(() => example?.stop());

const model = (page: Page) => page.locator('output.model').textContent();
const shown = (page: Page, name: string) =>
  page.locator(`spbe-region-select[name="${name}"] input[role="combobox"]`).inputValue();

async function open(page: Page) {
  await page.goto(example.url);
  await waitForChoice(page, 'spbe-region-select[name="regency"]', 'Kota Bandung');
  await page.waitForFunction(
    () =>
      (document.querySelector('spbe-service-finder')?.shadowRoot?.querySelectorAll('a[part="link"]')
        .length ?? 0) > 0,
  );
}

describe('examples/vue: Vue 3 with the elements', () => {
  it('v-model binds both ways, events reach the app, `client` is a property, and the form validates', async () => {
    const { page, problems, close } = await watchedPage(example.browser);
    await open(page);
    // Model → elements: the refs' first values are chosen and shown.
    assert.equal(await model(page), '32 › 32.73 › …');
    assert.equal(await shown(page, 'province'), 'Jawa Barat');
    assert.deepEqual(
      await page.evaluate(() =>
        [...document.querySelectorAll('spbe-region-select, spbe-service-finder')].map(
          (el) =>
            typeof (el as unknown as { client?: { regions?: unknown } }).client?.regions ===
              'object' && !el.hasAttribute('client'),
        ),
      ),
      [true, true, true, true],
    );

    // The district is required: the form does not submit without it.
    await page.locator('button[type="submit"]').click();
    assert.equal(await page.locator('.sent').count(), 0);

    // Element → model: a district chosen by keyboard lands in its ref.
    await chooseRegion(page, 'spbe-region-select[name="district"]', 'coblong');
    await page.waitForFunction(() =>
      /^32 › 32\.73 › 32\.73\.\d\d$/.test(
        document.querySelector('output.model')?.textContent ?? '',
      ),
    );
    const district = (await model(page))!.split(' › ')[2];
    await page.locator('button[type="submit"]').click();
    assert.equal(await page.locator('.sent').textContent(), `Would send: 32 › 32.73 › ${district}`);

    // Model → element again: a new regency from the app clears the district below it,
    // which the district's own input event writes back to its ref.
    await page.getByRole('button', { name: 'Choose Kota Cimahi' }).click();
    await page.waitForFunction(
      () => document.querySelector('output.model')?.textContent === '32 › 32.77 › …',
    );
    await waitForChoice(page, 'spbe-region-select[name="regency"]', 'Kota Cimahi');
    assert.equal(
      await page
        .locator('spbe-agreement-badge')
        .evaluate((b) => (b as unknown as { region: string }).region),
      '32.77',
    );

    // @change counts the user's changes only, as on a native <select>.
    assert.match(
      (await page.locator('form p').first().textContent()) ?? '',
      /\(changes to the regency: 0\)/,
    );
    await chooseRegion(page, 'spbe-region-select[name="regency"]', 'garut');
    await page.waitForFunction(
      () => document.querySelector('output.model')?.textContent === '32 › 32.05 › …',
    );
    assert.match(
      (await page.locator('form p').first().textContent()) ?? '',
      /\(changes to the regency: 1\)/,
    );

    // Bound by its property's name, a number stays a number.
    assert.equal(
      await page
        .locator('spbe-service-finder')
        .evaluate((el) => (el as unknown as { headingLevel: unknown }).headingLevel),
      3,
    );

    // @spbe-search: the app's status line follows the finder.
    await page.locator('spbe-service-finder input[type="search"]').fill('izin');
    await page.waitForFunction(() =>
      /services found for “izin”/.test(document.querySelector('.searched')?.textContent ?? ''),
    );
    assert.deepEqual(await axeViolations(page), []);
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
