// The elements' framework types, generated from the manifest, as apps get
// them: tsc over the React example and vue-tsc over the Vue example pass, and
// the fixtures in fixtures/framework-types/ show what the types accept and
// what they refuse (each `@ts-expect-error` / `@vue-expect-error` there must
// be an error). Needs `npm run build` first (the types are in dist/).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';

const root = join(import.meta.dirname, '..');
const run = promisify(execFile);

/** Runs a type checker; its errors, if any, as the assertion's message. */
async function check(script: string, project: string) {
  await run(process.execPath, [script, '-p', project], { cwd: root }).catch(
    (error: Error & { stdout?: string }) => assert.fail(`${project}:\n${error.stdout}`),
  );
}

const TSC = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
// vue-tsc needs TypeScript's JS API, which TypeScript 7 lacks: see vue-tsc/run.cjs.
const VUE_TSC = join(root, '.ci', 'vue-tsc', 'run.cjs');

describe('framework types', () => {
  it('examples/react type-checks with @spbe/elements/react-jsx (tsc)', () =>
    check(TSC, 'examples/react/tsconfig.json'));

  it('examples/vue type-checks its templates with @spbe/elements/vue (vue-tsc)', () =>
    check(VUE_TSC, 'examples/vue/tsconfig.json'));

  it('JSX and the React wrappers accept what the elements take and refuse what they do not (tsc)', () =>
    check(TSC, '.ci/fixtures/framework-types/tsconfig.json'));

  it('Vue templates accept what the elements take and refuse what they do not (vue-tsc)', () =>
    check(VUE_TSC, '.ci/fixtures/framework-types/tsconfig.json'));
});
