/**
 * `npm start`: serves the reference API, its home page and the /cdn/ assets
 * on PORT (default 8080) and HOST (default 127.0.0.1), and stops gracefully on
 * SIGTERM or SIGINT (in-flight requests finish). SPBE_PUBLIC_URL: where
 * people reach it, if a proxy in front changes that (see AppOptions.publicUrl).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { checkPublicUrl, createApp } from './app.js';
import { startServer } from './serve.js';

function fail(message: string): never {
  console.error(`spbe-server: ${message}`);
  process.exit(1);
}

const rawPort = process.env.PORT ?? '8080';
if (!/^\d{1,5}$/.test(rawPort) || Number(rawPort) > 65_535) {
  fail(`PORT must be a number from 0 to 65535, not ${JSON.stringify(rawPort)}.`);
}
const host = process.env.HOST || '127.0.0.1';

// The drop-in bundle, when the elements package has been built.
function cdnDir(): string | null {
  if (process.env.SPBE_CDN_DIR) return process.env.SPBE_CDN_DIR;
  try {
    const dir = join(
      dirname(createRequire(import.meta.url).resolve('@spbe/elements/package.json')),
      'dist',
      'cdn',
    );
    return existsSync(dir) ? dir : null;
  } catch {
    return null;
  }
}

// Where people reach the server, when a proxy in front changes it (the home
// page's embed tags); empty counts as unset.
const publicUrl = process.env.SPBE_PUBLIC_URL || undefined;
if (publicUrl !== undefined) {
  try {
    checkPublicUrl(publicUrl);
  } catch (error) {
    fail(`SPBE_PUBLIC_URL: ${(error as Error).message}`);
  }
}

const app = createApp({
  cdnDir: cdnDir(),
  publicUrl,
  onError: (error, requestId) => console.error(`spbe-server: request ${requestId} failed:`, error),
});

const server = await startServer(app, { port: Number(rawPort), host }).catch(
  (error: NodeJS.ErrnoException) =>
    fail(
      error.code === 'EADDRINUSE'
        ? `port ${rawPort} on ${host} is in use; set PORT to another port.`
        : error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND'
          ? `cannot listen on HOST ${JSON.stringify(host)}.`
          : String(error.message),
    ),
);

console.log(`spbe-kit reference API listening on ${server.url}`);
console.log(`  home page   ${server.url}/`);
console.log(`  OpenAPI     ${server.url}/v1/openapi.json`);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    console.log(`spbe-server: ${signal}, finishing in-flight requests…`);
    server.close().then(() => {
      console.log('spbe-server: stopped');
      process.exit(0);
    });
  });
}
