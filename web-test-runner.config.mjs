// Browser tests: `*.browser.test.ts` in sdk and server, and every elements
// `*.test.ts`, in headless Chromium from Debian (CHROME_PATH, default
// /usr/bin/chromium). Nothing here downloads a browser.
//
// The reference API runs beside the test server on another origin
// (127.0.0.1:<port> vs the pages' localhost:<port>), so that cross-origin
// behaviour is real; tests import its URL from `/__spbe/env.js`.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

function referenceApi() {
  let child;
  let url;
  return {
    name: 'spbe-reference-api',
    async serverStart() {
      child = spawn(
        process.execPath,
        ['--conditions=source', '--import', 'tsx', 'packages/server/scripts/test-server.ts'],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      url = await new Promise((resolve, reject) => {
        child.once('exit', (code) =>
          reject(new Error(`reference API exited (${code}) before listening`)),
        );
        createInterface({ input: child.stdout }).once('line', (line) =>
          resolve(JSON.parse(line).url),
        );
      });
    },
    async serverStop() {
      child?.kill('SIGTERM');
    },
    serve(context) {
      if (context.path === '/__spbe/env.js') {
        return { body: `export const API_URL = ${JSON.stringify(url)};\n`, type: 'js' };
      }
    },
  };
}

export default {
  files: [
    'packages/sdk/src/**/*.browser.test.ts',
    'packages/server/src/**/*.browser.test.ts',
    'packages/elements/src/**/*.test.ts',
  ],
  nodeResolve: { exportConditions: ['source', 'browser', 'import', 'default'] },
  plugins: [
    referenceApi(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10_000 } },
  testsFinishTimeout: 5 * 60_000,
};
