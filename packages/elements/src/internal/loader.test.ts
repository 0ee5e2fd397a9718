// How every element recovers by itself when the API comes back (the Loader),
// seen through <spbe-agreement-overview> in Chromium against the fault server:
// retries after a failure that may pass, backing off and honouring
// Retry-After; at once when the browser is back online; not while the page
// is hidden; a stale copy kept on screen and refreshed; nothing once the
// element has left the page or when trying again cannot help. Waits run on a
// fast clock (inFastTime), so a 5-minute backoff takes seconds.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { createClient, type SpbeClient } from '@spbe/sdk';
import { FAULT_URL } from '/__spbe/env.js';
import { inFastTime } from '../../../sdk/src/testing/fast-clock.js';
import type { Fault } from '../../../sdk/src/testing/fault-server.js';
import type { SpbeAgreementOverview } from '../agreement-overview/agreement-overview.js';
import '../agreement-overview/define.js';
import { MESSAGES } from '../agreement-overview/messages.js';
import { expectAccessible } from '../testing/axe.js';
import { describeNoPageErrors, recordPageErrors } from '../testing/page-errors.js';
import { shownText, until } from '../testing/wait.js';

afterEach(() => fixtureCleanup());

const pageErrors = recordPageErrors();
const m = MESSAGES.en;

/**
 * A client on the fault server whose fault can be switched between calls
 * (`ok`, `reset` for an API that is down, …), and the requests it sent: when
 * (on the page's clock, fast or not) and under which fault.
 */
function switchable(options: { timeout?: number; deadline?: number } = {}) {
  const token = `loader-${crypto.randomUUID()}`;
  let fault: Fault = 'ok';
  const sent: { at: number; fault: Fault }[] = [];
  const client: SpbeClient = createClient({
    baseUrl: `${FAULT_URL}/ok/${token}`,
    retry: 0,
    // Every use revalidates, so a copy kept in the cache goes stale at once.
    cache: { ttl: 1 },
    ...options,
    fetch: (input, init) => {
      const request = input as Request;
      sent.push({ at: Date.now(), fault });
      return fetch(
        new Request(request.url.replace(`/ok/${token}/`, `/${fault}/${token}/`), request),
        init,
      );
    },
  });
  return {
    client,
    sent,
    set: (next: Fault) => {
      fault = next;
    },
  };
}

async function overview(client: SpbeClient): Promise<SpbeAgreementOverview> {
  const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
  const el = document.createElement('spbe-agreement-overview');
  el.client = client;
  host.append(el);
  return el;
}

const table = (el: Element) => el.shadowRoot?.querySelector('table');
const busy = (el: Element) =>
  el.shadowRoot?.querySelector('.root')?.getAttribute('aria-busy') === 'true';

