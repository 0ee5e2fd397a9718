// How a browser gets our code, for the size budgets (.ci/budgets.test.ts) and
// the browser benchmarks (bench/): Rollup with esbuild and terser, the
// workspace packages from source (the elements' template indentation removed,
// as rollup.config.mjs does), minified as the drop-in ships.
import { join } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { type InputOptions, type Plugin, rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { templateWhitespace } from './template-whitespace.mjs';

const root = join(import.meta.dirname, '..');

/** The minified ES module for `input` (a file, or a virtual entry a plugin in `options` provides). */
export async function browserBundle(
  input: string,
  options: Pick<InputOptions, 'external'> & { plugins?: Plugin[] } = {},
): Promise<string> {
  const build = await rollup({
    input,
    external: options.external,
    plugins: [
      ...(options.plugins ?? []),
      nodeResolve({ exportConditions: ['source', 'browser'], extensions: ['.ts', '.js'] }),
      esbuild({ target: 'es2022', tsconfig: join(root, 'tsconfig.json') }),
      templateWhitespace(),
    ],
    onwarn: () => {},
  });
  try {
    const { output } = await build.generate({
      format: 'es',
      plugins: [terser({ module: true, compress: { passes: 2 } })],
    });
    return output[0].code;
  } finally {
    await build.close();
  }
}
