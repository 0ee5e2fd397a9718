// <spbe-agreement-badge> in Chromium, against the reference API (real data,
// fixed date) and the fault server on other origins.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { AGREEMENT_STATUSES, type AgreementStatus, createClient, type SpbeClient } from '@spbe/sdk';
import { sendKeys } from '@web/test-runner-commands';
import { API_URL, FAULT_URL } from '/__spbe/env.js';
import { MESSAGES } from '../agreement-badge/messages.js';
import { expectAccessible } from '../testing/axe.js';
import { recordPageErrors } from '../testing/page-errors.js';
import { shownText, until } from '../testing/wait.js';
import './define.js';
import type { SpbeAgreementBadge } from './agreement-badge.js';

const STATUSES = AGREEMENT_STATUSES;

const api = createClient({ baseUrl: API_URL });
/** A (regency, program) of each status in the sample data on the server's fixed date. */
const example = new Map<AgreementStatus, { region: string; program: string }>();

before(async () => {
  for (const regency of await api.regions.children('32')) {
    for (const entry of await api.regions.agreements(regency.code)) {
      if (!example.has(entry.status))
        example.set(entry.status, { region: regency.code, program: entry.program });
    }
  }
});
afterEach(() => fixtureCleanup());

/** Errors that reached the page (a badge must never throw into it). */
const pageErrors = recordPageErrors();

async function badge(
  attrs: Record<string, string>,
  props: Partial<SpbeAgreementBadge> = {},
): Promise<SpbeAgreementBadge> {
  const el = document.createElement('spbe-agreement-badge');
  Object.assign(el, props);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  return el;
}

const settled = (el: SpbeAgreementBadge) =>
  until(() => el.status !== undefined || el.shadowRoot?.querySelector('.message, .pill'));

/** A client answering every request with `answer()` (a real client: only its fetch is replaced). */
function clientAnswering(answer: (url: string) => Response | Promise<Response>): SpbeClient {
  return createClient({
    baseUrl: 'https://api.example.go.id',
    retry: 0,
    fetch: async (input) => answer(input instanceof Request ? input.url : String(input)),
  });
}
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
  });

describe('<spbe-agreement-badge>: every status', () => {
  it('the sample data shows every status on the fixed date', () => {
    expect([...example.keys()].sort()).to.deep.equal([...STATUSES].sort());
  });

  for (const status of STATUSES) {
    for (const lang of ['id', 'en'] as const) {
      for (const variant of ['compact', 'full'] as const) {
        it(`${status}, ${lang}, ${variant}: text, icon and colour, accessible`, async () => {
          const { region, program } = example.get(status)!;
          const el = await badge({ region, program, variant, lang, 'base-url': API_URL });
          await until(() => el.status === status);
          const pill = el.shadowRoot!.querySelector<HTMLElement>('.pill')!;
          expect(pill.dataset.status).to.equal(status);
          expect(pill.textContent).to.include(MESSAGES[lang].status[status]);
          expect(pill.querySelector('svg[aria-hidden="true"] path')).to.exist;
          // Colour is not the only signal, but it is there: the status colour differs from the text's.
          const color = getComputedStyle(pill).color;
          if (status !== 'none' && status !== 'draft')
            expect(color).to.not.equal(
              getComputedStyle(el.shadowRoot!.querySelector('.root')!).color,
            );
          if (variant === 'full' && status !== 'none') {
            const text = shownText(el);
            expect(text).to.include(MESSAGES[lang].agreementNumber);
            // Only a signed agreement has dates.
            if (status !== 'draft' && status !== 'negotiating')
              expect(text).to.include(MESSAGES[lang].validity);
          }
          await expectAccessible(el, `${status} ${lang} ${variant}`);
        });
      }
    }
  }
});

