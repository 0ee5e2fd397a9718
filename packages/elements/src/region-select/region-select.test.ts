// <spbe-region-select> in Chromium, against the reference API (real data) and
// the fault server on other origins, plus a generated 10,000-village scope.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { createClient, type Region, type SpbeClient } from '@spbe/sdk';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import { API_URL, FAULT_URL } from '/__spbe/env.js';
import { expectAccessible } from '../testing/axe.js';
import { strictCspFrame } from '../testing/csp-frame.js';
import { gatedClient } from '../testing/gated-client.js';
import { describeNoPageErrors, recordPageErrors } from '../testing/page-errors.js';
import { shownText, until } from '../testing/wait.js';
import './define.js';
import { MESSAGES } from './messages.js';
import type { SpbeRegionSelect } from './region-select.js';

afterEach(() => fixtureCleanup());

/** Errors that reached the page (the select must never throw into it). */
const pageErrors = recordPageErrors();

/** A select in a fresh fixture (inside `wrap`'s markup when given: `<x>` is where it goes). */
async function select(
  attrs: Record<string, string>,
  props: Partial<SpbeRegionSelect> = {},
  wrap?: string,
): Promise<SpbeRegionSelect> {
  const el = document.createElement('spbe-region-select');
  Object.assign(el, props);
  if (!('base-url' in attrs) && !props.client) el.setAttribute('base-url', API_URL);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  if (wrap) {
    host.innerHTML = wrap;
    host.querySelector('x')!.replaceWith(el);
  } else host.append(el);
  return el;
}

const input = (el: SpbeRegionSelect) => el.shadowRoot!.querySelector('input')!;
const options = (el: SpbeRegionSelect) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]'),
];
const optionNames = (el: SpbeRegionSelect) =>
  options(el).map((o) => o.querySelector('.name')!.textContent!.trim());
const activeOption = (el: SpbeRegionSelect) => {
  const id = input(el).getAttribute('aria-activedescendant');
  return id ? el.shadowRoot!.getElementById(id) : null;
};
const setSize = (el: SpbeRegionSelect) => Number(options(el)[0]?.getAttribute('aria-setsize'));
const status = (el: SpbeRegionSelect) =>
  el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const message = (el: SpbeRegionSelect) =>
  el.shadowRoot!.querySelector('[part="message"]')!.textContent!.replace(/\s+/g, ' ').trim();
const expanded = (el: SpbeRegionSelect) => input(el).getAttribute('aria-expanded') === 'true';
/** Waits for the scope to load (after any pending update, so a load just started counts). */
const loaded = async (el: SpbeRegionSelect) => {
  await el.updateComplete;
  await until(
    () => el.shadowRoot?.querySelector('#listbox')?.getAttribute('aria-busy') === 'false',
  );
};

/** Focuses the text box and types `text` as a person would. */
async function type(el: SpbeRegionSelect, text: string): Promise<void> {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}
/** Presses `key`, with a modifier held for `Alt+ArrowDown` and the like. */
async function press(el: SpbeRegionSelect, key: string): Promise<void> {
  const [modifier, main] = key.includes('+') ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  await sendKeys({ press: main! });
  if (modifier) await sendKeys({ up: modifier });
  await el.updateComplete;
}

/** Events the select fires, by type. */
function record(el: EventTarget): string[] {
  const seen: string[] = [];
  for (const type of ['input', 'change']) el.addEventListener(type, () => seen.push(type));
  return seen;
}

