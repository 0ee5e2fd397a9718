// What every element shares, in Chromium: registration that tolerates a second
// copy, a layout host-page CSS cannot break, dark mode, and strict CSP.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { API_URL } from '/__spbe/env.js';
import type { SpbeAgreementBadge } from '../agreement-badge/agreement-badge.js';
import '../agreement-badge/define.js';
import { MESSAGES } from '../agreement-badge/messages.js';
import { expectAccessible } from '../testing/axe.js';
import { strictCspFrame } from '../testing/csp-frame.js';
import { until } from '../testing/wait.js';
import { defineElement } from './define.js';

afterEach(() => fixtureCleanup());

async function badge(extra = ''): Promise<SpbeAgreementBadge> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<spbe-agreement-badge region="32.73" base-url="${API_URL}" ${extra}></spbe-agreement-badge>`;
  const el = wrapper.firstElementChild as SpbeAgreementBadge;
  await until(() => el.status !== undefined);
  return el;
}

describe('registration', () => {
  it('skips a tag the same version defined, and warns (never throws) for another', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const before = customElements.get('spbe-agreement-badge');
      defineElement('spbe-agreement-badge', class extends HTMLElement {});
      expect(customElements.get('spbe-agreement-badge')).to.equal(before);
      expect(warnings).to.deep.equal([], 'the same version is skipped quietly');

      const other = class extends HTMLElement {};
      customElements.define('x-taken-widget', other);
      defineElement('x-taken-widget', class extends HTMLElement {});
      expect(customElements.get('x-taken-widget')).to.equal(other);
      expect(String(warnings[0]?.[0])).to.match(
        /<x-taken-widget> is already defined by another script/,
      );
    } finally {
      console.warn = warn;
    }
  });

  it('importing the define module again changes nothing', async () => {
    const before = customElements.get('spbe-agreement-badge');
    await import(`../agreement-badge/define.ts?again=${Date.now()}`);
    expect(customElements.get('spbe-agreement-badge')).to.equal(before);
  });
});

describe('host-page CSS cannot break the layout', () => {
  const HOSTILE = [
    '* { all: unset !important; }',
    'div, span, p, ul, li, dl { display: none !important; }',
    'html, body, * { font-size: 40px !important; line-height: 0.5 !important; }',
    '* { color: transparent !important; background: red !important; }',
  ];
  for (const rules of HOSTILE) {
    it(rules, async () => {
      const style = document.createElement('style');
      style.textContent = rules;
      document.head.append(style);
      // Straight in <body>: the rules would hide a test wrapper <div> (page content, not ours).
      const el = document.createElement('spbe-agreement-badge');
      el.setAttribute('region', '32.73');
      el.setAttribute('program', 'spbe-infrastructure');
      el.setAttribute('lang', 'id');
      el.setAttribute('base-url', API_URL);
      document.body.append(el);
      try {
        await until(() => el.status !== undefined);
        const pill = el.shadowRoot!.querySelector<HTMLElement>('.pill')!;
        const box = pill.getBoundingClientRect();
        expect(box.width, 'the pill is laid out').to.be.greaterThan(20);
        expect(box.height).to.be.greaterThan(8);
        expect(getComputedStyle(pill).display).to.equal('inline-flex');
        expect(getComputedStyle(pill).color).to.not.equal('rgba(0, 0, 0, 0)');
        expect(pill.textContent).to.include(MESSAGES.id.status[el.status!]);
      } finally {
        style.remove();
        el.remove();
      }
    });
  }
});

describe("a theme's type settings stop at the element", () => {
  it('italic, light, uppercase, letter- and word-spaced, indented, justified body text: none of it inside', async () => {
    const style = document.createElement('style');
    style.textContent =
      'body { font: italic 300 small-caps 20px/3 Georgia, serif; text-transform: uppercase; letter-spacing: 0.2em; word-spacing: 1em; text-indent: 3em; text-align: justify; text-shadow: 0 1px 0 #fff; }';
    document.head.append(style);
    const el = document.createElement('spbe-agreement-badge');
    el.setAttribute('region', '32.73');
    el.setAttribute('program', 'spbe-infrastructure');
    el.setAttribute('base-url', API_URL);
    document.body.append(el);
    try {
      await until(() => el.status !== undefined);
      const root = getComputedStyle(el.shadowRoot!.querySelector('.root')!);
      expect({
        fontStyle: root.fontStyle,
        fontWeight: root.fontWeight,
        fontVariant: root.fontVariantCaps,
        textTransform: root.textTransform,
        letterSpacing: root.letterSpacing,
        wordSpacing: root.wordSpacing,
        textIndent: root.textIndent,
        textAlign: root.textAlign,
      }).to.deep.equal({
        fontStyle: 'normal',
        fontWeight: '400',
        fontVariant: 'normal',
        textTransform: 'none',
        letterSpacing: 'normal',
        wordSpacing: '0px',
        textIndent: '0px',
        textAlign: 'start',
      });
      // The size still follows the page (20 px), as text a reader enlarged should.
      expect(root.fontSize).to.equal('20px');
      expect(root.textShadow).to.equal('none');
      // A --spbe-font-family that is no font family loses only the family.
      el.style.setProperty('--spbe-font-family', '16px Arial');
      const broken = getComputedStyle(el.shadowRoot!.querySelector('.root')!);
      expect([broken.fontStyle, broken.fontWeight, broken.lineHeight]).to.deep.equal([
        'normal',
        '400',
        '29px',
      ]);
    } finally {
      style.remove();
      el.remove();
    }
  });
});

describe('themes', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('follows the system dark mode, and theme="light" overrides it; both pass axe', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const dark = await badge('variant="full"');
    const root = dark.shadowRoot!.querySelector('.root')!;
    const darkText = getComputedStyle(root).color;
    await expectAccessible(dark, 'system dark');
    dark.setAttribute('theme', 'light');
    await until(() => getComputedStyle(root).color !== darkText);
    await expectAccessible(dark, 'theme=light in dark mode');
  });

  it('theme="dark" on a light system passes axe', async () => {
    const el = await badge('variant="full" theme="dark"');
    await expectAccessible(el, 'theme=dark');
  });

  it('takes --spbe-* tokens from the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="--spbe-color-text: rgb(1, 2, 3)"></div>`,
    );
    wrapper.innerHTML = `<spbe-agreement-badge region="32.73" base-url="${API_URL}"></spbe-agreement-badge>`;
    const el = wrapper.firstElementChild as SpbeAgreementBadge;
    await until(() => el.status !== undefined);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.root')!).color).to.equal('rgb(1, 2, 3)');
  });
});

describe('strict CSP and Trusted Types', () => {
  it('renders in a page without unsafe-eval or unsafe-inline, with zero violations', async () => {
    const frame = await strictCspFrame<SpbeAgreementBadge>(
      new URL('../agreement-badge/define.ts', import.meta.url).href,
      'spbe-agreement-badge',
      `<spbe-agreement-badge region="32.73" program="spbe-infrastructure" base-url="${API_URL}"></spbe-agreement-badge>`,
    );
    try {
      const el = frame.element;
      await until(() => el.status !== undefined, 10_000);
      expect(el.shadowRoot!.querySelector('.pill')!.textContent).to.include(
        MESSAGES.en.status[el.status!],
      );
      expect(frame.violations(), 'the probe ran').to.be.an('array');
      expect(frame.violations()).to.deep.equal([]);
      // And zod's compiler is off, should a later zod/mini probe for it.
      const zod = (frame.window as { __zod_globalConfig?: { jitless?: boolean } })
        .__zod_globalConfig;
      expect(zod?.jitless).to.equal(true);
    } finally {
      frame.remove();
    }
  });
});
