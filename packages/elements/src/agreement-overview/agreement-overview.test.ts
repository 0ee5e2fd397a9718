// <spbe-agreement-overview> in Chromium, against the reference API (real data,
// the test server's fixed date, 29 November 2026).
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import {
  type AgreementOverview,
  type AgreementStatus,
  createClient,
  type RegionAgreement,
  type SpbeClient,
} from '@spbe/sdk';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { API_URL } from '/__spbe/env.js';
import { URGENCY } from '../internal/status-view.js';
import { expectAccessible } from '../testing/axe.js';
import { strictCspFrame } from '../testing/csp-frame.js';
import { gatedClient } from '../testing/gated-client.js';
import { describeNoPageErrors, recordPageErrors } from '../testing/page-errors.js';
import { shownText, until } from '../testing/wait.js';
import './define.js';
import type { RegencyOpenDetail, SpbeAgreementOverview } from './agreement-overview.js';
import { MESSAGES } from './messages.js';

afterEach(() => fixtureCleanup());

/** Errors that reached the page (the overview must never throw into it). */
const pageErrors = recordPageErrors();

const api = createClient({ baseUrl: API_URL });
/** What the API answers, to check the element against. */
let truth: AgreementOverview;
before(async () => {
  truth = await api.regions.agreementOverview('32');
});

const NEEDS_ACTION: readonly AgreementStatus[] = ['expired', 'expiring', 'terminated', 'none'];

async function overview(
  attrs: Record<string, string> = {},
  props: Partial<SpbeAgreementOverview> = {},
  width = '60rem',
): Promise<SpbeAgreementOverview> {
  const el = document.createElement('spbe-agreement-overview');
  Object.assign(el, props);
  if (!('base-url' in attrs) && !props.client) el.setAttribute('base-url', API_URL);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const host = await fixture<HTMLDivElement>(html`<div style="max-width: ${width}"></div>`);
  host.append(el);
  return el;
}

const $ = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const message = (el: Element) => text($(el, '[part="message"]'));

/** Waits for the table (after any pending update, so a load just started counts). */
async function loaded(el: SpbeAgreementOverview, ms = 5000): Promise<void> {
  await el.updateComplete;
  await until(() => $(el, '.root')?.getAttribute('aria-busy') === 'false' && $(el, 'table'), ms);
}
/** Waits for a message (failure, empty) once loading is over. */
async function settledWithMessage(el: SpbeAgreementOverview): Promise<string> {
  await el.updateComplete;
  return until(
    () => $(el, '.root')?.getAttribute('aria-busy') === 'false' && message(el),
  ) as Promise<string>;
}

/** The rows: the regency's name and each shown column's status. */
function rows(el: SpbeAgreementOverview): { name: string; statuses: AgreementStatus[] }[] {
  return $$(el, 'tbody tr:not(.details)').map((tr) => ({
    name: text(tr.querySelector('th')),
    statuses: [...tr.querySelectorAll<HTMLElement>('td .pill')].map(
      (pill) => pill.dataset.status as AgreementStatus,
    ),
  }));
}
const columnHeaders = (el: SpbeAgreementOverview) =>
  $$(el, 'thead th').map((th) => text(th.querySelector('button')).replace(/[↑↓↕]$/, ''));
const sortButton = (el: SpbeAgreementOverview, label: string) =>
  $$<HTMLButtonElement>(el, 'thead th button').find((b) => text(b).startsWith(label))!;
const regencyButton = (el: SpbeAgreementOverview, name: string) =>
  $$<HTMLButtonElement>(el, 'tbody th button').find((b) => text(b) === name)!;
const checkbox = (el: SpbeAgreementOverview) => $<HTMLInputElement>(el, 'input[type="checkbox"]')!;
const entry = (name: string, program: string): RegionAgreement =>
  truth.regencies
    .find((r) => r.region.name === name)!
    .agreements.find((a) => a.program === program)!;
const place = (name: string) => name.replace(/^(Kabupaten|Kota) /, '');

