// Code shown on the docs pages, kept here because MDX drops the indentation
// of a template literal written inside a JSX attribute.

export const pinnedScript = `<script
  type="module"
  src="https://ORIGIN/cdn/spbe@0.1.0/spbe.js"
  integrity="sha384-…"
  crossorigin="anonymous"
></script>`;

export const cspHeader = `Content-Security-Policy:
  script-src https://CDN-ORIGIN;
  connect-src https://API-ORIGIN;
  require-trusted-types-for 'script';
  trusted-types lit-html`;

export const baseUrlAndProvider = `<!-- One element, its own API -->
<spbe-agreement-badge base-url="https://data.jabarprov.go.id/spbe" region="32.73"></spbe-agreement-badge>

<!-- Or once for a whole part of the page: one shared client, one cache -->
<spbe-provider base-url="https://data.jabarprov.go.id/spbe" locale="id">
  <spbe-service-finder region="32.73"></spbe-service-finder>
  <spbe-agreement-badge region="32.73"></spbe-agreement-badge>
</spbe-provider>`;

export const regionSelectEvents = `const select = document.querySelector('spbe-region-select');
select.addEventListener('change', () => console.log(select.value, select.region?.name));

document.querySelector('spbe-service-finder').addEventListener('spbe-service-select', (event) => {
  event.preventDefault();               // stay on the page…
  router.push('/layanan/' + event.detail.service.id); // …and route in your app
});`;

export const createClientCode = `import { createClient } from '@spbe/sdk';

const spbe = createClient({
  baseUrl: 'https://data.jabarprov.go.id/spbe', // where the API is mounted, without /v1
  timeout: 8000,  // ms for the whole exchange, body included
  retry: 2,       // retries (0 = none)
});`;

export const errorsCode = `import { isSpbeHttpError, SpbeError } from '@spbe/sdk';

try {
  await spbe.regions.get('32.73');
} catch (error) {
  if (isSpbeHttpError(error) && error.status === 404) showNotFound();
  else if (error instanceof SpbeError) showRetry(error.message);
  else throw error;
}`;

export const regencyBrandCss = `/* A regency's own colours, for every spbe-kit element on the site */
:root {
  --spbe-font-family: 'Inter', system-ui, sans-serif;
  --spbe-color-accent: #0a6b3d;
  --spbe-radius: 0.75rem;
  --spbe-focus-ring: 3px solid #0a6b3d;
}`;
