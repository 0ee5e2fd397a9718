// End to end, against `npm start`'s server (the built dist/main.js) in
// headless Chromium: the demo regency site at /demo/ and the province's page
// at /demo/provinsi/, each loading the elements through the drop-in, as a
// citizen uses them: searching a service and following it, choosing an
// address with the keyboard alone and submitting the form.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  launchChromium,
  type MainServer,
  scrollsSideways,
  startMain,
  watchedPage,
} from '../testing/e2e.js';

let server: MainServer;
let browser: Browser;

before(async () => {
  [server, browser] = await Promise.all([startMain(), launchChromium()]);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

async function json<T>(path: string): Promise<T> {
  const res = await fetch(`${server.url}${path}`);
  assert.equal(res.status, 200, path);
  return res.json() as Promise<T>;
}

/** Text of the first element matching `selector` in `host`'s shadow root. */
function shadowText(page: Page, host: string, selector: string): Promise<string> {
  return page.evaluate(
    ([h, s]) =>
      document
        .querySelector(h!)
        ?.shadowRoot?.querySelector(s!)
        ?.textContent?.replace(/\s+/g, ' ')
        .trim() ?? '',
    [host, selector],
  );
}

/** Waits until every badge on the page has a status, and returns them by program. */
async function badgeStatuses(page: Page): Promise<Record<string, string>> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('spbe-agreement-badge')].every(
      (b) => (b as unknown as { status?: string }).status !== undefined,
    ),
  );
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('spbe-agreement-badge')].map((b) => [
        b.getAttribute('program'),
        (b as unknown as { status: string }).status,
      ]),
    ),
  );
}

