// <spbe-service-finder> in Chromium, against the reference API (the real
// sample catalog), plus a generated 10,000-service catalog and a hostile one.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { type Catalog, createClient, type Service, type SpbeClient } from '@spbe/sdk';
import { sendKeys } from '@web/test-runner-commands';
import { API_URL } from '/__spbe/env.js';
import { expectAccessible } from '../testing/axe.js';
import { strictCspFrame } from '../testing/csp-frame.js';
import { gatedClient } from '../testing/gated-client.js';
import { describeNoPageErrors, recordPageErrors } from '../testing/page-errors.js';
import { shownText, until } from '../testing/wait.js';
import './define.js';
import { MESSAGES } from './messages.js';
import type { SearchDetail, SpbeServiceFinder } from './service-finder.js';

afterEach(() => fixtureCleanup());

/** Errors that reached the page (the finder must never throw into it). */
const pageErrors = recordPageErrors();

/** The real catalog, as the API serves it, to check results against. */
let catalog: Catalog;
before(async () => {
  catalog = await createClient({ baseUrl: API_URL }).catalog();
});

async function finder(
  attrs: Record<string, string>,
  props: Partial<SpbeServiceFinder> = {},
): Promise<SpbeServiceFinder> {
  const el = document.createElement('spbe-service-finder');
  Object.assign(el, props);
  if (!('base-url' in attrs) && !props.client) el.setAttribute('base-url', API_URL);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.append(el);
  return el;
}

