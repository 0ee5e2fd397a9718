// <spbe-provider> in Chromium: one API, language and theme for the elements
// inside it, and every change passed on.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { createClient } from '@spbe/sdk';
import { API_URL } from '/__spbe/env.js';
import type { SpbeAgreementBadge } from '../agreement-badge/agreement-badge.js';
import '../agreement-badge/define.js';
import { MESSAGES } from '../agreement-badge/messages.js';
import { shownText, until } from '../testing/wait.js';
import './define.js';
import { SpbeProvider } from './provider.js';

afterEach(() => fixtureCleanup());

async function providerWithBadge(attrs: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<spbe-provider ${attrs}><p><spbe-agreement-badge region="32.73" program="spbe-infrastructure"></spbe-agreement-badge></p></spbe-provider>`;
  const provider = wrapper.querySelector('spbe-provider') as SpbeProvider;
  const badge = wrapper.querySelector('spbe-agreement-badge') as SpbeAgreementBadge;
  return { provider, badge };
}

describe('<spbe-provider>', () => {
  it('gives its base-url and locale to the elements inside', async () => {
    const { badge } = await providerWithBadge(`base-url="${API_URL}" locale="en"`);
    await until(() => badge.status !== undefined);
    expect(shownText(badge)).to.include(MESSAGES.en.status[badge.status!]);
  });

  it('reaches elements defined before it (the drop-in loads tags in any order)', async () => {
    // A provider class under a tag not yet defined: the badge upgrades first and asks nobody.
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<late-spbe-provider base-url="${API_URL}"><spbe-agreement-badge region="32.73" program="spbe-infrastructure"></spbe-agreement-badge></late-spbe-provider>`;
    const badge = wrapper.querySelector('spbe-agreement-badge') as SpbeAgreementBadge;
    await badge.updateComplete;
    customElements.define('late-spbe-provider', class extends SpbeProvider {});
    await until(() => badge.status !== undefined);
    // From the provider's base-url: the page default (the test server) has no API.
    expect(shownText(badge)).to.include(MESSAGES.id.status[badge.status!]);
  });

  it("reaches elements defined before it inside a component's shadow root", async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<later-spbe-provider base-url="${API_URL}"><section></section></later-spbe-provider>`;
    const shadow = wrapper.querySelector('section')!.attachShadow({ mode: 'open' });
    shadow.innerHTML =
      '<spbe-agreement-badge region="32.73" program="spbe-infrastructure"></spbe-agreement-badge>';
    const badge = shadow.querySelector('spbe-agreement-badge') as SpbeAgreementBadge;
    await badge.updateComplete;
    customElements.define('later-spbe-provider', class extends SpbeProvider {});
    await until(() => badge.status !== undefined);
    expect(shownText(badge)).to.include(MESSAGES.id.status[badge.status!]);
  });

  it('updates the elements when its locale or base-url changes', async () => {
    const { provider, badge } = await providerWithBadge(`base-url="${API_URL}" locale="en"`);
    await until(() => badge.status !== undefined);
    const status = badge.status!;
    provider.setAttribute('locale', 'id');
    await until(() => shownText(badge).includes(MESSAGES.id.status[status]));
    provider.setAttribute('base-url', 'ftp://nowhere');
    await until(() => shownText(badge).includes(MESSAGES.id.badBaseUrl));
    provider.setAttribute('base-url', API_URL);
    await until(() => badge.status === status);
  });

  it('a nearer lang wins over the provider locale; the client property over the provider', async () => {
    const { provider, badge } = await providerWithBadge('base-url="ftp://refused" locale="en"');
    badge.setAttribute('lang', 'id');
    badge.client = createClient({ baseUrl: API_URL });
    await until(() => badge.status !== undefined);
    expect(shownText(badge)).to.include(MESSAGES.id.status[badge.status!]);
    expect(provider.locale).to.equal('en');
  });

  it('passes its theme on, and lays its children out as if it were not there', async () => {
    const { provider, badge } = await providerWithBadge(`base-url="${API_URL}" theme="dark"`);
    await until(() => badge.status !== undefined);
    const root = badge.shadowRoot!.querySelector('.root')!;
    expect(root.getAttribute('data-theme')).to.equal('dark');
    expect(getComputedStyle(provider).display).to.equal('contents');
    provider.setAttribute('theme', 'light');
    await until(() => root.getAttribute('data-theme') === 'light');
  });
});