describe('<spbe-region-select>: scope', () => {
  it('level="regency" parent="32" offers West Java\'s 27 regencies and cities, by name', async () => {
    const el = await select({ level: 'regency', parent: '32' });
    await loaded(el);
    input(el).focus();
    await press(el, 'ArrowDown');
    expect(expanded(el)).to.equal(true);
    expect(setSize(el)).to.equal(27);
    const names = optionNames(el);
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'id')));
    // The parent of the whole scope is not repeated on every option.
    expect(options(el)[0]!.querySelector('[part="context"]')).to.equal(null);
  });

  it('without level, the level below parent; without parent, the provinces', async () => {
    const districts = await select({ parent: '32.73' });
    const provinces = await select({});
    await Promise.all([loaded(districts), loaded(provinces)]);
    await type(districts, 'cibiru');
    expect(optionNames(districts)[0]).to.equal('Cibiru');
    await type(provinces, 'jawa');
    expect(optionNames(provinces)).to.include.members(['Jawa Barat', 'Jawa Tengah', 'Jawa Timur']);
  });

  it('typing searches with context and highlight: "cibiru" → Cibiru, Kota Bandung', async () => {
    const el = await select({ level: 'district', parent: '32' });
    await loaded(el);
    await type(el, 'cibiru');
    const [first] = options(el);
    expect(first!.querySelector('.name')!.textContent).to.equal('Cibiru');
    expect(first!.querySelector('mark')!.textContent).to.equal('Cibiru');
    expect(first!.querySelector('[part="context"]')!.textContent).to.equal('Kota Bandung');
    expect(first!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Cibiru, Kota Bandung');
  });

  it('a typo finds the village: "cigendng" → Cigending, Ujungberung', async () => {
    const el = await select({ level: 'village', parent: '32.73' });
    await loaded(el);
    await type(el, 'cigendng');
    expect(optionNames(el)).to.include('Cigending');
    expect(options(el)[0]!.querySelector('[part="context"]')!.textContent).to.equal('Ujungberung');
  });

  it('a village scope loads in one request per level (districts, villages), and a second select reuses them', async () => {
    performance.setResourceTimingBufferSize(1000);
    performance.clearResourceTimings();
    const client = createClient({ baseUrl: API_URL });
    const el = await select({ level: 'village', parent: '32.73' }, { client });
    await loaded(el);
    const urls = () =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((u) => u.startsWith(API_URL));
    expect(urls().map((u) => new URL(u).pathname + new URL(u).search)).to.have.members([
      '/v1/regions/32.73/children',
      '/v1/regions/32.73/descendants?level=village',
    ]);
    const again = await select({ level: 'village', parent: '32.73' }, { client });
    await loaded(again);
    await type(again, 'cibiru');
    expect(urls()).to.have.length(2);
  });
});

