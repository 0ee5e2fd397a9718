// How browsers get our code, in one place: the drop-in modules that
// rollup.config.mjs writes to packages/elements/dist/cdn/ and the bundles that
// the size budgets (.ci/budgets.test.ts) and the browser benchmarks measure
// (.ci/browser-bundle.ts) are built with these same plugins and minifier, so a
// budget measures what ships.
import { join } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { templateWhitespace } from './template-whitespace.mjs';

const root = join(import.meta.dirname, '..');

/** Resolve (workspace packages from source, browser builds of dependencies), compile, and strip template indentation. */
export function browserPlugins() {
  return [
    nodeResolve({ exportConditions: ['source', 'browser'], extensions: ['.ts', '.js', '.mjs'] }),
    esbuild({ target: 'es2022', tsconfig: join(root, 'tsconfig.json') }),
    templateWhitespace(),
  ];
}

/** The output minifier. */
export function minify() {
  return terser({ module: true, compress: { passes: 2 } });
}
