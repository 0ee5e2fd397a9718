import type {
  AgreementOverview,
  AgreementStatus,
  Program,
  Region,
  RegionAgreement,
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
import { formatAge, formatDate } from '../internal/format.js';
import { statusIcon } from '../internal/icons.js';
import { Loader } from '../internal/loader.js';
import { agreementStyles } from '../internal/status-styles.js';
import { agreementCard, programName, statusPill, URGENCY } from '../internal/status-view.js';
import { base } from '../internal/styles.js';
import { asText } from '../internal/text.js';
import { styles } from './agreement-overview.styles.js';
import { MESSAGES, type OverviewMessages } from './messages.js';

type Regency = AgreementOverview['regencies'][number];

/** What `spbe-regency-open` carries: the regency and its entry per program. */
export interface RegencyOpenDetail {
  region: Region;
  agreements: readonly RegionAgreement[];
}

// The statuses that ask for action: no agreement in force, or not for long.
const NEEDS_ACTION = URGENCY.slice(0, 4);

/** A regency's entry for a program; `none` when the answer has none. */
const entryOf = (regency: Regency, program: string): RegionAgreement =>
  regency.agreements.find((e) => e.program === program) ?? {
    program,
    status: 'none',
    agreement: null,
    daysLeft: null,
  };

/**
 * Where every regency (kabupaten/kota) of a province stands, per cooperation
 * program (PKS): a count and a bar chart per program, then a table with one
 * row per regency and one column per program, each cell the badge's text,
 * icon and colour. Sortable by name or by status (most pressing first),
 * filterable to the regencies needing action (an agreement expired, expiring,
 * terminated or missing); each regency's name opens its details in place,
 * unless a host handles `spbe-regency-open`. One request for the whole
 * province. Printing the page prints the table without the controls.
 *
 * @summary Every regency's agreement (PKS) status per program, for a province.
 * @tagname spbe-agreement-overview
 *
 * @fires {CustomEvent<RegencyOpenDetail>} spbe-regency-open - A regency's name was activated to open its
 * details; `detail` is `{ region, agreements }`. Cancelable: call
 * `preventDefault()` to route elsewhere instead of opening them in place.
 *
 * @csspart base - The wrapper of everything shown.
 * @csspart summary - The counts and chart, one item per program.
 * @csspart chart - One program's bars (a picture of its counts).
 * @csspart toolbar - The filter and the count of rows shown.
 * @csspart table-region - The scrolling region around the table.
 * @csspart table - The table.
 * @csspart regency - A regency's name: the button that opens its details.
 * @csspart badge - A status pill (text, icon and colour).
 * @csspart label - The status text inside a pill.
 * @csspart program - A program's name.
 * @csspart card - One program's details, under an opened regency.
 * @csspart document-link - The link to an agreement document.
 * @csspart message - A loading, error, empty or stale-data message.
 * @csspart retry - The button that loads again after an error.
 *
 * @example
 * <spbe-agreement-overview parent="32"></spbe-agreement-overview>
 */
export class SpbeAgreementOverview extends SpbeElement {
  static override styles = [base, agreementStyles, styles];
  static override properties: PropertyDeclarations = {
    parent: {},
    program: {},
  };

  /** The province code, e.g. `32` (West Java, the default). */
  parent = '32';

  /** One program's id (e.g. `saber-hoaks`) to show only that column; unset shows every program. */
  program = '';

  /** The column sorted by: '' for the regency's name, else a program id. */
  #sort = '';
  #descending = false;
  /** Only the regencies needing action. */
  #urgent = false;
  /** Codes of the regencies whose details are open. */
  #open = new Set<string>();

  #loader = new Loader<AgreementOverview>(this, {
    args: () => [this.#parent(), this.clientKey()],
    load: async (signal, stale) => {
      const parent = this.#parent();
      if (!parent) throw new AttributeProblem<OverviewMessages>((m) => m.missingParent);
      return this.resolveClient().regions.agreementOverview(parent, {
        signal,
        onStale: (event) => stale(event.ageMs),
      });
    },
  });

  #parent(): string {
    return asText(this.parent);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another program: its column starts unsorted (by name), not as the last one was.
    if (changed.has('program')) {
      this.#sort = '';
      this.#descending = false;
    }
  }

  /** The strings in the element's language. */
  protected get messages(): OverviewMessages {
    return MESSAGES[this.locale];
  }

  protected override render(): TemplateResult {
    const m = this.messages;
    const { state } = this.#loader;
    let body: TemplateResult | typeof nothing;
    if (state.kind === 'failed') {
      const { text, retry } = describeFailure(state.error, m, this.#parent());
      body = this.#message(text, true, retry);
    } else if (state.kind === 'done') {
      body = this.#renderOverview(state.value, state.staleMs);
    } else if (state.previous) {
      body = this.#renderOverview(state.previous, undefined);
    } else {
      body = this.#loader.slow
        ? html`<span class="skeleton" aria-hidden="true"></span
            ><span class="skeleton wide" aria-hidden="true"></span
            ><span class="visually-hidden">${m.loading}</span>`
        : nothing;
    }
    return html`<div
      class="root"
      part="base"
      tabindex="-1"
      data-theme=${this.scheme ?? nothing}
      aria-busy=${state.kind === 'pending' ? 'true' : 'false'}
    >
      ${body}
    </div>`;
  }

  /** A message in place of the table; an error is announced, and its retry keeps focus in the element. */
  #message(text: string, error = false, retry = false): TemplateResult {
    return html`<p
      class="message${error ? ' error' : ''}"
      part="message"
      role=${error ? 'alert' : nothing}
    >
      ${text}
      ${
        retry
          ? html`<button
            type="button"
            part="retry"
            @click=${() => {
              this.#loader.run();
              this.renderRoot.querySelector<HTMLElement>('.root')?.focus();
            }}
          >
            ${this.messages.retry}
          </button>`
          : nothing
      }
    </p>`;
  }

  #renderOverview(overview: AgreementOverview, staleMs: number | undefined): TemplateResult {
    const m = this.messages;
    const locale = this.locale;
    const wanted = asText(this.program);
    const programs = wanted ? overview.programs.filter((p) => p.id === wanted) : overview.programs;
    if (wanted && !programs.length) return this.#message(m.unknownProgram(wanted), true);
    const { regencies } = overview;
    const total = regencies.length;
    if (!total || !programs.length) return this.#message(m.empty);
    const names = new Map(overview.programs.map((p) => [p.id, p] as [string, Program]));
    const name = (id: string) => programName(id, names, locale);

    const summary = programs.map((program) => {
      const counts = new Map<AgreementStatus, number>();
      for (const regency of regencies) {
        const { status } = entryOf(regency, program.id);
        counts.set(status, (counts.get(status) ?? 0) + 1);
      }
      const present = URGENCY.filter((s) => counts.has(s));
      return html`<li>
        <span class="program" part="program">${name(program.id)}</span>:
        ${present.map((s) => m.count(counts.get(s)!, s)).join(', ')} ${m.ofTotal(total)}
        <div class="chart" part="chart" aria-hidden="true">
          ${present.map(
            (s) => html`<span data-status=${s}>${statusIcon(s)}${m.status[s]}</span
              ><svg viewBox="0 0 ${total} 1" preserveAspectRatio="none" data-status=${s}>
                <rect class="track" width=${total} height="1"></rect>
                <rect width=${counts.get(s)!} height="1"></rect></svg
              ><span>${counts.get(s)}</span>`,
          )}
        </div>
      </li>`;
    });

    // Sorted by the place's name ("Bandung" of "Kota Bandung"), or by a program's urgency.
    const sort = programs.some((p) => p.id === this.#sort) ? this.#sort : '';
    const place = (r: Regency) => r.region.name.replace(/^(kabupaten|kota|kab\.)\s+/i, '');
    const byName = (a: Regency, b: Regency) =>
      place(a).localeCompare(place(b), locale) ||
      a.region.name.localeCompare(b.region.name, locale);
    const rank = (r: Regency) => URGENCY.indexOf(entryOf(r, sort).status);
    const days = (r: Regency) => entryOf(r, sort).daysLeft ?? Number.POSITIVE_INFINITY;
    // Descending turns the column round; ties stay in name order.
    const direction = this.#descending ? -1 : 1;
    const rows = regencies
      .filter(
        (r) =>
          !this.#urgent || programs.some((p) => NEEDS_ACTION.includes(entryOf(r, p.id).status)),
      )
      .sort((a, b) =>
        sort
          ? direction * (rank(a) - rank(b) || days(a) - days(b)) || byName(a, b)
          : direction * byName(a, b),
      );

    const header = (key: string, label: string) => {
      const sorted = sort === key;
      return html`<th
        scope="col"
        aria-sort=${sorted ? (this.#descending ? 'descending' : 'ascending') : nothing}
      >
        <button type="button" @click=${() => this.#sortBy(key)}>
          ${label}<span class="arrow" aria-hidden="true">${sorted ? (this.#descending ? '↓' : '↑') : '↕'}</span>
        </button>
      </th>`;
    };

    // The caption is shown above the scrolling region (so that it never scrolls away) and read
    // from the table.
    const caption = m.caption(overview.region.name, formatDate(overview.date, locale));
    const table = html`<p class="title" aria-hidden="true">${caption}</p>
      <div class="scroll" part="table-region" role="region" aria-labelledby="caption" tabindex="0">
      <table part="table">
        <caption id="caption" class="visually-hidden">${caption}</caption>
        <thead>
          <tr>
            ${header('', m.regency)} ${programs.map((p) => header(p.id, name(p.id)))}
          </tr>
        </thead>
        <tbody>
          ${rows.map((regency) => {
            const { code } = regency.region;
            const open = this.#open.has(code);
            return html`<tr>
                <th scope="row">
                  <button
                    type="button"
                    part="regency"
                    aria-expanded=${open ? 'true' : 'false'}
                    aria-controls=${open ? `d${code}` : nothing}
                    @click=${() => this.#toggle(regency, overview.programs)}
                  >
                    ${regency.region.name}
                  </button>
                </th>
                ${programs.map((p) => {
                  const entry = entryOf(regency, p.id);
                  const left = entry.daysLeft;
                  return html`<td>
                    ${statusPill(entry.status, m)}${
                      left === null
                        ? nothing
                        : entry.status === 'expiring'
                          ? html`<span class="days">${m.daysLeft(left)}</span>`
                          : entry.status === 'expired' && left < 0
                            ? html`<span class="days">${m.daysAgo(-left)}</span>`
                            : nothing
                    }
                  </td>`;
                })}
              </tr>
              ${
                open
                  ? html`<tr class="details" id="d${code}">
                    <td colspan=${programs.length + 1}>
                      <div class="cards" role="group" aria-label=${m.detailsOf(regency.region.name)}>
                                ${programs.map((p) =>
                                  agreementCard(entryOf(regency, p.id), name(p.id), m, locale),
                                )}
                      </div>
                    </td>
                  </tr>`
                  : nothing
              }`;
          })}
        </tbody>
      </table>
    </div>`;

    return html`${
      staleMs === undefined
        ? nothing
        : html`<p class="message" part="message">${m.staleData(formatAge(staleMs, locale))}</p>`
    }
      <ul class="summary" part="summary">
        ${summary}
      </ul>
      <div class="toolbar" part="toolbar">
        <label class=${this.#urgent ? 'on' : ''}>
          <input
            type="checkbox"
            .checked=${this.#urgent}
            @change=${(event: Event) => {
              this.#urgent = (event.target as HTMLInputElement).checked;
              this.requestUpdate();
            }}
          />
          <span>${m.needsAction} <span class="hint">(${m.needsActionHint})</span></span>
        </label>
        <span role="status">${m.shown(rows.length, total)}</span>
      </div>
      ${rows.length ? table : this.#message(m.noneNeedAction)}`;
  }

  #sortBy(key: string): void {
    this.#descending = this.#sort === key && !this.#descending;
    this.#sort = key;
    this.requestUpdate();
  }

  #toggle(regency: Regency, programs: readonly Program[]): void {
    const { code } = regency.region;
    if (this.#open.has(code)) {
      this.#open.delete(code);
    } else {
      // One entry per program, as the details show them ("none" where the answer has none).
      const detail: RegencyOpenDetail = {
        region: regency.region,
        agreements: programs.map((p) => entryOf(regency, p.id)),
      };
      const go = this.dispatchEvent(
        new CustomEvent('spbe-regency-open', {
          detail,
          bubbles: true,
          composed: true,
          cancelable: true,
        }),
      );
      if (!go) return;
      this.#open.add(code);
    }
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'spbe-agreement-overview': SpbeAgreementOverview;
  }
  interface HTMLElementEventMap {
    'spbe-regency-open': CustomEvent<RegencyOpenDetail>;
  }
}
