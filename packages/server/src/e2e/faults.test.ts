// End to end: a regency's page, on another origin, embedding every element
// through the drop-in from `npm start`'s server, with the API behind a fault
// proxy (testing/fault-proxy.ts) that the test switches between steps, as a
// person keeps the page open: the API is down when the page opens, comes
// back, answers slowly, goes down again, answers 503 with Retry-After, and
// answers garbage. Each element shows its state in words (in a language of
// its page), keeps the data it has (a stale copy from the client's cache,
// said to be one), and recovers by itself once the API is back, without a
// reload; nothing uncaught ever reaches the page. "A minute later" is the
// page's clock jumping ahead (page.clock), so the client's cached copies go
// stale as they would.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  chooseRegion,
  launchChromium,
  type MainServer,
  startMain,
  startSite,
  type WatchedPage,
  watchedPage,
} from '../testing/e2e.js';
import { type FaultProxy, type ProxyMode, startFaultProxy } from '../testing/fault-proxy.js';

let api: MainServer;
let proxy: FaultProxy;
let browser: Browser;
let site: Awaited<ReturnType<typeof startSite>>;
let watched: WatchedPage;
let page: Page;

const ID = {
  network: 'Server SPBE tidak dapat dihubungi.',
  server503: 'Server SPBE sedang bermasalah (kode 503).',
  contract: 'Server SPBE mengirim data yang tidak sesuai.',
  regions: 'Daftar wilayah tidak dapat dimuat.',
  stale: /Data dari .+; server sedang tidak dapat dihubungi\./,
  retry: 'Coba lagi',
};
const EN = { network: 'The SPBE server cannot be reached.', retry: 'Try again' };

/** The regency page: the elements under one provider pointing at the proxy, a select driving the rest. */
const pageHtml = () => `<!doctype html>
<html lang="id">
<head><meta charset="utf-8"><title>Layanan digital Kota Bandung</title><link rel="icon" href="data:,">
<script type="module" src="${api.url}/cdn/spbe.js"></script></head>
<body><main><h1>Layanan digital</h1>
<spbe-provider base-url="${proxy.url}">
<p><label for="kab">Kabupaten/kota</label>
<spbe-region-select id="kab" level="regency" parent="32" value="32.73"></spbe-region-select></p>
<p><label for="kec">Kecamatan</label>
<spbe-region-select id="kec" level="district" parent="32.73"></spbe-region-select></p>
<h2>Status PKS</h2>
<spbe-agreement-badge id="badge" region="32.73"></spbe-agreement-badge>
<h2>Layanan</h2>
<spbe-service-finder id="finder" region="32.73"></spbe-service-finder>
<section lang="en"><h2>Every regency</h2><spbe-agreement-overview id="overview" parent="32"></spbe-agreement-overview></section>
</spbe-provider></main>
<script type="module">
const kab = document.getElementById('kab');
kab.addEventListener('change', () => {
  document.getElementById('badge').setAttribute('region', kab.value);
  document.getElementById('finder').setAttribute('region', kab.value);
  document.getElementById('kec').setAttribute('parent', kab.value);
});
</script>
</body></html>`;

/** What each element shows, read from its shadow tree as a person sees it. */
interface Shown {
  badge: { text: string; busy: boolean; pills: number; retry: string };
  kab: { box: string; message: string; retry: string };
  kec: { message: string; retry: string; busy: boolean };
  finder: { message: string; retry: string; scope: string; results: number; busy: boolean };
  overview: { alert: string; message: string; rows: number; retry: string };
}

// Run in the page as a string: the test's compiler would wrap its functions in a helper the page lacks.
const SHOWN = `(() => {
  const root = (id) => document.getElementById(id).shadowRoot;
  // Not yet defined (the drop-in loads each element's code when it first meets it).
  if (['badge', 'kab', 'kec', 'finder', 'overview'].some((id) => !root(id)?.querySelector('.root'))) return null;
  const text = (node) => (node?.textContent ?? '').replace(/\\s+/g, ' ').trim();
  const retry = (id) => text(root(id).querySelector('[part="retry"]'));
  const busy = (node) => node?.getAttribute('aria-busy') === 'true';
  const badge = root('badge');
  const kec = root('kec');
  const finder = root('finder');
  const overview = root('overview');
  return {
    badge: {
      text: text(badge.querySelector('.root')),
      busy: busy(badge.querySelector('.root')),
      pills: badge.querySelectorAll('.pill').length,
      retry: retry('badge'),
    },
    kab: {
      box: root('kab').querySelector('input').value,
      message: text(root('kab').querySelector('#message')),
      retry: retry('kab'),
    },
    kec: { message: text(kec.querySelector('#message')), retry: retry('kec'), busy: busy(kec.querySelector('#listbox')) },
    finder: {
      message: text(finder.querySelector('#message')),
      retry: retry('finder'),
      scope: text(finder.querySelector('#scope')),
      results: finder.querySelectorAll('.results a[href]').length,
      busy: busy(finder.querySelector('.results')),
    },
    overview: {
      alert: text(overview.querySelector('[role="alert"]')),
      message: text(overview.querySelector('[part="message"]')),
      rows: overview.querySelectorAll('tbody tr:not(.details)').length,
      retry: retry('overview'),
    },
  };
})()`;

