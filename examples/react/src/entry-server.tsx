// Rendering on the server (Node): the elements' modules load without a DOM and
// define nothing; React writes their tags and attributes, and the browser
// upgrades them when main.tsx hydrates the page.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App.js';

export function render(): string {
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
