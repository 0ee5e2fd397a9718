/**
 * The demo pages under `/demo/`: what a site looks like with the elements
 * embedded through the drop-in (`/cdn/`). `/demo/` is a regency's portal
 * (Kota Bandung's digital services page: the service finder, its agreement
 * badges and a form with cascading region selects); `/demo/provinsi/` is the
 * province's own page (the Diskominfo portal showing where every regency
 * stands). Indonesian, or English with `?lang=en`. Each page allows only its
 * own stylesheet (by hash), scripts from this origin and Trusted Types: the
 * strict CSP a regency's site can use too. Every link and script is relative
 * to the page, so the pages work under a path prefix (a proxy serving the
 * server at `https://host/spbe/`).
 */
import { createHash } from 'node:crypto';

/** Languages of the demo pages: Indonesian first. */
export type DemoLocale = 'id' | 'en';

/**
 * How a page loads the drop-in: its URL and, for a pinned file, its SRI hash.
 * The server's own lists give `src` from the server's root, without the
 * leading slash (`cdn/spbe.js`); each page puts its way to the root in front.
 */
export interface DropInScript {
  src: string;
  integrity?: string;
}

/** The drop-in's latest URL (from the server's root), for when no pinned build is known. */
export const LATEST_DROP_IN: DropInScript = { src: 'cdn/spbe.js' };

/** The demo form's script, served at `/demo/demo.js` (a file: the CSP allows no inline script). */
export const DEMO_SCRIPT_PATH = '/demo/demo.js';

/** Text made safe for HTML, attribute values included. */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The script tag for the drop-in. */
export function dropInTag({ src, integrity }: DropInScript): string {
  return integrity === undefined
    ? `<script type="module" src="${escapeHtml(src)}"></script>`
    : `<script type="module" src="${escapeHtml(src)}" integrity="${escapeHtml(integrity)}" crossorigin="anonymous"></script>`;
}

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
.with-mark { display: flex; align-items: center; gap: 0.75rem; }
.with-mark img { flex: none; border-radius: 0.4rem; box-shadow: 0 0 0 2px var(--band-ink); }
main, footer > div { max-width: 72rem; margin: 0 auto; padding: 1.5rem 1rem; }
h1 { margin: 0 0 0.5rem; font-size: clamp(1.5rem, 4vw, 2.1rem); line-height: 1.2; }
.lead { max-width: 48rem; margin: 0 0 1.5rem; color: var(--muted); }
footer { border-top: 1px solid var(--rule); color: var(--muted); font-size: 0.875rem; }
.kota { --band: #123f6d; }
@media (prefers-color-scheme: dark) { .kota { --band: #15304d; } }
.crumbs { margin: 0 0 0.75rem; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; font-size: 0.875rem; color: var(--muted); }
.crumbs li + li::before { content: '›'; margin-right: 0.5rem; }
section { margin: 2.5rem 0 0; }
h2 { margin: 0 0 0.5rem; font-size: 1.35rem; line-height: 1.3; }
.intro { max-width: 48rem; margin: 0 0 1rem; color: var(--muted); }
.badges { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr)); gap: 1rem; }
form { display: grid; gap: 1rem; max-width: 36rem; }
.field { display: grid; gap: 0.25rem; }
label { font-weight: 600; }
input, textarea { font: inherit; color: inherit; background: var(--paper); border: 1px solid var(--rule); border-radius: 0.25rem; padding: 0.5rem; min-height: 2.75rem; }
input:focus-visible, textarea:focus-visible, button:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
.hint { margin: 0; font-size: 0.875rem; color: var(--muted); }
.actions { display: flex; flex-wrap: wrap; gap: 0.75rem; }
button { font: inherit; font-weight: 600; min-height: 2.75rem; padding: 0.5rem 1.25rem; border-radius: 0.25rem; border: 2px solid var(--band); background: var(--band); color: var(--band-ink); cursor: pointer; }
button[type=reset] { background: transparent; color: var(--ink); border-color: var(--rule); }
.sent { max-width: 36rem; margin-top: 1.5rem; padding: 1rem; border: 1px solid var(--rule); border-left: 4px solid var(--band); border-radius: 0.25rem; }
.sent:focus { outline: 3px solid var(--link); outline-offset: 2px; }
.sent h3 { margin: 0 0 0.5rem; font-size: 1.1rem; }
.sent dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.25rem 1rem; margin: 0; }
.sent dt { font-family: ui-monospace, monospace; }
.sent dd { margin: 0; overflow-wrap: anywhere; }
[hidden] { display: none !important; }
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

/**
 * A demo page's head, to `</head>`: its title, the stylesheet the CSP allows,
 * the drop-in, `extra`. `root` is the way from the page to the server's root
 * (`../` from `/demo/`).
 */