const shown = (): Promise<Shown | null> => page.evaluate(SHOWN) as Promise<Shown | null>;

/** Waits (polling, generously: the machine may be loaded) until `check` holds for what is shown. */
async function until(what: string, check: (s: Shown) => boolean, ms = 45_000): Promise<Shown> {
  const started = Date.now();
  for (;;) {
    const last = await shown();
    if (last && check(last)) return last;
    if (Date.now() - started > ms) {
      assert.fail(`${what}: not within ${ms} ms; shown: ${JSON.stringify(last, null, 1)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Everything shows its data for `place`: no failure, no stale note, nothing loading. */
const allFine = (s: Shown, place: string) =>
  s.badge.pills === 3 &&
  !s.badge.busy &&
  !/Data dari|Server SPBE/.test(s.badge.text) &&
  s.kab.box === place &&
  s.kab.message === '' &&
  s.kec.message === '' &&
  !s.kec.busy &&
  s.finder.message === '' &&
  s.finder.scope.includes(place) &&
  s.finder.results > 0 &&
  s.overview.rows === 27 &&
  s.overview.message === '';

/** A person picks a regency in the first select; the page points the badge, finder and district select at it. */
async function choose(name: string): Promise<void> {
  await chooseRegion(page, '#kab', name);
}

/** The proxy's mode from now on, and the index of the first request to meet it. */
async function proxyMode(mode: ProxyMode): Promise<number> {
  await proxy.set(mode);
  return proxy.requests.length;
}

/** A minute passes on the page (a laptop lid closed and opened): the client's cached copies go stale. */
const aMinuteLater = () => page.clock.fastForward('01:05');

before(async () => {
  [api, browser] = await Promise.all([startMain(), launchChromium()]);
  proxy = await startFaultProxy(api.url);
  site = await startSite({ '/': { type: 'text/html', body: pageHtml() } });
  watched = await watchedPage(browser);
  page = watched.page;
  await page.clock.install();
});
after(async () => {
  await watched?.close();
  await browser?.close();
  await proxy?.close();
  await api?.stop();
  site?.close();
});

describe('a regency page while the API fails, and comes back', () => {
  it('opened while the API is down: every element says so, in its language, with a retry button', async () => {
    await proxyMode({ kind: 'down' });
    await page.goto(site.url);
    // Set once: still there at the end means the page was never reloaded.
    await page.evaluate(() => {
      (window as unknown as { openedOnce: boolean }).openedOnce = true;
    });
    const s = await until(
      'every element shows the failure',
      (s) =>
        s.badge.text.includes(ID.network) &&
        s.kab.message.includes(ID.network) &&
        s.kec.message.includes(ID.network) &&
        s.finder.message.includes(ID.network) &&
        s.overview.alert.includes(EN.network),
    );
    assert.equal(s.kab.message, `${ID.regions} ${ID.network} ${ID.retry}`);
    for (const id of ['badge', 'kab', 'kec', 'finder'] as const)
      assert.equal(s[id].retry, ID.retry);
    assert.equal(s.overview.retry, EN.retry);
    assert.deepEqual(await axeViolations(page), []);
  });

  it('recovers by itself once the API is back, without a reload', async () => {
    const from = await proxyMode({ kind: 'pass' });
    await until('every element shows its data', (s) => allFine(s, 'Kota Bandung'));
    assert.ok(
      proxy.requests.slice(from).some((r) => r.path === '/v1/regions/32/agreement-overview'),
      'the overview asked again by itself',
    );
  });

  it('answers slowly: the elements say they are loading, keep what they show, then show the new data', async () => {
    const from = await proxyMode({ kind: 'slow', ms: 2500 });
    await choose('Garut');
    await until('loading', (s) => s.badge.busy && s.finder.busy);
    const loading = (await shown())!;
    assert.equal(loading.badge.pills, 3, 'the badge keeps showing the last data while it loads');
    assert.ok(loading.finder.results > 0, 'so do the results');
    await until('the new regency shown', (s) => allFine(s, 'Kabupaten Garut'));
    const slow = proxy.requests.slice(from).filter((r) => r.method === 'GET');
    assert.ok(slow.some((r) => r.path === '/v1/regions/32.05/agreements' && r.status === 200));
  });

  it('goes down again: data on screen stays; a new regency fails; one seen a minute ago is a stale copy, said to be one', async () => {
    await proxyMode({ kind: 'down' });
    await choose('Depok');
    let s = await until(
      'the badge and district select fail for a regency never loaded',
      (s) =>
        s.badge.text.includes(ID.network) &&
        s.kec.message.includes(ID.network) &&
        !s.finder.busy &&
        s.finder.scope !== '',
    );
    // The finder has the catalog: it still searches it, naming the regency by its code.
    assert.ok(!s.finder.message.includes('Server SPBE'), s.finder.message);
    assert.ok(s.finder.results > 0);
    assert.match(s.finder.scope, /32\.76/);
    assert.equal(s.overview.rows, 27);

    await aMinuteLater();
    await choose('Garut');
    s = await until(
      'stale copies of Garut',
      (s) =>
        s.badge.pills === 3 &&
        ID.stale.test(s.badge.text) &&
        ID.stale.test(s.kec.message) &&
        ID.stale.test(s.finder.message) &&
        s.finder.scope.includes('Kabupaten Garut'),
    );
    assert.ok(s.finder.results > 0);
    assert.equal(s.badge.retry, '', 'data is shown: nothing to retry by hand');
    assert.deepEqual(await axeViolations(page), []);
  });

  it('back again: the stale notes go by themselves', async () => {
    await proxyMode({ kind: 'pass' });
    await until('fresh data for Garut', (s) => allFine(s, 'Kabupaten Garut'));
  });

  it('503 with Retry-After: says the server has a problem, asks no sooner than told, keeps stale copies, recovers', async () => {
    const from = await proxyMode({ kind: 'unavailable', retryAfter: 1 });
    await choose('Sumedang');
    const s = await until(
      'the 503 shown',
      (s) =>
        s.badge.text.includes(ID.server503) &&
        s.kec.message.includes(ID.server503) &&
        /32\.11/.test(s.finder.scope),
    );
    assert.ok(!s.finder.message.includes('Server SPBE'), 'the finder still has its catalog');
    assert.ok(s.finder.results > 0);
    // The client tried three times; then the badge tries again by itself, later.
    const agreements = () =>
      proxy.requests.slice(from).filter((r) => r.path === '/v1/regions/32.11/agreements');
    await until('the badge tries again by itself', () => agreements().length >= 4);
    // Every request for one path met its 503 at least a second (Retry-After) after the one before.
    const byPath = new Map<string, number[]>();
    for (const r of proxy.requests.slice(from)) {
      if (r.method === 'GET') byPath.set(r.path, [...(byPath.get(r.path) ?? []), r.at]);
    }
    for (const [path, times] of byPath) {
      const gaps = times.slice(1).map((t, i) => t - times[i]!);
      assert.ok(
        gaps.every((gap) => gap >= 1000),
        `${path} asked again too soon: ${gaps}`,
      );
    }

    await aMinuteLater();
    await choose('Garut');
    await until(
      'stale copies of Garut',
      (s) => ID.stale.test(s.badge.text) && s.badge.pills === 3 && ID.stale.test(s.kec.message),
    );
    await proxyMode({ kind: 'pass' });
    await until('fresh data for Garut', (s) => allFine(s, 'Kabupaten Garut'));
  });

  it('garbage: says the data does not fit, keeps stale copies, recovers', async () => {
    await proxyMode({ kind: 'garbage' });
    await choose('Subang');
    const s = await until(
      'the broken answers shown as such',
      (s) =>
        s.badge.text.includes(ID.contract) &&
        s.kec.message.includes(ID.contract) &&
        /32\.13/.test(s.finder.scope),
    );
    // The regency's name came back as HTML: the finder names it by its code, and still searches.
    assert.ok(!s.finder.message.includes('Server SPBE'), s.finder.message);
    assert.ok(s.finder.results > 0);
    await aMinuteLater();
    await choose('Garut');
    await until(
      'stale copies of Garut',
      (s) =>
        ID.stale.test(s.badge.text) &&
        ID.stale.test(s.kec.message) &&
        ID.stale.test(s.finder.message),
    );
    await proxyMode({ kind: 'pass' });
    await until('fresh data for Garut', (s) => allFine(s, 'Kabupaten Garut'));
  });

  it('was never reloaded, and nothing went wrong on the page but the failed requests to the API', async () => {
    assert.equal(
      await page.evaluate(() => (window as unknown as { openedOnce?: boolean }).openedOnce),
      true,
    );
    const proxied = (line: string) => line.includes(`${proxy.url}/`);
    assert.deepEqual(
      watched.problems.filter((p) => !proxied(p)),
      [],
    );
    assert.ok(watched.problems.some(proxied), 'the failures were seen');
  });
});