describe('<spbe-region-select>: keyboard (APG editable combobox, list autocomplete)', () => {
  async function westJava(attrs: Record<string, string> = {}) {
    const el = await select({ level: 'regency', parent: '32', ...attrs });
    await loaded(el);
    input(el).focus();
    return el;
  }

  it('Down Arrow (closed): opens and moves visual focus to the first option', async () => {
    const el = await westJava();
    await press(el, 'ArrowDown');
    expect(expanded(el)).to.equal(true);
    expect(activeOption(el)?.getAttribute('aria-posinset')).to.equal('1');
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
  });

  it('Down Arrow (open): the next option, from the last back to the first', async () => {
    const el = await westJava();
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(activeOption(el)?.getAttribute('aria-posinset')).to.equal('2');
    await press(el, 'ArrowUp');
    await press(el, 'ArrowUp');
    expect(activeOption(el)?.getAttribute('aria-posinset')).to.equal('27');
    await press(el, 'ArrowDown');
    expect(activeOption(el)?.getAttribute('aria-posinset')).to.equal('1');
  });

  it('Up Arrow (closed): opens and moves visual focus to the last option', async () => {
    const el = await westJava();
    await press(el, 'ArrowUp');
    expect(expanded(el)).to.equal(true);
    expect(activeOption(el)?.getAttribute('aria-posinset')).to.equal('27');
    expect(activeOption(el)?.hasAttribute('data-active')).to.equal(true);
  });

  it('Alt+Down Arrow: opens without moving visual focus into the list', async () => {
    const el = await westJava();
    await press(el, 'Alt+ArrowDown');
    expect(expanded(el)).to.equal(true);
    expect(activeOption(el)).to.equal(null);
  });

  it('Alt+Up Arrow: closes, focus stays in the text box, nothing chosen', async () => {
    const el = await westJava();
    await press(el, 'ArrowDown');
    await press(el, 'Alt+ArrowUp');
    expect(expanded(el)).to.equal(false);
    expect(input(el).hasAttribute('aria-activedescendant')).to.equal(false);
    expect(el.value).to.equal('');
  });

  it('Home / End: back to the text, caret at its start / end', async () => {
    const el = await westJava();
    await type(el, 'kota');
    await press(el, 'ArrowDown');
    expect(activeOption(el)).to.not.equal(null);
    await press(el, 'Home');
    expect(activeOption(el)).to.equal(null);
    expect(input(el).selectionStart).to.equal(0);
    await press(el, 'ArrowDown');
    await press(el, 'End');
    expect(activeOption(el)).to.equal(null);
    expect(input(el).selectionStart).to.equal(4);
    expect(input(el).value).to.equal('kota');
  });

  it('Page Down / Page Up: ten options at a time, stopping at the ends', async () => {
    const el = await westJava();
    await press(el, 'ArrowDown');
    await press(el, 'PageDown');
    expect(activeOption(el)?.getAttribute('aria-posinset')).to.equal('11');
    await press(el, 'PageDown');
    await press(el, 'PageDown');
    expect(activeOption(el)?.getAttribute('aria-posinset')).to.equal('27');
    await press(el, 'PageUp');
    expect(activeOption(el)?.getAttribute('aria-posinset')).to.equal('17');
    await press(el, 'PageUp');
    await press(el, 'PageUp');
    expect(activeOption(el)?.getAttribute('aria-posinset')).to.equal('1');
  });

  it('Enter: chooses the option with visual focus, fires input then change, closes', async () => {
    const el = await westJava();
    const seen = record(el);
    await type(el, 'kota bandung');
    expect(seen, 'typing alone fires nothing').to.deep.equal([]);
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    await until(() => seen.length === 2);
    expect(seen).to.deep.equal(['input', 'change']);
    expect(el.value).to.equal('32.73');
    expect(el.region?.name).to.equal('Kota Bandung');
    expect(input(el).value).to.equal('Kota Bandung');
    expect(expanded(el)).to.equal(false);
  });

  it('Enter with no option focused chooses nothing', async () => {
    const el = await westJava();
    await type(el, 'bandung');
    await press(el, 'Enter');
    expect(el.value).to.equal('');
  });

  it('Escape: closes the list, then a second Escape clears the text and the value', async () => {
    const el = await westJava({ value: '32.73' });
    await until(() => input(el).value === 'Kota Bandung');
    const seen = record(el);
    input(el).focus();
    await press(el, 'ArrowDown');
    expect(activeOption(el)?.textContent).to.include('Kota Bandung');
    await press(el, 'Escape');
    expect(expanded(el)).to.equal(false);
    expect(el.value).to.equal('32.73');
    await press(el, 'Escape');
    expect(input(el).value).to.equal('');
    expect(el.value).to.equal('');
    await until(() => seen.length === 2);
  });

  it('Tab: leaves without choosing what has visual focus, no focus trap', async () => {
    const el = await select(
      { level: 'regency', parent: '32' },
      {},
      '<button id="before">before</button><x></x><button id="after">after</button>',
    );
    await loaded(el);
    await type(el, 'garut');
    await press(el, 'ArrowDown');
    await press(el, 'Tab');
    expect(document.activeElement?.id).to.equal('after');
    expect(el.value).to.equal('');
    expect(input(el).value, 'unchosen text does not stay').to.equal('');
    await press(el, 'Shift+Tab');
    await press(el, 'Shift+Tab');
    expect(document.activeElement?.id).to.equal('before');
  });

  it('typing: filters, opens, no option focused until an arrow key', async () => {
    const el = await westJava();
    await type(el, 'tasik');
    expect(expanded(el)).to.equal(true);
    expect(activeOption(el)).to.equal(null);
    expect(optionNames(el).slice(0, 2).sort()).to.deep.equal([
      'Kabupaten Tasikmalaya',
      'Kota Tasikmalaya',
    ]);
  });

  it('Left / Right Arrow: back to editing the text', async () => {
    const el = await westJava();
    await type(el, 'bogor');
    await press(el, 'ArrowDown');
    await press(el, 'ArrowLeft');
    expect(activeOption(el)).to.equal(null);
    expect(input(el).selectionStart).to.equal(4);
  });

  it('Enter with the list closed submits the form, as a text field does', async () => {
    const el = await select(
      { level: 'regency', parent: '32', name: 'kota', value: '32.73' },
      {},
      '<form><x></x></form>',
    );
    await loaded(el);
    const form = el.closest('form')!;
    let submitted: FormData | undefined;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted = new FormData(form);
    });
    input(el).focus();
    await press(el, 'Enter');
    await until(() => submitted);
    expect(submitted!.get('kota')).to.equal('32.73');
  });
});

describe('<spbe-region-select>: pointer and touch', () => {
  it('the toggle opens the list, a click chooses, targets are at least 24 px', async () => {
    const el = await select({ level: 'regency', parent: '32' });
    await loaded(el);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    toggle.click();
    await el.updateComplete;
    expect(expanded(el)).to.equal(true);
    expect(el.shadowRoot!.activeElement, 'the text box has focus').to.equal(input(el));
    await type(el, 'cimahi');
    const target = options(el).find((o) => o.textContent!.includes('Kota Cimahi'))!;
    for (const box of [toggle, target, input(el)].map((e) => e.getBoundingClientRect())) {
      expect(box.height).to.be.at.least(24);
      expect(box.width).to.be.at.least(24);
    }
    const seen = record(el);
    target.click();
    await until(() => seen.length === 2);
    expect(el.value).to.equal('32.77');
    expect(expanded(el)).to.equal(false);
  });
});