/** Calls `check` on every change to the element's shadow tree; stop() to end. */
function watch(el: Element, check: () => void): { stop(): void } {
  const observer = new MutationObserver(check);
  observer.observe(el.shadowRoot!, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
  return { stop: () => observer.disconnect() };
}

/** Lets `ms` pass on the (fast) clock: long enough for what must not happen to have happened. */
const clockPasses = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Milliseconds between the requests, on the clock the page saw. */
const gaps = (sent: { at: number }[]) => sent.slice(1).map((s, i) => s.at - sent[i]!.at);

describe('Loader: recovering by itself when the API comes back', () => {
  it('retries a failure after a wait that doubles, keeps the failure on screen meanwhile, then shows the data', async () => {
    const api = switchable();
    api.set('reset');
    await inFastTime(async () => {
      const el = await overview(api.client);
      await until(() => shownText(el).includes(m.errorNetwork));
      // From here until the data comes, the failure stays: no loading state, no flicker.
      const flickers: string[] = [];
      const watching = watch(el, () => {
        if (busy(el) || !(shownText(el).includes(m.errorNetwork) || table(el)))
          flickers.push(shownText(el));
      });
      await until(() => api.sent.length >= 3, 10_000);
      api.set('ok');
      await until(() => table(el), 10_000);
      watching.stop();
      expect(flickers).to.deep.equal([]);
      expect(shownText(el)).not.to.include(m.errorNetwork);
      // Jittered: the first wait is 2.5–5 s, the next 5–10 s, and so on.
      const [first, second] = gaps(api.sent);
      expect(first).to.be.at.least(2500);
      expect(second).to.be.at.least(5000);
    });
  });

  it('waits at least as long as Retry-After asks', async () => {
    const api = switchable();
    api.set('always-503-retry-after');
    await inFastTime(async () => {
      const el = await overview(api.client);
      await until(() => shownText(el).includes(m.errorServer(503)));
      await until(() => api.sent.length >= 2, 10_000);
      api.set('ok');
      await until(() => table(el), 10_000);
      expect(gaps(api.sent)[0]).to.be.at.least(30_000);
    });
  });

  it('caps a Retry-After of a day at five minutes', async () => {
    // The client's own timeouts stay long enough on a clock this fast.
    const api = switchable({ timeout: 600_000, deadline: 3_600_000 });
    api.set('always-503-retry-after-day');
    await inFastTime(async () => {
      const el = await overview(api.client);
      await until(() => shownText(el).includes(m.errorServer(503)));
      api.set('ok');
      await until(() => table(el), 8000);
      const [waited] = gaps(api.sent);
      expect(waited).to.be.at.least(300_000);
      expect(waited).to.be.below(86_400_000);
    }, 100);
  });

  it('tries at once when the browser comes back online', async () => {
    // Real time, and a retry asked for tomorrow: only the online event brings it in time.
    const api = switchable();
    api.set('always-503-retry-after-day');
    const el = await overview(api.client);
    await until(() => shownText(el).includes(m.errorServer(503)));
    api.set('ok');
    dispatchEvent(new Event('online'));
    await until(() => table(el));
    expect(api.sent.map((s) => s.fault)).to.deep.equal(['always-503-retry-after-day', 'ok']);
  });

  it('does not retry while the page is hidden, and does when it is shown again', async () => {
    const api = switchable();
    api.set('reset');
    // The tab in the background (the page's own property hides the prototype's, until deleted).
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    try {
      await inFastTime(async () => {
        const el = await overview(api.client);
        await until(() => shownText(el).includes(m.errorNetwork));
        // Past the longest first wait (5 s) on the clock: the retry was due, and held back.
        await clockPasses(6000);
        expect(api.sent.length).to.equal(1);
        api.set('ok');
        delete (document as { hidden?: boolean }).hidden;
        document.dispatchEvent(new Event('visibilitychange'));
        await until(() => table(el));
        expect(api.sent.length).to.equal(2);
      });
    } finally {
      delete (document as { hidden?: boolean }).hidden;
    }
  });

  it('keeps a stale copy on screen while the API is down, and refreshes it once back', async () => {
    const api = switchable();
    const first = await overview(api.client);
    await until(() => table(first));
    first.remove();
    api.set('always-503');
    await inFastTime(async () => {
      const el = await overview(api.client);
      // The copy from the cache, said to be one.
      await until(() => table(el) && shownText(el).includes('the server cannot be reached'));
      await expectAccessible(el, 'stale overview');
      const gone: string[] = [];
      const watching = watch(el, () => {
        if (!table(el)) gone.push(shownText(el));
      });
      api.set('ok');
      await until(() => !shownText(el).includes('the server cannot be reached'), 10_000);
      watching.stop();
      expect(gone, 'the table never left the screen').to.deep.equal([]);
      expect(table(el)).to.exist;
    });
  });

  it('stops once the element has left the page', async () => {
    const api = switchable();
    api.set('reset');
    await inFastTime(async () => {
      const el = await overview(api.client);
      await until(() => shownText(el).includes(m.errorNetwork));
      el.remove();
      await clockPasses(12_000);
      expect(api.sent.length).to.equal(1);
    });
  });

  it('does not retry what would fail again (404)', async () => {
    const api = switchable();
    api.set('not-found');
    await inFastTime(async () => {
      const el = await overview(api.client);
      await until(() => shownText(el).includes(m.unknownRegion('32')));
      expect(el.shadowRoot!.querySelector('[part="retry"]')).to.equal(null);
      await clockPasses(12_000);
      expect(api.sent.length).to.equal(1);
    });
  });
});

describeNoPageErrors('Loader', pageErrors);