async function click(el: SpbeAgreementOverview, button: HTMLElement): Promise<void> {
  button.click();
  await el.updateComplete;
}

async function press(el: SpbeAgreementOverview, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
  });

/** A real client on the API whose fetch is counted (and can be replaced). */
function countingClient(answer?: (url: string) => Response | Promise<Response> | undefined): {
  client: SpbeClient;
  urls: string[];
} {
  const urls: string[] = [];
  const client = createClient({
    baseUrl: API_URL,
    retry: 0,
    fetch: async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      urls.push(url);
      return (await answer?.(url)) ?? fetch(input, init);
    },
  });
  return { client, urls };
}

/** A client answering the overview reshaped by `shape` (validated by the SDK as usual). */
const shapedClient = (shape: (o: AgreementOverview) => unknown) =>
  countingClient((url) =>
    url.endsWith('/agreement-overview')
      ? json(shape(JSON.parse(JSON.stringify(truth)) as AgreementOverview))
      : undefined,
  ).client;

describe('<spbe-agreement-overview>: the table', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`${lang}: one row per regency, one column per program, each cell the API's status as text, icon and colour`, async () => {
      const m = MESSAGES[lang];
      const el = await overview({ lang });
      await loaded(el);
      const caption = m.caption('Jawa Barat', '29 November 2026');
      expect(text($(el, 'caption'))).to.equal(caption);
      // Shown above the scrolling region, read once (from the table).
      expect(text($(el, '.title'))).to.equal(caption);
      expect($(el, '.title')!.getAttribute('aria-hidden')).to.equal('true');
      expect($(el, '.title')!.closest('.scroll')).to.equal(null);
      expect(columnHeaders(el)).to.deep.equal([
        m.regency,
        ...truth.programs.map((p) => (lang === 'en' ? p.nameEn : p.name)),
      ]);
      expect($$(el, 'thead th[scope="col"]')).to.have.length(truth.programs.length + 1);
      expect($$(el, 'tbody th[scope="row"]')).to.have.length(27);
      const shown = rows(el);
      expect(shown.map((r) => r.name).sort()).to.deep.equal(
        truth.regencies.map((r) => r.region.name).sort(),
      );
      for (const row of shown) {
        expect(row.statuses).to.deep.equal(
          truth.programs.map((p) => entry(row.name, p.id).status),
          row.name,
        );
      }
      for (const cell of $$(el, 'tbody td')) {
        const pill = cell.querySelector<HTMLElement>('.pill')!;
        expect(text(pill)).to.equal(m.status[pill.dataset.status as AgreementStatus]);
        expect(pill.querySelector('svg[aria-hidden="true"] path'), 'an icon').to.exist;
      }
      // Colour is there, but never alone: each status its own colour or border beside the text.
      const active = $(el, 'td .pill[data-status="active"]')!;
      expect(getComputedStyle(active).color).to.not.equal(getComputedStyle($(el, 'td')!).color);
      await expectAccessible(el, `table ${lang}`);
    });
  }

  it('shows the days left of an expiring agreement and how long ago one expired', async () => {
    const el = await overview({ lang: 'en' });
    await loaded(el);
    const expiring = $$(el, 'td').find((td) => td.querySelector('[data-status="expiring"]'))!;
    expect(text(expiring.querySelector('.days'))).to.match(
      /^in \d+ days?$|^Today is the last day$/,
    );
    const expired = $$(el, 'td').find((td) => td.querySelector('[data-status="expired"]'))!;
    expect(text(expired.querySelector('.days'))).to.match(/^\d+ days? ago$/);
    const active = $$(el, 'td').find((td) => td.querySelector('[data-status="active"]'))!;
    expect(active.querySelector('.days')).to.equal(null);
  });

  it('makes one request for the whole province, and none when program changes', async () => {
    const { client, urls } = countingClient();
    const el = await overview({}, { client });
    await loaded(el);
    expect(urls.map((u) => new URL(u).pathname)).to.deep.equal([
      '/v1/regions/32/agreement-overview',
    ]);
    el.program = 'saber-hoaks';
    await el.updateComplete;
    expect(columnHeaders(el)).to.have.length(2);
    expect(urls).to.have.length(1);
  });

  it('keeps the DOM small: at most 680 elements for 27 regencies and 3 programs', async () => {
    const el = await overview();
    await loaded(el);
    const count = el.shadowRoot!.querySelectorAll('*').length;
    console.log(`<spbe-agreement-overview>: ${count} elements for 27 × 3`);
    expect(count).to.be.at.most(680);
  });

  it('follows the nearest lang, and changes when it changes', async () => {
    const el = await overview({ lang: 'id' });
    await loaded(el);
    expect(columnHeaders(el)[0]).to.equal('Kabupaten/kota');
    el.setAttribute('lang', 'en');
    await until(() => columnHeaders(el)[0] === 'Regency or city');
    expect(text($(el, 'caption'))).to.match(/^Agreement status of the regencies/);
  });
});

