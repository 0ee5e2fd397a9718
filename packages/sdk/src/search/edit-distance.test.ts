import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { distance, typoBudget } from './edit-distance.js';

describe('edit distance', () => {
  it('measures edits, swaps as one, and prefixes', () => {
    assert.equal(distance('tasikmlaya', 'tasikmalaya', 2), 1);
    assert.equal(distance('sumedagn', 'sumedang', 1), 1);
    assert.equal(distance('bandung', 'bogor', 2), 3);
    assert.equal(distance('tasikml', 'tasikmalaya', 1, true), 1);
    assert.equal(distance('cianjur', 'cianjur', 1), 0);
  });

  it('allows no typo under five letters, one up to seven (or as told), then two', () => {
    assert.deepEqual(
      ['ktp', 'garu', 'garut', 'pasport', 'passport', 'tasikmlaya'].map((w) => typoBudget(w)),
      [0, 0, 1, 1, 2, 2],
    );
    // Regions allow the second typo from nine letters.
    assert.deepEqual(
      ['garut', 'sumedang', 'tasikmlaya'].map((w) => typoBudget(w, 9)),
      [1, 1, 2],
    );
    // Longer words than the rows kept so far still measure.
    assert.equal(distance('a'.repeat(100), `${'a'.repeat(99)}b`, 1), 1);
  });
});
