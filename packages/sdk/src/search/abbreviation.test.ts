import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { abbreviates } from './abbreviation.js';

const of = (short: string, name: string) => {
  const words = name.split(' ');
  return words.some((_, i) => abbreviates(short, words, i));
};
type Case = [short: string, name: string];

describe('abbreviations', () => {
  it('runs prefixes of consecutive words together', () => {
    for (const [short, name] of <Case[]>[
      ['jabar', 'jawa barat'],
      ['jateng', 'jawa tengah'],
      ['sumut', 'sumatera utara'],
      ['kepri', 'kepulauan riau'],
      ['babel', 'kepulauan bangka belitung'],
      ['jaksel', 'jakarta selatan'],
      ['tanjabtim', 'tanjung jabung timur'],
    ])
      assert.ok(of(short, name), `${short}: ${name}`);
  });

  it('takes initials, later pieces spelled in order or by their ending, and skeletons', () => {
    for (const [short, name] of <Case[]>[
      ['ntt', 'nusa tenggara timur'],
      ['diy', 'daerah istimewa yogyakarta'],
      ['sultra', 'sulawesi tenggara'],
      ['bdg', 'bandung'],
      ['sby', 'surabaya'],
      ['jkt', 'daerah khusus ibukota jakarta'],
    ])
      assert.ok(of(short, name), `${short}: ${name}`);
  });

  it('refuses what only looks like one', () => {
    for (const [short, name] of <Case[]>[
      // One piece with vowels is a prefix or a typo, not an abbreviation.
      ['band', 'bandung'],
      ['bndung', 'bandung'],
      // The first piece of a word with vowels is its prefix.
      ['sambi', 'seram bagian timur'],
      // Initials and longer pieces do not mix.
      ['mur', 'maluku utara'],
      ['kuta', 'kalimantan utara'],
      // Words in order, each from its first letter.
      ['barjawa', 'jawa barat'],
      ['jbarat', 'jawa barat'],
      ['dg', 'bandung'],
      // Nor from inside a word.
      ['bandung', 'bandar lampung'],
      ['kaltara', 'kalimantan utara'],
    ])
      assert.ok(!of(short, name), `${short}: ${name}`);
  });
});
