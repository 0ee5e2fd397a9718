/**
 * Kemendagri region codes: the shape of a code tells its administrative level.
 *
 * `32` province · `32.73` regency · `32.73.01` district · `32.73.01.1001` village.
 * Codes are strings; a number would turn `11.10` into `11.1`.
 */

/**
 * The four administrative levels, from the top down.
 */
export const REGION_LEVELS = ['province', 'regency', 'district', 'village'] as const;

/**
 * One of {@link REGION_LEVELS}.
 *
 * @example
 * const level: RegionLevel = 'regency';
 */
export type RegionLevel = (typeof REGION_LEVELS)[number];

/**
 * Any level's code: two digits, then optionally `.dd`, `.dd`, `.dddd`.
 *
 * @example
 * REGION_CODE_PATTERN.test('32.73.01'); // true
 */
export const REGION_CODE_PATTERN = /^\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?$/;

/** What an input that is not a region code is told (the schema and the search say the same). */
export const NOT_A_REGION_CODE =
  'must be a Kemendagri region code such as 32, 32.73, 32.73.01 or 32.73.01.1001';

/**
 * The administrative level a Kemendagri code denotes, or `undefined` when the
 * string is not a code at all (wrong separators, widths or characters).
 *
 * @example
 * regionLevelOf('32.73'); // 'regency'
 * regionLevelOf('32-73'); // undefined
 */
export function regionLevelOf(code: string): RegionLevel | undefined {
  if (typeof code !== 'string' || !REGION_CODE_PATTERN.test(code)) return undefined;
  // A well-formed code has one segment per level, from the province down.
  return REGION_LEVELS[code.split('.').length - 1];
}

/**
 * Whether a string is a well-formed Kemendagri region code of any level
 * (or of the given level).
 *
 * @example
 * isRegionCode('32.73.01.1001'); // true
 * isRegionCode('32.73', 'district'); // false
 */
export function isRegionCode(code: unknown, level?: RegionLevel): code is string {
  const found = regionLevelOf(code as string);
  return found !== undefined && (level === undefined || found === level);
}

/**
 * The code of the region one level up, or `null` for a province. Assumes a
 * well-formed code (check with {@link isRegionCode} first).
 *
 * @example
 * parentCodeOf('32.73.01'); // '32.73'
 * parentCodeOf('32'); // null
 */
export function parentCodeOf(code: string): string | null {
  const cut = code.lastIndexOf('.');
  return cut === -1 ? null : code.slice(0, cut);
}

/**
 * Regency kinds: Kemendagri numbers 01–69 are kabupaten, 71–99 are kota.
 *
 * @example
 * const kind: RegencyKind = regionKindOf('32.73') as RegencyKind; // 'kota'
 */
export type RegencyKind = 'kabupaten' | 'kota';

/**
 * Village kinds, from the first digit of the village number: 1, 2, 3.
 *
 * @example
 * const kind: VillageKind = 'desa';
 */
export type VillageKind = 'kelurahan' | 'desa' | 'desa-adat';

/**
 * The kind a regency or village code implies, or `undefined` for other levels
 * and for numbers outside the Kemendagri ranges.
 *
 * @example
 * regionKindOf('32.73'); // 'kota'
 * regionKindOf('32.04.01.2001'); // 'desa'
 */
export function regionKindOf(code: string): RegencyKind | VillageKind | undefined {
  const level = regionLevelOf(code);
  if (level === 'regency') {
    const n = Number(code.slice(3, 5));
    if (n >= 1 && n <= 69) return 'kabupaten';
    if (n >= 71 && n <= 99) return 'kota';
    return undefined;
  }
  if (level === 'village') {
    const first = code.charAt(9);
    if (first === '1') return 'kelurahan';
    if (first === '2') return 'desa';
    if (first === '3') return 'desa-adat';
  }
  return undefined;
}
