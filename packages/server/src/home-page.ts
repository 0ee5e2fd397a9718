/**
 * The page at `/`: what this API is, its resources as working links, the
 * data's sources and licences. Plain HTML with one inline stylesheet allowed
 * by its hash in the page's CSP; no script.
 */
import { createHash } from 'node:crypto';
import type { RegionsMeta } from '@spbe/data';
import type { Dataset } from './dataset.js';
import { type DropInScript, dropInTag, escapeHtml } from './demo-pages.js';

const STYLE = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; background: Canvas; color: CanvasText; }
h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
code { font-family: ui-monospace, monospace; font-size: 0.95em; overflow-wrap: anywhere; }
a { color: #0b5cad; text-underline-offset: 0.15em; }
@media (prefers-color-scheme: dark) { a { color: #8cc4ff; } }
a:focus-visible { outline: 3px solid currentColor; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.35rem 0.5rem; border-bottom: 1px solid GrayText; vertical-align: top; }
.note { border-left: 4px solid GrayText; padding-left: 0.75rem; }
pre { white-space: pre-wrap; padding: 0.75rem; border: 1px solid GrayText; border-radius: 0.25rem; }
`;

/** The Content-Security-Policy of the page: only its own stylesheet. */
export const HOME_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256')
  .update(STYLE)
  .digest('base64')}'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;

const LINKS: [path: string, what: string][] = [
  ['/v1/regions', '38 provinsi / the 38 provinces'],
  ['/v1/regions/32', 'Provinsi Jawa Barat'],
  ['/v1/regions/32/children', '27 kabupaten/kota di Jawa Barat'],
  ['/v1/regions/32.73/children', 'Kecamatan di Kota Bandung'],
  ['/v1/regions/32.73/descendants?level=village', 'Semua kelurahan di Kota Bandung'],
  ['/v1/regions/32.73/agreements', 'Status PKS Kota Bandung per program'],
  ['/v1/regions/32/agreement-overview', 'Status PKS semua kabupaten/kota di Jawa Barat'],
  ['/v1/catalog', 'Seluruh katalog layanan / the whole catalog'],
  ['/v1/services?q=bikin%20sim', 'Cari layanan: "bikin sim"'],
  ['/v1/services?audience=businesses&pageSize=5', 'Layanan untuk pelaku usaha'],
  ['/v1/services/sp4n-lapor', 'Satu layanan: SP4N-LAPOR!'],
  ['/v1/agreements?region=32.73', 'PKS Kota Bandung'],
  ['/v1/programs', 'Program kerja sama'],
  ['/v1/openapi.json', 'Dokumen OpenAPI 3.1'],
];

/**
 * Renders the page for a dataset; `dropIn` is the drop-in script a site
 * should paste (the pinned file with its SRI hash, when built), its `src`
 * from the server's root; `base` is the server's address (no trailing
 * slash), which the pasted tags name. The page's own links are relative, so
 * it works under a path prefix too.
 */
export function renderHomePage(
  dataset: Dataset,
  meta: RegionsMeta,
  version: string,
  dropIn: DropInScript,
  base: string,
): string {
  const snippet = `${dropInTag({ ...dropIn, src: `${base}/${dropIn.src}` })}\n<spbe-agreement-badge region="32.73" program="spbe-infrastructure"></spbe-agreement-badge>`;
  const counts = meta.counts.indonesia;
  const rows = LINKS.map(
    ([path, what]) =>
      `<tr><td><a href="${escapeHtml(path.slice(1))}"><code>${escapeHtml(decodeURIComponent(path))}</code></a></td><td>${escapeHtml(what)}</td></tr>`,
  ).join('\n');
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SPBE Jawa Barat — API referensi</title>
<link rel="icon" href="favicon.svg" type="image/svg+xml">
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>SPBE Jawa Barat — API referensi</h1>
<p>Layanan SPBE bersama Provinsi Jawa Barat, perjanjian kerja sama (PKS) dengan 27 kabupaten/kota, dan data wilayah Kemendagri, untuk disematkan di situs setiap daerah. Versi ${escapeHtml(version)}.</p>
<p lang="en">The reference API of spbe-kit: West Java's shared e-government services, the province's cooperation agreements with its 27 regencies and cities, and Indonesia's administrative regions. Read-only, public, callable from any origin (CORS), with ETags and RFC 9457 problem details.</p>
</header>
<main>
<h2>Contoh situs / Demo sites</h2>
<ul>
<li><a href="demo/">Kota Bandung</a>: pencarian layanan, status PKS dan formulir dengan pilihan wilayah berjenjang. <span lang="en">The service finder, agreement badges and a form with cascading region selects.</span></li>
<li><a href="demo/provinsi/">Diskominfo Jawa Barat</a>: status PKS semua kabupaten/kota. <span lang="en">Where every regency's agreements stand.</span></li>
</ul>
<h2>Sematkan / Embed</h2>
<p>Satu skrip dan satu elemen di situs mana pun; elemen memakai API tempat skrip ini berasal. <span lang="en">One script and one element on any site; the elements use the API the script came from.</span></p>
<pre><code>${escapeHtml(snippet)}</code></pre>
<p>Versi terkunci dengan hash SRI di atas; versi terbaru: <code>${escapeHtml(base)}/cdn/spbe.js</code>. Hash setiap berkas: <code>${escapeHtml(base)}/cdn/spbe@&lt;versi&gt;/integrity.json</code>. <span lang="en">Above: the pinned version with its SRI hash; the latest is <code>${escapeHtml(base)}/cdn/spbe.js</code>. Every file's hash is in <code>${escapeHtml(base)}/cdn/spbe@&lt;version&gt;/integrity.json</code>.</span></p>
<h2>Sumber daya / Resources</h2>
<table>
<thead><tr><th scope="col">Path</th><th scope="col">Isi / Contents</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p>Kontrak lengkap ada di <a href="v1/openapi.json">dokumen OpenAPI</a>. The full contract is in the OpenAPI document.</p>
<h2>Data</h2>
<ul>
<li>Katalog: ${dataset.services.length} layanan, ${dataset.agreements.length} PKS, ${dataset.programs.length} program.</li>
<li>Wilayah: ${counts.province} provinsi, ${counts.regency} kabupaten/kota, ${counts.district.toLocaleString('id-ID')} kecamatan, ${counts.village.toLocaleString('id-ID')} desa/kelurahan.</li>
</ul>
<p class="note"><strong>Contoh, bukan register resmi.</strong> Katalog layanan dan PKS adalah contoh yang disusun dari pemberitaan publik; nomor PKS adalah placeholder dan sebagian perpanjangan bersifat ilustratif. <span lang="en">The catalog and agreements are a sample assembled from public reporting, not an official register.</span></p>
<h2>Lisensi / Licences</h2>
<p>Kode: MIT. ${escapeHtml(meta.attribution)}</p>
</main>
</body>
</html>
`;
}
