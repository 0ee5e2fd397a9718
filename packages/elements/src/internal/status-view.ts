/**
 * How an agreement's status and details look, shared by the badge and the
 * overview: the pill (text, icon and colour together) and the details card
 * of the badge's `variant="full"`.
 */
import type { AgreementStatus, Program, RegionAgreement } from '@spbe/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from './format.js';
import { statusIcon } from './icons.js';
import type { Locale } from './messages.js';
import type { AgreementMessages } from './status-messages.js';

/**
 * Most pressing first: no agreement in force soon (expired, expiring,
 * terminated, none), then on its way (negotiating, draft, scheduled), then active.
 */
export const URGENCY: readonly AgreementStatus[] = [
  'expired',
  'expiring',
  'terminated',
  'none',
  'negotiating',
  'draft',
  'scheduled',
  'active',
];

/** A program's name in the language, or its id when the program is unknown. */
export const programName = (
  id: string,
  programs: ReadonlyMap<string, Program>,
  locale: Locale,
): string => {
  const program = programs.get(id);
  return program ? (locale === 'en' ? program.nameEn : program.name) : id;
};

/**
 * The status pill; with `program`, screen readers hear whose status it is
 * first ("PKS Infrastruktur SPBE: Berlaku").
 */
export const statusPill = (
  status: AgreementStatus,
  m: AgreementMessages,
  program?: string,
): TemplateResult =>
  html`<span class="pill" data-status=${status} part="badge">${
    program ? html`<span class="visually-hidden">${m.agreementFor(program)}</span>` : nothing
  }${statusIcon(status)}<span part="label">${m.status[status]}</span></span>`;

/** An https: URL as written, or undefined: nothing else becomes a link. */
function safeLink(url: string | null | undefined): string | undefined {
  try {
    return url && new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** One program's details: number, dates, days left, document link. */
export function agreementCard(
  entry: RegionAgreement,
  name: string,
  m: AgreementMessages,
  locale: Locale,
): TemplateResult {
  const date = (iso: string) => formatDate(iso, locale);
  const a = entry.agreement;
  const rows: [string, string][] = [];
  if (a) {
    rows.push([m.agreementNumber, a.number]);
    if (a.signedAt) rows.push([m.signedOn, date(a.signedAt)]);
    if (a.validFrom) {
      rows.push([
        m.validity,
        a.validUntil
          ? m.validFromTo(date(a.validFrom), date(a.validUntil))
          : m.validFrom(date(a.validFrom)),
      ]);
    }
    if (a.terminatedAt) rows.push([m.terminatedOn, date(a.terminatedAt)]);
    const left = entry.daysLeft;
    if (left !== null && (entry.status === 'active' || entry.status === 'expiring')) {
      rows.push([m.timeLeft, m.daysLeft(left)]);
    } else if (left !== null && left < 0 && entry.status === 'expired') {
      rows.push([m.ended, m.daysAgo(-left)]);
    }
  }
  const link = safeLink(a?.documentUrl);
  return html`<div class="card" part="card">
    <div class="head">
      <span class="program" part="program">${name}</span>
      ${statusPill(entry.status, m)}
    </div>
    ${
      rows.length
        ? html`<dl>
          ${rows.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}
        </dl>`
        : nothing
    }
    ${
      a
        ? link
          ? html`<a href=${link} part="document-link" rel="noopener noreferrer">${m.document}</a>`
          : html`<span class="message" part="message">${m.noDocument}</span>`
        : nothing
    }
  </div>`;
}
