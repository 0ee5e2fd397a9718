// The story check: builds Storybook, serves it on 127.0.0.1 and opens every
// story and every docs page in headless Chromium (Debian's; nothing is
// downloaded). Each one must render (for element stories: every spbe-*
// element finished its update with a non-empty shadow root), with no console
// error, no page error, no failed request and no axe violation (WCAG 2.0–2.2
// A and AA, `target-size` included, as packages/elements/src/testing/axe.ts).
// Stories exported as `ForcedColors` are opened with forced colours emulated.
//
// Timing never decides: the check waits for a condition (the story rendered,
// nothing aria-busy, or what the story's `parameters.storyCheck` names, see
// stories/story-check.ts), with a deadline that only turns a hang into a
// failure.
//
// Alone: node --conditions=source --import tsx --test .ci/stories.test.ts
// STORYBOOK_DIR=<folder> reuses a build instead of building; STORIES=<text>
// opens only the entries whose id contains it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { StoryCheck } from '../stories/story-check.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { type StaticServer, serveStatic } from './stories-server.js';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
/** Where the test's server serves axe-core, beside the Storybook build. */
const AXE_PATH = '/__story-check/axe.min.js';
const PROBE = readFileSync(join(import.meta.dirname, 'stories-probe.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Pages open at once: the machine has 2 cores, and most of a page's time is waiting. */
const PARALLEL = 3;
/** How long a story may take to reach its state before that counts as a hang. */
const DEADLINE = 15_000;
const VIEWPORT = { width: 1200, height: 900 };

interface Entry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  exportName?: string;
  importPath: string;
}

type Want = NonNullable<StoryCheck['waitFor']>[number];

interface Probe {
  error: string | undefined;
  phase: string | null;
  rendered: boolean;
  hasContent: boolean;
  elements: number;
  updated: boolean;
  empty: string[];
  busy: boolean;
  matched: boolean;
  parameters: StoryCheck | null;
}

declare global {
  interface Window {
    __storyProbe(viewMode: string, id: string, want?: Want): Promise<Probe>;
  }
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', CI: '1' },
  });
  assert.equal(
    result.status,
    0,
    `${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`.slice(-4000),
  );
}

/** A fresh Storybook build (with its inputs: the region files and the elements' manifest). */
function buildStorybook(): { dir: string; temporary: boolean } {
  if (process.env.STORYBOOK_DIR) return { dir: process.env.STORYBOOK_DIR, temporary: false };
  if (!existsSync(join(root, 'packages/data/regions/32.json'))) run('npm', ['run', 'data']);
  const dir = mkdtempSync(join(tmpdir(), 'spbe-storybook-'));
  run('npm', ['run', 'build:manifest']);
  run(join(root, 'node_modules/.bin/storybook'), ['build', '--quiet', '-o', dir]);
  return { dir, temporary: true };
}

// Built before the tests are declared: there is one test per entry of index.json.
const build = buildStorybook();
const entries: Entry[] = Object.values(
  JSON.parse(readFileSync(join(build.dir, 'index.json'), 'utf8')).entries as Record<string, Entry>,
).filter((entry) => entry.id.includes(process.env.STORIES ?? ''));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A page that is reused from story to story (the preview bundle then comes
 * from the cache, warm): what it reports goes to the story it shows now.
 */
interface Tab {
  page: Page;
  problems: string[] | undefined;
  /** The Storybook preview is loaded and well (the next story may switch in place). */
  ready: boolean;
}