describe('<spbe-region-select>: many options', () => {
  it("West Java's 5,957 villages: thousands never become thousands of nodes", async () => {
    const el = await select({ level: 'village', parent: '32' });
    await loaded(el);
    input(el).focus();
    await press(el, 'ArrowDown');
    expect(setSize(el)).to.be.above(5000);
    expect(options(el).length).to.be.at.most(40);
    await press(el, 'ArrowUp');
    expect(activeOption(el)?.getAttribute('aria-posinset')).to.equal(String(setSize(el)));
    expect(options(el).length).to.be.at.most(40);
  });

  it('a 10,000-village scope: bounded nodes, scrolling renders the rows in view', async () => {
    const el = await select({ level: 'village', parent: '32.73' }, { client: generatedClient() });
    await loaded(el);
    input(el).focus();
    await press(el, 'ArrowDown');
    expect(setSize(el)).to.equal(10_000);
    expect(options(el).length).to.be.at.most(40);
    const listbox = el.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
    listbox.scrollTop = listbox.scrollHeight / 2;
    await until(() =>
      options(el).some((o) => Math.abs(Number(o.getAttribute('aria-posinset')) - 5000) < 20),
    );
    const box = listbox.getBoundingClientRect();
    const middle = el.shadowRoot!.elementFromPoint(box.x + 20, box.y + box.height / 2);
    expect(middle?.closest('[role="option"]'), 'a row is painted where the list shows').to.exist;
    expect(options(el).length).to.be.at.most(40);
    await type(el, 'suka');
    expect(options(el).length).to.be.within(1, 40);
  });

  it('a parent changed quickly: earlier scopes are aborted, only the last one shows', async () => {
    const started: string[] = [];
    const aborted: string[] = [];
    const client = createClient({
      baseUrl: API_URL,
      // A slow API: each answer comes after 300 ms.
      fetch: async (input, init) => {
        const path = new URL(input instanceof Request ? input.url : String(input)).pathname;
        const signal = input instanceof Request ? input.signal : init?.signal;
        started.push(path);
        signal?.addEventListener('abort', () => aborted.push(path));
        await new Promise((r) => setTimeout(r, 300));
        return fetch(input, init);
      },
    });
    const el = await select({ level: 'village', parent: '32.01' }, { client });
    const inFlight = () => new Promise((r) => setTimeout(r, 60));
    await inFlight();
    el.parent = '32.04';
    await inFlight();
    el.parent = '32.73';
    await loaded(el);
    const stale = ['32.01', '32.04'].flatMap((code) => [
      `/v1/regions/${code}/children`,
      `/v1/regions/${code}/descendants`,
    ]);
    expect(started).to.include.members(stale);
    expect(aborted).to.have.members(stale);
    await type(el, 'cigending');
    expect(options(el).every((o) => o.dataset.code!.startsWith('32.73.'))).to.equal(true);
    expect(optionNames(el)[0]).to.equal('Cigending');
  });

  it("typing fast: only the last query's results are shown", async () => {
    const el = await select({ level: 'district', parent: '32' });
    await loaded(el);
    await type(el, 'sukaraja');
    const names = optionNames(el);
    expect(names[0]).to.equal('Sukaraja');
    expect(names.every((n) => /suka|raja/i.test(n))).to.equal(true);
  });
});

