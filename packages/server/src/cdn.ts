/**
 * `/cdn/` assets (the drop-in bundle): loadable from any origin, cached for a
 * year when the file name carries a content hash, revalidated otherwise. File
 * names are checked against a strict pattern before the disk is touched.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Representation } from './http/representation.js';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A plain file name: starts with a letter or digit, then letters, digits, `.`, `_`, `-`. */
export const ASSET_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

// `spbe.3f9a1c2b.js`, `chunk-AB12CD34.js`: a run of 8 or more letters and
// digits, at least one a digit, just before the extension (so that
// `spbe-elements.js` is not taken for a hashed name).
const HASHED = /[.-](?=[A-Za-z_]*\d)[A-Za-z0-9_]{8,}\.[a-z]+$/;

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'public, max-age=300, must-revalidate';

export type AssetLookup =
  | { kind: 'ok'; representation: Representation }
  | { kind: 'bad-name' }
  | { kind: 'missing' };

/** Serves files from one flat folder, keeping each read until the file changes. */
export function createAssetStore(dir: string | null) {
  const cache = new Map<string, { version: string; representation: Representation }>();
  return async (name: string): Promise<AssetLookup> => {
    const dot = name.lastIndexOf('.');
    const type = dot === -1 ? undefined : CONTENT_TYPES[name.slice(dot)];
    if (!ASSET_NAME.test(name) || name.includes('..') || type === undefined)
      return { kind: 'bad-name' };
    if (dir === null) return { kind: 'missing' };
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) return { kind: 'missing' };
    const version = `${info.mtimeMs}:${info.size}`;
    const cached = cache.get(name);
    if (cached?.version === version) return { kind: 'ok', representation: cached.representation };
    const body = await readFile(path);
    const representation = new Representation(
      body,
      type,
      HASHED.test(name) ? CACHE_IMMUTABLE : CACHE_REVALIDATE,
    );
    cache.set(name, { version, representation });
    return { kind: 'ok', representation };
  };
}
