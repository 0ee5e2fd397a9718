// A server for bench/server.bench.ts, in its own plain-node process (no TS
// loader, as `npm start` runs it), started with --expose-gc: either the built
// reference API (`app`) or a bare node:http server (`bare`) answering each
// path with the bytes the API sends for it, headers and body (sent over IPC:
// some are too big for argv), a fresh request id each time as the API does.
// Reports its URL, and its CPU time and memory when asked.
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
  } else if (message.type === 'answers') {
    listenBare(
      new Map(
        message.answers.map(([path, headers, body]) => [
          path,
          { headers, body: Buffer.from(body, 'base64') },
        ]),
      ),
    );
  }
});

if (kind === 'app') {
  const { createApp, startServer } = await import('../packages/server/dist/index.js');
  const server = await startServer(createApp(), { port: 0 });
  send({ type: 'ready', url: server.url });
}

function listenBare(answers) {
  const server = createServer((req, res) => {
    const answer = answers.get(req.url ?? '');
    if (!answer) {
      res.writeHead(404).end();
      return;
    }
    const headers = { ...answer.headers };
    headers['x-request-id'] = crypto.randomUUID();
    res.writeHead(200, headers);
    res.end(answer.body);
  });
  server.listen(0, '127.0.0.1', () => {
    send({ type: 'ready', url: `http://127.0.0.1:${server.address().port}` });
  });
}
