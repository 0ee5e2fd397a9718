// End to end: examples/wordpress/, a page with only the drop-in's script tag
// and the elements inside a deliberately aggressive theme stylesheet, served
// from another origin than `npm start`'s server. The theme's resets and its
// inherited type settings (uppercase, justified, italic, letter-spaced text;
// `all: unset` on every control) must not break the elements.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  launchChromium,
  type MainServer,
  ROOT,
  scrollsSideways,
  startMain,
  startSite,
  watchedPage,
} from '../testing/e2e.js';

const EXAMPLE = join(ROOT, 'examples', 'wordpress');

let api: MainServer;
let browser: Browser;
let site: Awaited<ReturnType<typeof startSite>>;
let siteUrl: string;

before(async () => {
  [api, browser] = await Promise.all([startMain(), launchChromium()]);
  site = await startSite({
    '/': {
      type: 'text/html',
      // The example's script points at the province; here, at the local server.
      body: readFileSync(join(EXAMPLE, 'index.html'), 'utf8').replaceAll(
        'https://data.jabarprov.go.id/spbe',
        api.url,
      ),
    },
    '/theme.css': { type: 'text/css', body: readFileSync(join(EXAMPLE, 'theme.css'), 'utf8') },
  });
  siteUrl = site.url;
});
after(async () => {
  await browser?.close();
  await api?.stop();
  site?.close();
});

/** Opens the page and waits until every element shows the API's data. */
async function openWithData(page: Page): Promise<void> {
  await page.goto(siteUrl);
  await page.waitForFunction(() => {
    const badge = document.querySelector('spbe-agreement-badge') as unknown as {
      status?: string;
    };
    const finder = document.querySelector('spbe-service-finder')?.shadowRoot;
    const select = document.getElementById('kabupaten') as unknown as { region?: unknown };
    return (
      badge.status !== undefined &&
      finder?.querySelector('a[part="link"]') &&
      select.region !== undefined
    );
  });
}

describe('examples/wordpress: the elements inside an aggressive theme', () => {
  for (const width of [1280, 320]) {
    it(`at ${width} px: every element renders its data, inside the column, in its own type, and works by keyboard`, async () => {
      const { page, problems, close } = await watchedPage(browser, {
        viewport: { width, height: 900 },
      });
      await openWithData(page);
      // The theme's inherited settings stop at the elements: their text is as they set it.
      const inside = await page.evaluate(() =>
        ['spbe-agreement-badge', 'spbe-service-finder', 'spbe-region-select'].map((tag) => {
          const root = document.querySelector(tag)!.shadowRoot!.querySelector('.root')!;
          const style = getComputedStyle(root);
          return [
            tag,
            style.textTransform,
            style.fontStyle,
            style.textAlign,
            style.letterSpacing,
            style.textIndent,
            style.textShadow,
          ].join(' ');
        }),
      );
      assert.deepEqual(inside, [
        'spbe-agreement-badge none normal start normal 0px none',
        'spbe-service-finder none normal start normal 0px none',
        'spbe-region-select none normal start normal 0px none',
      ]);
      // Inside the content column, nothing sideways.
      const overflow = await page.evaluate(() =>
        ['spbe-agreement-badge', 'spbe-service-finder', 'spbe-region-select'].filter((tag) => {
          const host = document.querySelector(tag)!;
          const column = document.querySelector('.entry-content')!.getBoundingClientRect();
          const box = host.getBoundingClientRect();
          // Nothing of theirs sticks out of them either (the theme's 10px rem and 21px text).
          return (
            box.width === 0 ||
            box.left < column.left - 1 ||
            box.right > column.right + 1 ||
            host.scrollWidth > host.clientWidth + 1
          );
        }),
      );
      assert.deepEqual(overflow, [], 'elements outside the column');
      assert.equal(await scrollsSideways(page), false);
      // The region select still works by keyboard: Down opens its list.
      await page.locator('#kabupaten').focus();
      await page.keyboard.press('ArrowDown');
      const options = await page.evaluate(
        () =>
          document.getElementById('kabupaten')!.shadowRoot!.querySelectorAll('[role="option"]')
            .length,
      );
      assert.ok(options > 5, `${options} options shown`);
      assert.deepEqual(problems, []);
      await close();
    });
  }

  it('with the system in dark mode, the elements stay light like the theme (theme="light")', async () => {
    const { page, problems, close } = await watchedPage(browser, {
      viewport: { width: 320, height: 900 },
      colorScheme: 'dark',
    });
    await openWithData(page);
    const surfaces = await page.evaluate(() =>
      ['spbe-agreement-badge', 'spbe-service-finder', 'spbe-region-select'].map((tag) => {
        const root = document.querySelector(tag)!.shadowRoot!.querySelector('.root')!;
        const { backgroundColor, color } = getComputedStyle(root);
        // Lighter or darker: the mean of the channels (no helper function:
        // the test's compiler would name it, and the page has no such name).
        const [back, text] = [backgroundColor, color].map(
          (rgb) => (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, c) => sum + Number(c), 0) / 3,
        );
        return `${tag}: ${back! > text! ? 'light' : 'dark'}`;
      }),
    );
    assert.deepEqual(surfaces, [
      'spbe-agreement-badge: light',
      'spbe-service-finder: light',
      'spbe-region-select: light',
    ]);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await close();
  });
});