describe('<spbe-agreement-overview>: the summary and the chart', () => {
  for (const program of ['', 'command-center']) {
    it(`counts match the rows${program ? ` (program="${program}")` : ''}, and the bars match the counts`, async () => {
      const m = MESSAGES.id;
      const el = await overview(program ? { program } : {});
      await loaded(el);
      const programs = program ? truth.programs.filter((p) => p.id === program) : truth.programs;
      const items = $$(el, '.summary > li');
      expect(items).to.have.length(programs.length);
      const shown = rows(el);
      programs.forEach((p, column) => {
        const counts = new Map<AgreementStatus, number>();
        for (const row of shown) {
          const status = row.statuses[column]!;
          counts.set(status, (counts.get(status) ?? 0) + 1);
        }
        const line = text(items[column]!).split(m.ofTotal(27))[0]!.trim();
        const expected = URGENCY.filter((s) => counts.has(s))
          .map((s) => m.count(counts.get(s)!, s))
          .join(', ');
        expect(line).to.equal(`${p.name}: ${expected}`);
        expect(text(items[column]!)).to.include(m.ofTotal(27));
        const bars = [...items[column]!.querySelectorAll<SVGSVGElement>('.chart > svg')];
        expect(bars.map((svg) => svg.dataset.status)).to.deep.equal(
          URGENCY.filter((s) => counts.has(s)),
        );
        for (const svg of bars) {
          const n = counts.get(svg.dataset.status as AgreementStatus)!;
          expect(svg.getAttribute('viewBox')).to.equal('0 0 27 1');
          expect(svg.querySelector('rect:not(.track)')!.getAttribute('width')).to.equal(String(n));
          expect(text(svg.nextElementSibling)).to.equal(String(n));
        }
        expect(items[column]!.querySelector('.chart')!.getAttribute('aria-hidden')).to.equal(
          'true',
        );
      });
    });
  }
});

