/**
 * How the client reads the answer to `regions.descendants(code, { level })`:
 * the compact table of the wire, checked against its schema, becomes the
 * `Region` objects it stands for, each checked as any region is and as a
 * region of the `level` asked for under `code`, so that an answer about
 * something else is an error, not a wrong value. Paths in errors index the
 * regions. Not a zod pipe: the pipe and transform classes would add 0.6 KB
 * to every bundle with the client.
 */
import * as z from 'zod/mini';
import type { RegionLevel } from '../region-code.js';
import { rule } from '../schemas/common.js';
import { type Region, RegionSchema, regionRecord } from '../schemas/region.js';
import { DescendantsSchema } from '../schemas/responses.js';
import type { Parser } from './transport.js';

export function descendantsParser(code: string, level: RegionLevel): Parser<Region[]> {
  const regions = z.array(
    RegionSchema.check(
      rule((region) => region.code.startsWith(`${code}.`), `must be under ${code}`),
    ),
  );
  return {
    safeParse(data) {
      const table = DescendantsSchema.safeParse(data);
      return table.success
        ? regions.safeParse(
            table.data.codes.map((c, i) => regionRecord(c, table.data.names[i] as string, level)),
          )
        : table;
    },
  };
}
