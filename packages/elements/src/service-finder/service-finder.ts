import {
  AUDIENCES,
  type Audience,
  isRegionCode,
  isSpbeHttpError,
  regionLevelOf,
  type Service,
} from '@spbe/sdk';
import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { SpbeElement } from '../internal/base.js';
import { AttributeProblem, describeFailure } from '../internal/errors.js';
import { formatAge } from '../internal/format.js';
import { Loader } from '../internal/loader.js';
import { base } from '../internal/styles.js';
import { asText, marked } from '../internal/text.js';
import { type FinderMessages, MESSAGES, sectorName } from './messages.js';
import {
  type Catalogue,
  type Criteria,
  catalogue,
  type Help,
  type Hit,
  help,
  isQuery,
  type Outcome,
  outcome,
} from './results.js';
import { styles } from './service-finder.styles.js';

/** The catalog and, with `region`, the regency (its code and name). */
interface Data {
  cat: Catalogue;
  region: string;
  regionName: string;
}

/** How long typing must pause before the count is announced and `spbe-search` fires, in ms. */
const SETTLE = 500;
const DEFAULT_PAGE_SIZE = 10;
/** Sectors per page of the start view (two rows of three at most: it is drawn anew each time the box empties). */
const GROUPS_PER_PAGE = 6;
/** The URL parameters `sync-url` keeps the state in. */
const FIELDS = ['query', 'sector', 'audience'] as const;
/** A field's URL parameter: `q` for the query, the others by their own names. */
const param = (field: (typeof FIELDS)[number]) => (field === 'query' ? 'q' : field);

/** One catalogue per catalog answer: a cached answer (same object) is not indexed twice. */
const built = new WeakMap<readonly Service[], Catalogue>();

/**
 * The `spbe-search` event's detail: what was searched and how many services
 * it found (`more`: at least that many).
 */
export interface SearchDetail {
  query: string;
  sector: string;
  audience: string;
  region: string;
  total: number;
  more: boolean;
}

/** What `spbe-service-select` carries: the service whose link was followed. */
export interface ServiceSelectDetail {
  service: Service;
}

/**
 * Finds the right government service from one search box: citizens type what
 * they need ("bikin ktp", "izin usaha", "lapor jalan rusak") and get the
 * services they can use, national, provincial and their regency's, each with
 * its summary, provider, channels and a link to it. The whole catalog is
 * loaded once and searched in the page, so results follow every keystroke
 * without a request.
 *
 * A search landmark with a results list (not a combobox): each result is a
 * block with a heading, text and a link, which a listbox option may not hold,
 * and screen-reader users move through results by heading and list as on any
 * search page. Arrow keys move between the box and the results' links.
 *
 * `region` limits the services to those available in one regency, and says
 * so. `query`, `sector` and `audience` reflect the state to attributes; with
 * `sync-url` they also go into the page URL (`?q=…&sector=…&audience=…`), so
 * a search can be shared and survives a reload. Results come `page-size` at
 * a time (default 10), so the page holds few nodes even over 10,000 services.
 *
 * @summary Search the SPBE service catalog, with filters, for one regency.
 * @tagname spbe-service-finder
 *
 * @fires {CustomEvent<SearchDetail>} spbe-search - Typing settled or a filter changed: `detail` is a {@link SearchDetail} (query, sector, audience, region, total, more).
 * @fires {CustomEvent<ServiceSelectDetail>} spbe-service-select - A result's link was followed (a plain click or Enter): `detail.service` is the service. Cancelable: `preventDefault()` keeps the page where it is, so a host can route in the app.
 *
 * @csspart base - The wrapper of everything shown.
 * @csspart form - The search landmark: box and filters.
 * @csspart input - The search box.
 * @csspart filter - Each filter's `<select>`.
 * @csspart clear - The "clear filters" button.
 * @csspart scope - The line that says which regency the services are for.
 * @csspart message - A problem, a loading or stale-data message.
 * @csspart retry - The button that loads again after an error.
 * @csspart heading - The results' heading (the count, or the start view's title).
 * @csspart results - The list of results.
 * @csspart result - One result.
 * @csspart link - A result's link (its name).
 * @csspart group - A sector in the start view.
 * @csspart pagination - The page navigation.
 *
 * @example
 * <spbe-service-finder region="32.73" sync-url></spbe-service-finder>
 */
