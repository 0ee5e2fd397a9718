// The reference API (built: `npm run bench` builds first) under load
// (autocannon, 10 connections) against a bare node:http server sending the
// same bytes, in the same run, interleaved, on the heaviest routes: the whole
// catalog, West Java's 5,957 villages (a village-level `descendants`), a text
// search, and a small answer (a regency's districts) where per-request
// overhead shows most. The bare server sends the same bytes: the API's
// headers and body for each route.
//
// - cold: a fresh API process per round, measured from its first request
//   (its answers are built, encoded and cached while it serves);
// - warm: one API process after a warm-up, in interleaved rounds;
// - memory: the warm process's heap and RSS (after a GC) before and after
//   three rounds of every route: it must not grow.
//
// Reports requests/s and its ratio to the bare server (goal: ≥ 0.7× on every
// route, warm), p50 and p99 latency, the server's CPU time per request, and
// errors (must be 0). Requests ask for no content-coding, so both servers
// send exactly the same bytes.
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { median, record } from './harness.js';

const ROUTES = [
  '/v1/catalog',
  '/v1/regions/32/descendants?level=village',
  '/v1/services?q=izin+usaha+mikro',
  '/v1/regions/32.73/children',
];
const ROUNDS = 5;
/** Seconds per run: autocannon reports on whole-second ticks, so runs are timed, not counted. */
const SECONDS = Number(process.env.SPBE_BENCH_SECONDS ?? 4);
const COLD_ROUNDS = 3;
const COLD_SECONDS = 2;
const GOAL = 0.7;

interface Server {
  child: ChildProcess;
  url: string;
}

function ask<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (m: { type: string } & T) => {
      if (m.type === type) {
        child.off('message', onMessage);
        resolve(m);
      }
    };
    child.on('message', onMessage);
    child.send({ type });
  });
}

type Answer = [path: string, headers: Record<string, string>, body: string];

function spawnServer(kind: 'app' | 'bare', answers?: Answer[]): Promise<Server> {
  const child = fork(join(import.meta.dirname, 'server-child.mjs'), [kind], {
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.on('message', (m: { type: string; url?: string }) => {
      if (m.type === 'ready') resolve({ child, url: m.url! });
    });
    if (answers) child.send({ type: 'answers', answers });
  });
}

const stop = (server: Server) =>
  new Promise<void>((resolve) => {
    server.child.once('exit', () => resolve());
    server.child.kill();
  });

interface Sample {
  rps: number;
  p50: number;
  p99: number;
  cpuPerRequestUs: number;
  requests: number;
}
const samples = new Map<string, Sample[]>();
let failures = 0;

async function run(server: Server, key: string, path: string, seconds: number) {
  const before = await ask<{ micros: number }>(server.child, 'cpu');
  const result = await autocannon({ url: server.url + path, connections: 10, duration: seconds });
  const after = await ask<{ micros: number }>(server.child, 'cpu');
  const requests = result.requests.total;
  if (result.errors > 0 || result.non2xx > 0 || result.timeouts > 0) {
    failures++;
    console.error(
      `${key}: ${result.errors} errors, ${result.non2xx} non-2xx, ${result.timeouts} timeouts`,
    );
  }
  const list = samples.get(key) ?? [];
  list.push({
    rps: requests / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuPerRequestUs: (after.micros - before.micros) / requests,
    requests,
  });
  samples.set(key, list);
}

