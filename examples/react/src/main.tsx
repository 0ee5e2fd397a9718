// The browser's entry: hydrates the page prerendered by entry-server.tsx
// (`npm run build`), or renders it afresh under `vite` (dev).
import { setDefaultClient } from '@spbe/elements/client.js';
import { createClient } from '@spbe/sdk';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App.js';

// The reference API: `npm start` at the repository's root serves it on port 8080.
const client = createClient({
  baseUrl: import.meta.env.VITE_SPBE_API ?? 'http://localhost:8080',
});

// The elements the server rendered are upgraded as soon as their modules load,
// before React hydrates the page and gives them their `client` property: make
// it the page's default too, so that their first requests already use it.
setDefaultClient(client);

const root = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App client={client} />
  </StrictMode>
);
if (root.firstElementChild) {
  hydrateRoot(root, app, {
    onRecoverableError: (error) => console.error('React could not hydrate the page:', error),
  });
} else {
  createRoot(root).render(app);
}