async function openTab(context: BrowserContext): Promise<Tab> {
  const tab: Tab = { page: await context.newPage(), problems: undefined, ready: false };
  const report = (problem: string) => tab.problems?.push(problem);
  tab.page.on('console', (message) => {
    if (message.type() === 'error') report(`console error: ${message.text()}`);
  });
  tab.page.on('pageerror', (error) => report(`page error: ${error.stack ?? error.message}`));
  tab.page.on('requestfailed', (request) =>
    report(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  tab.page.on('response', (response) => {
    if (response.status() >= 400) report(`HTTP ${response.status()}: ${response.url()}`);
  });
  return tab;
}

/** Opens `entry` in `tab` and returns every problem found (empty: it passed). */
async function check(tab: Tab, origin: string, entry: Entry): Promise<string[]> {
  const { page } = tab;
  // A story replaces the one before in the same preview, as Storybook's own test
  // runner does: the preview unmounts the last story (its elements disconnect and
  // abort their work) and renders the next, without reloading the bundle, which
  // is most of a page's cost. Docs pages, and any story after one that failed,
  // get a fresh page; then the story before is left first, so that nothing it
  // leaves behind (a request cut short) is counted against this one.
  const inPlace = tab.ready && entry.type === 'story';
  tab.ready = false;
  tab.problems = undefined;
  if (!inPlace) await page.goto('about:blank');
  const problems: string[] = [];
  tab.problems = problems;
  try {
    const forced = entry.type === 'story' && entry.exportName === 'ForcedColors';
    await page.emulateMedia({ forcedColors: forced ? 'active' : 'none' });
    if (inPlace) {
      await page.evaluate(
        ([storyId, viewMode]) =>
          (
            window as unknown as {
              __STORYBOOK_ADDONS_CHANNEL__: { emit(event: string, args: unknown): void };
            }
          ).__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode }),
        [entry.id, entry.type],
      );
    } else {
      // addon-a11y would run its own axe in the page; this check runs one instead.
      const url = `${origin}/iframe.html?id=${entry.id}&viewMode=${entry.type}&globals=a11y.manual:!true`;
      await page.goto(url, { waitUntil: 'load' });
      await page.addScriptTag({ content: PROBE });
      // From a URL (not inline), so Chromium compiles axe once and reuses it.
      await page.addScriptTag({ url: `${origin}${AXE_PATH}` });
    }

    const deadline = Date.now() + DEADLINE;
    const probe = (want?: Want) =>
      page.evaluate(([v, i, s]) => window.__storyProbe(v, i, s), [
        entry.type,
        entry.id,
        want,
      ] as const);
    let state = await probe();
    const story = entry.title.startsWith('Elements/');
    // 1. Storybook rendered it (or showed an error).
    while (!state.error && !(state.rendered && state.hasContent) && Date.now() < deadline) {
      await sleep(50);
      state = await probe();
    }
    if (state.error) return [...problems, `Storybook shows an error: ${state.error}`];
    if (!state.rendered || !state.hasContent) {
      return [...problems, `did not render within ${DEADLINE} ms (phase ${state.phase})`];
    }
    // 2. What the story says to wait for, in order.
    const wanted = state.parameters ?? {};
    for (const want of wanted.waitFor ?? []) {
      state = await probe(want);
      while (!state.matched && Date.now() < deadline) {
        await sleep(50);
        state = await probe(want);
      }
      if (!state.matched) return [...problems, `never showed ${JSON.stringify(want)}`];
    }
    // 3. Every element updated, enough of them, and (unless loading on purpose) nothing busy.
    const least = wanted.elements ?? (story ? 1 : 0);
    const settled = (s: Probe) =>
      s.elements >= least && s.updated && (wanted.busy ? s.busy : !s.busy) && s.empty.length === 0;
    while (!settled(state) && Date.now() < deadline) {
      await sleep(50);
      state = await probe();
    }
    if (state.elements < least) {
      problems.push(`shows ${state.elements} spbe-* element(s), expected at least ${least}`);
    }
    if (!state.updated) problems.push('an spbe-* element never finished its update');
    if (state.empty.length) problems.push(`empty shadow root: ${state.empty.join(', ')}`);
    if (wanted.busy && !state.busy)
      problems.push('meant to stay loading, but nothing is aria-busy');
    if (!wanted.busy && state.busy) problems.push(`still aria-busy after ${DEADLINE} ms`);

    // 4. axe, on the story (or the docs page), not on Storybook's frame around it.
    // Storybook's own docs blocks (the controls table) can still be laying out
    // when the elements have settled, and axe then measures half-drawn
    // targets: what it finds must still be there a second later.
    const axe = () =>
      page.evaluate(
        async ([scope, tags]) => {
          const { violations } = await window.axe.run(
            { include: [scope as string], exclude: ['#storybook-highlights-root'] },
            {
              runOnly: { type: 'tag', values: tags as string[] },
              resultTypes: ['violations'],
              rules: { 'target-size': { enabled: true } },
            },
          );
          return violations.flatMap((v) =>
            v.nodes.map(
              (n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary}`,
            ),
          );
        },
        [entry.type === 'docs' ? '#storybook-docs' : '#storybook-root', TAGS] as const,
      );
    let violations = await axe();
    if (violations.length > 0) {
      await sleep(1000);
      violations = await axe();
    }
    problems.push(...violations.map((v) => `axe: ${v}`));
    tab.ready = problems.length === 0;
    return problems;
  } finally {
    tab.problems = undefined;
  }
}

describe('stories: every story and docs page renders, quietly and accessibly', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  // A pool of PARALLEL pages: each test waits for a free one.
  const free: Tab[] = [];
  const waiting: ((tab: Tab) => void)[] = [];
  const take = async () => free.pop() ?? new Promise<Tab>((resolve) => waiting.push(resolve));
  const give = (tab: Tab) => {
    const next = waiting.shift();
    if (next) next(tab);
    else free.push(tab);
  };

  before(async () => {
    server = await serveStatic(build.dir, { [AXE_PATH]: AXE });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
    for (let i = 0; i < PARALLEL; i++) free.push(await openTab(context));
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    if (build.temporary) rmSync(build.dir, { recursive: true, force: true });
  });

  it('index.json lists the stories and docs pages', () => {
    assert.ok(entries.filter((e) => e.type === 'story').length > 0, 'no stories');
    assert.ok(entries.filter((e) => e.type === 'docs').length > 0, 'no docs pages');
  });

  describe('each', { concurrency: PARALLEL }, () => {
    for (const entry of entries) {
      it(`${entry.id} (${entry.type})`, { timeout: 60_000 }, async () => {
        const tab = await take();
        try {
          const problems = await check(tab, server.origin, entry);
          assert.deepEqual(problems, [], `${entry.id}:\n  ${problems.join('\n  ')}`);
        } finally {
          give(tab);
        }
      });
    }
  });
});
