// How a browser gets our code, for the size budgets (.ci/budgets.test.ts) and
// the browser benchmarks (bench/): built with the drop-in's own plugins and
// minifier (.ci/browser-build.mjs), as one module in memory.
import { type InputOptions, type Plugin, rollup } from 'rollup';
import { browserPlugins, minify } from './browser-build.mjs';

/** The minified ES module for `input` (a file, or a virtual entry a plugin in `options` provides). */
export async function browserBundle(
  input: string,
  options: Pick<InputOptions, 'external'> & { plugins?: Plugin[] } = {},
): Promise<string> {
  const build = await rollup({
    input,
    external: options.external,
    plugins: [...(options.plugins ?? []), ...browserPlugins()],
    onwarn: () => {},
  });
  try {
    const { output } = await build.generate({
      format: 'es',
      plugins: [minify()],
    });
    return output[0].code;
  } finally {
    await build.close();
  }
}
