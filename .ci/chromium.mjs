// Headless Chromium from Debian, as the browser tests (web-test-runner.config.mjs)
// and the browser benchmarks (bench/) launch it. Nothing here downloads a browser.

/** CHROME_PATH, else Debian's chromium. */
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags for a quiet headless run in a container: no sandbox, GPU, QUIC or background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
