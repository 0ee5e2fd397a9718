// Size budgets, measured with the project's own bundler (Rollup with esbuild
// and terser, as rollup.config.mjs builds the drop-in bundle), gzipped: the
// client entry bundled alone for browsers, zod/mini included, stays under
// 16 KB; the search subpath adds at most 4 KB. Also: no Node built-ins, and
// importing one helper does not drag the rest in (tree-shaking).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const ENTRY = '\0budget-entry';

async function bundle(contents: string): Promise<{ code: string; gz: number }> {
  const build = await rollup({
    input: ENTRY,
    plugins: [
      {
        name: 'budget-entry',
        resolveId: (id) => (id === ENTRY ? ENTRY : null),
        load: (id) => (id === ENTRY ? contents.replaceAll('./', here) : null),
      },
      nodeResolve({ exportConditions: ['source', 'browser'], extensions: ['.ts', '.js'] }),
      esbuild({
        target: 'es2022',
        tsconfig: fileURLToPath(new URL('../../../tsconfig.json', import.meta.url)),
      }),
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({
    format: 'es',
    plugins: [terser({ module: true, compress: { passes: 2 } })],
  });
  const code = output[0].code;
  return { code, gz: gzipSync(code, { level: 9 }).length };
}

// The client entry alone, bundled once for the two tests that need it.
let clientBundle: ReturnType<typeof bundle> | undefined;
const client = () => {
  clientBundle ??= bundle("export * from './index.ts';");
  return clientBundle;
};

describe('bundle size', () => {
  it('the whole client entry is at most 16 KB gzipped', async () => {
    const { code, gz } = await client();
    console.log(
      `@spbe/sdk client entry: ${(code.length / 1024).toFixed(1)} KB minified, ${(gz / 1024).toFixed(2)} KB gzipped`,
    );
    assert.ok(gz <= 16 * 1024, `${gz} bytes gzipped`);
    assert.doesNotMatch(code, /from"node:|require\("node:/, 'no Node built-ins');
  });

  it('the search subpath adds at most 4 KB gzipped to a bundle with the client', async () => {
    const alone = await client();
    const both = await bundle("export * from './index.ts'; export * from './search/index.ts';");
    const added = both.gz - alone.gz;
    console.log(`@spbe/sdk/search adds ${(added / 1024).toFixed(2)} KB gzipped`);
    assert.ok(added <= 4 * 1024, `${added} bytes gzipped`);
    assert.doesNotMatch(
      alone.code,
      /createRegionIndex|pengaduan/,
      'the client entry does not carry search',
    );
  });

  it('tree-shakes: agreementStatus alone pulls in neither zod nor the client', async () => {
    const { code, gz } = await bundle("export { agreementStatus } from './index.ts';");
    assert.ok(gz < 1500, `${gz} bytes gzipped`);
    assert.doesNotMatch(code, /Invalid input|fetch\(/);
  });
});