describe('<spbe-region-select>: edge cases', () => {
  it('opening onto a value far down the list: that option is rendered, focused and in view', async () => {
    const el = await select({ level: 'village', parent: '32', value: '32.79.04.1004' });
    await loaded(el);
    input(el).focus();
    await press(el, 'ArrowDown');
    await until(() => activeOption(el)?.dataset.code === '32.79.04.1004');
    const listbox = el
      .shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!
      .getBoundingClientRect();
    const row = activeOption(el)!.getBoundingClientRect();
    expect(row.top).to.be.at.least(listbox.top - 1);
    expect(row.bottom).to.be.at.most(listbox.bottom + 1);
  });

  it('Page Down with no option focused goes to the tenth', async () => {
    const el = await select({ level: 'regency', parent: '32' });
    await loaded(el);
    input(el).focus();
    await press(el, 'Alt+ArrowDown');
    await press(el, 'PageDown');
    expect(activeOption(el)?.getAttribute('aria-posinset')).to.equal('10');
  });

  it('disabled while the list is open: the list closes and nothing can be chosen', async () => {
    const el = await select({ level: 'regency', parent: '32' });
    await loaded(el);
    const seen = record(el);
    await type(el, 'garut');
    const option = options(el)[0]!;
    el.disabled = true;
    await el.updateComplete;
    expect(expanded(el)).to.equal(false);
    option.click();
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(seen).to.deep.equal([]);
  });

  it('moved in the page while loading: the load starts again and finishes', async () => {
    const { client, release } = gatedClient();
    const el = await select({ level: 'regency', parent: '32' }, { client });
    const other = document.createElement('div');
    el.parentElement!.append(other);
    other.append(el); // disconnect + connect: the first load is aborted
    release();
    await loaded(el);
    await type(el, 'garut');
    expect(optionNames(el)[0]).to.equal('Kabupaten Garut');
  });

  it('the same count after another query is announced again (the live region empties first)', async () => {
    const el = await select({ level: 'regency', parent: '32' });
    await loaded(el);
    await type(el, 'tasik');
    await until(() => status(el) === MESSAGES.id.found(2, false), 2000);
    const texts: string[] = [];
    const region = el.shadowRoot!.querySelector('[role="status"]')!;
    const observer = new MutationObserver(() => texts.push(region.textContent!.trim()));
    observer.observe(region, { subtree: true, childList: true, characterData: true });
    await press(el, 'Backspace');
    await sendKeys({ type: 'k' });
    await until(() => texts.at(-1) === MESSAGES.id.found(2, false), 2000);
    observer.disconnect();
    expect(texts).to.include('');
  });

  it('a parent given for the first time clears a value that is not under it', async () => {
    const el = await select({ level: 'regency', value: '31.71' });
    const seen = record(el);
    el.parent = '32';
    await el.updateComplete;
    expect(el.value).to.equal('');
    await until(() => seen.length === 2);
  });
});

describe('<spbe-region-select>: names and announcements', () => {
  it("the page's <label for> names the combobox in the accessibility tree", async () => {
    const el = await select(
      { level: 'regency', parent: '32', id: 'tinggal' },
      {},
      '<label for="tinggal">Kota tempat tinggal</label><x></x>',
    );
    await loaded(el);
    const snapshot = await a11ySnapshot({});
    expect(
      findAccessibilityNode(
        snapshot as never,
        (n: { role?: string; name?: string }) =>
          n.role === 'combobox' && n.name === 'Kota tempat tinggal',
      ),
    ).to.exist;
    (document.querySelector('label[for="tinggal"]') as HTMLElement).click();
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
  });

  it('a wrapping <label> names it; so does the label attribute', async () => {
    const wrapped = await select(
      { level: 'regency', parent: '32' },
      {},
      '<label>Kabupaten asal <x></x></label>',
    );
    const labelled = await select({ level: 'regency', parent: '32', label: 'Domisili' });
    await Promise.all([loaded(wrapped), loaded(labelled)]);
    const snapshot = await a11ySnapshot({});
    for (const name of ['Kabupaten asal', 'Domisili']) {
      expect(
        findAccessibilityNode(
          snapshot as never,
          (n: { role?: string; name?: string }) => n.role === 'combobox' && n.name === name,
        ),
        name,
      ).to.exist;
    }
  });

  for (const lang of ['id', 'en'] as const) {
    it(`announces result counts politely (${lang})`, async () => {
      const el = await select({ level: 'regency', parent: '32', lang });
      await loaded(el);
      await type(el, 'tasik');
      const m = MESSAGES[lang];
      await until(() => status(el) === m.found(2, false), 2000);
      await sendKeys({ type: 'xqz' });
      await until(() => status(el) === m.noResults, 2000);
      expect(shownText(el)).to.include(m.noResultsHelp);
      expect(el.shadowRoot!.querySelector('[role="status"]')).to.exist;
    });
  }
});

