import type { AgreementStatus, Program, RegionAgreement } from '@spbe/sdk';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { SpbeElement } from '../internal/base.js';
import { AttributeProblem, describeFailure } from '../internal/errors.js';
import { formatAge } from '../internal/format.js';
import { Loader } from '../internal/loader.js';
import { agreementStyles } from '../internal/status-styles.js';
import { agreementCard, programName, statusPill, URGENCY } from '../internal/status-view.js';
import { base } from '../internal/styles.js';
import { asText } from '../internal/text.js';
import { styles } from './agreement-badge.styles.js';
import { type BadgeMessages, MESSAGES } from './messages.js';

interface Shown {
  entries: readonly RegionAgreement[];
  programs: ReadonlyMap<string, Program>;
}

/**
 * Where a regency's cooperation agreement (PKS) with the province stands, as
 * text, icon and colour together: none, draft, negotiating, scheduled (signed,
 * not yet in force), active, expiring (90 days or fewer left), expired or
 * terminated, on today's Asia/Jakarta date.
 *
 * @summary A regency's agreement (PKS) status, for one program or all of them.
 * @tagname spbe-agreement-badge
 *
 * @csspart base - The wrapper of everything shown.
 * @csspart badge - The status pill (text, icon and colour).
 * @csspart label - The status text inside the pill.
 * @csspart program - A program's name (without `program`, or with `variant="full"`).
 * @csspart card - One program's details in `variant="full"`.
 * @csspart document-link - The link to the agreement document.
 * @csspart message - A loading, error or stale-data message.
 * @csspart retry - The button that loads again after an error.
 *
 * @cssproperty --spbe-agreement-badge-gap - Space between the programs shown.
 *
 * @example
 * <spbe-agreement-badge region="32.73" program="spbe-infrastructure"></spbe-agreement-badge>
 */
export class SpbeAgreementBadge extends SpbeElement {
  static override styles = [base, agreementStyles, styles];
  static override properties: PropertyDeclarations = {
    region: {},
    program: {},
    variant: { reflect: true },
  };

  /** The regency (kabupaten/kota) code, e.g. `32.73`. */
  region = '';

  /** The program, e.g. `spbe-infrastructure`; unset shows every program, one line each. */
  program = '';

  /** `compact` (the status) or `full` (number, program, dates, days left, document). */
  variant: 'compact' | 'full' = 'compact';

  #loader = new Loader<Shown>(this, {
    args: () => [asText(this.region), asText(this.program), this.clientKey()],
    load: async (signal, stale) => {
      const region = asText(this.region);
      const program = asText(this.program);
      if (!region) throw new AttributeProblem<BadgeMessages>((m) => m.missingRegion);
      const client = this.resolveClient();
      const call = { signal, onStale: (event: { ageMs: number }) => stale(event.ageMs) };
      const [entries, programs] = await Promise.all([
        client.regions.agreements(region, call),
        client.programs(call),
      ]);
      if (program && !entries.some((e) => e.program === program)) {
        throw new AttributeProblem<BadgeMessages>((m) => m.unknownProgram(program));
      }
      return {
        entries: program ? entries.filter((e) => e.program === program) : entries,
        programs: new Map(programs.map((p) => [p.id, p])),
      };
    },
  });

  /** The strings in the element's language. */
  protected get messages(): BadgeMessages {
    return MESSAGES[this.locale];
  }

  /**
   * The status shown (read-only): the program's, or without `program` the most
   * pressing one among them (expired, expiring, terminated, none, negotiating,
   * draft, scheduled, active); undefined while loading or after an error.
   */
  get status(): AgreementStatus | undefined {
    const { state } = this.#loader;
    if (state.kind !== 'done') return undefined;
    const shown = new Set(state.value.entries.map((e) => e.status));
    return URGENCY.find((s) => shown.has(s));
  }

  protected override render(): TemplateResult {
    const m = this.messages;
    const { state } = this.#loader;
    let body: TemplateResult | typeof nothing;
    if (state.kind === 'failed') {
      const { text, retry } = describeFailure(state.error, m, asText(this.region));
      body = html`<span class="message error" part="message">${text}</span>${
        retry
          ? html` <button type="button" part="retry" @click=${() => this.#loader.run()}>
              ${m.retry}
            </button>`
          : nothing
      }`;
    } else if (state.kind === 'done') {
      body = this.#renderShown(state.value, state.staleMs);
    } else if (state.previous) {
      body = this.#renderShown(state.previous, undefined);
    } else {
      body = this.#loader.slow
        ? html`<span class="skeleton" aria-hidden="true"></span
            ><span class="visually-hidden">${m.loading}</span>`
        : nothing;
    }
    return html`<div
      class="root"
      part="base"
      data-theme=${this.scheme ?? nothing}
      aria-busy=${state.kind === 'pending' ? 'true' : 'false'}
    >
      ${body}
    </div>`;
  }

  #renderShown(shown: Shown, staleMs: number | undefined): TemplateResult {
    const m = this.messages;
    const single = asText(this.program) !== '' && shown.entries.length === 1;
    const full = this.variant === 'full';
    const items = shown.entries.map((entry) => {
      const name = programName(entry.program, shown.programs, this.locale);
      if (full) return agreementCard(entry, name, m, this.locale);
      const pill = statusPill(entry.status, m, name);
      return single
        ? pill
        : html`<li><span class="program" part="program">${name}</span> ${pill}</li>`;
    });
    const list = single
      ? items
      : full
        ? html`<div class="cards">${items}</div>`
        : html`<ul class="list" aria-label=${m.statusesOf}>${items}</ul>`;
    const note =
      staleMs === undefined
        ? nothing
        : html`<p class="message stale" part="message">
            ${m.staleData(formatAge(staleMs, this.locale))}
          </p>`;
    return html`${list}${note}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'spbe-agreement-badge': SpbeAgreementBadge;
  }
}
