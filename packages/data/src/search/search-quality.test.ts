// Search quality on the real data: every labelled query finds its expected
// answer within the first `within` hits. See fixtures/README.md.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { createRegionIndex, createServiceIndex, type RegionIndex } from '@spbe/sdk/search';
import { services } from '../catalog/services.js';
import { openRegionStore } from '../regions.js';

interface Label {
  q: string;
  expect: string;
  within: number;
}

const load = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as Label[];

describe('region search quality (all of Indonesia)', () => {
  const labels = load('region-queries.json');
  let index: RegionIndex;
  before(async () => {
    index = createRegionIndex(await openRegionStore().all());
  });

  for (const label of labels) {
    it(`"${label.q}" → ${label.expect} in the first ${label.within}`, () => {
      const hits = index.search(label.q);
      const found = hits.findIndex((h) => h.item.code === label.expect);
      assert.ok(
        found >= 0 && found < label.within,
        `got ${hits
          .slice(0, 5)
          .map((h) => `${h.item.code} ${h.item.name}`)
          .join(' | ')}`,
      );
    });
  }
});

describe('service search quality (sample catalog)', () => {
  const labels = load('service-queries.json');
  const index = createServiceIndex(services);

  for (const label of labels) {
    it(`"${label.q}" → ${label.expect} in the first ${label.within}`, () => {
      const hits = index.search(label.q);
      const found = hits.findIndex((h) => h.item.id === label.expect);
      assert.ok(
        found >= 0 && found < label.within,
        `got ${hits
          .slice(0, 5)
          .map((h) => h.item.id)
          .join(' | ')}`,
      );
    });
  }
});
