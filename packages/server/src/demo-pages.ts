/**
 * The demo pages under `/demo/`: what a site looks like with the elements
 * embedded from `/cdn/`. `/demo/provinsi/` is the province's own page (the
 * Diskominfo portal showing where every regency stands), in Indonesian, or
 * in English with `?lang=en`. Each page allows only its own stylesheet (by
 * hash), scripts from this origin and Trusted Types: the strict CSP a
 * regency's site can use too.
 */
import { createHash } from 'node:crypto';

/** Languages of the demo pages: Indonesian first. */
export type DemoLocale = 'id' | 'en';

/** The drop-in module each demo page loads from `/cdn/`. */
export const OVERVIEW_ASSET = 'spbe-agreement-overview.js';

const STYLE = `
:root { color-scheme: light dark; --ink: #1b1f24; --paper: #ffffff; --band: #0b5a3c; --band-ink: #ffffff; --rule: #8a939e; --muted: #4a525c; --link: #0b5cad; }
@media (prefers-color-scheme: dark) { :root { --ink: #e8ecf0; --paper: #16191d; --band: #0d3b2a; --rule: #7d8792; --muted: #b4bcc6; --link: #8cc4ff; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 1rem/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
a { color: var(--link); text-underline-offset: 0.15em; }
a:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
.skip { position: absolute; left: 0.5rem; top: -3rem; padding: 0.5rem 0.75rem; background: var(--paper); }
.skip:focus { top: 0.5rem; }
header { background: var(--band); color: var(--band-ink); }
header a { color: inherit; }
header a:focus-visible { outline-color: currentColor; }
.bar { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem 1.5rem; max-width: 72rem; margin: 0 auto; padding: 0.75rem 1rem; }
.brand { font-weight: 700; line-height: 1.25; }
.brand small { display: block; font-weight: 400; opacity: 0.9; }
main, footer > div { max-width: 72rem; margin: 0 auto; padding: 1.5rem 1rem; }
h1 { margin: 0 0 0.5rem; font-size: clamp(1.5rem, 4vw, 2.1rem); line-height: 1.2; }
.lead { max-width: 48rem; margin: 0 0 1.5rem; color: var(--muted); }
footer { border-top: 1px solid var(--rule); color: var(--muted); font-size: 0.875rem; }
@media print { header nav, .skip, footer { display: none; } header { background: none; color: inherit; } }
`;

/** The demo pages' icon (served at `/favicon.svg`): a green tile with a white "S". */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b5a3c"/><path d="M21 10.5c-1.2-1.3-3-2-5-2-3 0-5.2 1.6-5.2 4 0 2.3 1.8 3.3 4.8 4 2.3.5 3.2 1 3.2 2.1 0 1.2-1.2 2-3 2-1.9 0-3.5-.8-4.6-2.1L9 20.7c1.5 1.7 3.9 2.8 6.7 2.8 3.4 0 5.9-1.8 5.9-4.5 0-2.4-1.7-3.5-5-4.2-2.1-.5-3-.9-3-1.9 0-1 1-1.7 2.5-1.7 1.4 0 2.7.5 3.6 1.5Z" fill="#fff"/></svg>';

/** The Content-Security-Policy of the demo pages. */
export const DEMO_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const TEXT = {
  id: {
    title: 'Kerja sama SPBE dengan kabupaten/kota — Diskominfo Jawa Barat',
    skip: 'Langsung ke isi',
    brand: 'Dinas Komunikasi dan Informatika',
    province: 'Pemerintah Daerah Provinsi Jawa Barat',
    other: ['en', 'English'],
    home: 'API referensi',
    h1: 'Kerja sama SPBE dengan 27 kabupaten/kota',
    lead: 'Pemerintah Daerah Provinsi Jawa Barat menandatangani perjanjian kerja sama (PKS) dengan seluruh kabupaten dan kota untuk mempercepat SPBE. Tabel ini menunjukkan status PKS setiap daerah per program, dihitung menurut tanggal hari ini di Jakarta. Pilih nama daerah untuk melihat rincian PKS-nya.',
    note: 'Contoh, bukan register resmi: data PKS disusun dari pemberitaan publik, nomor PKS adalah placeholder dan sebagian perpanjangan bersifat ilustratif.',
  },
  en: {
    title: 'SPBE cooperation with the regencies and cities — West Java Diskominfo',
    skip: 'Skip to content',
    brand: 'Office of Communication and Informatics',
    province: 'Provincial Government of West Java',
    other: ['id', 'Bahasa Indonesia'],
    home: 'Reference API',
    h1: 'SPBE cooperation with the 27 regencies and cities',
    lead: "West Java's provincial government signed cooperation agreements (PKS) with every regency and city to speed up e-government (SPBE). The table shows where each one stands per program, on today's date in Jakarta. Choose a name to see its agreements.",
    note: 'A sample, not an official register: the agreements are assembled from public reporting, their numbers are placeholders and some renewals are illustrative.',
  },
} as const;

/** The province page: the agreement overview of West Java, as Diskominfo's portal would show it. */
export function renderProvincePage(locale: DemoLocale): string {
  const t = TEXT[locale];
  const [otherLang, otherName] = t.other;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style>${STYLE}</style>
<script type="module" src="/cdn/${OVERVIEW_ASSET}"></script>
</head>
<body>
<a class="skip" href="#main">${t.skip}</a>
<header>
<div class="bar">
<div class="brand">${t.brand}<small>${t.province}</small></div>
<nav aria-label="${locale === 'id' ? 'Bahasa dan tautan' : 'Language and links'}">
<a href="?lang=${otherLang}" lang="${otherLang}" hreflang="${otherLang}">${otherName}</a>
· <a href="/">${t.home}</a>
</nav>
</div>
</header>
<main id="main">
<h1>${t.h1}</h1>
<p class="lead">${t.lead}</p>
<spbe-agreement-overview parent="32"></spbe-agreement-overview>
</main>
<footer><div><p>${t.note}</p></div></footer>
</body>
</html>
`;
}
