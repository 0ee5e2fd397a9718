// A server for bench/server.bench.ts, in its own plain-node process (no TS
// loader, as `npm start` runs it), started with --expose-gc: either the built
// reference API (`app`) or a bare node:http server (`bare`) answering each
// path with the bytes the API gives for it (sent over IPC: some are too big
// for argv). Reports its URL, and its CPU time and memory when asked.
import { createServer } from 'node:http';

const kind = process.argv[2];
const send = (message) => process.send?.(message);

process.on('message', (message) => {
  if (message.type === 'cpu') {
    const { user, system } = process.cpuUsage();
    send({ type: 'cpu', micros: user + system });
  } else if (message.type === 'memory') {
    globalThis.gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    send({ type: 'memory', rss, heapUsed });
  } else if (message.type === 'bodies') {
    listenBare(new Map(message.bodies.map(([p, b]) => [p, Buffer.from(b, 'base64')])));
  }
});

if (kind === 'app') {
  const { createApp, startServer } = await import('../packages/server/dist/index.js');
  const server = await startServer(createApp(), { port: 0 });
  send({ type: 'ready', url: server.url });
}

function listenBare(bodies) {
  const server = createServer((req, res) => {
    const body = bodies.get(req.url ?? '');
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': body.length,
    });
    res.end(body);
  });
  server.listen(0, '127.0.0.1', () => {
    send({ type: 'ready', url: `http://127.0.0.1:${server.address().port}` });
  });
}
