/**
 * Test helpers for end-to-end tests: `npm start`'s server (the built
 * packages/server/dist/main.js, so `npm run build` first) on a free port, and
 * pages in headless Chromium (Debian's, via playwright-core) that record
 * everything that went wrong on them.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { extname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../../.ci/chromium.mjs';

export const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
export const CDN_DIR = join(ROOT, 'packages', 'elements', 'dist', 'cdn');
const MAIN = join(ROOT, 'packages', 'server', 'dist', 'main.js');

export interface MainServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** The same server under another origin (`http://localhost:<port>`). */
  otherOrigin: string;
  stop(): Promise<void>;
}

/**
 * Starts `npm start`'s server as `npm start` does (after its build), on a free
 * port; `env` adds settings (e.g. `SPBE_PUBLIC_URL`).
 */
export async function startMain(env: Record<string, string> = {}): Promise<MainServer> {
  assert.ok(existsSync(MAIN), `${MAIN} is missing: run npm run build first`);
  assert.ok(existsSync(join(CDN_DIR, 'spbe.js')), 'the drop-in is not built: run npm run build');
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const found = /listening on (http:\/\/\S+)/.exec(line);
      if (found) resolve(found[1]!);
    });
  });
  return {
    url,
    otherOrigin: url.replace('127.0.0.1', 'localhost'),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface WatchedPage {
  page: Page;
  /**
   * Console errors and warnings (each with the URL it came from), page errors,
   * CSP violations, failed requests, answers ≥ 400.
   */
  problems: string[];
  /** Every URL the page requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** A page in a fresh context that records whatever goes wrong on it. */
export async function watchedPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    // With where it came from: for "Failed to load resource", the resource's URL.
    const { url } = m.location();
    if (m.type() === 'error' || m.type() === 'warning')
      problems.push(`${m.type()}: ${m.text()}${url ? ` (${url})` : ''}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e}`));
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return { page, problems, requests, close: () => context.close() };
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.0–2.2 A and AA violations on the page, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
  });
}

/** Whether the page scrolls sideways (it must not, even at 320 px). */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/** A file a test site serves: its content type, body and any other headers. */
export interface SiteFile {
  type: string;
  body: string;
  headers?: Record<string, string>;
}

/**
 * A regency's own site for a test: `files` by path, on `localhost` (another
 * origin than `npm start`'s 127.0.0.1), anything else a 404.
 */
export async function startSite(
  files: Record<string, SiteFile>,
): Promise<{ url: string; close(): void }> {
  const site = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://site').pathname];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file.type, ...file.headers }).end(file.body);
  });
  await new Promise<void>((resolve) => site.listen(0, 'localhost', resolve));
  return {
    url: `http://localhost:${(site.address() as AddressInfo).port}`,
    close: () => site.close(),
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Every file under `dir` (a built app) for startSite(), its index.html also at `/`. */
export function siteFiles(dir: string): Record<string, SiteFile> {
  const files: Record<string, SiteFile> = {};
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!entry.name.endsWith('.map')) {
        files[`/${relative(dir, path).split('\\').join('/')}`] = {
          type: TYPES[extname(entry.name)] ?? 'application/octet-stream',
          body: readFileSync(path, 'utf8'),
        };
      }
    }
  };
  walk(dir);
  if (files['/index.html']) files['/'] = files['/index.html'];
  return files;
}

/**
 * Builds an app under examples/ as its README says (`npm run build` in its
 * folder, with the workspace's packages and tools), its API at `apiUrl`.
 */
export async function buildExample(name: string, apiUrl: string): Promise<string> {
  const dir = join(ROOT, 'examples', name);
  await promisify(execFile)('npm', ['run', 'build', '--silent'], {
    cwd: dir,
    env: { ...process.env, VITE_SPBE_API: apiUrl },
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: Error & { stdout?: string; stderr?: string }) => {
    throw new Error(`npm run build in examples/${name} failed:\n${error.stdout}\n${error.stderr}`);
  });
  return dir;
}

/** Chooses a region in the `<spbe-region-select>` at `selector` by keyboard: types `text`, takes the first match. */
export async function chooseRegion(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(`${selector} input[role="combobox"]`).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.waitForFunction(
    (s) =>
      (document.querySelector(s)?.shadowRoot?.querySelectorAll('[role="option"]').length ?? 0) > 0,
    selector,
  );
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

/** The text of `selector` inside `host`'s shadow root, spaces collapsed. */
export function shadowText(page: Page, host: string, selector = '*'): Promise<string> {
  return page.evaluate(
    ([h, s]) =>
      [...(document.querySelector(h!)?.shadowRoot?.querySelectorAll(s!) ?? [])]
        .map((el) => el.textContent)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    [host, selector],
  );
}

export interface ExampleSite {
  api: MainServer;
  browser: Browser;
  /** Where the built app is served, on another origin than the API. */
  url: string;
  stop(): Promise<void>;
}

/**
 * An app under examples/, built (buildExample) against `npm start`'s API and
 * served from `built` in its folder on another origin, with Chromium to open it.
 */
export async function startExample(name: string, built: string): Promise<ExampleSite> {
  const [api, browser] = await Promise.all([startMain(), launchChromium()]);
  const site = await startSite(siteFiles(join(await buildExample(name, api.url), built)));
  return {
    api,
    browser,
    url: site.url,
    stop: async () => {
      await browser.close();
      await api.stop();
      site.close();
    },
  };
}

/**
 * Opens a page with `open` at 320 px in dark mode: whether it scrolls
 * sideways, axe's violations, and what went wrong on it (all must be none).
 */
export async function narrowDarkCheck(
  browser: Browser,
  open: (page: Page) => Promise<void>,
): Promise<{ sideways: boolean; violations: string[]; problems: string[] }> {
  const { page, problems, close } = await watchedPage(browser, {
    viewport: { width: 320, height: 800 },
    colorScheme: 'dark',
  });
  await open(page);
  const result = {
    sideways: await scrollsSideways(page),
    violations: await axeViolations(page),
    problems,
  };
  await close();
  return result;
}

/** Waits until the `<spbe-region-select>` at `selector` shows `text` in its box (a region chosen and loaded). */
export async function waitForChoice(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([s, t]) =>
      document
        .querySelector(s!)
        ?.shadowRoot?.querySelector<HTMLInputElement>('input[role="combobox"]')?.value === t,
    [selector, text],
  );
}