describe('<spbe-region-select>: forms', () => {
  async function inForm(attrs: Record<string, string>, markup = '<form><x></x></form>') {
    const el = await select({ level: 'regency', parent: '32', name: 'kota', ...attrs }, {}, markup);
    await loaded(el);
    return { el, form: el.closest('form')! };
  }

  it('name and value appear in FormData; the chosen region is `region`', async () => {
    const { el, form } = await inForm({ value: '32.73' });
    expect(new FormData(form).get('kota')).to.equal('32.73');
    expect(el.region).to.deep.include({ code: '32.73', name: 'Kota Bandung' });
    expect(input(el).value).to.equal('Kota Bandung');
  });

  for (const lang of ['id', 'en'] as const) {
    it(`required: invalid until chosen, with a message in the page language (${lang})`, async () => {
      const { el, form } = await inForm({ required: '', lang });
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal(
        MESSAGES[lang].valueMissing(MESSAGES[lang].level.regency),
      );
      expect(form.checkValidity()).to.equal(false);
      expect(form.reportValidity()).to.equal(false);
      await el.updateComplete;
      expect(input(el).getAttribute('aria-invalid')).to.equal('true');
      expect(message(el)).to.equal(el.validationMessage);
      await type(el, 'garut');
      await press(el, 'ArrowDown');
      await press(el, 'Enter');
      expect(el.validity.valid).to.equal(true);
      expect(new FormData(form).get('kota')).to.equal('32.05');
      expect(input(el).hasAttribute('aria-invalid')).to.equal(false);
    });
  }

  it('required but waiting for its parent: not validated (as a disabled native select) until the parent comes', async () => {
    const { el, form } = await inForm({ required: '', level: 'district', parent: '' });
    expect(el.validity.valid).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
    el.parent = '32.73';
    await loaded(el);
    expect(el.validity.valueMissing).to.equal(true);
    expect(form.checkValidity()).to.equal(false);
  });

  it('form.reset() restores the initial value', async () => {
    const { el, form } = await inForm({ value: '32.73' });
    input(el).select();
    await type(el, 'garut');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    expect(el.value).to.equal('32.05');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('32.73');
    expect(input(el).value).to.equal('Kota Bandung');
    expect(new FormData(form).get('kota')).to.equal('32.73');
  });

  it('disabled, or in a disabled fieldset: not editable, left out of the form', async () => {
    const { el, form } = await inForm(
      { value: '32.73' },
      '<form><fieldset><x></x></fieldset></form>',
    );
    el.disabled = true;
    await el.updateComplete;
    expect(input(el).disabled).to.equal(true);
    expect(new FormData(form).has('kota')).to.equal(false);
    await expectAccessible(el, 'disabled');
    el.disabled = false;
    form.querySelector('fieldset')!.disabled = true;
    await until(() => input(el).disabled);
    expect(new FormData(form).has('kota')).to.equal(false);
    form.querySelector('fieldset')!.disabled = false;
    await until(() => !input(el).disabled);
    expect(new FormData(form).get('kota')).to.equal('32.73');
  });

  it('restores its state on back/forward navigation (formStateRestoreCallback)', async () => {
    const { el, form } = await inForm({});
    el.formStateRestoreCallback('32.79');
    await el.updateComplete;
    expect(el.value).to.equal('32.79');
    expect(input(el).value).to.equal('Kota Banjar');
    expect(new FormData(form).get('kota')).to.equal('32.79');
  });
});