const $ = <E extends Element = HTMLElement>(el: SpbeServiceFinder, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(el: SpbeServiceFinder, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
];
const input = (el: SpbeServiceFinder) => $<HTMLInputElement>(el, 'input')!;
const select = (el: SpbeServiceFinder, name: string) =>
  $<HTMLSelectElement>(el, `select[name="${name}"]`)!;
const resultNames = (el: SpbeServiceFinder) =>
  $$(el, '.results .name').map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
const heading = (el: SpbeServiceFinder) =>
  $(el, '#heading')!.textContent!.replace(/\s+/g, ' ').trim();
const status = (el: SpbeServiceFinder) => $(el, '[role="status"]')!.textContent!.trim();
const message = (el: SpbeServiceFinder) =>
  $(el, '[part="message"]')!.textContent!.replace(/\s+/g, ' ').trim();
const byName = (name: string) => catalog.items.find((s) => s.name === name)!;

/** Waits for the catalog (after any pending update, so a load just started counts). */
async function loaded(el: SpbeServiceFinder, ms = 5000): Promise<void> {
  await el.updateComplete;
  await until(
    () => $(el, '.results')?.getAttribute('aria-busy') === 'false' && $(el, '#heading'),
    ms,
  );
}

async function type(el: SpbeServiceFinder, text: string): Promise<void> {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function press(el: SpbeServiceFinder, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Sets a `<select>` filter as a person would (its value, then `change`). */
async function choose(el: SpbeServiceFinder, name: string, value: string): Promise<void> {
  const s = select(el, name);
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** `spbe-search` events as they come. */
function searches(el: EventTarget): SearchDetail[] {
  const seen: SearchDetail[] = [];
  el.addEventListener('spbe-search', (e) => seen.push((e as CustomEvent<SearchDetail>).detail));
  return seen;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
  });

/**
 * A client object (not the SDK) that hands the finder `items` as they are:
 * what a host's own client could do, with no validation between.
 */
function rawClient(items: unknown[], real = createClient({ baseUrl: API_URL })): SpbeClient {
  return {
    ...real,
    catalog: async () => ({ updatedAt: '2026-12-01', total: items.length, items }) as Catalog,
  };
}

describe('<spbe-service-finder>: searching the real catalog', () => {
  it('finds as you type, best first, with the match highlighted and the facts a person needs', async () => {
    const el = await finder({});
    await loaded(el);
    await type(el, 'jdih');
    const names = resultNames(el);
    expect(names[0]).to.match(/JDIH/);
    const first = $(el, '.result')!;
    expect(first.querySelector('mark')!.textContent).to.equal('JDIH');
    const service = byName(names[0]!);
    const link = first.querySelector<HTMLAnchorElement>('a[part="link"]')!;
    expect(link.href).to.equal(new URL(service.url).href);
    expect(first.querySelector('.host')!.textContent).to.equal(new URL(service.url).host);
    // The link says where it goes: the host line describes it.
    const described = el.shadowRoot!.getElementById(link.getAttribute('aria-describedby')!);
    expect(described!.textContent).to.equal(new URL(service.url).host);
    expect(first.textContent).to.include(service.summary);
    expect(first.textContent).to.include(service.provider.name);
    expect(first.querySelector('.facts')!.textContent).to.include(MESSAGES.id.channelsLabel);
    expect(heading(el)).to.match(/^\d+ layanan ditemukan untuk “jdih”$/);
    expect(el.getAttribute('query'), 'query reflects').to.equal('jdih');
    await expectAccessible(el, 'results');
  });

  it('one letter is not a query yet: the start view stays until the second', async () => {
    const el = await finder({});
    await loaded(el);
    await type(el, 'd');
    expect(heading(el)).to.equal(MESSAGES.id.startHeading);
    await type(el, 'a');
    expect(heading(el)).to.match(/layanan ditemukan untuk “da”$/);
  });

  it('"bikin sim", "lapor jalan rusak": citizens\' words find the service', async () => {
    const el = await finder({});
    await loaded(el);
    await type(el, 'bikin sim');
    expect(resultNames(el)[0]).to.equal('Digital Korlantas POLRI (SINAR)');
    input(el).select();
    await type(el, 'lapor jalan rusak');
    expect(resultNames(el)[0]).to.equal('SP4N-LAPOR!');
  });

  it("announces the count once typing settles, politely, in the element's language", async () => {
    const el = await finder({ lang: 'en' });
    await loaded(el);
    const live = $(el, '[role="status"]')!;
    expect(live.getAttribute('role')).to.equal('status');
    await type(el, 'pajak');
    expect(status(el), 'not while typing').to.equal('');
    const total = Number(heading(el).split(' ')[0]);
    await until(() => status(el) === MESSAGES.en.found(total, false), 3000);
    expect(status(el)).to.match(/^\d+ services? found$/);
    // Indonesian: "8 layanan ditemukan".
    el.setAttribute('lang', 'id');
    input(el).select();
    await type(el, 'sim');
    await until(() => /^\d+ layanan ditemukan$/.test(status(el)), 3000);
  });

  it('the query attribute sets the search; typing reflects it back', async () => {
    const el = await finder({ query: 'bpjs' });
    await loaded(el);
    expect(input(el).value).to.equal('bpjs');
    expect(resultNames(el).some((n) => n.includes('JKN'))).to.equal(true);
    el.setAttribute('query', 'lapor');
    await el.updateComplete;
    expect(input(el).value).to.equal('lapor');
    expect(resultNames(el)[0]).to.equal('SP4N-LAPOR!');
  });

  it("heading-level sets the results' heading level, each result one below", async () => {
    const el = await finder({ query: 'pajak', 'heading-level': '3' });
    await loaded(el);
    expect($(el, '#heading')!.getAttribute('aria-level')).to.equal('3');
    expect($(el, '.result .name')!.getAttribute('aria-level')).to.equal('4');
    const plain = await finder({ query: 'pajak', 'heading-level': 'nine' });
    await loaded(plain);
    expect($(plain, '#heading')!.getAttribute('aria-level')).to.equal('2');
  });
});

describe('<spbe-service-finder>: filters and region', () => {
  it('sector and audience filter the results, reflect to attributes, and clear', async () => {
    const el = await finder({});
    await loaded(el);
    const events = searches(el);
    await type(el, 'data');
    const all = resultNames(el).length;
    await choose(el, 'sector', 'open-data');
    expect(el.getAttribute('sector')).to.equal('open-data');
    const names = resultNames(el);
    expect(names.length).to.be.within(1, all);
    expect(names.every((n) => byName(n).sector === 'open-data')).to.equal(true);
    await choose(el, 'audience', 'civil-servants');
    expect(el.getAttribute('audience')).to.equal('civil-servants');
    expect(resultNames(el).every((n) => byName(n).audiences.includes('civil-servants'))).to.equal(
      true,
    );
    await until(() => events.at(-1)?.audience === 'civil-servants', 3000);
    expect(events.at(-1)).to.deep.include({ query: 'data', sector: 'open-data' });
    expect(events.at(-1)!.total).to.equal(resultNames(el).length);
    // "Hapus filter": both go, focus stays in the form.
    $<HTMLButtonElement>(el, '[part="clear"]')!.click();
    await el.updateComplete;
    expect(el.getAttribute('sector')).to.equal('');
    expect(select(el, 'sector').value).to.equal('');
    expect(resultNames(el).length).to.equal(all);
    await until(() => el.shadowRoot!.activeElement === select(el, 'sector'));
    // After a person used the selects, the state still shows in them, however it is set.
    await choose(el, 'sector', 'health');
    await choose(el, 'sector', '');
    el.setAttribute('sector', 'tax');
    el.setAttribute('audience', 'citizens');
    await el.updateComplete;
    expect(select(el, 'sector').value).to.equal('tax');
    expect(select(el, 'audience').value).to.equal('citizens');
  });

  it('filters that leave nothing (no query): say so and offer to clear them, no spelling advice', async () => {
    const offered = catalog.items.filter((s) => s.status !== 'retired');
    const sector = [...new Set(offered.map((s) => s.sector))].find(
      (x) => !offered.some((s) => s.sector === x && s.audiences.includes('businesses')),
    )!;
    const el = await finder({ sector, audience: 'businesses', lang: 'en' });
    await loaded(el);
    expect(resultNames(el)).to.deep.equal([]);
    expect($(el, 'ol'), 'no empty list').to.equal(null);
    expect(shownText(el)).to.not.include(MESSAGES.en.noResultsHelp);
    const clear = $$<HTMLButtonElement>(el, '.help button')[0]!;
    expect(clear.textContent!.trim()).to.equal(MESSAGES.en.clearFilters);
    await expectAccessible(el, 'filters leave nothing');
    clear.click();
    await el.updateComplete;
    expect($$(el, '[part="group"]').length).to.be.above(0);
  });

  it('the sector and audience attributes set the filters; their options are labelled controls', async () => {
    const el = await finder({ sector: 'health', audience: 'citizens' });
    await loaded(el);
    expect(select(el, 'sector').value).to.equal('health');
    expect(select(el, 'audience').value).to.equal('citizens');
    const expected = catalog.items.filter(
      (s) => s.sector === 'health' && s.audiences.includes('citizens') && s.status !== 'retired',
    );
    expect(resultNames(el).sort()).to.deep.equal(expected.map((s) => s.name).sort());
    expect(heading(el)).to.equal(`Kesehatan: ${expected.length} layanan ditemukan`);
    // Every sector the catalog uses is offered, by its name.
    const offered = [...select(el, 'sector').options].map((o) => o.value).filter(Boolean);
    expect(offered.sort()).to.deep.equal([...new Set(catalog.items.map((s) => s.sector))].sort());
    expect(select(el, 'sector').closest('label')!.textContent).to.include(MESSAGES.id.sector);
  });

  it('region limits the services to those available there, and says so', async () => {
    const el = await finder({ region: '32.73' });
    await loaded(el);
    expect($(el, '[part="scope"]')!.textContent!.trim()).to.equal(
      MESSAGES.id.inRegion('Kota Bandung'),
    );
    await type(el, 'wakepo');
    expect(resultNames(el)).to.deep.equal([]);
    expect(heading(el)).to.equal(MESSAGES.id.noResults('wakepo'));
    const sumedang = await finder({ region: '32.11', query: 'wakepo' });
    await loaded(sumedang);
    expect(resultNames(sumedang)[0]).to.equal('WAKEPO Sumedang');
  });

  it("the regency's name unavailable (API error): the code says where, the services still come", async () => {
    const client = createClient({
      baseUrl: API_URL,
      retry: 0,
      fetch: (input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        return url.endsWith('/v1/regions/32.73')
          ? Promise.resolve(json({ title: 'Down', status: 503 }, 503))
          : fetch(input, init);
      },
    });
    const el = await finder({ region: '32.73', query: 'salaman' }, { client });
    await loaded(el);
    expect($(el, '[part="scope"]')!.textContent!.trim()).to.equal(MESSAGES.id.inRegion('32.73'));
    expect(resultNames(el)[0]).to.equal('Salaman (Selesai Dalam Genggaman)');
  });

  it("the start view (no query): the region's own services first, grouped by sector", async () => {
    const el = await finder({ region: '32.73' });
    await loaded(el);
    expect(heading(el)).to.equal(MESSAGES.id.startHeading);
    const groups = $$(el, '[part="group"]');
    expect(groups.length).to.be.within(2, 6);
    const firstGroup = groups[0]!;
    expect(firstGroup.querySelector('[role="heading"]')!.textContent!.trim()).to.equal(
      'Kependudukan',
    );
    expect(firstGroup.querySelector('.name')!.textContent!.trim()).to.equal(
      'Salaman (Selesai Dalam Genggaman)',
    );
    // Nothing retired is offered unasked, and nothing from another regency only.
    const shown = resultNames(el).map(byName);
    expect(shown.every((s) => s.status !== 'retired')).to.equal(true);
    expect(
      shown.every((s) => s.availability === 'all' || s.availability.includes('32.73')),
    ).to.equal(true);
    // "Lihat semua …" shows the whole sector, with the filter set.
    const more = firstGroup.querySelector<HTMLButtonElement>('.more')!;
    more.click();
    await el.updateComplete;
    expect(el.getAttribute('sector')).to.equal('population');
    await until(() => el.shadowRoot!.activeElement === select(el, 'sector'));
    await expectAccessible(el, 'start view, sector');
  });

  it('no results: a nearby spelling, what the filters hide, and help', async () => {
    const el = await finder({ lang: 'en' });
    await loaded(el);
    await type(el, 'bpsj');
    expect(resultNames(el)).to.deep.equal([]);
    expect(heading(el)).to.equal(MESSAGES.en.noResults('bpsj'));
    const suggestion = $<HTMLButtonElement>(el, '.suggestion')!;
    expect(suggestion.textContent!.trim()).to.equal('bpjs');
    await expectAccessible(el, 'no results');
    suggestion.click();
    await el.updateComplete;
    expect(input(el).value).to.equal('bpjs');
    expect(resultNames(el).length).to.be.above(0);
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    await until(() => status(el).endsWith('found'), 3000);
    // A filter hiding every hit: say how many match without it, and offer to clear.
    await choose(el, 'sector', 'archives');
    expect(resultNames(el)).to.deep.equal([]);
    const unfiltered = catalog.items.length && shownText(el);
    expect(unfiltered).to.match(/\d+ services? match without the filters/);
    const clear = [...$$(el, '.help button')].find(
      (b) => b.textContent!.trim() === 'Clear filters',
    )!;
    clear.click();
    await el.updateComplete;
    expect(resultNames(el).length).to.be.above(0);
  });

  it('wrong attributes say what is wrong, and lose nothing else', async () => {
    const bad = await finder({ region: 'bandung' });
    await until(() => message(bad) === MESSAGES.id.badRegion('bandung'));
    expect(message(bad)).to.equal(MESSAGES.id.badRegion('bandung'));
    expect($(bad, '[part="retry"]')).to.equal(null);
    const unknown = await finder({ region: '32.99', lang: 'en' });
    await until(() => message(unknown).includes('32.99'));
    expect(message(unknown)).to.include(MESSAGES.en.unknownRegion('32.99'));
    const odd = await finder({ 'page-size': '0', audience: 'aliens', query: 'data' });
    await loaded(odd);
    expect(message(odd)).to.include(MESSAGES.id.badPageSize('0'));
    expect(message(odd)).to.include(MESSAGES.id.badAudience('aliens'));
    expect($$(odd, '.results .result').length).to.be.within(1, 10);
    await expectAccessible(odd, 'bad attributes');
  });
});

describe('<spbe-service-finder>: the page URL (sync-url)', () => {
  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));

  it('reads the state from the URL, writes it back as it changes, keeps the rest of the URL', async () => {
    history.replaceState(null, '', `${location.pathname}?keep=1&q=pajak&sector=tax#top`);
    const el = await finder({ 'sync-url': '' });
    await loaded(el);
    expect(input(el).value).to.equal('pajak');
    expect(select(el, 'sector').value).to.equal('tax');
    expect(resultNames(el).every((n) => byName(n).sector === 'tax')).to.equal(true);
    input(el).select();
    await type(el, 'samsat');
    await choose(el, 'audience', 'citizens');
    const url = new URL(location.href);
    expect(url.searchParams.get('q')).to.equal('samsat');
    expect(url.searchParams.get('sector')).to.equal('tax');
    expect(url.searchParams.get('audience')).to.equal('citizens');
    expect(url.searchParams.get('keep')).to.equal('1');
    expect(url.hash).to.equal('#top');
    // A reload (a new element on the same URL) gets the same search.
    const names = resultNames(el);
    const again = await finder({ 'sync-url': '' });
    await loaded(again);
    expect(input(again).value).to.equal('samsat');
    expect(resultNames(again)).to.deep.equal(names);
    // Back and forward (popstate) follow the URL.
    history.replaceState(null, '', `${location.pathname}?q=ktp`);
    dispatchEvent(new PopStateEvent('popstate'));
    await again.updateComplete;
    expect(input(again).value).to.equal('ktp');
    expect(select(again, 'sector').value).to.equal('');
  });

  it('sync-url set after the element is on the page reads the URL then; unset, it stops', async () => {
    history.replaceState(null, '', `${location.pathname}?q=ktp`);
    const el = await finder({});
    await loaded(el);
    expect(input(el).value).to.equal('');
    el.syncUrl = true;
    await el.updateComplete;
    expect(input(el).value, 'the shared search is read, not overwritten').to.equal('ktp');
    expect(new URL(location.href).searchParams.get('q')).to.equal('ktp');
    el.syncUrl = false;
    await el.updateComplete;
    input(el).select();
    await type(el, 'pajak');
    expect(new URL(location.href).searchParams.get('q')).to.equal('ktp');
    history.replaceState(null, '', `${location.pathname}?q=sim`);
    dispatchEvent(new PopStateEvent('popstate'));
    await el.updateComplete;
    expect(input(el).value, 'no longer follows the URL').to.equal('pajak');
  });

  it('without sync-url the URL is left alone', async () => {
    const el = await finder({});
    await loaded(el);
    await type(el, 'ktp');
    expect(location.href).to.equal(original);
  });
});

describe('<spbe-service-finder>: events', () => {
  it('spbe-search: once typing settles, with query, filters and total', async () => {
    const el = await finder({ region: '32.73' });
    const events = searches(el);
    await loaded(el);
    await until(() => events.length === 1, 3000);
    expect(events[0]).to.deep.include({ query: '', region: '32.73', sector: '', audience: '' });
    await type(el, 'izin usaha');
    await until(() => events.length === 2, 3000);
    await new Promise((r) => setTimeout(r, 700));
    expect(events.length, 'one event for the whole query, not one per key').to.equal(2);
    expect(events[1]).to.deep.include({ query: 'izin usaha', region: '32.73', more: false });
    expect(events[1]!.total).to.equal(Number(heading(el).split(' ')[0]));
  });

  it('spbe-service-select: the service, cancelable (the host routes), otherwise the link is followed', async () => {
    const el = await finder({ query: 'lapor' });
    await loaded(el);
    const chosen: Service[] = [];
    let cancel = true;
    el.addEventListener('spbe-service-select', (e) => {
      chosen.push(e.detail.service);
      if (cancel) e.preventDefault();
    });
    // Whether the browser would follow the link: seen after the element, then stopped here.
    let followed: boolean | undefined;
    const spy = (e: Event) => {
      followed = !e.defaultPrevented;
      e.preventDefault();
    };
    document.addEventListener('click', spy);
    try {
      const link = $<HTMLAnchorElement>(el, 'a[part="link"]')!;
      link.click();
      expect(chosen[0]!.id).to.equal('sp4n-lapor');
      expect(followed, 'canceled: not followed').to.equal(false);
      cancel = false;
      link.focus();
      await sendKeys({ press: 'Enter' });
      expect(chosen.length).to.equal(2);
      expect(followed, 'not canceled: followed').to.equal(true);
    } finally {
      document.removeEventListener('click', spy);
    }
  });
});

describe('<spbe-service-finder>: keyboard', () => {
  it('Tab goes box → filters → results; arrows move between box and links; Escape empties', async () => {
    const el = await finder({});
    await loaded(el);
    await type(el, 'pajak');
    const root = el.shadowRoot!;
    await press(el, 'Tab');
    expect(root.activeElement).to.equal(select(el, 'sector'));
    await press(el, 'Tab');
    expect(root.activeElement).to.equal(select(el, 'audience'));
    await press(el, 'Tab');
    const links = $$<HTMLAnchorElement>(el, 'a[part="link"]');
    expect(root.activeElement).to.equal(links[0]);
    await press(el, 'ArrowDown');
    expect(root.activeElement).to.equal(links[1]);
    await press(el, 'ArrowUp');
    await press(el, 'ArrowUp');
    expect(root.activeElement, 'up from the first result: the box').to.equal(input(el));
    await press(el, 'ArrowDown');
    expect(root.activeElement).to.equal(links[0]);
    input(el).focus();
    await press(el, 'Escape');
    expect(input(el).value).to.equal('');
    expect(el.getAttribute('query')).to.equal('');
    expect(root.activeElement, 'focus stays in the box').to.equal(input(el));
  });

  it('typing never moves focus; Enter tells the count at once', async () => {
    const el = await finder({ lang: 'en' });
    await loaded(el);
    await type(el, 'kesehatan');
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    await press(el, 'Enter');
    await until(() => status(el).endsWith('found'), 400);
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
  });

  it('pages: Next and Previous keep focus, say the page, and bound the list to page-size', async () => {
    const el = await finder({ 'page-size': '3', lang: 'en' });
    await loaded(el);
    await type(el, 'data');
    const total = Number(heading(el).split(' ')[0]);
    expect(total).to.be.above(3);
    expect($$(el, '.results .result').length).to.equal(3);
    const [previous, next] = $$<HTMLButtonElement>(el, '[part="pagination"] button');
    expect(previous!.getAttribute('aria-disabled')).to.equal('true');
    const firstPage = resultNames(el);
    next!.focus();
    await press(el, 'Enter');
    expect(resultNames(el)).to.not.deep.equal(firstPage);
    expect(el.shadowRoot!.activeElement).to.equal(next);
    await until(() => status(el) === MESSAGES.en.page(2, Math.ceil(total / 3)));
    expect($(el, 'ol')!.getAttribute('start')).to.equal('4');
    await expectAccessible(el, 'second page');
    // A new query starts at the first page, and so do criteria set by the host.
    input(el).select();
    await type(el, 'dat');
    expect($(el, 'ol')!.getAttribute('start')).to.equal('1');
    $$<HTMLButtonElement>(el, '[part="pagination"] button')[1]!.click();
    await el.updateComplete;
    expect($(el, 'ol')!.getAttribute('start')).to.equal('4');
    el.setAttribute('audience', 'citizens');
    await el.updateComplete;
    expect($(el, 'ol')!.getAttribute('start')).to.equal('1');
  });
});

describe('<spbe-service-finder>: states', () => {
  it('loading: no flash when fast; busy with a skeleton and a message when slow; typing works meanwhile', async () => {
    const { client, release } = gatedClient();
    const el = await finder({ lang: 'en' }, { client });
    expect($(el, '.results')!.getAttribute('aria-busy')).to.equal('true');
    expect($$(el, '.skeleton').length, 'no skeleton at first').to.equal(0);
    await until(() => message(el) === MESSAGES.en.loading, 2000);
    expect($$(el, '.skeleton').length).to.be.above(0);
    await expectAccessible(el, 'loading');
    await type(el, 'ktp');
    release();
    await loaded(el);
    expect(resultNames(el)[0]).to.equal('Identitas Kependudukan Digital (IKD)');
  });

  it('error: says what happened, retry recovers (both languages); axe passes', async () => {
    for (const lang of ['id', 'en'] as const) {
      let fail = true;
      const client = createClient({
        baseUrl: API_URL,
        retry: 0,
        fetch: (input, init) =>
          fail ? Promise.resolve(json({ title: 'Down', status: 503 }, 503)) : fetch(input, init),
      });
      const el = await finder({ lang }, { client });
      const retry = await until(() => $<HTMLButtonElement>(el, '[part="retry"]') ?? undefined);
      expect(message(el)).to.include(MESSAGES[lang].errorCatalog);
      expect(message(el)).to.include(MESSAGES[lang].errorServer(503));
      expect(retry.textContent!.trim()).to.equal(MESSAGES[lang].retry);
      await expectAccessible(el, `error ${lang}`);
      fail = false;
      retry.click();
      await loaded(el);
      expect($$(el, '[part="group"]').length).to.be.above(0);
    }
  });

  it('a catalog that breaks the contract (a javascript: URL) is refused by the SDK: a clear error', async () => {
    const items = catalog.items.map((s, i) => (i === 0 ? { ...s, url: 'javascript:alert(1)' } : s));
    const client = createClient({
      baseUrl: API_URL,
      retry: 0,
      fetch: async () => json({ ...catalog, items }),
    });
    const el = await finder({ lang: 'en' }, { client });
    await until(() => message(el).includes(MESSAGES.en.errorContract));
    expect($$(el, 'a').length).to.equal(0);
  });

  it('offline with a cached catalog: the stale results, and says so (both languages)', async () => {
    for (const lang of ['id', 'en'] as const) {
      let up = true;
      const client = createClient({
        baseUrl: API_URL,
        retry: 0,
        cache: { ttl: 1 },
        fetch: (input, init) =>
          up ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch')),
      });
      const first = await finder({ lang }, { client });
      await loaded(first);
      up = false;
      await new Promise((r) => setTimeout(r, 20));
      const el = await finder({ lang, query: 'ktp' }, { client });
      await until(() => message(el).includes(lang === 'id' ? 'Data dari' : 'Data from'));
      expect(resultNames(el)[0]).to.equal('Identitas Kependudukan Digital (IKD)');
      await expectAccessible(el, `stale ${lang}`);
    }
  });

  it('every state passes axe in dark mode and in English', async () => {
    const el = await finder({ theme: 'dark', lang: 'en', region: '32.73' });
    await loaded(el);
    await expectAccessible(el, 'dark start');
    await type(el, 'pajak');
    await expectAccessible(el, 'dark results');
    await choose(el, 'sector', 'archives');
    await expectAccessible(el, 'dark no results');
  });

  it('leaving the page aborts the catalog request; coming back loads again', async () => {
    const aborted: string[] = [];
    let calls = 0;
    const client = createClient({
      baseUrl: API_URL,
      cache: false,
      fetch: async (input, init) => {
        calls++;
        const request = input instanceof Request ? input : new Request(input, init);
        request.signal.addEventListener('abort', () => aborted.push(new URL(request.url).pathname));
        await new Promise((r) => setTimeout(r, 300));
        return fetch(input, init);
      },
    });
    const el = await finder({}, { client });
    await new Promise((r) => setTimeout(r, 50));
    const parent = el.parentElement!;
    el.remove();
    await until(() => aborted.includes('/v1/catalog'));
    parent.append(el);
    await loaded(el);
    expect(calls).to.equal(2);
    expect($$(el, '[part="group"]').length).to.be.above(0);
  });
});

describe('<spbe-service-finder>: hostile content and large catalogs', () => {
  /** Payloads that would run script or break the page if rendered as markup or used as a URL. */
  const PAYLOADS = [
    '<script>window.__xss=1</script>',
    '<img src=x onerror="window.__xss=2">',
    '<svg onload="window.__xss=3">',
    '"><img src=x onerror=window.__xss=4>',
    "'><script>window.__xss=5</script>",
    '<iframe src="javascript:window.top.__xss=6"></iframe>',
    '<a href="javascript:window.__xss=7">klik</a>',
    '<body onload=window.__xss=8>',
    '<details open ontoggle=window.__xss=9>',
    '<input autofocus onfocus=window.__xss=10>',
    '<marquee onstart=window.__xss=11>',
    '<video><source onerror="window.__xss=12"></video>',
    '<math><mtext><img src=x onerror=window.__xss=13></mtext></math>',
    '{{constructor.constructor("window.__xss=14")()}}',
    '$\u007Bwindow.__xss=15}',
    '<style>*{display:none!important}</style>',
    '<link rel=stylesheet href=data:text/css,*{color:red}>',
    '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=18">',
    '<object data="javascript:window.__xss=19"></object>',
    '<embed src="javascript:window.__xss=20">',
    '<form action="javascript:window.__xss=21"><button>x</button></form>',
    '<base href="javascript:/">',
    '<!--<img src=x onerror=window.__xss=23>-->',
    '<noscript><p title="</noscript><img src=x onerror=window.__xss=24>">',
    '\u202Eevil\u202C gnp.exe',
    '\u200F\u200Fمرحبا RTL \u202B embedded',
    'Sangat'.repeat(80),
    'x'.repeat(600),
    '&lt;script&gt;window.__xss=29&lt;/script&gt;',
    '<template><script>window.__xss=30</script></template>',
    'javascript:window.__xss=31',
    '<svg><a xlink:href="javascript:window.__xss=32"><text>x</text></a></svg>',
  ];
  const URLS = [
    'javascript:window.__xss=100',
    'JaVaScRiPt:window.__xss=101',
    ' javascript:window.__xss=102',
    'data:text/html,<script>window.__xss=103</script>',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    'ftp://evil.example/x',
    'not a url',
    'https://ok.example.go.id/layanan',
    'http://plain.example.go.id/',
  ];

  it(`${PAYLOADS.length} payloads in every text field and ${URLS.length} URLs render as inert text`, async () => {
    expect(PAYLOADS.length).to.be.at.least(30);
    const base = catalog.items[0]!;
    const items = PAYLOADS.map((payload, i) => ({
      ...base,
      id: `hostile-${i}`,
      name: `Layanan ${i} ${payload}`.slice(0, 120),
      summary: payload,
      sector: i % 2 ? payload : 'health',
      provider: { name: payload, level: 'national' },
      url: URLS[i % URLS.length]!,
      keywords: ['layanan', payload],
      channels: ['web', payload],
    }));
    const el = await finder({ 'page-size': '100' }, { client: rawClient(items) });
    el.style.width = '320px';
    await loaded(el);
    await type(el, 'layanan');
    await new Promise((r) => setTimeout(r, 100));
    const w = window as { __xss?: number };
    expect(w.__xss, 'nothing ran').to.equal(undefined);
    const root = el.shadowRoot!;
    expect(
      root.querySelectorAll(
        'script, img, iframe, object, embed, style:not([data-lit]), meta, link, video, details, marquee, math, template, base',
      ).length,
    ).to.equal(0);
    const results = $$(el, '.results .result');
    expect(results.length).to.equal(PAYLOADS.length);
    // Every link is http(s); the rest show no link at all.
    const hrefs = $$<HTMLAnchorElement>(el, 'a').map((a) => new URL(a.href).protocol);
    expect(hrefs.every((p) => p === 'https:' || p === 'http:')).to.equal(true);
    expect(hrefs.length).to.equal(items.filter((s) => /^https?:\/\//.test(s.url)).length);
    // The payloads are shown as the text they are.
    expect(root.textContent).to.include('<script>window.__xss=1</script>');
    expect(root.textContent).to.include('<img src=x onerror="window.__xss=2">');
    // Long words and direction marks stay inside: nothing wider than the element.
    const box = el.getBoundingClientRect();
    for (const r of results) expect(r.getBoundingClientRect().right).to.be.at.most(box.right + 1);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    const bidi = results.find((r) => r.textContent!.includes('\u202E'))!;
    expect(bidi.querySelector('bdi'), 'direction marks isolated').to.not.equal(null);
    await expectAccessible(el, 'hostile catalog');
    expect(w.__xss, 'nothing ran after the checks either').to.equal(undefined);
  });

  it('10,000 services: the DOM holds one page of results, and the start view is bounded too', async () => {
    const base = catalog.items;
    const items: Service[] = [];
    for (let i = 0; items.length < 10_000; i++) {
      const s = base[i % base.length]!;
      items.push({ ...s, id: `${s.id}-${i}`, name: `${s.name} ${i}` });
    }
    const el = await finder({ lang: 'en' }, { client: rawClient(items) });
    await loaded(el, 10_000);
    const count = () => el.shadowRoot!.querySelectorAll('*').length;
    expect($$(el, '.result').length).to.be.at.most(6 * 3);
    expect(count()).to.be.below(800);
    await type(el, 'layanan');
    expect(heading(el)).to.match(/^More than 100 services found/);
    expect($$(el, '.results .result').length).to.equal(10);
    expect(count()).to.be.below(800);
    await choose(el, 'sector', 'health');
    expect($$(el, '.results .result').length).to.be.at.most(10);
    input(el).select();
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(heading(el)).to.match(/^Health: [\d,]+ services found$/);
    expect($$(el, '.results .result').length).to.equal(10);
  });
});

describe('<spbe-service-finder>: strict CSP and Trusted Types', () => {
  it('searches and filters in a page without unsafe-inline or unsafe-eval, with zero violations', async () => {
    const frame = await strictCspFrame<SpbeServiceFinder>(
      new URL('./define.ts', import.meta.url).href,
      'spbe-service-finder',
      `<spbe-service-finder region="32.73" base-url="${API_URL}"></spbe-service-finder>`,
      'id',
    );
    try {
      const el = frame.element;
      await loaded(el, 10_000);
      await type(el, 'pajak');
      expect(resultNames(el).length).to.be.above(0);
      await choose(el, 'sector', 'tax');
      expect(frame.violations(), 'the probe ran').to.be.an('array');
      expect(frame.violations()).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describeNoPageErrors('<spbe-service-finder>', pageErrors);

describe('<spbe-service-finder>: a page with big type in a narrow column', () => {
  it("a theme's 21 px body text in a 280 px column: the box, the filters and the results stay inside", async () => {
    const el = await finder({ region: '32.05' });
    el.parentElement!.style.cssText = 'width: 280px; font-size: 21px';
    await loaded(el);
    await type(el, 'izin');
    await until(() => resultNames(el).length > 0);
    const right = el.getBoundingClientRect().right;
    for (const part of ['form', '.box', 'input', '.filters', '.results']) {
      const box = $(el, part)!.getBoundingClientRect();
      expect(box.right, part).to.be.at.most(right + 1);
    }
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
  });
});
