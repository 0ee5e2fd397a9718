/**
 * The reference API for the browser tests (web-test-runner starts it): the
 * real dataset on a free loopback port, a fixed clock, and a /cdn/ folder with
 * one small module. Prints one JSON line `{ "url": … }` when listening; stops
 * on SIGTERM.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../src/serve.js';
import { testApp } from '../src/testing/server.js';

const cdnDir = await mkdtemp(join(tmpdir(), 'spbe-test-cdn-'));
await writeFile(join(cdnDir, 'probe.0a1b2c3d.js'), "export const probe = 'loaded cross-origin';\n");

const server = await startServer(testApp({ cdnDir }), { port: 0, host: '127.0.0.1' });
console.log(JSON.stringify({ url: server.url }));

const stop = async () => {
  await server.close();
  await rm(cdnDir, { recursive: true, force: true });
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
