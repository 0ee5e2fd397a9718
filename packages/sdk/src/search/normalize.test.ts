import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { words } from './normalize.js';

describe('folding', () => {
  it('folds case, accents, punctuation and old spellings', () => {
    assert.deepEqual(words('Kab. TJIANDJOER'), ['kab', 'cianjur']);
    assert.deepEqual(words('Soekaboemi — Djakarta'), ['sukabumi', 'jakarta']);
    assert.deepEqual(words("Air Ba'us  II"), ['air', 'baus', 'ii']);
    assert.deepEqual(words('Séléman'), ['seleman']);
    assert.deepEqual(words('Se\u0301le\u0301man'), ['seleman']);
    assert.deepEqual(words('🙂 \u0000\u0007 ---'), []);
  });

  it('folds text with no plain ASCII letter in it as well', () => {
    assert.deepEqual(words('ÉÉ'), ['ee']);
    assert.deepEqual(words('\tÀ\u00a0Ö'), ['a', 'o']);
  });
});