export class SpbeServiceFinder extends SpbeElement {
  static override styles = [base, styles];
  static override properties: PropertyDeclarations = {
    region: {},
    query: { reflect: true },
    sector: { reflect: true },
    audience: { reflect: true },
    pageSize: { attribute: 'page-size' },
    syncUrl: { attribute: 'sync-url', type: Boolean },
    headingLevel: { attribute: 'heading-level' },
  };

  /** A regency or city code (`32.73`): only services available there. */
  region: string | undefined;

  /** What is searched for; reflects what is typed. */
  query = '';

  /** Only services of this sector (a slug such as `health`); `''`: all. */
  sector = '';

  /** Only services for `citizens`, `civil-servants`, `businesses` or `governments`; `''`: all. */
  audience = '';

  /** Results per page, 1 to 100 (default 10). */
  pageSize: string | number | undefined;

  /** Keep `query`, `sector` and `audience` in the page URL (`q`, `sector`, `audience`). */
  syncUrl = false;

  /** The level of the results' heading, 1 to 4 (default 2); sectors and results are below it (at most two levels). */
  headingLevel: string | number | undefined;

  /** The page of results shown, from 0. */
  #page = 0;
  /** The outcome for the criteria last shown (and its no-results help, once asked for). */
  #memo: [cat: Catalogue, key: string, outcome: Outcome, help?: Help] | undefined;
  /** The sector options, sorted for a catalog, language and chosen sector. */
  #sectors: [Catalogue, string, string[]] | undefined;
  #announcement = '';
  #settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** The criteria `spbe-search` last fired for, and whether a person has changed them yet. */
  #firedKey = '';
  #touched = false;
  /** The criteria last written into the URL. */
  #urlKey = '';
  #lastKind = '';
  #onPopState = () => this.#readUrl();

