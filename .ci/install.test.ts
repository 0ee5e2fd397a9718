// The packages as users get them: each passes publint and
// @arethetypeswrong (ESM; types resolve for node16 and bundlers), and the
// packed tarballs of @spbe/sdk and @spbe/elements, installed into a scratch
// project outside the workspace (dependencies from npm's cache, offline),
// import in Node and build with Vite, with nothing resolving to the
// workspace by accident. Needs `npm run build` first (`npm test` builds).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { AUDIENCES, REGION_LEVELS } from '@spbe/sdk';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');
const PACKAGES = ['sdk', 'data', 'server', 'elements'];

describe('packages pass publint and @arethetypeswrong', () => {
  for (const name of PACKAGES) {
    const dir = join(root, 'packages', name);

    it(`@spbe/${name}: publint finds nothing`, async () => {
      const { messages, pkg } = await publint({ pkgDir: dir, pack: 'npm', strict: true });
      assert.deepEqual(
        messages.map((m) => `${m.type}: ${formatMessage(m, pkg)}`),
        [],
      );
    });

    it(`@spbe/${name}: its types resolve as ESM for node16 and for bundlers`, async () => {
      const { stdout } = await run(
        process.execPath,
        [
          join(root, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js'),
          '--pack',
          dir,
          '--profile',
          'esm-only',
          '--format',
          'json',
        ],
        { cwd: root, maxBuffer: 64 * 1024 * 1024 },
      ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '{}' }));
      const { problems = {} } = JSON.parse(stdout) as {
        problems?: Record<string, { entrypoint: string; resolutionKind?: string }[]>;
      };
      const counted = Object.values(problems)
        .flat()
        .filter(
          (p) => p.resolutionKind === undefined || /node16-esm|bundler/.test(p.resolutionKind),
        )
        .map((p) => `${p.entrypoint} (${p.resolutionKind ?? 'all'})`);
      assert.deepEqual(counted, []);
    });
  }
});