describe('<spbe-agreement-overview>: sorting', () => {
  it('by place name first, then by a program (most pressing first), reversed on a second press, with aria-sort', async () => {
    const el = await overview({ lang: 'en' });
    await loaded(el);
    const names = () => rows(el).map((r) => r.name);
    const sortOf = () => $$(el, 'thead th').map((th) => th.getAttribute('aria-sort'));
    // The place, not "Kabupaten"/"Kota", decides: Kabupaten Bandung, Kota Bandung, Kabupaten Bandung Barat…
    const byPlace = [...names()].sort(
      (a, b) => place(a).localeCompare(place(b), 'en') || a.localeCompare(b, 'en'),
    );
    expect(names()).to.deep.equal(byPlace);
    expect(names().slice(0, 3)).to.deep.equal([
      'Kabupaten Bandung',
      'Kota Bandung',
      'Kabupaten Bandung Barat',
    ]);
    expect(sortOf()).to.deep.equal(['ascending', null, null, null]);

    const program = truth.programs[0]!;
    await click(el, sortButton(el, program.nameEn));
    expect(sortOf()).to.deep.equal([null, 'ascending', null, null]);
    const ranked = rows(el).map((r) => ({
      rank: URGENCY.indexOf(r.statuses[0]!),
      days: entry(r.name, program.id).daysLeft ?? Number.POSITIVE_INFINITY,
    }));
    for (let i = 1; i < ranked.length; i++) {
      const [a, b] = [ranked[i - 1]!, ranked[i]!];
      expect(a.rank < b.rank || (a.rank === b.rank && a.days <= b.days), `row ${i}`).to.equal(true);
    }
    expect(rows(el)[0]!.statuses[0]).to.be.oneOf(NEEDS_ACTION);

    await click(el, sortButton(el, program.nameEn));
    expect(sortOf()).to.deep.equal([null, 'descending', null, null]);
    expect(URGENCY.indexOf(rows(el).at(-1)!.statuses[0]!)).to.equal(ranked[0]!.rank);
    // The column turned round, ties still in name order: the active ones first, A to Z.
    const down = rows(el);
    for (let i = 1; i < down.length; i++) {
      const [a, b] = [down[i - 1]!, down[i]!];
      const [ra, rb] = [URGENCY.indexOf(a.statuses[0]!), URGENCY.indexOf(b.statuses[0]!)];
      const [da, db] = [entry(a.name, program.id).daysLeft, entry(b.name, program.id).daysLeft];
      if (ra === rb && da === db) {
        expect(
          place(a.name).localeCompare(place(b.name), 'en'),
          `${a.name} before ${b.name}`,
        ).to.be.at.most(0);
      } else {
        expect(ra > rb || (ra === rb && (da ?? Infinity) >= (db ?? Infinity)), `row ${i}`).to.equal(
          true,
        );
      }
    }

    await click(el, sortButton(el, 'Regency or city'));
    expect(sortOf()).to.deep.equal(['ascending', null, null, null]);
    expect(names()).to.deep.equal(byPlace);
    await click(el, sortButton(el, 'Regency or city'));
    expect(names()).to.deep.equal([...byPlace].reverse());
    await expectAccessible(el, 'sorted');
  });

  it('narrowing to another program starts again from name order', async () => {
    const el = await overview({ lang: 'en' });
    await loaded(el);
    const [first, second] = truth.programs;
    await click(el, sortButton(el, second!.nameEn));
    await click(el, sortButton(el, second!.nameEn));
    el.program = first!.id;
    await el.updateComplete;
    expect($$(el, 'thead th').map((th) => th.getAttribute('aria-sort'))).to.deep.equal([
      'ascending',
      null,
    ]);
    const names = rows(el).map((r) => r.name);
    expect(names).to.deep.equal(
      [...names].sort((a, b) => place(a).localeCompare(place(b), 'en') || a.localeCompare(b, 'en')),
    );
  });
});

describe('<spbe-agreement-overview>: only those needing action', () => {
  it('keeps exactly the regencies with an agreement expired, expiring, terminated or missing, and says how many', async () => {
    const m = MESSAGES.en;
    const el = await overview({ lang: 'en' });
    await loaded(el);
    expect(text($(el, '[role="status"]'))).to.equal(m.shown(27, 27));
    await click(el, checkbox(el));
    const expected = truth.regencies.filter((r) =>
      r.agreements.some((a) => NEEDS_ACTION.includes(a.status)),
    );
    expect(
      rows(el)
        .map((r) => r.name)
        .sort(),
    ).to.deep.equal(expected.map((r) => r.region.name).sort());
    expect(expected.length).to.be.above(0);
    expect(text($(el, '[role="status"]'))).to.equal(m.shown(expected.length, 27));
    // The summary still counts every regency.
    expect(text($(el, '.summary li'))).to.include(m.ofTotal(27));
    await expectAccessible(el, 'filtered');

    // With one program, only its column decides.
    el.program = 'spbe-infrastructure';
    await el.updateComplete;
    const forOne = truth.regencies.filter((r) =>
      NEEDS_ACTION.includes(r.agreements.find((a) => a.program === 'spbe-infrastructure')!.status),
    );
    expect(forOne.length).to.be.within(1, 26);
    expect(rows(el)).to.have.length(forOne.length);
    expect(text($(el, '[role="status"]'))).to.equal(m.shown(forOne.length, 27));
    for (const row of rows(el)) expect(row.statuses[0]).to.be.oneOf(NEEDS_ACTION);

    await click(el, checkbox(el));
    expect(rows(el)).to.have.length(27);
  });

  it('says so when no regency needs action', async () => {
    const client = shapedClient((o) => ({
      ...o,
      regencies: o.regencies.map((r) => ({
        ...r,
        agreements: r.agreements.map((a) => ({ ...a, status: 'active' })),
      })),
    }));
    const el = await overview({ lang: 'id' }, { client });
    await loaded(el);
    await click(el, checkbox(el));
    expect(message(el)).to.equal(MESSAGES.id.noneNeedAction);
    expect($(el, 'table')).to.equal(null);
    expect(text($(el, '[role="status"]'))).to.equal(MESSAGES.id.shown(0, 27));
    await expectAccessible(el, 'none need action');
  });
});