  #loader = new Loader<Data>(this, {
    args: () => [this.#region(), this.clientKey()],
    load: async (signal, stale) => {
      const region = this.#region();
      if (region && !(isRegionCode(region) && regionLevelOf(region) === 'regency')) {
        throw new AttributeProblem<FinderMessages>((m) => m.badRegion(region));
      }
      const client = this.resolveClient();
      const call = { signal, onStale: (event: { ageMs: number }) => stale(event.ageMs) };
      const [catalog, place] = await Promise.all([
        client.catalog(call),
        // The regency's name only says where: if the API cannot give it, the
        // code says it instead; only a regency that does not exist is a failure.
        region
          ? client.regions.get(region, call).catch((error: unknown) => {
              if (signal.aborted || (isSpbeHttpError(error) && error.status === 404)) throw error;
              return undefined;
            })
          : undefined,
      ]);
      let cat = built.get(catalog.items);
      if (!cat) {
        cat = catalogue(catalog.items);
        built.set(catalog.items, cat);
      }
      return { cat, region, regionName: place?.name ?? region };
    },
  });

  /** The strings in the element's language. */
  protected get messages(): FinderMessages {
    return MESSAGES[this.locale];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page: follow the URL again (willUpdate starts it the first time).
    if (this.syncUrl && this.hasUpdated) addEventListener('popstate', this.#onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#settleTimer);
    removeEventListener('popstate', this.#onPopState);
  }

  #region(): string {
    return asText(this.region);
  }

  #criteria(): Criteria {
    const audience = asText(this.audience);
    return {
      query: String(this.query ?? '').slice(0, 256),
      sector: asText(this.sector),
      audience: AUDIENCES.includes(audience as Audience) ? audience : '',
      region: this.#region(),
    };
  }

  #pageSize(): number {
    return whole(this.pageSize, 100, DEFAULT_PAGE_SIZE);
  }

  #headingLevel(): number {
    return whole(this.headingLevel, 4, 2);
  }

  #data(): Data | undefined {
    const { state } = this.#loader;
    return state.kind === 'done'
      ? state.value
      : state.kind === 'pending'
        ? state.previous
        : undefined;
  }

  /** What identifies the criteria: the query as searched (trimmed; none under two letters) and the filters. */
  #key(): string {
    const c = this.#criteria();
    return JSON.stringify({ ...c, query: isQuery(c.query) ? c.query.trim() : '' });
  }

  /** The outcome for the current criteria, recomputed only when they (or the catalog) change. */
  #outcome(cat: Catalogue): Outcome {
    const c = this.#criteria();
    const key = this.#key();
    const memo = this.#memo;
    if (memo && memo[0] === cat && memo[1] === key) return memo[2];
    const result = outcome(cat, c);
    this.#memo = [cat, key, result];
    return result;
  }

  /** Reads `q`, `sector` and `audience` from the page URL (with `sync-url`). */
  #readUrl(): void {
    const params = new URLSearchParams(location.search);
    for (const field of FIELDS) {
      const value = params.get(param(field));
      if (value !== null) this[field] = value;
      else if (this.hasUpdated) this[field] = '';
    }
  }

  /** Writes the state into the page URL, keeping its other parameters and hash, without a new history entry. */
  #writeUrl(): void {
    const url = new URL(location.href);
    for (const field of FIELDS) {
      const value = asText(this[field]);
      if (value) url.searchParams.set(param(field), value);
      else url.searchParams.delete(param(field));
    }
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }

  /** A person changed the criteria: back to the first page, and count aloud once they settle. */
  #changed(): void {
    this.#touched = true;
    this.#page = 0;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // sync-url may come (or go) after the element is on the page, as some frameworks set it.
    if (changed.has('syncUrl')) {
      if (this.syncUrl) {
        this.#readUrl();
        addEventListener('popstate', this.#onPopState);
      } else removeEventListener('popstate', this.#onPopState);
    }
    // New criteria from anywhere (a person, the host, the URL) start at the first page.
    for (const k of ['query', 'sector', 'audience', 'region', 'pageSize'] as const)
      if (changed.has(k)) this.#page = 0;
  }

  protected override updated(): void {
    const key = this.#key();
    if (this.syncUrl && this.isConnected && key !== this.#urlKey) {
      this.#urlKey = key;
      // Browsers limit how often a page may rewrite its URL: a refusal must not break the search.
      try {
        this.#writeUrl();
      } catch {}
    }
    const { kind } = this.#loader.state;
    const data = this.#data();
    const loadedNow = kind !== this.#lastKind && kind === 'done';
    this.#lastKind = kind;
    if (data && (key !== this.#firedKey || loadedNow)) {
      clearTimeout(this.#settleTimer);
      // The first results after loading are told at once; typing settles first.
      const wait = this.#firedKey === '' ? 0 : SETTLE;
      this.#settleTimer = setTimeout(() => this.#settle(), wait);
      this.#firedKey = key;
    }
  }

  /** Typing settled: announce the count (after a person's change) and fire `spbe-search`. */
  #settle(): void {
    const data = this.#data();
    if (!data) return;
    const c = this.#criteria();
    const result = this.#outcome(data.cat);
    const more = result.kind === 'list' && result.more;
    if (this.#touched && result.kind === 'list') {
      const m = this.messages;
      const text =
        result.total === 0 && isQuery(c.query)
          ? m.noResults(c.query.trim())
          : m.found(result.total, more);
      // The same words again would not be read again: empty the region first.
      this.#announcement = '';
      this.requestUpdate();
      this.updateComplete.then(() => {
        this.#announcement = text;
        this.requestUpdate();
      });
    }
    const detail: SearchDetail = { ...c, query: c.query.trim(), total: result.total, more };
    this.dispatchEvent(new CustomEvent('spbe-search', { detail, bubbles: true, composed: true }));
  }

  protected override render(): TemplateResult {
    const m = this.messages;
    const { state } = this.#loader;
    const data = this.#data();
    const c = this.#criteria();
    const filtered = Boolean(c.sector || asText(this.audience));
    // While another regency loads, the last one's name would say the wrong place.
    const place = data?.region === c.region ? data.regionName : '';
    const sectors = data ? this.#sectorOptions(data.cat, c.sector) : c.sector ? [c.sector] : [];
    return html`<div
      class="root"
      part="base"
      data-theme=${this.scheme ?? nothing}
      @keydown=${this.#onKeyDown}
    >
      <form
        role="search"
        part="form"
        aria-labelledby="label"
        @submit=${this.#onSubmit}
      >
        <label class="label" id="label" for="q">${m.searchLabel}</label>
        <div class="box">
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <circle cx="10" cy="10" r="6"></circle>
            <path d="m14.5 14.5 6 6"></path>
          </svg>
          <input
            id="q"
            part="input"
            type="search"
            autocomplete="off"
            aria-describedby="scope message"
            placeholder=${m.placeholder}
            .value=${String(this.query ?? '')}
            @input=${this.#onInput}
          />
        </div>
        <div class="filters">
          <label class="filter"
            ><span>${m.sector}</span>
            <select part="filter" name="sector" @change=${this.#onSector}>
              <option value="" .selected=${!c.sector}>${m.allSectors}</option>
              ${sectors.map(
                (s) =>
                  html`<option value=${s} .selected=${s === c.sector}>${sectorName(m, s)}</option>`,
              )}
            </select></label
          >
          <label class="filter"
            ><span>${m.audience}</span>
            <select part="filter" name="audience" @change=${this.#onAudience}>
              <option value="" .selected=${!c.audience}>${m.allAudiences}</option>
              ${AUDIENCES.map(
                (a) =>
                  html`<option value=${a} .selected=${a === c.audience}>${m.audiences[a]}</option>`,
              )}
            </select></label
          >
          ${
            filtered
              ? html`<button type="button" class="clear" part="clear" @click=${this.#clearFilters}>
                  ${m.clearFilters}
                </button>`
              : nothing
          }
        </div>
      </form>
      <p id="scope" class="scope" part="scope" ?hidden=${!place}>
        ${place ? m.inRegion(place) : nothing}
      </p>
      <div id="message" class="message" part="message">${this.#message()}</div>
      <section
        class="results"
        aria-labelledby="heading"
        aria-busy=${state.kind === 'pending' ? 'true' : 'false'}
      >
        ${
          data
            ? this.#renderOutcome(data, c)
            : state.kind === 'pending' && this.#loader.slow
              ? this.#renderSkeleton()
              : nothing
        }
      </section>
      <div class="visually-hidden" role="status">${this.#announcement}</div>
    </div>`;
  }

  /** The sectors to offer: the catalog's, by name (and a chosen one it lacks, so the select can show it). */
  #sectorOptions(cat: Catalogue, chosen: string): string[] {
    const key = `${this.locale} ${chosen}`;
    const memo = this.#sectors;
    if (memo?.[0] === cat && memo[1] === key) return memo[2];
    const m = this.messages;
    const list =
      chosen && !cat.sectors.includes(chosen) ? [...cat.sectors, chosen] : [...cat.sectors];
    const collator = new Intl.Collator(this.locale);
    list.sort((a, b) => collator.compare(sectorName(m, a), sectorName(m, b)));
    this.#sectors = [cat, key, list];
    return list;
  }

  /** What to say under the filters: an attribute problem, a failure, loading, stale data. */
  #message(): TemplateResult | string | typeof nothing {
    const m = this.messages;
    const { state } = this.#loader;
    const notes: string[] = [];
    const audience = asText(this.audience);
    if (audience && !AUDIENCES.includes(audience as Audience)) notes.push(m.badAudience(audience));
    const size = asText(this.pageSize);
    if (size && this.#pageSize() !== Number(size)) notes.push(m.badPageSize(size));
    if (state.kind === 'failed') {
      const failure = describeFailure(state.error, m, this.#region());
      const text =
        state.error instanceof AttributeProblem
          ? failure.text
          : `${m.errorCatalog} ${failure.text}`;
      return html`<span class="error">${[...notes, text].join(' ')}</span>${
        failure.retry
          ? html` <button type="button" part="retry" @click=${() => this.#loader.run()}>
              ${m.retry}
            </button>`
          : nothing
      }`;
    }
    if (state.kind === 'pending' && this.#loader.slow) notes.push(m.loading);
    if (state.kind === 'done' && state.staleMs !== undefined)
      notes.push(m.staleData(formatAge(state.staleMs, this.locale)));
    return notes.length ? notes.join(' ') : nothing;
  }

  /** The results' heading (what the results are), at `heading-level`. */
  #heading(text: string): TemplateResult {
    return html`<div
      id="heading"
      class="heading"
      part="heading"
      role="heading"
      aria-level=${this.#headingLevel()}
    >
      ${text}
    </div>`;
  }

  #renderOutcome(data: Data, c: Criteria): TemplateResult {
    const m = this.messages;
    const result = this.#outcome(data.cat);
    const query = isQuery(c.query) ? c.query.trim() : '';
    const level = this.#headingLevel();
    if (result.kind === 'start') {
      const pages = Math.max(1, Math.ceil(result.groups.length / GROUPS_PER_PAGE));
      const page = Math.min(this.#page, pages - 1);
      const groups = result.groups.slice(page * GROUPS_PER_PAGE, (page + 1) * GROUPS_PER_PAGE);
      return html`${this.#heading(m.startHeading)}
        <ul class="groups" role="list">
          ${groups.map(
            (g, gi) => html`<li class="group" part="group">
              <div class="group-name" role="heading" aria-level=${level + 1}>
                ${sectorName(m, g.sector)}
              </div>
              <ul class="list" role="list">
                ${g.hits.map((hit, i) => this.#renderHit(hit, level + 2, `g${gi}-${i}`))}
              </ul>
              ${
                g.count > g.hits.length
                  ? html`<button type="button" class="more" @click=${() => this.#showSector(g.sector)}>
                      ${m.showSector(g.count, sectorName(m, g.sector))}
                    </button>`
                  : nothing
              }
            </li>`,
          )}
        </ul>
        ${pages > 1 ? this.#renderPages(page, pages) : nothing}`;
    }
    const size = this.#pageSize();
    const pages = Math.max(1, Math.ceil(result.hits.length / size));
    const page = Math.min(this.#page, pages - 1);
    const shown = result.hits.slice(page * size, (page + 1) * size);
    const count = m.found(result.total, result.more);
    const heading =
      result.total === 0 && query
        ? m.noResults(query)
        : query
          ? `${count} ${m.forQuery(query)}`
          : c.sector
            ? `${sectorName(m, c.sector)}: ${count}`
            : count;
    return html`${this.#heading(heading)}
      ${
        shown.length
          ? html`<ol class="list" part="results" role="list" start=${page * size + 1}>
              ${shown.map((hit, i) => this.#renderHit(hit, level + 1, `r${i}`))}
            </ol>`
          : this.#renderHelp(data, c)
      }
      ${pages > 1 ? this.#renderPages(page, pages) : nothing}`;
  }

  /** No results: a nearby spelling, what the filters hide, and how to get results. */
  #renderHelp(data: Data, c: Criteria): TemplateResult {
    const m = this.messages;
    // Worked out once per query: renders that only announce reuse it.
    const memo = this.#memo;
    const found = memo?.[3] ?? help(data.cat, c);
    if (memo) memo[3] = found;
    const { suggested, unfiltered } = found;
    const query = isQuery(c.query);
    return html`<div class="help">
      ${
        suggested
          ? html`<p>
              ${m.didYouMean}
              <button type="button" class="suggestion" @click=${() => this.#setQuery(suggested)}>
                ${suggested}
              </button>
            </p>`
          : nothing
      }
      ${
        unfiltered || (!query && (c.sector || c.audience))
          ? html`<p>
              ${unfiltered ? m.withoutFilters(unfiltered) : nothing}
              <button type="button" @click=${this.#clearFilters}>${m.clearFilters}</button>
            </p>`
          : nothing
      }
      ${query ? html`<p>${m.noResultsHelp}</p>` : nothing}
    </div>`;
  }

  /** One result; `id` (unique in the view) ties the link to the line saying where it goes. */
  #renderHit({ service: s, ranges }: Hit, level: number, id: string): TemplateResult {
    const m = this.messages;
    const url = httpUrl(s.url);
    const name = marked(s.name, ranges);
    return html`<li class="result" part="result">
      <div class="head">
      <div class="name" role="heading" aria-level=${level}>
        ${
          url
            ? html`<a part="link" href=${url.href} aria-describedby=${id} @click=${(e: MouseEvent) => this.#onFollow(e, s)}
                ><bdi>${name}</bdi></a
              >`
            : html`<bdi>${name}</bdi>`
        }
      </div>
      ${
        s.status === 'active'
          ? nothing
          : html`<span class="status ${s.status}">${s.status === 'pilot' ? m.pilot : m.retired}</span>`
      }
      </div>
      ${url ? html`<p class="host" id=${id}>${url.host}</p>` : nothing}
      <p class="summary"><bdi>${s.summary}</bdi></p>
      <dl class="facts">
        <div>
          <dt>${m.provider}</dt>
          <dd><bdi>${s.provider.name}</bdi> (${own(m.providerLevels, s.provider.level)})</dd>
        </div>
        <div>
          <dt>${m.channelsLabel}</dt>
          <dd>${s.channels.map((ch) => own(m.channels, ch)).join(', ')}</dd>
        </div>
      </dl>
    </li>`;
  }

  #renderPages(page: number, pages: number): TemplateResult {
    const m = this.messages;
    const go = (to: number) => () => {
      if (to < 0 || to >= pages) return;
      this.#page = to;
      this.requestUpdate();
      this.updateComplete.then(() => {
        this.renderRoot.querySelector('#heading')?.scrollIntoView({ block: 'nearest' });
        this.#announcement = m.page(to + 1, pages);
        this.requestUpdate();
      });
    };
    return html`<nav class="pages" part="pagination" aria-label=${m.pages}>
      <button type="button" aria-disabled=${page === 0 ? 'true' : 'false'} @click=${go(page - 1)}>
        ${m.previous}
      </button>
      <span>${m.page(page + 1, pages)}</span>
      <button
        type="button"
        aria-disabled=${page === pages - 1 ? 'true' : 'false'}
        @click=${go(page + 1)}
      >
        ${m.next}
      </button>
    </nav>`;
  }

  #renderSkeleton(): TemplateResult {
    const line = html`<span class="skeleton wide" aria-hidden="true"></span>`;
    return html`${line}${line}${line}`;
  }

  #setQuery(query: string): void {
    this.query = query;
    this.#changed();
    this.renderRoot.querySelector('input')?.focus();
  }

  #showSector(sector: string): void {
    this.sector = sector;
    this.#focusSector();
  }

  #clearFilters(): void {
    this.sector = '';
    this.audience = '';
    this.#focusSector();
  }

  /** The criteria changed from a button that now goes away: focus moves to the sector filter, in the form. */
  #focusSector(): void {
    this.#changed();
    this.updateComplete.then(() =>
      (this.renderRoot.querySelector('select[name="sector"]') as HTMLElement | null)?.focus(),
    );
  }

  #onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.#changed();
  }

  #onSector(event: Event): void {
    this.sector = (event.target as HTMLSelectElement).value;
    this.#changed();
  }

  #onAudience(event: Event): void {
    this.audience = (event.target as HTMLSelectElement).value;
    this.#changed();
  }

  #onSubmit(event: Event): void {
    // Results follow the typing: Enter only tells the count now.
    event.preventDefault();
    clearTimeout(this.#settleTimer);
    this.#touched = true;
    this.#settle();
  }

  /**
   * Arrow keys: Down from the box to the first result's link, Up and Down
   * between links, Up from the first back to the box; Escape empties the box.
   */
  #onKeyDown(event: KeyboardEvent): void {
    // Keys that pick or cancel an input method's candidates are not ours.
    if (event.isComposing) return;
    const input = this.renderRoot.querySelector('input');
    const links = this.#links();
    const at = links.indexOf(event.target as HTMLAnchorElement);
    if (at < 0 && event.target !== input) return;
    if (event.key === 'Escape' && at < 0 && this.query) this.#setQuery('');
    else if (event.key === 'ArrowDown' && links[at + 1]) links[at + 1]?.focus();
    else if (event.key === 'ArrowUp' && at >= 0) (links[at - 1] ?? input)?.focus();
    else return;
    event.preventDefault();
  }

  #links(): HTMLAnchorElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLAnchorElement>('.results a[part="link"]')];
  }

  /** A result's link followed: hosts may take over (`preventDefault()` on `spbe-service-select`). */
  #onFollow(event: MouseEvent, service: Service): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    const select = new CustomEvent<ServiceSelectDetail>('spbe-service-select', {
      detail: { service },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (!this.dispatchEvent(select)) event.preventDefault();
  }
}

/** `value` as a whole number from 1 to `most`, else `fallback` (unset, malformed or out of range). */
function whole(value: unknown, most: number, fallback: number): number {
  const n = Number(asText(value) || fallback);
  return Number.isInteger(n) && n >= 1 && n <= most ? n : fallback;
}

/** The label for `key` in `labels`, else `key` itself (never an inherited property such as `constructor`). */
const own = (labels: Record<string, string>, key: string): string =>
  (Object.hasOwn(labels, key) ? labels[key] : undefined) ?? key;

/** `url` parsed, if it is an absolute http(s) address; anything else is never a link. */
function httpUrl(url: unknown): URL | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'spbe-service-finder': SpbeServiceFinder;
  }
  interface HTMLElementEventMap {
    'spbe-search': CustomEvent<SearchDetail>;
    'spbe-service-select': CustomEvent<ServiceSelectDetail>;
  }
}