function head(
  locale: DemoLocale,
  title: string,
  dropIn: DropInScript,
  root: string,
  extra = '',
): string {
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="${root}favicon.svg" type="image/svg+xml">
<style>${STYLE}</style>
${dropInTag({ ...dropIn, src: root + dropIn.src })}
${extra}</head>`;
}

/** The province page: the agreement overview of West Java, as Diskominfo's portal would show it. */
export function renderProvincePage(
  locale: DemoLocale,
  dropIn: DropInScript = LATEST_DROP_IN,
): string {
  const t = TEXT[locale];
  const [otherLang, otherName] = t.other;
  return `${head(locale, t.title, dropIn, '../../')}
<body>
<a class="skip" href="#main">${t.skip}</a>
<header>
<div class="bar">
<div class="brand">${t.brand}<small>${t.province}</small></div>
<nav aria-label="${locale === 'id' ? 'Bahasa dan tautan' : 'Language and links'}">
<a href="?lang=${otherLang}" lang="${otherLang}" hreflang="${otherLang}">${otherName}</a>
· <a href="../../">${t.home}</a>
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

const REGENCY_TEXT = {
  id: {
    title: 'Layanan digital — Pemerintah Kota Bandung',
    skip: 'Langsung ke isi',
    brand: 'Pemerintah Kota Bandung',
    sub: 'Layanan digital warga',
    nav: 'Bahasa dan tautan',
    other: ['en', 'English'],
    provincePage: 'Halaman provinsi',
    home: 'API referensi',
    crumbs: ['Beranda', 'Layanan', 'Layanan digital'],
    h1: 'Layanan digital untuk warga Kota Bandung',
    lead: 'Cari layanan pemerintah yang Anda butuhkan, dari pusat, provinsi dan Kota Bandung, lihat status kerja sama SPBE kota ini dengan Provinsi Jawa Barat, dan isi permohonan dengan alamat yang dipilih dari data wilayah Kemendagri.',
    finderH: 'Layanan pemerintah',
    finderIntro:
      'Ketik apa yang Anda perlukan, misalnya "bikin ktp", "izin usaha" atau "lapor jalan rusak".',
    pksH: 'Kerja sama SPBE dengan Provinsi Jawa Barat',
    pksIntro:
      'Status perjanjian kerja sama (PKS) Kota Bandung per program, dihitung menurut tanggal hari ini di Jakarta.',
    formH: 'Permohonan layanan',
    formIntro:
      'Contoh formulir: pilih wilayah dari provinsi sampai kelurahan. Tidak ada yang dikirim; halaman ini hanya menampilkan data yang akan dikirim.',
    name: 'Nama lengkap',
    province: 'Provinsi',
    regency: 'Kabupaten/kota',
    district: 'Kecamatan',
    village: 'Kelurahan/desa',
    need: 'Keperluan',
    needHint: 'Misalnya: mengurus akta kelahiran anak.',
    submit: 'Kirim',
    reset: 'Kosongkan',
    sentH: 'Data yang akan dikirim',
    blank: '(kosong)',
    note: 'Halaman contoh spbe-kit, bukan situs resmi Pemerintah Kota Bandung. Katalog layanan dan PKS adalah contoh yang disusun dari pemberitaan publik.',
  },
  en: {
    title: 'Digital services — City of Bandung',
    skip: 'Skip to content',
    brand: 'City of Bandung',
    sub: 'Digital services for residents',
    nav: 'Language and links',
    other: ['id', 'Bahasa Indonesia'],
    provincePage: 'Province page',
    home: 'Reference API',
    crumbs: ['Home', 'Services', 'Digital services'],
    h1: 'Digital services for the residents of Bandung',
    lead: "Find the government service you need, national, provincial or the city's own, see where the city's SPBE cooperation with West Java stands, and fill in a request with an address chosen from Kemendagri's region data.",
    finderH: 'Government services',
    finderIntro:
      'Type what you need, for example "bikin ktp" (an ID card), "izin usaha" (a business permit) or "lapor jalan rusak" (report a damaged road).',
    pksH: 'SPBE cooperation with West Java',
    pksIntro:
      "The status of the City of Bandung's cooperation agreements (PKS) per program, on today's date in Jakarta.",
    formH: 'Service request',
    formIntro:
      'A sample form: choose the region from the province down to the village. Nothing is sent; the page only shows what would be sent.',
    name: 'Full name',
    province: 'Province',
    regency: 'Regency or city',
    district: 'District',
    village: 'Village',
    need: 'What you need',
    needHint: "For example: registering a child's birth.",
    submit: 'Send',
    reset: 'Clear',
    sentH: 'What would be sent',
    blank: '(empty)',
    note: "A spbe-kit sample page, not the City of Bandung's official site. The service catalog and agreements are a sample assembled from public reporting.",
  },
} as const;

/** The programs whose badges the regency page shows, in the programs' order. */
const PROGRAMS = ['spbe-infrastructure', 'saber-hoaks', 'command-center'] as const;

/**
 * The regency page: Kota Bandung's digital services, with the service
 * finder for the city, its agreement badges, and a request form whose
 * address is chosen with cascading region selects (wired by /demo/demo.js).
 */
export function renderRegencyPage(
  locale: DemoLocale,
  dropIn: DropInScript = LATEST_DROP_IN,
): string {
  const t = REGENCY_TEXT[locale];
  const [otherLang, otherName] = t.other;
  // No parent: every province; an empty one waits for the select above.
  const select = (id: string, label: string, level: string, parent?: string, value = '') =>
    `<div class="field"><label for="${id}">${label}</label>
<spbe-region-select id="${id}" name="${id}" level="${level}"${parent === undefined ? '' : ` parent="${parent}"`}${value ? ` value="${value}"` : ''} required></spbe-region-select></div>`;
  return `${head(locale, t.title, dropIn, '../', '<script type="module" src="demo.js"></script>\n')}
<body class="kota">
<a class="skip" href="#main">${t.skip}</a>
<header>
<div class="bar">
<div class="brand with-mark"><img src="../favicon.svg" alt="" width="40" height="40"><span>${t.brand}<small>${t.sub}</small></span></div>
<nav aria-label="${t.nav}">
<a href="?lang=${otherLang}" lang="${otherLang}" hreflang="${otherLang}">${otherName}</a>
· <a href="provinsi/${locale === 'en' ? '?lang=en' : ''}">${t.provincePage}</a>
· <a href="../">${t.home}</a>
</nav>
</div>
</header>
<main id="main">
<nav aria-label="Breadcrumb"><ol class="crumbs">${t.crumbs.map((c, i) => `<li${i === t.crumbs.length - 1 ? ' aria-current="page"' : ''}>${c}</li>`).join('')}</ol></nav>
<h1>${t.h1}</h1>
<p class="lead">${t.lead}</p>
<section aria-labelledby="cari">
<h2 id="cari">${t.finderH}</h2>
<p class="intro">${t.finderIntro}</p>
<spbe-service-finder region="32.73" sync-url></spbe-service-finder>
</section>
<section aria-labelledby="pks">
<h2 id="pks">${t.pksH}</h2>
<p class="intro">${t.pksIntro}</p>
<div class="badges">
${PROGRAMS.map((p) => `<spbe-agreement-badge region="32.73" program="${p}" variant="full"></spbe-agreement-badge>`).join('\n')}
</div>
</section>
<section aria-labelledby="mohon">
<h2 id="mohon">${t.formH}</h2>
<p class="intro">${t.formIntro}</p>
<form id="permohonan">
<div class="field"><label for="nama">${t.name}</label>
<input id="nama" name="nama" autocomplete="name" required></div>
${select('provinsi', t.province, 'province', undefined, '32')}
${select('kabupaten', t.regency, 'regency', '32', '32.73')}
${select('kecamatan', t.district, 'district', '32.73')}
${select('kelurahan', t.village, 'village', '')}
<div class="field"><label for="keperluan">${t.need}</label>
<textarea id="keperluan" name="keperluan" rows="3" aria-describedby="keperluan-hint"></textarea>
<p class="hint" id="keperluan-hint">${t.needHint}</p></div>
<div class="actions"><button type="submit">${t.submit}</button><button type="reset">${t.reset}</button></div>
</form>
<div class="sent" id="terkirim" role="region" tabindex="-1" aria-labelledby="terkirim-h" data-blank="${t.blank}" hidden>
<h3 id="terkirim-h">${t.sentH}</h3>
<dl></dl>
</div>
</section>
</main>
<footer><div><p>${t.note}</p></div></footer>
</body>
</html>
`;
}

/**
 * /demo/demo.js: chains the form's region selects (each one's `parent`
 * follows the value above it) and, on submit, shows what the form would
 * send instead of sending it. DOM calls only (no HTML strings): the page
 * enforces Trusted Types.
 */
export const DEMO_SCRIPT = `// spbe-kit demo: the request form of /demo/.
const form = document.getElementById('permohonan');
const sent = document.getElementById('terkirim');
const chain = ['provinsi', 'kabupaten', 'kecamatan', 'kelurahan'].map((id) => document.getElementById(id));
chain.forEach((select, i) => {
  const next = chain[i + 1];
  if (next) select.addEventListener('change', () => { next.parent = select.value; });
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const list = sent.querySelector('dl');
  list.replaceChildren();
  for (const [name, value] of new FormData(form)) {
    const term = document.createElement('dt');
    term.textContent = name;
    const detail = document.createElement('dd');
    const region = form.elements.namedItem(name)?.region;
    detail.textContent = value === '' ? sent.dataset.blank : region ? value + ' — ' + region.name : String(value);
    list.append(term, detail);
  }
  sent.hidden = false;
  sent.focus();
});
// A submit the browser stops (a required field empty) shows nothing old.
form.addEventListener('invalid', () => { sent.hidden = true; }, true);
// After a reset (values back to the page's), each parent follows again.
form.addEventListener('reset', () => {
  sent.hidden = true;
  setTimeout(() => chain.forEach((select, i) => { if (chain[i + 1]) chain[i + 1].parent = select.value; }));
});
`;
