import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  isRegionCode,
  NOT_A_REGION_CODE,
  parentCodeOf,
  REGION_LEVELS,
  regionKindOf,
  regionLevelOf,
} from './region-code.js';

describe('region codes', () => {
  it('tells the level from the shape of the code', () => {
    assert.equal(regionLevelOf('32'), 'province');
    assert.equal(regionLevelOf('32.73'), 'regency');
    assert.equal(regionLevelOf('32.73.01'), 'district');
    assert.equal(regionLevelOf('32.73.01.1001'), 'village');
  });

  it('rejects anything that is not a dotted Kemendagri code', () => {
    for (const bad of [
      '',
      '3',
      '320',
      '32-73',
      '32.7',
      '32.073',
      '32.73.1',
      '32.73.01.101',
      '32.73.01.10011',
      ' 32.73',
      '32.73 ',
      '32..73',
      '32.73.',
      '３２', // full-width digits
      '32.73/../..',
      '٣٢', // Arabic-Indic digits
    ]) {
      assert.equal(regionLevelOf(bad), undefined, bad);
      assert.equal(isRegionCode(bad), false, bad);
    }
    assert.equal(regionLevelOf(32 as unknown as string), undefined);
    assert.equal(isRegionCode(null), false);
    assert.equal(regionLevelOf('1'.repeat(10_000)), undefined);
  });

  it('checks the level when asked', () => {
    assert.equal(isRegionCode('32.73', 'regency'), true);
    assert.equal(isRegionCode('32.73', 'district'), false);
  });

  it('accepts a code of any level when no level is asked', () => {
    for (const code of ['32', '32.73', '32.73.01', '32.73.01.1001']) {
      assert.equal(isRegionCode(code), true, code);
    }
  });

  it('tells a wrong input what a code looks like, with a valid code of each level', () => {
    const examples = NOT_A_REGION_CODE.match(/[\d.]*\d/g) ?? [];
    assert.ok(
      examples.every((code) => isRegionCode(code)),
      examples.join(' '),
    );
    assert.deepEqual(
      examples.map((code) => regionLevelOf(code)),
      [...REGION_LEVELS],
    );
  });

  it('keeps codes as strings: 11.10 is not 11.1', () => {
    assert.equal(regionLevelOf('11.10'), 'regency');
    assert.equal(parentCodeOf('11.10.01'), '11.10');
  });

  it('finds the parent one level up', () => {
    assert.equal(parentCodeOf('32'), null);
    assert.equal(parentCodeOf('32.73'), '32');
    assert.equal(parentCodeOf('32.73.01.1001'), '32.73.01');
  });

  it('derives kabupaten/kota and kelurahan/desa from the number', () => {
    assert.equal(regionKindOf('32.01'), 'kabupaten');
    assert.equal(regionKindOf('32.69'), 'kabupaten');
    assert.equal(regionKindOf('32.71'), 'kota');
    assert.equal(regionKindOf('32.99'), 'kota');
    assert.equal(regionKindOf('32.70'), undefined);
    assert.equal(regionKindOf('32.00'), undefined);
    assert.equal(regionKindOf('32.73.01.1001'), 'kelurahan');
    assert.equal(regionKindOf('32.04.01.2001'), 'desa');
    assert.equal(regionKindOf('91.03.01.3007'), 'desa-adat');
    assert.equal(regionKindOf('32.04.01.4001'), undefined);
    assert.equal(regionKindOf('32'), undefined);
    assert.equal(regionKindOf('32.73.01'), undefined);
  });
});
