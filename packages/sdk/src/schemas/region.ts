import * as z from 'zod/mini';
import {
  NOT_A_REGION_CODE,
  parentCodeOf,
  REGION_CODE_PATTERN,
  REGION_LEVELS,
  type RegionLevel,
  regionKindOf,
  regionLevelOf,
} from '../region-code.js';
import { crossCheck, text } from './common.js';

/**
 * A Kemendagri region code of any level, e.g. `32`, `32.73`, `32.73.01`,
 * `32.73.01.1001`. A pattern (not a function) so that the OpenAPI document
 * carries it too.
 *
 * @example
 * RegionCodeSchema.safeParse('32.73').success; // true
 */
export const RegionCodeSchema = z.string().check(z.regex(REGION_CODE_PATTERN, NOT_A_REGION_CODE));

/**
 * A province code such as `32`.
 *
 * @example
 * ProvinceCodeSchema.safeParse('32.73').success; // false: a regency
 */
export const ProvinceCodeSchema = z
  .string()
  .check(z.regex(/^\d{2}$/, 'must be a province code such as 32'));

/**
 * A regency (kabupaten/kota) code such as `32.73`.
 *
 * @example
 * RegencyCodeSchema.safeParse('32.73.01').success; // false: a district
 */
export const RegencyCodeSchema = z
  .string()
  .check(z.regex(/^\d{2}\.\d{2}$/, 'must be a regency (kabupaten/kota) code such as 32.73'));

/**
 * `province | regency | district | village`.
 *
 * @example
 * RegionLevelSchema.parse('village'); // 'village'
 */
export const RegionLevelSchema = z.enum(REGION_LEVELS);

/**
 * A region (wilayah). `level` and `parentCode` must agree with the shape of
 * `code`; regencies carry `kind` (`kabupaten` | `kota`) and villages carry
 * `kind` (`kelurahan` | `desa` | `desa-adat`), both implied by the code.
 *
 * @example
 * const region = RegionSchema.parse(await (await fetch(url)).json());
 */
export const RegionSchema = z
  .object({
    code: RegionCodeSchema,
    name: text(120),
    level: RegionLevelSchema,
    parentCode: z.nullable(RegionCodeSchema),
    kind: z.optional(z.enum(['kabupaten', 'kota', 'kelurahan', 'desa', 'desa-adat'])),
  })
  .check(
    crossCheck((region, report) => {
      const level = regionLevelOf(region.code);
      if (level === undefined) return; // already reported on `code`
      if (region.level !== level) report('level', `must be "${level}" for code ${region.code}`);
      const parent = parentCodeOf(region.code);
      if (region.parentCode !== parent) {
        report(
          'parentCode',
          `must be ${parent === null ? 'null' : `"${parent}"`} for code ${region.code}`,
        );
      }
      const kind = regionKindOf(region.code);
      if (kind === undefined && (level === 'regency' || level === 'village')) {
        report(
          'code',
          `${region.code} is outside Kemendagri numbering (regencies 01–69 kabupaten, 71–99 kota; villages start with 1, 2 or 3)`,
        );
      } else if (region.kind !== kind) {
        report(
          'kind',
          kind === undefined
            ? `must be absent for a ${level}`
            : `must be "${kind}" for code ${region.code}`,
        );
      }
    }),
  );

/**
 * A region as returned by the API.
 *
 * @example
 * const bandung: Region = await spbe.regions.get('32.73');
 */
export type Region = z.infer<typeof RegionSchema>;

/**
 * The full region for a code and name at a level: `parentCode` and `kind`
 * follow from the code. Two plain literals rather than a conditional spread:
 * objects built by spreading can land in V8's slow dictionary mode, and
 * searches read these objects hundreds of thousands of times. Nothing is
 * checked here: parse the result with {@link RegionSchema} when the input is
 * not trusted.
 *
 * @example
 * regionRecord('32.73', 'Kota Bandung', 'regency');
 * // { code: '32.73', name: 'Kota Bandung', level: 'regency', parentCode: '32', kind: 'kota' }
 */
export function regionRecord(code: string, name: string, level: RegionLevel): Region {
  const kind = regionKindOf(code);
  const parentCode = parentCodeOf(code);
  return kind ? { code, name, level, parentCode, kind } : { code, name, level, parentCode };
}
