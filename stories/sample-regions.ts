/// <reference types="vite/client" />
/**
 * Region answers for the stories' sample API, from the real generated region
 * files of @spbe/data (West Java, plus the provinces), each loaded when first
 * asked for: `/v1/regions`, `/v1/regions/{code}/children` and
 * `/v1/regions/{code}/descendants?level=` and `/v1/regions/{code}` in the API's
 * own shapes.
 */
import { REGION_LEVELS, type RegionLevel, regionLevelOf, regionRecord } from '@spbe/sdk';

type Items = [code: string, name: string][];
interface RegionFile {
  level: RegionLevel;
  items: Items;
}

/** The region files, loaded once, in one chunk, when a story first asks for a region. */
let files: Promise<Record<string, RegionFile>> | undefined;

/** The children of `code` (`null`: the provinces) as stored, or undefined outside the sample. */
async function childrenOf(code: string | null): Promise<RegionFile | undefined> {
  files ??= import('./sample-regions-data.js').then((m) => m.REGION_FILES);
  return (await files)[`../packages/data/regions/${code ?? 'provinces'}.json`];
}

const expand = (file: RegionFile) =>
  file.items.map(([code, name]) => regionRecord(code, name, file.level));

/** The body for a region path, or undefined when the sample does not have it. */
export async function regionAnswer(url: URL): Promise<unknown> {
  if (url.pathname === '/v1/regions') return expand((await childrenOf(null)) as RegionFile);
  const one = /^\/v1\/regions\/([\d.]+)$/.exec(url.pathname)?.[1];
  if (one) {
    // A region is found among its parent's children (a province among the provinces).
    const parent = one.includes('.') ? one.slice(0, one.lastIndexOf('.')) : null;
    const file = await childrenOf(parent);
    const found = file?.items.find(([code]) => code === one);
    return found && regionRecord(found[0], found[1], file!.level);
  }
  const match = /^\/v1\/regions\/([\d.]+)\/(children|descendants)$/.exec(url.pathname);
  if (!match) return undefined;
  const [, code, what] = match as unknown as [string, string, string];
  if (what === 'children') {
    const file = await childrenOf(code);
    return file && expand(file);
  }
  const level = url.searchParams.get('level') as RegionLevel;
  const depth = REGION_LEVELS.indexOf(level) - REGION_LEVELS.indexOf(regionLevelOf(code)!);
  let items: Items = [[code, '']];
  for (let d = 0; d < depth; d++) {
    const next = await Promise.all(items.map(([c]) => childrenOf(c)));
    if (next.some((f) => f === undefined)) return undefined;
    items = next.flatMap((f) => (f as RegionFile).items);
  }
  return { level, codes: items.map(([c]) => c), names: items.map(([, n]) => n) };
}