interface LockEntry {
  version: string;
  integrity?: string;
  resolved?: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

/** What npm installs with a package: its dependencies and its peers that are not optional. */
const needs = (entry: LockEntry) => [
  ...Object.keys(entry.dependencies ?? {}),
  ...Object.keys(entry.peerDependencies ?? {}).filter(
    (peer) => !entry.peerDependenciesMeta?.[peer]?.optional,
  ),
];

/**
 * A lockfile for the scratch project: our tarballs, and their dependencies
 * (all of them, transitively, with the peers npm adds) as the workspace's lockfile pins them, so that
 * `npm ci --offline` needs nothing but npm's cache.
 */
async function lockFor(tarballs: Record<string, string>, dir: string) {
  const workspace = JSON.parse(await readFile(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  };
  const packages: Record<string, LockEntry> = {
    '': { version: '0.0.0', dependencies: tarballs },
  };
  const add = (name: string) => {
    const key = `node_modules/${name}`;
    if (packages[key]) return;
    const entry = workspace.packages[key];
    assert.ok(entry, `${name} is in the workspace's lockfile`);
    packages[key] = entry;
    for (const dep of needs(entry)) add(dep);
  };
  for (const [name, spec] of Object.entries(tarballs)) {
    const file = spec.slice('file:./'.length);
    const manifest = JSON.parse(
      await readFile(join(root, 'packages', name.slice('@spbe/'.length), 'package.json'), 'utf8'),
    ) as LockEntry;
    const bytes = await readFile(join(dir, file));
    packages[`node_modules/${name}`] = {
      version: manifest.version,
      resolved: spec,
      integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
      dependencies: manifest.dependencies,
      peerDependencies: manifest.peerDependencies,
      peerDependenciesMeta: manifest.peerDependenciesMeta,
    };
    for (const dep of needs(manifest)) if (!tarballs[dep]) add(dep);
  }
  return { name: 'regency-site', lockfileVersion: 3, requires: true, packages };
}

describe('the packed packages, installed outside the workspace', () => {
  let scratch: string;

  before(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'spbe-install-'));
    const tarballs: Record<string, string> = {};
    for (const name of ['sdk', 'elements']) {
      const { stdout } = await run(
        'npm',
        ['pack', join(root, 'packages', name), '--pack-destination', scratch, '--json'],
        { cwd: scratch, maxBuffer: 16 * 1024 * 1024 },
      );
      const [entry] = JSON.parse(stdout) as { filename: string }[];
      tarballs[`@spbe/${name}`] = `file:./${entry!.filename}`;
    }
    await writeFile(
      join(scratch, 'package.json'),
      JSON.stringify({
        name: 'regency-site',
        private: true,
        type: 'module',
        dependencies: tarballs,
      }),
    );
    await writeFile(
      join(scratch, 'package-lock.json'),
      JSON.stringify(await lockFor(tarballs, scratch)),
    );
    // Offline: lit, zod, ky and @lit/context come from npm's cache (npm ci filled it),
    // at the versions the workspace's lockfile pins.
    await run('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], {
      cwd: scratch,
    }).catch((error: Error & { stderr?: string }) => {
      throw new Error(
        `npm ci --offline in ${scratch} failed: this test installs the dependencies from npm's cache, which the repository's own \`npm ci\` fills (run it, with the same cache); ${error.stderr ?? error.message}`,
      );
    });
  });
  after(() => rm(scratch, { recursive: true, force: true }));

  it('imports @spbe/sdk, @spbe/sdk/search and @spbe/elements in Node, from the install', async () => {
    const probe = `
      const sdk = await import('@spbe/sdk');
      const search = await import('@spbe/sdk/search');
      const elements = await import('@spbe/elements');
      const spbe = sdk.createClient({ baseUrl: 'https://data.jabarprov.go.id/spbe' });
      const hits = search.createRegionIndex([{ code: '32.73', name: 'Kota Bandung', level: 'regency', parentCode: '32', kind: 'kota' }]).search('bandung');
      console.log(JSON.stringify({
        resolved: ['@spbe/sdk', '@spbe/sdk/search', '@spbe/elements', 'lit', 'zod/mini', 'ky'].map((id) => import.meta.resolve(id)),
        client: typeof spbe.regions.children,
        hit: hits[0]?.item.code,
        element: typeof elements.SpbeAgreementBadge,
        status: sdk.agreementStatus(null, new Date()),
      }));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', probe], {
      cwd: scratch,
    });
    const result = JSON.parse(stdout);
    for (const url of result.resolved) {
      assert.ok(
        url.startsWith(`file://${scratch}/node_modules/`),
        `${url} resolves inside the install`,
      );
    }
    // The framework peers are optional: a site without React or Vue gets none of them.
    const installed = await readdir(join(scratch, 'node_modules'));
    const scoped = (scope: string) =>
      readdir(join(scratch, 'node_modules', scope)).catch(() => [] as string[]);
    assert.deepEqual(
      [
        ...installed.filter((name) => ['react', 'react-dom', 'vue'].includes(name)),
        ...(await scoped('@lit')).filter((name) => name === 'react'),
        ...(await scoped('@types')).filter((name) => name === 'react'),
      ],
      [],
    );
    assert.equal(result.client, 'function');
    assert.equal(result.hit, '32.73');
    assert.equal(result.element, 'function');
    assert.equal(result.status, 'none');
  });

  it("ships the custom-elements manifest (named by package.json's customElements) and VS Code's HTML data made from it", async () => {
    const installed = join(scratch, 'node_modules', '@spbe', 'elements');
    const manifest = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8'));
    assert.equal(manifest.customElements, 'custom-elements.json');
    const elements = JSON.parse(
      await readFile(join(installed, 'custom-elements.json'), 'utf8'),
    ) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
    };
    const vscode = JSON.parse(
      await readFile(join(installed, 'vscode.html-custom-data.json'), 'utf8'),
    ) as {
      tags: {
        name: string;
        description: string;
        attributes: { name: string; values?: { name: string }[] }[];
      }[];
    };
    const declared = elements.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.tagName)
      .map((d) => `${d.tagName}: ${(d.attributes ?? []).map((a) => a.name).join(' ')}`)
      .sort();
    const described = vscode.tags
      .map((t) => `${t.name}: ${t.attributes.map((a) => a.name).join(' ')}`)
      .sort();
    assert.deepEqual(described, declared);
    assert.equal(declared.length, 5);
    const badge = vscode.tags.find((t) => t.name === 'spbe-agreement-badge')!;
    assert.match(badge.description, /agreement/i);
    assert.deepEqual(
      badge.attributes.find((a) => a.name === 'variant')?.values?.map((v) => v.name),
      ['compact', 'full'],
    );
    // Attributes whose values are a fixed set offer them, as the SDK defines them.
    const values = (tag: string, name: string) =>
      vscode.tags
        .find((t) => t.name === tag)
        ?.attributes.find((a) => a.name === name)
        ?.values?.map((v) => v.name);
    assert.deepEqual(values('spbe-region-select', 'level'), [...REGION_LEVELS]);
    assert.deepEqual(values('spbe-service-finder', 'audience'), [...AUDIENCES]);
    assert.deepEqual(values('spbe-provider', 'locale'), ['id', 'en']);
    assert.deepEqual(values('spbe-provider', 'theme'), ['light', 'dark']);
  });

  it('builds with Vite: an app that imports one element, the default client and the search, and gets no other element', async () => {
    await writeFile(
      join(scratch, 'index.html'),
      '<!doctype html><title>Garut</title><spbe-agreement-badge region="32.05"></spbe-agreement-badge><script type="module" src="./main.js"></script>',
    );
    await writeFile(
      join(scratch, 'main.js'),
      "import '@spbe/elements/agreement-badge.js';\nimport { setDefaultClient } from '@spbe/elements/client.js';\nimport { createServiceIndex } from '@spbe/sdk/search';\nsetDefaultClient('https://data.jabarprov.go.id/spbe');\nconsole.log(createServiceIndex([]));\n",
    );
    await run(
      process.execPath,
      [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error'],
      { cwd: scratch },
    );
    const assets = await readdir(join(scratch, 'dist', 'assets'));
    const js = assets.filter((file) => file.endsWith('.js'));
    assert.equal(js.length, 1, assets.join(', '));
    const code = await readFile(join(scratch, 'dist', 'assets', js[0]!), 'utf8');
    assert.match(code, /spbe-agreement-badge/);
    assert.ok(!code.includes(root), 'no path of the workspace in the bundle');
    assert.doesNotMatch(code, /spbe-region-select|spbe-service-finder/, 'only what was imported');
  });
});
