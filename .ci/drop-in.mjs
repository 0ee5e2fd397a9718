// The drop-in bundle (served under /cdn/ by the reference server), as a
// Rollup build: the loader (packages/elements/src/drop-in/spbe.ts) and one
// module per element, split so that a page downloads only what its tags use,
// all minified and written to packages/elements/dist/cdn/:
//
//   spbe@<version>/spbe.js          the loader, pinned (the URL to use with SRI)
//   spbe@<version>/<name>-<hash>.js element modules and shared chunks (hashed names)
//   spbe@<version>/integrity.json   every file's SRI hash
//   spbe.js                         the same loader, loading from spbe@<version>/
//
// Both loaders load the same files from the same URLs, so a page that loads
// both still gets one copy of each element.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserPlugins, minify } from './browser-build.mjs';

const root = join(import.meta.dirname, '..');
const elements = join(root, 'packages', 'elements');
const { version } = JSON.parse(readFileSync(join(elements, 'package.json'), 'utf8'));

/** The pinned folder's name. */
export const PINNED = `spbe@${version}`;
export const CDN_DIR = join(elements, 'dist', 'cdn');

/** Each tag and the module that defines it. */
export const DROP_IN_TAGS = {
  'spbe-provider': 'provider/define.ts',
  'spbe-agreement-badge': 'agreement-badge/define.ts',
  'spbe-agreement-overview': 'agreement-overview/define.ts',
  'spbe-region-select': 'region-select/define.ts',
  'spbe-service-finder': 'service-finder/define.ts',
};

const LOADER = 'spbe';
const sri = (code) => `sha384-${createHash('sha384').update(code).digest('base64')}`;

/** Replaces `token` (which must occur) in `code`. */
function fill(code, token, value) {
  if (!code.includes(token)) throw new Error(`drop-in: ${token} not found in the loader`);
  return code.replaceAll(token, () => value);
}

// Code every element shares goes to one chunk, the search to another (the
// region select and the finder use it): fewer, larger files compress better
// than the many small ones Rollup would cut by which entries share a module.
// What only the provider uses is named for its chunk, or it would follow
// @lit/context's index into the shared one (a manual chunk takes its
// modules' dependencies along).
function chunkOf(id) {
  if (id.includes('/packages/sdk/src/search/')) return 'search';
  if (/\/@lit\/context\/.*(context-provider|value-notifier)|\/elements\/src\/provider\//.test(id))
    return 'spbe-provider';
  if (
    id.includes('/node_modules/') ||
    id.includes('/packages/sdk/src/') ||
    id.includes('/packages/elements/src/internal/')
  )
    return 'core';
  return undefined;
}

function integrityPlugin() {
  let unpinned = '';
  return {
    name: 'spbe-drop-in-integrity',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const hashes = Object.fromEntries(
        chunks.filter((c) => c.name !== LOADER).map((c) => [c.fileName, sri(c.code)]),
      );
      const tags = {};
      for (const [tag] of Object.entries(DROP_IN_TAGS)) {
        const entry = chunks.find((c) => c.isEntry && c.name === tag);
        if (!entry) throw new Error(`drop-in: no module for <${tag}>`);
        const closure = [];
        const visit = (name) => {
          if (closure.includes(name)) return;
          closure.push(name);
          for (const imported of byName.get(name).imports) visit(imported);
        };
        visit(entry.fileName);
        tags[tag] = closure;
      }
      const manifest = JSON.stringify({ tags, sri: hashes });
      const loader = chunks.find((c) => c.name === LOADER);
      const withFiles = fill(
        fill(loader.code, 'SPBE_MANIFEST', JSON.stringify(manifest)),
        'SPBE_VERSION',
        JSON.stringify(version),
      );
      loader.code = fill(withFiles, 'SPBE_DIR', '""');
      hashes[loader.fileName] = sri(loader.code);
      this.emitFile({
        type: 'asset',
        fileName: 'integrity.json',
        source: `${JSON.stringify({ version, files: hashes, tags }, null, 2)}\n`,
      });
      // /cdn/spbe.js: the same loader, one folder up (no source map: its lines differ).
      unpinned = fill(withFiles, 'SPBE_DIR', JSON.stringify(`${PINNED}/`)).replace(
        /\n\/\/# sourceMappingURL=.*\n?$/,
        '\n',
      );
    },
    writeBundle() {
      writeFileSync(join(CDN_DIR, 'spbe.js'), unpinned);
    },
  };
}

/** The Rollup options of the drop-in build. */
export function dropInBuild() {
  const src = join(elements, 'src');
  return {
    input: {
      [LOADER]: join(src, 'drop-in', 'spbe.ts'),
      ...Object.fromEntries(
        Object.entries(DROP_IN_TAGS).map(([tag, file]) => [tag, join(src, file)]),
      ),
    },
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: join(CDN_DIR, PINNED),
      format: 'es',
      sourcemap: true,
      entryFileNames: (chunk) => (chunk.name === LOADER ? 'spbe.js' : '[name]-[hash].js'),
      chunkFileNames: '[name]-[hash].js',
      manualChunks: chunkOf,
      plugins: [minify(), integrityPlugin()],
    },
    plugins: [
      {
        name: 'clean-cdn',
        buildStart: () => rmSync(CDN_DIR, { recursive: true, force: true }),
      },
      ...browserPlugins(),
    ],
    onwarn(warning, warn) {
      // Dependencies' own notes (a misplaced annotation in zod) are theirs; ours fail the build.
      if ([warning.id, ...(warning.ids ?? [])].some((id) => id?.includes('/node_modules/'))) return;
      throw new Error(warning.message, { cause: warn });
    },
  };
}
