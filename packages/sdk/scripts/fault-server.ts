/**
 * Starts the fault-injecting server for the browser tests (web-test-runner
 * spawns it). Prints one JSON line `{ "url": … }` when listening; stops on
 * SIGTERM.
 */
import { startFaultServer } from '../src/testing/fault-server.js';

const server = await startFaultServer();
console.log(JSON.stringify({ url: server.url }));
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
