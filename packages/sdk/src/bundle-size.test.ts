// Size budget: the client entry bundled alone for browsers, minified and
// gzipped, includes zod/mini and stays under 16 KB. Also: no Node built-ins,
// and importing one helper does not drag the rest in (tree-shaking).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BUDGET = 16 * 1024;

async function bundle(contents: string): Promise<{ code: string; gz: number }> {
  const result = await build({
    stdin: { contents, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source'],
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  return { code, gz: gzipSync(code, { level: 9 }).length };
}

describe('bundle size', () => {
  it(`the whole client entry is at most ${BUDGET / 1024} KB gzipped`, async () => {
    const { code, gz } = await bundle("export * from './index.ts';");
    console.log(
      `@spbe/sdk client entry: ${(code.length / 1024).toFixed(1)} KB minified, ${(gz / 1024).toFixed(2)} KB gzipped`,
    );
    assert.ok(gz <= BUDGET, `${gz} bytes gzipped`);
    assert.doesNotMatch(code, /from"node:|require\("node:/, 'no Node built-ins');
  });

  it('tree-shakes: agreementStatus alone pulls in neither zod nor the client', async () => {
    const { code, gz } = await bundle("export { agreementStatus } from './index.ts';");
    assert.ok(gz < 1500, `${gz} bytes gzipped`);
    assert.doesNotMatch(code, /Invalid input|fetch\(/);
  });
});