describe('<spbe-region-select>: bad values and failures', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`a malformed value: a clear message, invalid, not submitted (${lang})`, async () => {
      const el = await select(
        { level: 'regency', parent: '32', name: 'kota', value: '32-73', lang },
        {},
        '<form><x></x></form>',
      );
      await loaded(el);
      expect(message(el)).to.equal(MESSAGES[lang].badCode('32-73'));
      expect(el.validity.customError).to.equal(true);
      expect(new FormData(el.closest('form')!).has('kota')).to.equal(false);
      expect(el.region).to.equal(undefined);
      await expectAccessible(el, 'invalid');
    });
  }

  it('a value outside the scope: says so, invalid, not submitted', async () => {
    const el = await select(
      { level: 'regency', parent: '32', name: 'kota', value: '33.74' },
      {},
      '<form><x></x></form>',
    );
    await loaded(el);
    expect(message(el)).to.equal(MESSAGES.id.outOfScope('33.74'));
    expect(el.validity.customError).to.equal(true);
    expect(new FormData(el.closest('form')!).has('kota')).to.equal(false);
  });

  const attributeCases: [string, Record<string, string>, string][] = [
    ['an unknown level', { level: 'kota', parent: '32' }, MESSAGES.en.badLevel('kota')],
    ['a malformed parent', { level: 'regency', parent: '3X' }, MESSAGES.en.badCode('3X')],
    [
      'a parent that does not exist',
      { level: 'district', parent: '32.99' },
      MESSAGES.en.unknownParent('32.99'),
    ],
    [
      'a level not below the parent',
      { level: 'regency', parent: '32.73' },
      MESSAGES.en.levelNotBelow('regency', '32.73'),
    ],
  ];
  for (const [what, attrs, expected] of attributeCases) {
    it(`${what}: a clear message, no retry`, async () => {
      const el = await select({ ...attrs, lang: 'en' });
      await until(() => message(el) === expected);
      expect(el.shadowRoot!.querySelector('[part="retry"]')).to.equal(null);
    });
  }

  it("a level named as every object's own members (constructor, __proto__): refused, no throw, even when required", async () => {
    for (const level of ['constructor', '__proto__']) {
      const before = pageErrors.length;
      const el = await select({ level, required: '', lang: 'en' }, {}, '<form><x></x></form>');
      await until(() => message(el) === MESSAGES.en.badLevel(level));
      await el.updateComplete;
      expect(pageErrors.slice(before).map(String), level).to.deep.equal([]);
      // Named by the fallback level, not by whatever the object had under that name.
      expect(input(el).getAttribute('aria-label')).to.equal(MESSAGES.en.level.regency);
      expect(el.validationMessage).to.equal(MESSAGES.en.valueMissing(MESSAGES.en.level.regency));
    }
  });

  it('properties set by scripts to null, numbers or objects: no throw, sensible states', async () => {
    const el = await select({ level: 'regency', parent: '32', lang: 'en' });
    await loaded(el);
    for (const [prop, bad] of [
      ['value', null],
      ['label', null],
      ['placeholder', 42],
      ['parent', 32],
      ['level', { toString: () => 'regency' }],
      ['value', 3273],
    ] as const) {
      (el as unknown as Record<string, unknown>)[prop] = bad;
      await el.updateComplete;
    }
    await loaded(el);
    expect(message(el)).to.equal(MESSAGES.en.badCode('3273'));
    el.value = null as unknown as string;
    await el.updateComplete;
    expect(el.validity.valid).to.equal(true);
    await type(el, 'garut');
    expect(optionNames(el)[0]).to.equal('Kabupaten Garut');
    expect(input(el).getAttribute('aria-label')).to.equal(MESSAGES.en.level.regency);
  });

  it('the API failing: an error with retry that recovers; axe passes', async () => {
    let fail = true;
    const client = createClient({
      baseUrl: API_URL,
      retry: 0,
      fetch: (input, init) =>
        fail ? Promise.resolve(new Response('oops', { status: 503 })) : fetch(input, init),
    });
    const el = await select({ level: 'regency', parent: '32', lang: 'en' }, { client });
    await until(() => el.shadowRoot!.querySelector('[part="retry"]'));
    expect(message(el)).to.include(MESSAGES.en.errorRegions);
    await expectAccessible(el, 'error');
    fail = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await loaded(el);
    await type(el, 'garut');
    expect(optionNames(el)[0]).to.equal('Kabupaten Garut');
  });

  it('the API down from the start (fault server): error, retry, no uncaught error', async () => {
    const el = await select({
      level: 'regency',
      parent: '32',
      'base-url': `${FAULT_URL}/server-error-html/${crypto.randomUUID()}`,
    });
    await until(() => el.shadowRoot!.querySelector('[part="retry"]'), 8000);
    expect(message(el)).to.include(MESSAGES.id.errorRegions);
  });

  it('loading: busy, and says so in the open list; axe passes', async () => {
    const { client, release } = gatedClient();
    const el = await select({ level: 'regency', parent: '32' }, { client });
    input(el).focus();
    await press(el, 'ArrowDown');
    expect(shownText(el)).to.include(MESSAGES.id.loadingRegions);
    await expectAccessible(el, 'loading');
    release();
    await loaded(el);
  });
});

describe('<spbe-region-select>: cascading', () => {
  it('province → regency → district → village: each parent follows the value above; a new province clears the chain', async () => {
    const host = await fixture<HTMLFormElement>(html`<form>
      <spbe-region-select name="provinsi" level="province" base-url=${API_URL}></spbe-region-select>
      <spbe-region-select name="kota" level="regency" parent="" base-url=${API_URL}></spbe-region-select>
      <spbe-region-select name="kecamatan" level="district" parent="" base-url=${API_URL}></spbe-region-select>
      <spbe-region-select name="desa" level="village" parent="" base-url=${API_URL}></spbe-region-select>
    </form>`);
    const chain = [...host.querySelectorAll('spbe-region-select')];
    chain.forEach((el, i) => {
      const next = chain[i + 1];
      if (next) el.addEventListener('change', () => (next.parent = el.value));
    });
    const [province, regency, district, village] = chain as [
      SpbeRegionSelect,
      SpbeRegionSelect,
      SpbeRegionSelect,
      SpbeRegionSelect,
    ];
    await loaded(village);
    expect(input(regency).disabled, 'waits for a province').to.equal(true);
    expect(message(regency)).to.equal(MESSAGES.id.chooseParentFirst(MESSAGES.id.level.province));
    const pick = async (el: SpbeRegionSelect, text: string) => {
      await until(() => !input(el).disabled);
      await loaded(el);
      await type(el, text);
      await press(el, 'ArrowDown');
      await press(el, 'Enter');
    };
    await pick(province, 'jabar');
    expect(province.value).to.equal('32');
    await pick(regency, 'kota bandung');
    await pick(district, 'cibiru');
    await pick(village, 'cisurupan');
    expect(Object.fromEntries(new FormData(host))).to.deep.equal({
      provinsi: '32',
      kota: '32.73',
      kecamatan: district.value,
      desa: village.value,
    });
    expect(village.value.startsWith(`${district.value}.`)).to.equal(true);
    // A new province: everything below clears, and waits again.
    await pick(province, 'jawa tengah');
    await until(() => regency.value === '' && district.value === '' && village.value === '');
    expect(regency.parent).to.equal('33');
    await until(() => input(district).disabled && input(village).disabled);
    expect([...new FormData(host).keys()]).to.deep.equal(['provinsi']);
  });
});