describe('<spbe-agreement-overview>: a regency’s details', () => {
  it('its name fires spbe-regency-open, then opens the details in place (the badge’s full cards)', async () => {
    const el = await overview({ lang: 'en' });
    await loaded(el);
    const seen: RegencyOpenDetail[] = [];
    el.addEventListener('spbe-regency-open', (e) => seen.push(e.detail));
    const button = regencyButton(el, 'Kota Bandung');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.hasAttribute('aria-controls')).to.equal(false);
    await click(el, button);
    expect(seen).to.have.length(1);
    expect(seen[0]!.region.code).to.equal('32.73');
    expect(seen[0]!.agreements.map((a) => a.program)).to.deep.equal(
      truth.programs.map((p) => p.id),
    );
    const opened = regencyButton(el, 'Kota Bandung');
    expect(opened.getAttribute('aria-expanded')).to.equal('true');
    const details = el.shadowRoot!.getElementById(opened.getAttribute('aria-controls')!)!;
    expect(details.previousElementSibling!.contains(opened)).to.equal(true);
    const cards = [...details.querySelectorAll('[part="card"]')];
    expect(cards).to.have.length(truth.programs.length);
    const spbe = entry('Kota Bandung', truth.programs[0]!.id);
    expect(text(cards[0]!)).to.include(spbe.agreement!.number);
    // The card's name is visible beside its pill: not said twice.
    expect(cards[0]!.querySelector('.pill .visually-hidden')).to.equal(null);
    expect(details.querySelector('[role="group"]')!.getAttribute('aria-label')).to.equal(
      MESSAGES.en.detailsOf('Kota Bandung'),
    );
    await expectAccessible(el, 'details open');
    // Pressing again closes them, without another event.
    await click(el, regencyButton(el, 'Kota Bandung'));
    expect(regencyButton(el, 'Kota Bandung').getAttribute('aria-expanded')).to.equal('false');
    expect($$(el, 'tr.details')).to.have.length(0);
    expect(seen).to.have.length(1);
  });

  it('a host that cancels spbe-regency-open routes instead: nothing opens', async () => {
    const el = await overview();
    await loaded(el);
    el.addEventListener('spbe-regency-open', (e) => e.preventDefault());
    let reached = 0;
    document.addEventListener('spbe-regency-open', () => reached++, { once: true });
    await click(el, regencyButton(el, 'Kota Bandung'));
    expect(reached, 'bubbles out of the shadow root').to.equal(1);
    expect(regencyButton(el, 'Kota Bandung').getAttribute('aria-expanded')).to.equal('false');
    expect($$(el, 'tr.details')).to.have.length(0);
  });
});