describe('npm start: the demo regency site (/demo/)', () => {
  it('is linked from the home page, with the province page', async () => {
    const home = await (await fetch(`${server.url}/`)).text();
    assert.match(home, /href="demo\/"/);
    assert.match(home, /href="demo\/provinsi\/"/);
  });

  for (const [lang, width, colorScheme] of [
    ['id', 1280, 'light'],
    ['en', 320, 'dark'],
  ] as const) {
    it(`${lang}, ${width} px, ${colorScheme}: every element shows the API's data, with no error, CSP violation, failed request or axe violation`, async () => {
      const { page, problems, close } = await watchedPage(browser, {
        viewport: { width, height: 900 },
        colorScheme,
      });
      await page.goto(`${server.url}/demo/?lang=${lang}`);
      // The finder: the services of Kota Bandung by sector, from the catalog.
      await page.waitForFunction(
        () =>
          (document
            .querySelector('spbe-service-finder')
            ?.shadowRoot?.querySelectorAll('a[part="link"]').length ?? 0) > 0,
      );
      // The badges: the status the API gives for each program.
      const statuses = await badgeStatuses(page);
      const expected = await json<{ program: string; status: string }[]>(
        '/v1/regions/32.73/agreements',
      );
      assert.deepEqual(
        statuses,
        Object.fromEntries(expected.map((entry) => [entry.program, entry.status])),
      );
      // The form's selects, with the page's values named from the API.
      await page.waitForFunction(
        () => (document.getElementById('kabupaten') as unknown as { region?: unknown }).region,
      );
      const chosen = await page.evaluate(() =>
        ['provinsi', 'kabupaten'].map(
          (id) =>
            (document.getElementById(id) as unknown as { region: { name: string } }).region.name,
        ),
      );
      assert.deepEqual(chosen, ['Jawa Barat', 'Kota Bandung']);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.equal(await scrollsSideways(page), false);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
      await close();
    });
  }

  it('a citizen searches "bikin ktp" and follows the service it finds', async () => {
    const { page, problems, close } = await watchedPage(browser);
    // Services live on other sites: answer those navigations here, and note them.
    await page.route(
      (url) => url.origin !== server.url,
      (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<title>layanan</title>' }),
    );
    const selected: string[] = [];
    await page.exposeFunction('noteSelected', (id: string) => selected.push(id));
    await page.addInitScript(() => {
      addEventListener('spbe-service-select', (e) => {
        (window as unknown as { noteSelected(id: string): void }).noteSelected(
          (e as CustomEvent).detail.service.id,
        );
      });
    });
    await page.goto(`${server.url}/demo/`);
    const box = page.locator('spbe-service-finder input[type="search"]');
    await box.focus();
    await page.keyboard.type('bikin ktp');
    await page.waitForFunction(() =>
      /ktp|kependudukan/i.test(
        document
          .querySelector('spbe-service-finder')
          ?.shadowRoot?.querySelector('.results a[part="link"]')?.textContent ?? '',
      ),
    );
    const name = await shadowText(page, 'spbe-service-finder', '.results a[part="link"]');
    const catalog = await json<{ items: { name: string; id: string; url: string }[] }>(
      '/v1/catalog',
    );
    const service = catalog.items.find((s) => name.startsWith(s.name));
    assert.ok(service, `"${name}" is a service of the catalog`);
    // Down from the box to the first result, Enter follows it.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.origin !== server.url);
    assert.equal(page.url(), new URL(service.url).href);
    assert.deepEqual(selected, [service.id], 'spbe-service-select told the page first');
    assert.deepEqual(problems, []);
    await close();
  });

  it('the keyboard alone chooses province → regency → district → village and submits the form', async () => {
    const { page, problems, close } = await watchedPage(browser);
    await page.goto(`${server.url}/demo/`);
    await page.waitForFunction(
      () => (document.getElementById('kabupaten') as unknown as { region?: unknown }).region,
    );
    await page.locator('#nama').focus();
    await page.keyboard.type('Siti Aminah');
    // Each select: Tab in (its text is selected), type over it, ArrowDown, Enter.
    for (const [id, text] of [
      ['provinsi', 'jawa barat'],
      ['kabupaten', 'cimahi'],
      ['kecamatan', 'cimahi tengah'],
      ['kelurahan', 'setiamanah'],
    ] as const) {
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.id), id);
      await page.keyboard.press('Control+A');
      await page.keyboard.type(text);
      await page.waitForFunction(
        (el) =>
          (document.getElementById(el)?.shadowRoot?.querySelectorAll('[role="option"]').length ??
            0) > 0,
        id,
      );
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
    }
    await page.keyboard.press('Tab');
    await page.keyboard.type('Mengurus akta kelahiran');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Kirim');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#terkirim:not([hidden])');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'terkirim');
    const sent = await page.evaluate(() =>
      [...document.querySelectorAll('#terkirim dt')].map(
        (dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`,
      ),
    );
    assert.deepEqual(sent, [
      'nama: Siti Aminah',
      'provinsi: 32 — Jawa Barat',
      'kabupaten: 32.77 — Kota Cimahi',
      'kecamatan: 32.77.02 — Cimahi Tengah',
      'kelurahan: 32.77.02.1004 — Setiamanah',
      'keperluan: Mengurus akta kelahiran',
    ]);
    // A later submit the browser stops (the name emptied) leaves nothing old on show.
    await page.locator('#nama').fill('');
    await page.locator('button[type="submit"]').press('Enter');
    assert.equal(await page.locator('#terkirim').isHidden(), true);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'nama');
    assert.deepEqual(problems, []);
    await close();
  });

  it('a changed regency clears the district and village below it, and the form does not submit without them', async () => {
    const { page, problems, close } = await watchedPage(browser);
    await page.goto(`${server.url}/demo/?lang=en`);
    await page.waitForFunction(
      () => (document.getElementById('kabupaten') as unknown as { region?: unknown }).region,
    );
    await page.locator('#nama').fill('Budi');
    await page.locator('#kabupaten').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('garut');
    await page.waitForFunction(
      () =>
        (document.getElementById('kabupaten')?.shadowRoot?.querySelectorAll('[role="option"]')
          .length ?? 0) > 0,
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const parents = await page.evaluate(() =>
      ['kecamatan', 'kelurahan'].map((id) => {
        const el = document.getElementById(id) as unknown as { parent: string; value: string };
        return `${el.parent}|${el.value}`;
      }),
    );
    assert.deepEqual(parents, ['32.05|', '|']);
    await page.locator('button[type="submit"]').press('Enter');
    assert.equal(await page.locator('#terkirim').isHidden(), true);
    // The browser's own validation names the first empty required field.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'kecamatan');
    assert.deepEqual(problems, []);
    await close();
  });
});

describe('npm start: the home page (/)', () => {
  for (const [width, colorScheme] of [
    [1280, 'light'],
    [320, 'dark'],
  ] as const) {
    it(`${width} px, ${colorScheme}: the embed tag with this server's address, no sideways scroll, no axe violation`, async () => {
      const { page, problems, close } = await watchedPage(browser, {
        viewport: { width, height: 900 },
        colorScheme,
      });
      await page.goto(`${server.url}/`);
      assert.match(
        (await page.locator('pre').textContent()) ?? '',
        new RegExp(`src="${server.url}/cdn/spbe@[^/]+/spbe\\.js" integrity="sha384-`),
      );
      assert.equal(await scrollsSideways(page), false);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
      await close();
    });
  }
});

describe('npm start: the province page (/demo/provinsi/)', () => {
  for (const [lang, width] of [
    ['id', 1280],
    ['en', 320],
  ] as const) {
    it(`${lang} at ${width} px: the overview shows the 27 regencies with no error, no CSP violation, no failed request and no axe violation`, async () => {
      const { page, problems, close } = await watchedPage(browser, {
        viewport: { width, height: 900 },
      });
      await page.goto(`${server.url}/demo/provinsi/?lang=${lang}`);
      const rows = await page.waitForFunction(() => {
        const root = document.querySelector('spbe-agreement-overview')?.shadowRoot;
        const n = root?.querySelectorAll('tbody th[scope="row"]').length ?? 0;
        return n > 0 && n;
      });
      assert.equal(await rows.jsonValue(), 27);
      assert.match(
        await shadowText(page, 'spbe-agreement-overview', 'thead th'),
        lang === 'id' ? /^Kabupaten\/kota/ : /^Regency or city/,
      );
      assert.equal(await scrollsSideways(page), false);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
      await close();
    });
  }
});
