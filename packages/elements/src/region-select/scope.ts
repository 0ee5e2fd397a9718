import {
  type CallOptions,
  isSpbeHttpError,
  REGION_LEVELS,
  type Region,
  type RegionLevel,
  regionLevelOf,
  type SpbeClient,
} from '@spbe/sdk';
import { createRegionIndex, type RegionIndex } from '@spbe/sdk/search';
import { AttributeProblem } from '../internal/errors.js';
import type { SelectMessages } from './messages.js';

/** The choices of one select: regions of one level under one parent, searchable. */
export interface Scope {
  level: RegionLevel;
  /** The region the choices are under; null: all of Indonesia. */
  parent: string | null;
  /** The choices, in name order. */
  options: readonly Region[];
  /** Every region loaded (the choices and the levels between them and `parent`), by code. */
  byCode: ReadonlyMap<string, Region>;
  index: RegionIndex;
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/**
 * Loads the regions of `level` under `parent` (null: all of Indonesia), with
 * the levels between them for context ("Cigending — Ujung Berung"): one
 * request per level (`children` one level down, `descendants` below that),
 * each answered from the client's cache when it has it.
 */
export async function loadScope(
  client: SpbeClient,
  level: RegionLevel,
  parent: string | null,
  call: CallOptions,
): Promise<Scope> {
  const target = REGION_LEVELS.indexOf(level);
  const below = async (code: string, from: number): Promise<Region[][]> =>
    Promise.all(
      REGION_LEVELS.slice(from + 1, target + 1).map((l, i) =>
        i === 0
          ? client.regions.children(code, call)
          : client.regions.descendants(
              code,
              { level: l as Exclude<RegionLevel, 'province'> },
              call,
            ),
      ),
    );
  let lists: readonly (readonly Region[])[];
  if (parent === null) {
    const provinces = await client.regions.provinces(call);
    lists = [provinces];
    if (target > 0) {
      const each = await Promise.all(provinces.map((p) => below(p.code, 0)));
      lists = [provinces, ...each.flat()];
    }
  } else {
    try {
      lists = await below(parent, REGION_LEVELS.indexOf(regionLevelOf(parent) as RegionLevel));
    } catch (error) {
      if (isSpbeHttpError(error) && error.status === 404)
        throw new AttributeProblem<SelectMessages>((m) => m.unknownParent(parent));
      throw error;
    }
  }
  const all = lists.flat();
  const byCode = new Map(all.map((r) => [r.code, r]));
  const options = all
    .filter((r) => r.level === level)
    .sort((a, b) => collator.compare(a.name, b.name) || (a.code < b.code ? -1 : 1));
  return { level, parent, options, byCode, index: createRegionIndex(all) };
}

/** The names above `region` inside the scope, nearest first ("Ujung Berung, Kota Bandung"). */
export function contextOf(region: Region, scope: Scope): string[] {
  const names: string[] = [];
  for (let code = region.parentCode; code && code !== scope.parent; ) {
    const above = scope.byCode.get(code);
    if (!above) break;
    names.push(above.name);
    code = above.parentCode;
  }
  return names;
}
