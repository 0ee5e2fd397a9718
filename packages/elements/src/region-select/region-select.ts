import { isRegionCode, REGION_LEVELS, type Region, type RegionLevel } from '@spbe/sdk';
import {
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { live } from 'lit/directives/live.js';
import { SpbeElement } from '../internal/base.js';
import { AttributeProblem, describeFailure } from '../internal/errors.js';
import { formatAge } from '../internal/format.js';
import { Loader } from '../internal/loader.js';
import { base } from '../internal/styles.js';
import { asText, marked } from '../internal/text.js';
import { MESSAGES, type SelectMessages } from './messages.js';
import { styles } from './region-select.styles.js';
import { contextOf, loadScope, type Scope } from './scope.js';

/** One row of the list: a region and what to highlight in its name. */
interface Row {
  region: Region;
  ranges: readonly (readonly [number, number])[];
}

/** Most hits a typed query lists (the best first); an empty query lists every choice. */
const LIMIT = 100;
/** Rows rendered beyond each edge of the visible part of the list. */
const OVERSCAN = 6;
/** Options Page Up and Page Down move by. */
const PAGE = 10;
/** How long typing must pause before the result count is announced, in ms. */
const ANNOUNCE_AFTER = 500;

const NO_ROWS: readonly Row[] = [];

/**
 * Picks one Indonesian region (province, regency or city, district, or
 * village) by typing its name: an editable combobox with list autocomplete
 * (WAI-ARIA APG) over the regions of one `level` under one `parent`, searched
 * locally (typos, prefixes and short names such as "Jabar" work). Takes part
 * in forms like a native `<select>`: `name` and `value` (the Kemendagri code)
 * are submitted, `required` is validated, `form.reset()` restores the initial
 * value. The list stays fast with thousands of choices: only the rows in view
 * are in the DOM.
 *
 * Chaining selects (province → regency → district → village): set each
 * child's `parent` to its parent's `value` on `change`; a select whose
 * `parent` changes to a region its value is not under clears its value and
 * fires `input` and `change`, so the whole chain clears. An empty `parent`
 * (present but `""`) waits for a choice above; a missing `parent` offers
 * every region of the level in Indonesia.
 *
 * @summary An accessible, form-ready picker for Indonesian regions.
 * @tagname spbe-region-select
 *
 * @fires input - The value changed (as a native `<select>`'s `input`).
 * @fires change - The value changed (as a native `<select>`'s `change`).
 *
 * @csspart base - The wrapper of everything shown.
 * @csspart label - The visible label (from the `label` attribute).
 * @csspart input - The text box.
 * @csspart toggle - The button that shows the options.
 * @csspart listbox - The list of options.
 * @csspart option - One option.
 * @csspart context - The regions above an option ("Kota Bandung, Jawa Barat").
 * @csspart message - A hint, a problem, a loading or stale-data message.
 * @csspart retry - The button that loads again after an error.
 *
 * @cssproperty --spbe-region-select-list-height - The most the open list takes, before it scrolls (default 18rem).
 *
 * @example
 * <label for="kota">Kota/kabupaten</label>
 * <spbe-region-select id="kota" name="kota" level="regency" parent="32"></spbe-region-select>
 */
export class SpbeRegionSelect extends SpbeElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };
  static override styles = [base, styles];
  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    value: {},
    level: {},
    parent: {},
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    placeholder: {},
    label: {},
  };

  /** The name the value is submitted under. */
  name = '';

  /**
   * The chosen region's Kemendagri code (`''`: none). The `value` attribute is
   * the initial value, which `form.reset()` restores.
   */
  value = '';

  /** What is chosen: `province`, `regency`, `district` or `village`; default the level just below `parent` (`province` without one). */
  level: string | undefined;

  /** The region the choices are under (a code such as `32` or `32.73`); missing: all of Indonesia; `""`: wait for one. */
  parent: string | undefined;

  /** A value must be chosen for the form to submit. */
  required = false;

  /** Not editable, and left out of the form. */
  disabled = false;

  /** Hint shown in the empty text box (default "Ketik untuk mencari…"). */
  placeholder: string | undefined;

  /** A visible label; without it, the page's `<label for>` or wrapping `<label>` names the select. */
  label: string | undefined;

  readonly #internals: ElementInternals = this.attachInternals();
  /** What the text box holds. */
  #text = '';
  /** Whether the text is a query (typed) rather than the chosen region's name. */
  #typed = false;
  #open = false;
  /** The option with visual focus (`aria-activedescendant`), or -1. */
  #active = -1;
  #rows: readonly Row[] = NO_ROWS;
  #rowsFor: [Scope | undefined, string, boolean] | undefined;
  #scrollTop = 0;
  /** Where the list must scroll to (keyboard moves, a new query), once rendered. */
  #scrollTo: number | undefined;
  #rowHeight = 48;
  #viewport = 288;
  /** The spacers' heights above and below the rendered rows (px). */
  #padding: [number, number] = [0, 0];
  #announcement = '';
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** Show "choose a region" after a submit found none chosen. */
  #showMissing = false;
  #fieldsetDisabled = false;
  #formKey = '';
  #lastKind = '';

  #loader = new Loader<Scope | null>(this, {
    args: () => [this.#level(), this.#parent(), this.clientKey()],
    load: async (signal, stale) => {
      const level = this.#level();
      const parent = this.#parent();
      if (!REGION_LEVELS.includes(level as RegionLevel)) {
        throw new AttributeProblem<SelectMessages>((m) => m.badLevel(level));
      }
      if (parent === '') return null;
      if (parent !== null && !isRegionCode(parent)) {
        throw new AttributeProblem<SelectMessages>((m) => m.badCode(parent));
      }
      if (
        parent !== null &&
        REGION_LEVELS.indexOf(level as RegionLevel) <= parent.split('.').length - 1
      ) {
        throw new AttributeProblem<SelectMessages>((m) => m.levelNotBelow(level, parent));
      }
      return loadScope(this.resolveClient(), level as RegionLevel, parent, {
        signal,
        onStale: (event) => stale(event.ageMs),
      });
    },
  });

  constructor() {
    super();
    this.addEventListener('invalid', () => {
      this.#showMissing = true;
      this.requestUpdate();
    });
  }

  /** The strings in the element's language. */
  protected get messages(): SelectMessages {
    return MESSAGES[this.locale];
  }

  /** The chosen region (read-only), once the choices have loaded; undefined if none or not among them. */
  get region(): Region | undefined {
    const scope = this.#scope();
    const found = scope?.byCode.get(this.#code());
    return found?.level === scope?.level ? found : undefined;
  }

  /** The form this select belongs to. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  get validity(): ValidityState {
    return this.#internals.validity;
  }

  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.#internals.willValidate;
  }

  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  formResetCallback(): void {
    this.#close();
    this.#setValue(this.getAttribute('value') ?? '', false);
    this.#showMissing = false;
  }

  formDisabledCallback(disabled: boolean): void {
    this.#fieldsetDisabled = disabled;
    this.requestUpdate();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.#setValue(state, false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
  }

  #level(): string {
    const level = asText(this.level).toLowerCase();
    if (level) return level;
    const parent = this.#parent();
    return parent ? (REGION_LEVELS[parent.split('.').length] ?? 'village') : 'province';
  }

  /** The value as a trimmed string, whatever a script assigned. */
  #code(): string {
    return asText(this.value);
  }

  /** The chosen level's name in the element's language ("Kabupaten/kota"), as a fallback label. */
  #levelName(): string {
    const { level } = this.messages;
    const chosen = this.#level() as RegionLevel;
    // Levels only: a level attribute of "constructor" must not find Object's.
    return REGION_LEVELS.includes(chosen) ? level[chosen] : level.regency;
  }

  #parent(): string | null {
    return this.parent === undefined || this.parent === null ? null : asText(this.parent);
  }

  #scope(): Scope | undefined {
    const { state } = this.#loader;
    const scope = state.kind === 'done' ? state.value : undefined;
    return scope ?? undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new parent the value is not under clears the value (and so the chain below).
    if (changed.has('parent') && this.hasUpdated) {
      const parent = this.#parent();
      const code = this.#code();
      if (code && parent !== null && !code.startsWith(`${parent}.`)) this.#setValue('', true);
    }
    if (changed.has('value') && !this.#typed) this.#text = '';
    // Disabled while open (no focusout comes): close, and drop the unchosen text.
    if (this.#isDisabled() && (this.#open || this.#typed)) {
      this.#open = false;
      this.#active = -1;
      this.#typed = false;
      this.#text = '';
    }
  }

  /** Sets the value (from the user, or a reset), keeping the text box in step. */
  #setValue(code: string, notify: boolean): void {
    const changed = code !== this.value;
    this.value = code;
    this.#typed = false;
    this.#text = '';
    if (changed && notify) {
      this.updateComplete.then(() => {
        this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        this.dispatchEvent(new Event('change', { bubbles: true }));
      });
    }
    this.requestUpdate();
  }

  /** The rows for the text (every choice for an empty or untyped text), recomputed only when it or the scope changes. */
  #currentRows(scope: Scope | undefined): readonly Row[] {
    const query = this.#typed ? this.#text.trim() : '';
    const key: [Scope | undefined, string, boolean] = [scope, query, this.#typed];
    const before = this.#rowsFor;
    if (before && before[0] === key[0] && before[1] === key[1]) return this.#rows;
    this.#rowsFor = key;
    this.#active = -1; // an index into the rows before: it means nothing now
    this.#rows = !scope
      ? NO_ROWS
      : query === ''
        ? scope.options.map((region) => ({ region, ranges: [] }))
        : scope.index
            .search(query, { level: scope.level, limit: LIMIT })
            .map((hit) => ({ region: hit.item, ranges: hit.ranges }));
    return this.#rows;
  }

  #isDisabled(): boolean {
    return this.disabled || this.#fieldsetDisabled || this.#parent() === '';
  }

  protected override render(): TemplateResult {
    const m = this.messages;
    const { state } = this.#loader;
    const scope = this.#scope();
    const levelName = this.#levelName();
    const chosen = this.region;
    const text = this.#typed ? this.#text : (chosen?.name ?? '');
    const rows = this.#open ? this.#currentRows(scope) : NO_ROWS;
    const disabled = this.#isDisabled();
    const problem = this.#problem(levelName);
    const named = asText(this.label);
    const ariaLabel = named ? undefined : this.#outsideLabel() || levelName;
    const showList = this.#open && rows.length > 0;
    const [first, last] = this.#window(rows.length);
    // Visual focus only on a rendered row (a wheel may scroll it away; a key brings it back).
    const active = showList && this.#active >= first && this.#active < last ? this.#active : -1;

    let popupNote: string | typeof nothing = nothing;
    if (this.#open && rows.length === 0) {
      if (state.kind === 'pending') popupNote = m.loadingRegions;
      else if (scope && this.#typed && this.#text.trim())
        popupNote = `${m.noResults}. ${m.noResultsHelp}`;
    }

    return html`<div
      class="root"
      part="base"
      data-theme=${this.scheme ?? nothing}
      @focusout=${this.#onFocusOut}
    >
      ${named ? html`<label class="label" part="label" for="input">${named}</label>` : nothing}
      <div class="field">
        <input
          id="input"
          part="input"
          type="text"
          role="combobox"
          autocomplete="off"
          autocapitalize="none"
          spellcheck="false"
          aria-autocomplete="list"
          aria-controls="listbox"
          aria-expanded=${showList ? 'true' : 'false'}
          aria-activedescendant=${active >= 0 ? `o${active}` : nothing}
          aria-label=${ariaLabel ?? nothing}
          aria-describedby="message"
          aria-required=${this.required ? 'true' : nothing}
          aria-invalid=${problem?.invalid ? 'true' : nothing}
          placeholder=${asText(this.placeholder) || m.placeholder}
          .value=${live(text)}
          ?disabled=${disabled}
          @input=${this.#onInput}
          @keydown=${this.#onKeyDown}
          @click=${this.#onClick}
        />
        <button
          class="toggle"
          part="toggle"
          type="button"
          tabindex="-1"
          aria-label=${m.showOptions}
          aria-controls="listbox"
          aria-expanded=${showList ? 'true' : 'false'}
          ?disabled=${disabled}
          @pointerdown=${(e: Event) => e.preventDefault()}
          @click=${this.#onToggle}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="m7 10 5 5 5-5Z"></path>
          </svg>
        </button>
        <div class="popup" ?hidden=${!this.#open || (!showList && popupNote === nothing)}>
          <div
            id="listbox"
            part="listbox"
            role="listbox"
            aria-busy=${state.kind === 'pending' ? 'true' : 'false'}
            aria-label=${named || ariaLabel || levelName}
            ?hidden=${!showList}
            @scroll=${this.#onScroll}
            @pointerdown=${(e: Event) => e.preventDefault()}
          >
            ${showList ? this.#renderRows(rows, first, last, active, scope, chosen) : nothing}
          </div>
          ${popupNote === nothing ? nothing : html`<p class="note">${popupNote}</p>`}
        </div>
      </div>
      <div id="message" class="message ${problem?.invalid ? 'error' : ''}" part="message">
        ${problem?.text ?? nothing}${
          problem?.retry
            ? html` <button type="button" part="retry" @click=${() => this.#loader.run()}>
                ${m.retry}
              </button>`
            : nothing
        }
      </div>
      <div class="visually-hidden" role="status">${this.#announcement}</div>
    </div>`;
  }

  /** The rows in view (and a few beyond); two spacers stand in for the rest. */
  /** The rows to render for the list's scroll position: those in view and a few beyond. */
  #window(count: number): [first: number, last: number] {
    const h = this.#rowHeight;
    const shown = Math.ceil(this.#viewport / h) + 2 * OVERSCAN;
    const first = Math.max(0, Math.min(Math.floor(this.#scrollTop / h) - OVERSCAN, count - shown));
    return [first, Math.min(count, first + shown)];
  }

  #renderRows(
    rows: readonly Row[],
    first: number,
    last: number,
    active: number,
    scope: Scope | undefined,
    chosen: Region | undefined,
  ): TemplateResult {
    const h = this.#rowHeight;
    const items: TemplateResult[] = [];
    for (let i = first; i < last; i++) {
      const { region, ranges } = rows[i] as Row;
      const context = scope ? contextOf(region, scope).join(', ') : '';
      const selected = region.code === chosen?.code;
      items.push(
        html`<div
          id=${`o${i}`}
          part="option"
          class="option"
          role="option"
          aria-selected=${selected ? 'true' : 'false'}
          aria-setsize=${rows.length}
          aria-posinset=${i + 1}
          data-code=${region.code}
          data-active=${i === active ? '' : nothing}
          @click=${() => this.#choose(region)}
        >
          <span class="name">${marked(region.name, ranges)}</span>${
            context
              ? html`<span class="visually-hidden">, </span
                  ><span class="context" part="context">${context}</span>`
              : nothing
          }${
            selected
              ? html`<svg class="check" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                  <path d="m9 16.2-4.2-4.2-1.4 1.4L9 19 21 7l-1.4-1.4Z"></path>
                </svg>`
              : nothing
          }
        </div>`,
      );
    }
    this.#padding = [first * h, (rows.length - last) * h];
    return html`<div class="pad" role="none"></div>${items}<div class="pad" role="none"></div>`;
  }

  /** What to say under the box: a problem with the attributes, the data or the value, or a hint. */
  #problem(levelName: string): { text: string; invalid?: boolean; retry?: boolean } | undefined {
    const m = this.messages;
    const { state } = this.#loader;
    const code = this.#code();
    if (state.kind === 'failed') {
      const failure = describeFailure(state.error, m, this.#parent() ?? '');
      return {
        text:
          state.error instanceof AttributeProblem
            ? failure.text
            : `${m.errorRegions} ${failure.text}`,
        retry: failure.retry,
        invalid: state.error instanceof AttributeProblem,
      };
    }
    const wrong = this.#valueProblem();
    if (wrong) return { text: wrong, invalid: true };
    if (state.kind === 'done' && state.value === null) {
      const above = REGION_LEVELS[REGION_LEVELS.indexOf(this.#level() as RegionLevel) - 1];
      return { text: m.chooseParentFirst(above ? m.level[above] : levelName) };
    }
    if (state.kind === 'done' && state.staleMs !== undefined)
      return { text: m.staleData(formatAge(state.staleMs, this.locale)) };
    if (this.#showMissing && this.required && !code)
      return { text: m.valueMissing(levelName), invalid: true };
    return undefined;
  }

  /** The text of the page's labels for this element (`<label for>` or a wrapping `<label>`). */
  #outsideLabel(): string {
    return Array.from(this.#internals.labels, (l) => l.textContent?.trim() ?? '')
      .filter(Boolean)
      .join(' ');
  }

  protected override firstUpdated(): void {
    // The list's height and a row's, measured when the list's size changes
    // (after layout, so reading them costs nothing), never on each keystroke.
    const listbox = this.renderRoot.querySelector<HTMLElement>('#listbox');
    if (listbox && typeof ResizeObserver === 'function') {
      const observer = new ResizeObserver(() => {
        const row = listbox.querySelector('.option')?.getBoundingClientRect().height;
        const viewport = listbox.clientHeight;
        if ((row && row !== this.#rowHeight) || (viewport && viewport !== this.#viewport)) {
          this.#rowHeight = row || this.#rowHeight;
          this.#viewport = viewport || this.#viewport;
          // Keep the option with visual focus in view at the new sizes.
          if (this.#active >= 0) this.#moveTo(this.#active);
          this.requestUpdate();
        }
      });
      observer.observe(listbox);
      observer.observe(this); // a new font size changes the rows' height
    }
  }

  protected override updated(): void {
    const listbox = this.renderRoot.querySelector<HTMLElement>('#listbox');
    if (listbox && !listbox.hidden) {
      // Through the CSSOM, not a style attribute: strict CSPs allow this.
      listbox.querySelectorAll<HTMLElement>('.pad').forEach((pad, i) => {
        pad.style.height = `${this.#padding[i]}px`;
      });
      if (this.#scrollTo !== undefined) listbox.scrollTop = this.#scrollTo;
    }
    this.#scrollTo = undefined;
    // Choices that arrive while the list is open are counted aloud too.
    const { kind } = this.#loader.state;
    if (kind !== this.#lastKind) {
      this.#lastKind = kind;
      if (kind === 'done' && this.#open) this.#announce();
    }
    this.#syncForm();
  }

  /** What is wrong with the value (malformed, or not among the loaded choices), or `''`. */
  #valueProblem(): string {
    const code = this.#code();
    if (code && !isRegionCode(code)) return this.messages.badCode(code);
    return code && this.#scope() && !this.region ? this.messages.outOfScope(code) : '';
  }

  /** Tells the form the value and whether it is valid. */
  #syncForm(): void {
    const m = this.messages;
    const code = this.#code();
    const input = this.renderRoot.querySelector('input') ?? undefined;
    const message = this.#valueProblem();
    // Waiting for the select above, it is barred from validation as a disabled
    // native control is: nobody can fill it yet, and the browser could not
    // focus it to say so (the one above, if required, is the one to fill).
    const missing = this.required && !code && this.#parent() !== '';
    // Told only when something changed (not on every keystroke's render).
    const key = `${code}|${missing}|${message}|${this.locale}|${input !== undefined}`;
    if (key === this.#formKey) return;
    this.#formKey = key;
    this.#internals.setFormValue(code && !message ? code : null, code);
    if (message) this.#internals.setValidity({ customError: true }, message, input);
    else if (missing)
      this.#internals.setValidity({ valueMissing: true }, m.valueMissing(this.#levelName()), input);
    else this.#internals.setValidity({});
  }

  #openList(active: number): void {
    this.#open = true;
    this.#moveTo(active);
    this.#announce();
  }

  #close(): void {
    if (!this.#open) return;
    this.#open = false;
    this.#active = -1;
    // A hidden list loses its scroll position; it opens at the top (or at a key's option).
    this.#scrollTop = 0;
    this.requestUpdate();
  }

  /** Gives option `index` visual focus (-1: none), scrolling it into view. */
  #moveTo(index: number): void {
    this.#active = index;
    if (index >= 0) {
      const h = this.#rowHeight;
      const top = index * h;
      if (top < this.#scrollTop) this.#scrollTop = top;
      else if (top + h > this.#scrollTop + this.#viewport)
        this.#scrollTop = top + h - this.#viewport;
      this.#scrollTo = this.#scrollTop;
    }
    this.requestUpdate();
  }

  #choose(region: Region): void {
    if (this.#isDisabled()) return;
    this.#showMissing = false;
    this.#close();
    this.#setValue(region.code, true);
  }

  #onInput(event: InputEvent): void {
    // The text box's own input events stay inside: `input` from this element means its value changed.
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    this.#text = input.value;
    this.#typed = true;
    this.#scrollTop = 0;
    this.#scrollTo = 0;
    if (input.value.trim() === '' && this.value) {
      this.#setValue('', true);
      this.#typed = true;
      this.#text = input.value;
    }
    this.#openList(-1);
  }

  #onKeyDown(event: KeyboardEvent): void {
    // Letters and the like are the text box's: only keys the list answers need its rows.
    if (!/^(Arrow|Page|Home|End|Enter|Escape|Tab)/.test(event.key)) return;
    const rows = this.#currentRows(this.#scope());
    const n = rows.length;
    const last = n - 1;
    const open = this.#open && n > 0;
    const selected = () => rows.findIndex((r) => r.region.code === this.#code());
    switch (event.key) {
      case 'ArrowDown':
        if (event.altKey) this.#openList(this.#active);
        else if (!open) this.#openList(this.#typed ? 0 : Math.max(0, selected()));
        else this.#moveTo(this.#active >= last ? 0 : this.#active + 1);
        break;
      case 'ArrowUp':
        if (event.altKey) this.#close();
        else if (!open) this.#openList(this.#typed ? last : selected() >= 0 ? selected() : last);
        else this.#moveTo(this.#active <= 0 ? last : this.#active - 1);
        break;
      case 'PageDown':
        if (!open) return;
        this.#moveTo(Math.min(last, this.#active < 0 ? PAGE - 1 : this.#active + PAGE));
        break;
      case 'PageUp':
        if (!open) return;
        this.#moveTo(Math.max(0, this.#active - PAGE));
        break;
      case 'Home':
      case 'End':
      case 'ArrowLeft':
      case 'ArrowRight':
        // Back to editing the text: the caret moves as usual.
        if (this.#active >= 0) this.#moveTo(-1);
        return;
      case 'Enter': {
        const row = open && this.#active >= 0 ? rows[this.#active] : undefined;
        if (row) this.#choose(row.region);
        else if (!this.#open) this.#internals.form?.requestSubmit();
        else this.#close();
        break;
      }
      case 'Escape':
        if (this.#open) this.#close();
        else if (this.#text || this.value) {
          this.#typed = false;
          this.#setValue('', true);
        } else return;
        break;
      case 'Tab':
        this.#close();
        return;
      default:
        return;
    }
    event.preventDefault();
  }

  #onClick(): void {
    if (!this.#open) this.#openList(-1);
  }

  #onToggle(): void {
    if (this.#open) this.#close();
    else this.#openList(-1);
    this.renderRoot.querySelector('input')?.focus();
  }

  #onScroll(event: Event): void {
    this.#scrollTop = (event.target as HTMLElement).scrollTop;
    this.requestUpdate();
  }

  #onFocusOut(event: FocusEvent): void {
    const to = event.relatedTarget as Node | null;
    if (to && this.renderRoot.contains(to)) return;
    this.#close();
    // Leaving with typed text that was not chosen puts back the chosen region's name.
    if (this.#typed) {
      this.#typed = false;
      this.#text = '';
      this.requestUpdate();
    }
  }

  /** Announces the result count once typing pauses. */
  #announce(): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      const m = this.messages;
      const rows = this.#open ? this.#currentRows(this.#scope()) : NO_ROWS;
      const typed = this.#typed && this.#text.trim() !== '';
      const text =
        !this.#open || this.#loader.state.kind !== 'done'
          ? ''
          : rows.length === 0
            ? typed
              ? m.noResults
              : ''
            : m.found(rows.length, typed && rows.length >= LIMIT);
      // The same words again would not be read again: empty the region first.
      this.#announcement = '';
      this.requestUpdate();
      this.updateComplete.then(() => {
        this.#announcement = text;
        this.requestUpdate();
      });
    }, ANNOUNCE_AFTER);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'spbe-region-select': SpbeRegionSelect;
  }
}
