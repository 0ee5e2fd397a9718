// Browser tests: `*.browser.test.ts` in sdk and server, and every elements
// `*.test.ts`, in headless Chromium from Debian (CHROME_PATH, default
// /usr/bin/chromium). Nothing here downloads a browser.
//
// The reference API and a fault-injecting server run beside the test server
// on other origins (127.0.0.1:<port> vs the pages' localhost:<port>), so that
// cross-origin behaviour is real; tests import their URLs from `/__spbe/env.js`.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './.ci/chromium.mjs';

// Starts a helper server script that prints `{ "url": … }` as its first line.
async function spawnService(script) {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}) before listening`)));
    createInterface({ input: child.stdout }).once('line', (line) => resolve(JSON.parse(line).url));
  });
  return { child, url };
}

// The reference API and the fault-injecting server, each on its own origin;
// tests import their URLs from /__spbe/env.js.
function helperServers() {
  let services = [];
  return {
    name: 'spbe-helper-servers',
    async serverStart() {
      services = await Promise.all([
        spawnService('packages/server/scripts/test-server.ts'),
        spawnService('packages/sdk/scripts/fault-server.ts'),
      ]);
    },
    async serverStop() {
      for (const { child } of services) child.kill('SIGTERM');
    },
    serve(context) {
      if (context.path === '/__spbe/env.js') {
        const [api, faults] = services;
        // Property tests read the fuzz settings (packages/sdk/src/testing/fuzz.ts) from the page.
        const fuzz = {
          SPBE_FUZZ_SCALE: process.env.SPBE_FUZZ_SCALE ?? '',
          SPBE_FUZZ_SEED: process.env.SPBE_FUZZ_SEED ?? '',
        };
        return {
          body: `export const API_URL = ${JSON.stringify(api.url)};\nexport const FAULT_URL = ${JSON.stringify(faults.url)};\nexport const FUZZ = ${JSON.stringify(fuzz)};\nglobalThis.__SPBE_FUZZ__ = FUZZ;\n`,
          type: 'js',
        };
      }
    },
  };
}

export default {
  files: [
    'packages/sdk/src/**/*.browser.test.ts',
    'packages/server/src/**/*.browser.test.ts',
    'packages/elements/src/**/*.test.ts',
    '!packages/elements/src/**/*.node.test.ts',
  ],
  nodeResolve: { exportConditions: ['source', 'browser', 'import', 'default'] },
  plugins: [
    helperServers(),
    a11ySnapshotPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  // One page at a time: keyboard tests need the page to have focus, which
  // only one page has when several run side by side.
  concurrency: 1,
  testFramework: { config: { timeout: 10_000 } },
  testsFinishTimeout: 5 * 60_000,
};
