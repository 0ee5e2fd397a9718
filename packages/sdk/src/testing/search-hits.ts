/**
 * Test helper (Node): what the property tests of a search index
 * ask of every answer to `q`: best first (no score above the one before),
 * and each highlight range non-empty, inside the hit's name and after the
 * range before it.
 */
import assert from 'node:assert/strict';
import type { SearchHit } from '../search/types.js';

export function assertBestFirst(q: string, hits: readonly SearchHit<{ name: string }>[]): void {
  let previous = Number.POSITIVE_INFINITY;
  for (const hit of hits) {
    assert.ok(hit.score <= previous);
    previous = hit.score;
    let end = 0;
    for (const [a, b] of hit.ranges) {
      assert.ok(
        a >= end && a < b && b <= hit.item.name.length,
        JSON.stringify([q, hit.item.name, hit.ranges]),
      );
      end = b;
    }
  }
}
