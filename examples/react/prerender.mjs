// `npm run build`'s last step: renders the app with the server build (Node,
// no DOM) into the client build's index.html, which main.tsx then hydrates.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = join(import.meta.dirname, 'dist');
const { render } = await import(pathToFileURL(join(dist, 'server', 'entry-server.js')).href);
const page = join(dist, 'client', 'index.html');
const html = readFileSync(page, 'utf8');
if (!html.includes('<!--app-->')) throw new Error(`${page} has no <!--app--> to render into`);
writeFileSync(
  page,
  html.replace('<!--app-->', () => render()),
);
console.log(`prerendered ${page}`);
