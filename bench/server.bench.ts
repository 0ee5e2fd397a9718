// The reference API (built: `npm run bench` builds first) under load
// (autocannon, 10 connections) against a bare
// node:http server returning the same bytes, in the same run, interleaved.
// Reports requests/s and its ratio to the bare server, p99 latency, and the
// server process's CPU time per request. Fails on any error or non-2xx.
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { median } from './harness.js';

const ROUTES = ['/v1/catalog', '/v1/regions/32.73/children'];
const ROUNDS = 5;
const AMOUNT = 20_000;

function spawnServer(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(join(import.meta.dirname, 'server-child.mjs'), args, {
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.on('message', (m: { type: string; url?: string }) => {
      if (m.type === 'ready') resolve({ child, url: m.url! });
    });
  });
}

function cpuMicros(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (m: { type: string; micros?: number }) => {
      if (m.type === 'cpu') {
        child.off('message', onMessage);
        resolve(m.micros!);
      }
    };
    child.on('message', onMessage);
    child.send({ type: 'cpu' });
  });
}

const app = await spawnServer(['app']);
// The bare server answers with exactly the bytes the API sends for each route.
const bodies = await Promise.all(
  ROUTES.map(async (path) => [
    path,
    Buffer.from(await (await fetch(app.url + path)).arrayBuffer()).toString('base64'),
  ]),
);
const bare = await spawnServer(['bare', JSON.stringify(bodies)]);

interface Sample {
  rps: number;
  p99: number;
  cpuPerRequestUs: number;
  requests: number;
}
const samples = new Map<string, Sample[]>();
let failures = 0;

async function run(target: { child: ChildProcess; url: string }, label: string, path: string) {
  const before = await cpuMicros(target.child);
  const started = performance.now();
  const result = await autocannon({ url: target.url + path, connections: 10, amount: AMOUNT });
  // autocannon's own duration is rounded to whole seconds: time the run here.
  const seconds = (performance.now() - started) / 1000;
  const after = await cpuMicros(target.child);
  const requests = result.requests.total;
  if (result.errors > 0 || result.non2xx > 0 || result.timeouts > 0) {
    failures++;
    console.error(
      `${label} ${path}: ${result.errors} errors, ${result.non2xx} non-2xx, ${result.timeouts} timeouts`,
    );
  }
  const key = `${label} ${path}`;
  const list = samples.get(key) ?? [];
  list.push({
    rps: requests / seconds,
    p99: result.latency.p99,
    cpuPerRequestUs: (after - before) / requests,
    requests,
  });
  samples.set(key, list);
}

// Warm both up, then interleave: bare, app, bare, app… so drift hits both.
for (const path of ROUTES) {
  await autocannon({ url: app.url + path, connections: 10, amount: 2000 });
  await autocannon({ url: bare.url + path, connections: 10, amount: 2000 });
}
for (let round = 0; round < ROUNDS; round++) {
  for (const path of ROUTES) {
    await run(bare, 'bare', path);
    await run(app, 'app', path);
  }
}

console.log('\n## Reference API under load (autocannon, 10 connections)\n');
console.log(
  `baseline: bare node:http server returning the same bytes; ${ROUNDS} interleaved rounds of ${AMOUNT} requests, medians\n`,
);
console.log('| route | server | requests | req/s | vs bare | p99 latency | CPU/request |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const path of ROUTES) {
  const bareRps = median(samples.get(`bare ${path}`)!.map((s) => s.rps));
  for (const label of ['bare', 'app']) {
    const list = samples.get(`${label} ${path}`)!;
    const rps = median(list.map((s) => s.rps));
    console.log(
      `| ${path} | ${label} | ${list.reduce((n, s) => n + s.requests, 0)} | ${Math.round(rps)} | ${(rps / bareRps).toFixed(2)}× | ${median(list.map((s) => s.p99))} ms | ${median(list.map((s) => s.cpuPerRequestUs)).toFixed(1)} µs |`,
    );
  }
}
console.log(`\nerrors + non-2xx + timeouts: ${failures === 0 ? 0 : 'SOME (see above)'}`);

app.child.kill();
bare.child.kill();
process.exit(failures === 0 ? 0 : 1);
