// Highlight ranges are offsets into a name as written, which folding (case,
// accents, compatibility forms) may make longer or shorter than the words the
// engine matched: a range may cover more than was typed, never split a character.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Region } from '../schemas/region.js';
import { createRegionIndex } from './region-index.js';

const province = (name: string): Region => ({
  code: '32',
  name,
  level: 'province',
  parentCode: null,
});

describe('highlight ranges', () => {
  it('cover the typed part of a word when folding keeps its letters in place', () => {
    const [hit] = createRegionIndex([province('Ünïcödé Barat')]).search('unic');
    assert.deepEqual(hit?.ranges, [[0, 4]]);
  });

  it('never end inside a character when folding changes lengths that happen to add up', () => {
    // U+2F800 (two UTF-16 units) folds to one, U+FBEA (one) to two: the word is
    // three units long either way, and the typed part, one unit, is half of U+2F800.
    const name = '\u{2F800}\uFBEA';
    const [hit] = createRegionIndex([province(name)]).search('\u4E3D');
    assert.deepEqual(hit?.ranges, [[0, 2]], 'all of U+2F800');
    // "⑩" folds to "10": "100" is three units of both, the third written one half of "𝐀".
    const digits = '⑩0\u{1D400}\u{10000}';
    const [typed] = createRegionIndex([province(digits)]).search('100');
    assert.deepEqual(typed?.ranges, [[0, 4]], 'all of "𝐀"');
  });
});
