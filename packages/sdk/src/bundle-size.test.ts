// Size budgets, measured with the project's own bundler (Rollup with esbuild
// and terser, as rollup.config.mjs builds the drop-in bundle), gzipped, for
// browsers: an app that uses the client (createClient, with ky, zod/mini, the
// schemas and the errors) stays within 19 KB; the whole main entry (every
// export, the status rules too) within 20 KB; the search subpath adds at most
// 4 KB. Also: no Node built-ins, and importing one helper does not drag the
// rest in (tree-shaking).
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

async function bundle(
  contents: string,
  external: (id: string) => boolean = () => false,
): Promise<{ code: string; gz: number }> {
  const build = await rollup({
    input: ENTRY,
    external,
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

const KB = 1024;
const kb = (bytes: number) => `${(bytes / KB).toFixed(2)} KB`;

describe('bundle size', () => {
  it('an app using the client pulls in at most 19 KB gzipped, ky and zod/mini included', async () => {
    const [withKy, withoutKy] = await Promise.all([
      bundle("export { createClient } from './index.ts';"),
      bundle("export { createClient } from './index.ts';", (id) => id === 'ky'),
    ]);
    console.log(
      `createClient: ${kb(withKy.gz)} gzipped, of which ky ${kb(withKy.gz - withoutKy.gz)}`,
    );
    assert.ok(withKy.gz <= 19 * KB, `${withKy.gz} bytes gzipped`);
    assert.doesNotMatch(withKy.code, /from"node:|require\("node:/, 'no Node built-ins');
  });

  it('the whole main entry (every export) is at most 20 KB gzipped', async () => {
    const { code, gz } = await client();
    console.log(
      `@spbe/sdk main entry: ${(code.length / KB).toFixed(1)} KB minified, ${kb(gz)} gzipped`,
    );
    assert.ok(gz <= 20 * KB, `${gz} bytes gzipped`);
  });

  it('the search subpath adds at most 4 KB gzipped to a bundle with the client', async () => {
    const alone = await client();
    const both = await bundle("export * from './index.ts'; export * from './search/index.ts';");
    const added = both.gz - alone.gz;
    console.log(`@spbe/sdk/search adds ${kb(added)} gzipped`);
    assert.ok(added <= 4 * KB, `${added} bytes gzipped`);
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
