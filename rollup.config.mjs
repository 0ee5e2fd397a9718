// Builds every package's `dist/` (ESM, unminified: consumers bundle and minify)
// and, after the elements' own build, the drop-in bundle (.ci/drop-in.mjs). Type declarations come from
// `npm run build:types` (tsc), not from here.
import { rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import nodeResolve from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { dropInBuild } from './.ci/drop-in.mjs';
import { templateWhitespace } from './.ci/template-whitespace.mjs';

// Package → entry points (name in dist → source file).
const packages = {
  sdk: { index: 'src/index.ts', search: 'src/search/index.ts' },
  data: { index: 'src/index.ts' },
  server: { index: 'src/index.ts', main: 'src/main.ts' },
  elements: {
    index: 'src/index.ts',
    'agreement-badge/define': 'src/agreement-badge/define.ts',
    'agreement-overview/define': 'src/agreement-overview/define.ts',
    'provider/define': 'src/provider/define.ts',
    'region-select/define': 'src/region-select/define.ts',
    'service-finder/define': 'src/service-finder/define.ts',
    'react/index': 'src/react/index.ts',
    client: 'src/client.ts',
  },
};

// The elements keep one file per module, so that `sideEffects` can name the
// define files (and bundlers drop the elements a page does not import).
const keepModules = new Set(['elements']);

const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

// In a package build every bare import (dependencies, other workspaces, node
// builtins) stays an import; only the package's own files are bundled.
const isExternal = (id) =>
  builtins.has(id) || !(id.startsWith('.') || id.startsWith('/') || id.startsWith('\0'));

const packageBuilds = Object.entries(packages).map(([name, entries]) => ({
  input: Object.fromEntries(
    Object.entries(entries).map(([out, src]) => [out, `packages/${name}/${src}`]),
  ),
  output: {
    dir: `packages/${name}/dist`,
    format: 'es',
    sourcemap: true,
    ...(keepModules.has(name)
      ? { preserveModules: true, preserveModulesRoot: `packages/${name}/src` }
      : {}),
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
  external: isExternal,
  plugins: [
    {
      // A fresh dist/ each build: nothing stale (a file since deleted from src/) gets packed.
      name: 'clean-dist',
      buildStart: () => rmSync(`packages/${name}/dist`, { recursive: true, force: true }),
    },
    nodeResolve({ exportConditions: ['source'], extensions: ['.ts', '.js', '.mjs'] }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    // The elements' html/css templates without their source indentation (see the plugin).
    templateWhitespace(),
  ],
  onwarn(warning, warn) {
    // A warning in a release build is a bug: fail instead of scrolling past it.
    throw new Error(warning.message, { cause: warn });
  },
}));

// In order: Rollup builds an array of configs one after the other.
export default [...packageBuilds, dropInBuild()];
