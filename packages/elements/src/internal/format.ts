import type { Locale } from './messages.js';

const TAGS: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

/** A `YYYY-MM-DD` calendar date written for people: "31 Desember 2026", "31 December 2026". */
export function formatDate(isoDate: string, locale: Locale): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  // Noon UTC is the same calendar day in Asia/Jakarta (UTC+7).
  return new Intl.DateTimeFormat(TAGS[locale], {
    dateStyle: 'long',
    timeZone: 'Asia/Jakarta',
  }).format(Date.UTC(y, m - 1, d, 12));
}

/** How long ago, for people: "10 menit lalu", "10 minutes ago". */
export function formatAge(ms: number, locale: Locale): string {
  const format = new Intl.RelativeTimeFormat(TAGS[locale], { numeric: 'auto' });
  const minutes = Math.round(ms / 60_000);
  // At least a second: a copy from a moment ago is not "now" ("sekarang"), it is cached data.
  if (minutes < 1) return format.format(-Math.max(1, Math.round(ms / 1000)), 'second');
  if (minutes < 60) return format.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  return hours < 48 ? format.format(-hours, 'hour') : format.format(-Math.round(hours / 24), 'day');
}