describe('<spbe-region-select>: accessibility', () => {
  it('closed, open with a choice, and with no results: zero axe violations', async () => {
    const el = await select({ level: 'district', parent: '32.73', label: 'Kecamatan' });
    await loaded(el);
    await expectAccessible(el, 'closed');
    await type(el, 'cib');
    await press(el, 'ArrowDown');
    await expectAccessible(el, 'open');
    await type(el, 'qqqzzz');
    await expectAccessible(el, 'no results');
    for (const lang of ['en'] as const) {
      el.setAttribute('lang', lang);
      await el.updateComplete;
      await expectAccessible(el, lang);
    }
  });

  it('dark theme: the open list passes axe (contrast included)', async () => {
    const el = await select({ level: 'regency', parent: '32', theme: 'dark' });
    await loaded(el);
    input(el).focus();
    await press(el, 'ArrowDown');
    await expectAccessible(el, 'dark open');
  });
});

/** A client whose scope 32.73 has 50 districts × 200 villages = 10,000, with made-up names. */
function generatedClient(): SpbeClient {
  const syllables = [
    'su',
    'ka',
    'ma',
    'ju',
    'ci',
    'ba',
    'ru',
    'ja',
    'ya',
    'sa',
    'ri',
    'wa',
    'ngi',
    'te',
    'lu',
  ];
  let seed = 7;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const name = () => {
    const n = 2 + Math.floor(random() * 3);
    const word = Array.from(
      { length: n },
      () => syllables[Math.floor(random() * syllables.length)],
    ).join('');
    return word[0]!.toUpperCase() + word.slice(1);
  };
  const districts: Region[] = [];
  const villages: Region[] = [];
  for (let d = 1; d <= 50; d++) {
    const code = `32.73.${String(d).padStart(2, '0')}`;
    districts.push({ code, name: name(), level: 'district', parentCode: '32.73' });
    for (let v = 1; v <= 200; v++) {
      villages.push({
        code: `${code}.${1000 + v}`,
        name: `${name()} ${name()}`,
        level: 'village',
        parentCode: code,
        kind: 'kelurahan',
      });
    }
  }
  const real = createClient({ baseUrl: API_URL });
  return {
    ...real,
    regions: {
      ...real.regions,
      children: async (code) => (code === '32.73' ? districts : real.regions.children(code)),
      descendants: async (code, options) =>
        code === '32.73' && options.level === 'village'
          ? villages
          : real.regions.descendants(code, options),
    },
  };
}

describe('<spbe-region-select>: strict CSP and Trusted Types', () => {
  it('opens, scrolls and chooses in a page without unsafe-inline or unsafe-eval, with zero violations', async () => {
    const frame = await strictCspFrame<SpbeRegionSelect>(
      new URL('./define.ts', import.meta.url).href,
      'spbe-region-select',
      `<spbe-region-select level="regency" parent="32" base-url="${API_URL}"></spbe-region-select>`,
      'id',
    );
    try {
      const el = frame.element;
      await until(
        () => el.shadowRoot?.querySelector('#listbox')?.getAttribute('aria-busy') === 'false',
        10_000,
      );
      input(el).focus();
      await press(el, 'ArrowUp');
      await until(() => activeOption(el));
      const listbox = el.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
      expect(listbox.scrollTop, 'scrolled to the last option').to.be.above(0);
      await press(el, 'Enter');
      expect(el.value).to.match(/^32\.\d\d$/);
      expect(frame.violations(), 'the probe ran').to.be.an('array');
      expect(frame.violations()).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describeNoPageErrors('<spbe-region-select>', pageErrors);
