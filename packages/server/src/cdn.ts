/**
 * `/cdn/` assets (the drop-in bundle): loadable from any origin, cached for a
 * year when the file name carries a content hash, revalidated otherwise. The
 * folder holds files and pinned versions of the bundle (`spbe@0.1.0/`, one
 * level, nothing deeper). Names are checked against strict patterns before
 * the disk is touched.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
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

/** A pinned version's folder: `spbe@` and a semantic version (`spbe@0.1.0`, `spbe@1.0.0-rc.1`). */
export const PINNED_DIR = /^spbe@\d{1,9}\.\d{1,9}\.\d{1,9}(?:-[0-9A-Za-z.]{1,32})?$/;

// `spbe.3f9a1c2b.js`, `chunk-AB12CD34.js`: a run of 8 or more letters and
// digits, at least one a digit, just before the extension (so that
// `spbe-elements.js` is not taken for a hashed name).
const HASHED = /[.-](?=[A-Za-z_]*\d)[A-Za-z0-9_]{8,}\.[a-z]+$/;

/**
 * Whether a file never changes under its name: in a pinned folder, every
 * module (named for its content by the build, in any alphabet) and its
 * source map, but not the loader (`spbe.js`) or `integrity.json`, which keep
 * their names from build to build; in /cdn/ itself, names with a hash.
 */
const immutable = (pinned: boolean, file: string) =>
  pinned ? !/^(spbe\.js|integrity\.json)$/.test(file) : HASHED.test(file);

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'public, max-age=300, must-revalidate';

export type AssetLookup =
  | { kind: 'ok'; representation: Representation }
  | { kind: 'bad-name' }
  | { kind: 'missing' };

/**
 * Serves files from a folder and its pinned-version folders, keeping each
 * read until the file changes. `name` is a file name, or a pinned folder,
 * `/` and a file name.
 */
export function createAssetStore(dir: string | null) {
  const cache = new Map<string, { version: string; representation: Representation }>();
  return async (name: string): Promise<AssetLookup> => {
    const slash = name.indexOf('/');
    const file = name.slice(slash + 1);
    const dot = file.lastIndexOf('.');
    const type = dot === -1 ? undefined : CONTENT_TYPES[file.slice(dot)];
    if (
      (slash !== -1 && !PINNED_DIR.test(name.slice(0, slash))) ||
      !ASSET_NAME.test(file) ||
      file.includes('..') ||
      type === undefined
    )
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
      immutable(slash !== -1, file) ? CACHE_IMMUTABLE : CACHE_REVALIDATE,
    );
    cache.set(name, { version, representation });
    return { kind: 'ok', representation };
  };
}

/** The pinned drop-in a page should load: its path under `/cdn/` and SRI hash. */
export interface PinnedDropIn {
  path: string;
  integrity: string;
}

/** Semantic-version order of `spbe@x.y.z[-pre]` folder names: a release after its pre-releases. */
export function compareVersions(a: string, b: string): number {
  const parts = (name: string) => {
    const [core = '', pre] = name.slice('spbe@'.length).split(/-(.*)/s);
    return { numbers: core.split('.').map(Number), pre };
  };
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.numbers[i] ?? 0) - (y.numbers[i] ?? 0);
    if (d !== 0) return d;
  }
  if (x.pre === undefined || y.pre === undefined)
    return +(x.pre === undefined) - +(y.pre === undefined);
  return x.pre.localeCompare(y.pre, 'en', { numeric: true });
}

/**
 * The newest pinned drop-in in `dir` (from its `integrity.json`, which the
 * build writes), or undefined when there is none or it cannot be read.
 */
export async function pinnedDropIn(dir: string | null): Promise<PinnedDropIn | undefined> {
  if (dir === null) return undefined;
  const folders = (await readdir(dir).catch(() => [] as string[]))
    .filter((name) => PINNED_DIR.test(name))
    .sort(compareVersions);
  const newest = folders.at(-1);
  if (newest === undefined) return undefined;
  try {
    const { files } = JSON.parse(await readFile(join(dir, newest, 'integrity.json'), 'utf8')) as {
      files?: Record<string, unknown>;
    };
    const integrity = files?.['spbe.js'];
    return typeof integrity === 'string' && /^sha384-[A-Za-z0-9+/]{64}$/.test(integrity)
      ? { path: `${newest}/spbe.js`, integrity }
      : undefined;
  } catch {
    return undefined;
  }
}
