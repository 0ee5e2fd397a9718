// How the elements write dates and ages, in both languages.
import { expect } from '@open-wc/testing';
import { formatAge, formatDate } from './format.js';

describe('formatAge', () => {
  it('a copy from a moment ago is at least a second old, never "now"', () => {
    expect(formatAge(20, 'id')).to.equal('1 detik yang lalu');
    expect(formatAge(0, 'en')).to.equal('1 second ago');
    expect(formatAge(12_000, 'en')).to.equal('12 seconds ago');
  });

  it('minutes, hours and days as they grow', () => {
    expect(formatAge(10 * 60_000, 'id')).to.equal('10 menit yang lalu');
    expect(formatAge(3 * 3_600_000, 'en')).to.equal('3 hours ago');
    expect(formatAge(3 * 86_400_000, 'en')).to.equal('3 days ago');
  });
});

describe('formatDate', () => {
  it('a calendar date in each language, the same day in Asia/Jakarta', () => {
    expect(formatDate('2026-12-31', 'id')).to.equal('31 Desember 2026');
    expect(formatDate('2026-12-31', 'en')).to.equal('31 December 2026');
  });
});