// The bare server answers with exactly the bytes the API sends for each
// route: its headers (but the date, which node adds, and the connection's
// own) and its body.
const first = await spawnServer('app');
const answers: Answer[] = await Promise.all(
  ROUTES.map(async (path): Promise<Answer> => {
    const response = await fetch(first.url + path, { headers: { 'accept-encoding': 'identity' } });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    const headers = Object.fromEntries(
      [...response.headers].filter(
        ([name]) => !['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(name),
      ),
    );
    return [path, headers, Buffer.from(await response.arrayBuffer()).toString('base64')];
  }),
);
await stop(first);
const bare = await spawnServer('bare', answers);

// Cold: a fresh API process per round, from its first request; bare alongside.
for (let round = 0; round < COLD_ROUNDS; round++) {
  const app = await spawnServer('app');
  for (const path of ROUTES) {
    await run(app, `cold app ${path}`, path, COLD_SECONDS);
    await run(bare, `cold bare ${path}`, path, COLD_SECONDS);
  }
  await stop(app);
}

// Warm: one API process; warm both up, then interleave bare, app, bare, app…
const app = await spawnServer('app');
for (const path of ROUTES) {
  await autocannon({ url: app.url + path, connections: 10, duration: 1 });
  await autocannon({ url: bare.url + path, connections: 10, duration: 1 });
}
const memory: { rss: number; heapUsed: number }[] = [
  await ask<{ rss: number; heapUsed: number }>(app.child, 'memory'),
];
for (let round = 0; round < ROUNDS; round++) {
  for (const path of ROUTES) {
    await run(bare, `warm bare ${path}`, path, SECONDS);
    await run(app, `warm app ${path}`, path, SECONDS);
  }
  // Memory after each of the first three rounds of every route.
  if (round < 3) memory.push(await ask<{ rss: number; heapUsed: number }>(app.child, 'memory'));
}

const TITLE = 'Reference API under load';
console.log(`\n## ${TITLE} (autocannon, 10 connections)\n`);
console.log(
  `baseline: a bare node:http server sending the same bytes (the API's headers and body). Warm: ${ROUNDS} interleaved rounds of ${SECONDS} s per route after a warm-up; cold: ${COLD_ROUNDS} fresh API processes, ${COLD_SECONDS} s per route from their first request. Medians.\n`,
);
console.log(
  '| route | caches | server | requests | req/s | vs bare | p50 | p99 | CPU/request | goal ≥ 0.7× |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
let missed = 0;
for (const phase of ['warm', 'cold'] as const) {
  for (const path of ROUTES) {
    const bareRps = median(samples.get(`${phase} bare ${path}`)!.map((s) => s.rps));
    for (const label of ['bare', 'app']) {
      const list = samples.get(`${phase} ${label} ${path}`)!;
      const rps = median(list.map((s) => s.rps));
      const ratio = rps / bareRps;
      const goal =
        label === 'bare' ? '' : phase === 'cold' ? '—' : ratio >= GOAL ? 'met' : 'MISSED';
      if (goal === 'MISSED') missed++;
      console.log(
        `| ${path} | ${phase} | ${label} | ${list.reduce((n, s) => n + s.requests, 0)} | ${Math.round(rps)} | ${ratio.toFixed(2)}× | ${median(list.map((s) => s.p50))} ms | ${median(list.map((s) => s.p99))} ms | ${median(list.map((s) => s.cpuPerRequestUs)).toFixed(0)} µs | ${goal} |`,
      );
      if (label === 'app') {
        record({
          bench: TITLE,
          subject: `${path} (${phase})`,
          value: `${Math.round(rps)} req/s, p99 ${median(list.map((s) => s.p99))} ms`,
          baseline: `bare node:http, same bytes: ${Math.round(bareRps)} req/s`,
          ratio: `${ratio.toFixed(2)}× bare`,
        });
      }
    }
  }
}
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const [start, ...after] = memory;
console.log(
  `\nmemory of the warm API process after a GC: heap ${[start!, ...after].map((m) => mb(m.heapUsed)).join(' → ')}; RSS ${[start!, ...after].map((m) => mb(m.rss)).join(' → ')} (before, then after each of three rounds of every route)`,
);
const growth = after.at(-1)!.heapUsed - after[0]!.heapUsed;
console.log(
  `heap growth from the first to the third round: ${mb(growth)} (${growth <= 2 * 1024 * 1024 ? 'none to speak of' : 'GROWING'})`,
);
record({
  bench: TITLE,
  subject: 'heap after rounds 1 → 3 (after GC)',
  value: `${mb(after[0]!.heapUsed)} → ${mb(after.at(-1)!.heapUsed)}`,
  baseline: `before the rounds: ${mb(start!.heapUsed)}`,
  ratio: `${(after.at(-1)!.heapUsed / after[0]!.heapUsed).toFixed(2)}×`,
});
console.log(`errors + non-2xx + timeouts: ${failures === 0 ? 0 : 'SOME (see above)'}`);
if (missed > 0) console.log(`routes under ${GOAL}× bare (warm): ${missed}`);

await stop(app);
await stop(bare);
process.exit(failures === 0 && growth <= 2 * 1024 * 1024 ? 0 : 1);