describe('<spbe-agreement-badge>: content', () => {
  it('without program: every program, one line each, in a list', async () => {
    const el = await badge({ region: '32.73', 'base-url': API_URL });
    await settled(el);
    const items = el.shadowRoot!.querySelectorAll('ul > li');
    expect(items.length).to.equal((await api.programs()).length);
    for (const li of items) expect(li.querySelector('.program')?.textContent).to.not.equal('');
    expect(el.status).to.be.oneOf(STATUSES);
    await expectAccessible(el);
  });

  it('without program, status is the most pressing: expired, expiring, terminated, none, negotiating, draft, scheduled, active', async () => {
    const order: AgreementStatus[] = [
      'expired',
      'expiring',
      'terminated',
      'none',
      'negotiating',
      'draft',
      'scheduled',
      'active',
    ];
    const programs = order.map((id) => ({ id, name: id, nameEn: id, description: 'x' }));
    // Each answer holds the statuses from `i` on: the first of them is the most pressing.
    for (let i = 0; i < order.length; i++) {
      const entries = order
        .slice(i)
        .reverse()
        .map((status) => ({ program: status, status, agreement: null, daysLeft: null }));
      const client = clientAnswering((url) => json(url.endsWith('/programs') ? programs : entries));
      const el = await badge({ region: '32.73' }, { client });
      await until(() => el.status !== undefined);
      expect(el.status, order.slice(i).join(' ')).to.equal(order[i]);
    }
  });

  it('full: dates in the page language, days left, and a document link reached by keyboard', async () => {
    const { region, program } = example.get('expiring')!;
    const el = await badge({ region, program, variant: 'full', lang: 'id', 'base-url': API_URL });
    await until(() => el.status === 'expiring');
    const text = shownText(el);
    expect(text).to.match(
      /\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}/,
    );
    expect(text).to.match(/\d+ hari lagi/);
    const link = el.shadowRoot!.querySelector('a');
    if (link) {
      expect(link.getAttribute('href')).to.match(/^https:\/\//);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(link);
    } else {
      expect(text).to.include(MESSAGES.id.noDocument);
    }
    el.setAttribute('lang', 'en');
    await until(() => shownText(el).includes('days'));
    expect(shownText(el)).to.match(
      /\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/,
    );
  });

  it('full: a long agreement number without spaces wraps inside its card at 200 px', async () => {
    const entries = await api.regions.agreements(example.get('active')!.region);
    const number = `CONTOH/PKS-SPBE/${'PEMERINTAHDAERAHPROVINSIJAWABARAT'.repeat(3)}/2024`;
    const long = entries.map((e) =>
      e.agreement ? { ...e, agreement: { ...e.agreement, number } } : e,
    );
    const client = clientAnswering((url) =>
      url.endsWith('/programs') ? api.programs().then(json) : json(long),
    );
    const el = await badge({ region: '32.73', variant: 'full' }, { client });
    el.style.width = '200px';
    await until(() => el.status !== undefined);
    expect(shownText(el)).to.include(number);
    for (const card of el.shadowRoot!.querySelectorAll<HTMLElement>('.card')) {
      expect(card.scrollWidth, 'nothing sticks out of the card').to.be.at.most(card.clientWidth);
    }
  });

  it('follows the nearest lang, and changes when it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const el = document.createElement('spbe-agreement-badge');
    el.setAttribute('region', '32.73');
    el.setAttribute('program', 'spbe-infrastructure');
    el.baseUrl = API_URL;
    wrapper.append(el);
    await settled(el);
    const status = el.status!;
    expect(shownText(el)).to.include(MESSAGES.en.status[status]);
    wrapper.setAttribute('lang', 'id-ID');
    await until(() => shownText(el).includes(MESSAGES.id.status[status]));
  });
});

describe('<spbe-agreement-badge>: failures become clear, localised states', () => {
  it('attributes removed (or set to null by a script) mean every program, or say the region is missing', async () => {
    const el = await badge({
      region: '32.73',
      program: 'saber-hoaks',
      lang: 'en',
      'base-url': API_URL,
    });
    await settled(el);
    el.removeAttribute('program');
    await until(() => el.shadowRoot!.querySelectorAll('ul > li').length > 1);
    (el as unknown as { region: null }).region = null;
    await until(() => shownText(el) === MESSAGES.en.missingRegion);
  });

  const cases: [string, Record<string, string>, Partial<SpbeAgreementBadge>, string, boolean][] = [
    ['a missing region', {}, {}, MESSAGES.en.missingRegion, false],
    ['a malformed region', { region: '32-73' }, {}, MESSAGES.en.badRegion('32-73'), false],
    ['a province code', { region: '32' }, {}, MESSAGES.en.badRegion('32'), false],
    ['an unknown regency', { region: '32.99' }, {}, MESSAGES.en.unknownRegion('32.99'), false],
    [
      'an unknown program',
      { region: '32.73', program: 'teleportasi' },
      {},
      MESSAGES.en.unknownProgram('teleportasi'),
      false,
    ],
    [
      'a refused base-url',
      { region: '32.73', 'base-url': 'ftp://x' },
      {},
      MESSAGES.en.badBaseUrl,
      false,
    ],
    [
      'an API that cannot be reached',
      { region: '32.73' },
      { client: createClient({ baseUrl: 'http://127.0.0.1:9', retry: 0 }) },
      MESSAGES.en.errorNetwork,
      true,
    ],
    [
      'an API error',
      { region: '32.73' },
      { client: clientAnswering(() => json({ title: 'Down', status: 503 }, 503)) },
      MESSAGES.en.errorServer(503),
      true,
    ],
    [
      'an answer that breaks the contract',
      { region: '32.73' },
      { client: clientAnswering(() => json([{ program: 42 }])) },
      MESSAGES.en.errorContract,
      true,
    ],
  ];
  for (const [what, attrs, props, message, retry] of cases) {
    it(`${what}`, async () => {
      const errors = pageErrors.length;
      const el = await badge({ 'base-url': API_URL, lang: 'en', ...attrs }, props);
      await until(() => shownText(el).includes(message));
      expect(el.status).to.equal(undefined);
      expect(Boolean(el.shadowRoot!.querySelector('button'))).to.equal(retry);
      expect(pageErrors.length).to.equal(errors, 'nothing thrown into the page');
      await expectAccessible(el, what);
    });
  }

  it('retries from the button, and shows the status once the API answers', async () => {
    let up = false;
    const client = clientAnswering((url) =>
      !up
        ? json({ title: 'Down', status: 503 }, 503)
        : url.endsWith('/programs')
          ? json([
              { id: 'saber-hoaks', name: 'Saber Hoaks', nameEn: 'Saber Hoaks', description: 'x' },
            ])
          : json([{ program: 'saber-hoaks', status: 'none', agreement: null, daysLeft: null }]),
    );
    const el = await badge({ region: '32.73', program: 'saber-hoaks', lang: 'id' }, { client });
    const button = await until(() => el.shadowRoot!.querySelector('button') ?? undefined);
    expect(button.textContent?.trim()).to.equal(MESSAGES.id.retry);
    up = true;
    button.click();
    await until(() => el.status === 'none');
  });

  it('says when the data is a stale copy because the API is down', async () => {
    let calls = 0;
    const client = createClient({
      baseUrl: 'https://api.example.go.id',
      retry: 0,
      cache: { ttl: 1 },
      fetch: async (input) => {
        calls++;
        const url = input instanceof Request ? input.url : String(input);
        if (calls > 2) return json({ title: 'Down', status: 503 }, 503);
        return url.endsWith('/programs')
          ? json([
              { id: 'saber-hoaks', name: 'Saber Hoaks', nameEn: 'Saber Hoaks', description: 'x' },
            ])
          : json([{ program: 'saber-hoaks', status: 'none', agreement: null, daysLeft: null }]);
      },
    });
    const first = await badge({ region: '32.73', program: 'saber-hoaks' }, { client });
    await until(() => first.status === 'none');
    await new Promise((r) => setTimeout(r, 20));
    const second = await badge({ region: '32.73', program: 'saber-hoaks', lang: 'id' }, { client });
    await until(() => shownText(second).includes('Data dari'));
    expect(second.status).to.equal('none');
    await expectAccessible(second);
  });
});

