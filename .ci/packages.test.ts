// What each package would publish, as `npm pack` lists it: every entry point
// its package.json promises is in the tarball, and no test code is (no test
// files, fixtures, fault servers or test helpers). Needs `npm run build` first
// (`npm test` builds), since the entry points are in dist/.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = join(import.meta.dirname, '..');
const packagesDir = join(root, 'packages');

interface PackEntry {
  name: string;
  files: { path: string }[];
}

/** What `npm pack` would put in the tarball, without writing it. */
function packedFiles(dir: string): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [entry] = JSON.parse(out) as PackEntry[];
  assert.ok(entry, `npm pack listed nothing for ${dir}`);
  return entry.files.map((f) => f.path);
}

/** Every file path a package.json points at: exports (all conditions), main, types. */
function promisedPaths(manifest: Record<string, unknown>): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') found.push(value);
    else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v);
  };
  walk(manifest.exports);
  for (const key of ['main', 'module', 'types']) walk(manifest[key]);
  return found.map((p) => p.replace(/^\.\//, ''));
}

// Test code by path: test files, fixtures, test helpers and the servers tests start.
const TEST_CODE = /(?:\.test\.ts$|(?:^|\/)(?:testing|fixtures)\/|fault-server|test-server)/;

const packages = readdirSync(packagesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => join(packagesDir, entry.name));

describe('published packages', () => {
  it('are the four workspaces', () => {
    const names = packages.map(
      (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name,
    );
    assert.deepEqual(names.sort(), ['@spbe/data', '@spbe/elements', '@spbe/sdk', '@spbe/server']);
  });

  for (const dir of packages) {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    describe(manifest.name, () => {
      const files = packedFiles(dir);

      it('holds every entry point its package.json promises', () => {
        const missing = promisedPaths(manifest).filter((path) =>
          path.includes('*')
            ? !files.some((f) => f.startsWith(path.slice(0, path.indexOf('*'))))
            : !files.includes(path),
        );
        assert.deepEqual(
          missing,
          [],
          `not in the tarball (did \`npm run build\` run?): ${missing.join(', ')}`,
        );
      });

      it('holds no test code', () => {
        assert.deepEqual(
          files.filter((f) => TEST_CODE.test(f)),
          [],
        );
      });

      it('declares its licence and the Node versions it supports', () => {
        assert.match(manifest.license ?? '', /MIT/);
        assert.match(manifest.engines?.node ?? '', /^>=20/);
      });
    });
  }
});