describe('<spbe-agreement-overview>: keyboard', () => {
  it('reaches the filter, the table region, the sort buttons and the names with Tab, and uses them with Space and Enter', async () => {
    const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
    const el = await overview({ lang: 'en', program: 'saber-hoaks' });
    await loaded(el);
    before.focus();
    const focused = () => el.shadowRoot!.activeElement as HTMLElement | null;
    await press(el, 'Tab');
    expect(focused()).to.equal(checkbox(el));
    await press(el, 'Space');
    expect(checkbox(el).checked).to.equal(true);
    const needing = rows(el).length;
    expect(needing).to.be.below(27);
    await press(el, 'Tab');
    expect(focused()!.getAttribute('part')).to.equal('table-region');
    // The focused region shows a focus ring.
    expect(getComputedStyle(focused()!).outlineStyle).to.not.equal('none');
    await press(el, 'Tab');
    expect(text(focused())).to.match(/^Regency or city/);
    await press(el, 'Tab');
    expect(text(focused())).to.match(/^Jabar Saber Hoaks/);
    await press(el, 'Enter');
    expect(focused()!.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    await press(el, 'Tab');
    const first = rows(el)[0]!.name;
    expect(text(focused())).to.equal(first);
    await press(el, 'Enter');
    expect(focused()!.getAttribute('aria-expanded')).to.equal('true');
    expect($$(el, 'tr.details')).to.have.length(1);
    await press(el, 'Space');
    expect($$(el, 'tr.details')).to.have.length(0);
  });
});

describe('<spbe-agreement-overview>: states', () => {
  it('loading: no flash when fast; busy, with a skeleton and a message when slow', async () => {
    const { client, release } = gatedClient();
    const el = await overview({ lang: 'en' }, { client });
    expect($(el, '.root')!.getAttribute('aria-busy')).to.equal('true');
    expect($$(el, '.skeleton')).to.have.length(0);
    await until(() => text($(el, '.visually-hidden')) === MESSAGES.en.loading, 2000);
    expect($$(el, '.skeleton').length).to.be.above(0);
    await expectAccessible(el, 'loading');
    release();
    await loaded(el);
    expect(rows(el)).to.have.length(27);
  });

  it('error: says what happened in both languages, and retry recovers; axe passes', async () => {
    for (const lang of ['id', 'en'] as const) {
      let fail = true;
      const { client } = countingClient(() =>
        fail ? json({ title: 'Down', status: 503 }, 503) : undefined,
      );
      const el = await overview({ lang }, { client });
      expect(await settledWithMessage(el)).to.include(MESSAGES[lang].errorServer(503));
      expect($(el, '[part="message"]')!.getAttribute('role'), 'announced').to.equal('alert');
      await expectAccessible(el, `error ${lang}`);
      fail = false;
      const retry = $(el, '[part="retry"]')!;
      retry.focus();
      await click(el, retry);
      // The button goes while loading; focus stays in the element, not on the page's body.
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.root'));
      await loaded(el);
      expect(rows(el)).to.have.length(27);
    }
  });

  it('stale: keeps showing the cached overview while the API is down, and says so', async () => {
    let calls = 0;
    const client = createClient({
      baseUrl: API_URL,
      retry: 0,
      cache: { ttl: 1 },
      fetch: async (input, init) => {
        calls++;
        return calls > 1 ? json({ title: 'Down', status: 503 }, 503) : fetch(input, init);
      },
    });
    await client.regions.agreementOverview('32');
    await new Promise((r) => setTimeout(r, 20));
    const el = await overview({ lang: 'en' }, { client });
    await loaded(el);
    expect(rows(el)).to.have.length(27);
    expect(message(el)).to.match(/^Data from .* ago; the server cannot be reached\.$/);
    await expectAccessible(el, 'stale');
  });

  it('empty: no regencies, or no programs, is said plainly', async () => {
    for (const shape of [
      (o: AgreementOverview) => ({ ...o, regencies: [] }),
      (o: AgreementOverview) => ({ ...o, programs: [] }),
    ]) {
      const el = await overview({ lang: 'id' }, { client: shapedClient(shape) });
      expect(await settledWithMessage(el)).to.equal(MESSAGES.id.empty);
      expect($(el, 'table')).to.equal(null);
      await expectAccessible(el, 'empty');
    }
  });

  it('attributes removed (or set to null by a script) mean their defaults or say what is missing', async () => {
    const el = await overview({ lang: 'en', program: 'saber-hoaks' });
    await loaded(el);
    el.removeAttribute('program');
    await el.updateComplete;
    expect(columnHeaders(el)).to.have.length(truth.programs.length + 1);
    (el as unknown as { parent: null }).parent = null;
    expect(await settledWithMessage(el)).to.equal(MESSAGES.en.missingParent);
  });

  it('wrong attributes: a missing parent, a regency code, an unknown province, an unknown program', async () => {
    const { client, urls } = countingClient();
    const m = MESSAGES.en;
    const cases: [Record<string, string>, string][] = [
      [{ parent: '' }, m.missingParent],
      [{ parent: '   ' }, m.missingParent],
      [{ parent: '32.73' }, m.badRegion('32.73')],
      [{ parent: '<b>32</b>' }, m.badRegion('<b>32</b>')],
      [{ parent: '99' }, m.unknownRegion('99')],
      [{ program: 'smart-city' }, m.unknownProgram('smart-city')],
    ];
    for (const [attrs, expected] of cases) {
      const el = await overview({ lang: 'en', ...attrs }, { client });
      expect(await settledWithMessage(el), JSON.stringify(attrs)).to.equal(expected);
      expect($(el, '[part="retry"]'), 'no retry: trying again cannot help').to.equal(null);
      expect($(el, 'b'), 'shown as text').to.equal(null);
      await expectAccessible(el, JSON.stringify(attrs));
    }
    // Only the unknown province and the unknown program asked the API.
    expect(urls.map((u) => new URL(u).pathname)).to.deep.equal([
      '/v1/regions/99/agreement-overview',
      '/v1/regions/32/agreement-overview',
    ]);
  });

  it('a broken answer is an error, not a half-drawn table', async () => {
    const client = shapedClient((o) => ({ ...o, regencies: [{ region: { code: 'x' } }] }));
    const el = await overview({ lang: 'en' }, { client });
    expect(await settledWithMessage(el)).to.include(MESSAGES.en.errorContract);
    expect($(el, 'table')).to.equal(null);
  });

  it('hostile names and programs are shown as text', async () => {
    const names = [
      '<img src=x onerror="window.__pwned = 1">',
      '"><script>window.__pwned = 1</script>',
      'Kotaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    ];
    const program = '<b onmouseover="window.__pwned = 1">Program</b>';
    // A host's own client, with no validation between: the element is the last line.
    const hostile = JSON.parse(JSON.stringify(truth)) as AgreementOverview;
    hostile.programs[0]!.name = program;
    names.forEach((name, i) => {
      (hostile.regencies[i]!.region as { name: string }).name = name;
    });
    const client = { ...api, regions: { ...api.regions, agreementOverview: async () => hostile } };
    const el = await overview({ lang: 'id' }, { client: client as SpbeClient }, '320px');
    await loaded(el);
    for (const name of names) expect(regencyButton(el, name), name).to.exist;
    expect($(el, 'img, script, b')).to.equal(null);
    expect(shownText(el)).to.include(program);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    // A name without a break still leaves room beside it for the statuses.
    const region = $(el, '[part="table-region"]')!;
    for (const th of $$(el, 'tbody th')) {
      expect(th.getBoundingClientRect().width).to.be.at.most(region.clientWidth * 0.6);
    }
    await expectAccessible(el, 'hostile');
  });
});

describe('<spbe-agreement-overview>: themes, narrow screens and print', () => {
  it('dark theme and the system dark mode pass axe', async () => {
    const el = await overview({ theme: 'dark', lang: 'en' });
    await loaded(el);
    expect(getComputedStyle($(el, 'table')!).backgroundColor).to.equal('rgb(22, 25, 29)');
    await regencyButton(el, 'Kota Bandung').click();
    await el.updateComplete;
    await expectAccessible(el, 'dark');
    await emulateMedia({ colorScheme: 'dark' });
    try {
      // A light-only page (most regency sites) on a system in dark mode: the
      // element paints its own dark surface, so its light text stays readable.
      const system = await overview({ lang: 'id' });
      await loaded(system);
      system.parentElement!.style.background = '#fff';
      expect(getComputedStyle($(system, 'table')!).backgroundColor).to.equal('rgb(22, 25, 29)');
      expect(getComputedStyle($(system, '.root')!).backgroundColor).to.equal('rgb(22, 25, 29)');
      await expectAccessible(system, 'system dark');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('at 320 px the page does not scroll sideways: the table scrolls in its own focusable region', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await overview({ lang: 'id' }, {}, '100%');
      await loaded(el);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const region = $(el, '[part="table-region"]')!;
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('aria-labelledby')).to.equal('caption');
      expect(region.tabIndex).to.equal(0);
      expect(region.scrollWidth).to.be.above(region.clientWidth);
      // The names stay in view while the statuses scroll under them.
      region.scrollLeft = 200;
      // The names and their column's header stay in view; the caption is outside the scroll.
      for (const cell of [$(el, 'tbody th')!, $(el, 'thead th')!]) {
        expect(Math.round(cell.getBoundingClientRect().left)).to.equal(
          Math.round(region.getBoundingClientRect().left),
        );
      }
      expect($(el, '.title')!.getBoundingClientRect().right).to.be.at.most(320);
      await expectAccessible(el, '320 px');
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });

  it('print: the table and the summary without the controls, light even in the dark theme, and says when filtered', async () => {
    const el = await overview({ lang: 'id', theme: 'dark' });
    await loaded(el);
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, 'input')!).display).to.equal('none');
      expect(getComputedStyle($(el, 'label')!).display, 'no filter: not said').to.equal('none');
      expect(text($(el, '[role="status"]'))).to.equal(MESSAGES.id.shown(27, 27));
      expect(getComputedStyle($(el, '[role="status"]')!).display).to.not.equal('none');
      expect(getComputedStyle($(el, '.arrow')!).display).to.equal('none');
      expect(getComputedStyle($(el, 'table')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle($(el, 'td')!).color).to.equal('rgb(27, 31, 36)');
      expect(getComputedStyle($(el, 'table')!).display).to.equal('table');
      expect(getComputedStyle($(el, '.summary')!).display).to.not.equal('none');
      expect(getComputedStyle($(el, '[part="table-region"]')!).overflowX).to.equal('visible');
      const name = regencyButton(el, 'Kota Bandung');
      expect(getComputedStyle(name).textDecorationLine).to.equal('none');
      // Filtered, the printout says so: the filter's label and the count.
      await click(el, checkbox(el));
      expect(getComputedStyle($(el, 'label')!).display).to.not.equal('none');
      expect(text($(el, 'label'))).to.include(MESSAGES.id.needsAction);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle($(el, 'input')!).display).to.not.equal('none');
    expect(getComputedStyle($(el, 'table')!).backgroundColor).to.equal('rgb(22, 25, 29)');
  });
});

describe('<spbe-agreement-overview>: strict CSP and Trusted Types', () => {
  it('loads, sorts and filters in a page without unsafe-inline or unsafe-eval, with zero violations', async () => {
    const frame = await strictCspFrame<SpbeAgreementOverview>(
      new URL('./define.ts', import.meta.url).href,
      'spbe-agreement-overview',
      `<spbe-agreement-overview parent="32" base-url="${API_URL}"></spbe-agreement-overview>`,
      'id',
    );
    try {
      const el = frame.element;
      await until(() => el.shadowRoot?.querySelector('table'), 10_000);
      await click(el, $$<HTMLButtonElement>(el, 'thead th button')[1]!);
      await click(el, $<HTMLInputElement>(el, 'input[type="checkbox"]')!);
      await click(el, $$<HTMLButtonElement>(el, 'tbody th button')[0]!);
      expect($$(el, 'tr.details')).to.have.length(1);
      expect(frame.violations(), 'the probe ran').to.be.an('array');
      expect(frame.violations()).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describeNoPageErrors('<spbe-agreement-overview>', pageErrors);