describe('<spbe-agreement-badge>: loading', () => {
  const slowClient = (ms: number) =>
    clientAnswering(async () => {
      await new Promise((r) => setTimeout(r, ms));
      return json([]);
    });

  it('shows no skeleton for a fast answer, and one for a slow answer', async () => {
    const fast = await badge({ region: '32.73', 'base-url': API_URL });
    let flashed = false;
    const watch = new MutationObserver(() => {
      if (fast.shadowRoot?.querySelector('.skeleton')) flashed = true;
    });
    watch.observe(fast.shadowRoot!, { childList: true, subtree: true });
    await settled(fast);
    watch.disconnect();
    expect(flashed).to.equal(false);

    const slow = await badge({ region: '32.73' }, { client: slowClient(1500) });
    await until(() => slow.shadowRoot!.querySelector('.skeleton'));
    expect(slow.shadowRoot!.querySelector('.root')!.getAttribute('aria-busy')).to.equal('true');
  });

  it('aborts its request when it leaves the page: nothing completes into it', async () => {
    const token = `detach-${Date.now()}`;
    const el = await badge({ region: '32.73', 'base-url': `${FAULT_URL}/silent/${token}` });
    await new Promise((r) => setTimeout(r, 150));
    el.remove();
    const tally = async () =>
      (await (await fetch(`${FAULT_URL}/__count/${token}`, { cache: 'no-store' })).json()) as {
        count: number;
        aborted: number;
      };
    await until(async () => (await tally()).aborted > 0);
    const counts = await tally();
    expect(counts.aborted).to.equal(counts.count);
    expect(el.shadowRoot!.querySelector('.pill, .message')).to.equal(null);
  });

  it('five badges for one regency make one request for its agreements', async () => {
    // A regency no other badge in this file has asked about (the page shares one client per API).
    const used = new Set(['32.73', ...[...example.values()].map((e) => e.region)]);
    const region = (await api.regions.children('32')).find((r) => !used.has(r.code))!.code;
    // Count from here (the set-up above asked about every regency with another client).
    performance.setResourceTimingBufferSize(10_000);
    performance.clearResourceTimings();
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const els = Array.from({ length: 5 }, () => {
      const el = document.createElement('spbe-agreement-badge');
      el.setAttribute('region', region);
      el.setAttribute('base-url', API_URL);
      wrapper.append(el);
      return el;
    });
    await until(() => els.every((el) => el.status !== undefined));
    const requests = performance
      .getEntriesByType('resource')
      .filter((e) => e.name === `${API_URL}/v1/regions/${region}/agreements`);
    expect(requests.length).to.equal(1);
  });
});
