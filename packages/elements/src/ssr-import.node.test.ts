// Importing the elements in Node, as server-rendered frameworks do, does not
// throw, and defines nothing (there is no DOM to define into).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';

it('imports every element module in Node without a DOM', async () => {
  assert.equal(typeof globalThis.customElements, 'undefined');
  const index = await import('./index.js');
  assert.equal(typeof index.SpbeAgreementBadge, 'function');
  assert.equal(typeof index.SpbeProvider, 'function');
  assert.equal(typeof index.SpbeAgreementOverview, 'function');
  await import('./agreement-badge/define.js');
  await import('./agreement-overview/define.js');
  await import('./provider/define.js');
});

it('keeps VERSION equal to package.json', async () => {
  const { VERSION } = await import('./internal/version.js');
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  assert.equal(VERSION, manifest.version);
});
