// The client in Chromium, from the test page's origin, against the reference
// API and the fault-injecting server on other origins (real CORS).
import { expect } from '@open-wc/testing';
import {
  type ClientOptions,
  createClient,
  SpbeHttpError,
  SpbeNetworkError,
  SpbeResponseError,
  SpbeTimeoutError,
} from '@spbe/sdk';
import { API_URL, FAULT_URL } from '/__spbe/env.js';
import { failure } from '../testing/failure.js';

const TRACE = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
let counter = 0;
function faulty(fault: string, options: Partial<ClientOptions> = {}) {
  const token = `b${Date.now()}-${++counter}`;
  return {
    client: createClient({ baseUrl: `${FAULT_URL}/${fault}/${token}`, ...options }),
    tally: async () =>
      (await (await fetch(`${FAULT_URL}/__count/${token}`, { cache: 'no-store' })).json()) as {
        count: number;
        conditional: number;
        headers: Record<string, string>[];
      },
  };
}

describe('SDK client in the browser, cross-origin', () => {
  it('reads the reference API', async () => {
    const spbe = createClient({ baseUrl: API_URL });
    expect(new URL(API_URL).origin).to.not.equal(location.origin);
    expect(await spbe.regions.provinces()).to.have.length(38);
    expect(await spbe.regions.children('32')).to.have.length(27);
    const statuses = await spbe.regions.agreements('32.73');
    expect(statuses.map((s) => s.program)).to.deep.equal([
      'spbe-infrastructure',
      'saber-hoaks',
      'command-center',
    ]);
    const found = await spbe.services.list({ q: 'lapor' });
    expect(found.items[0]?.id).to.equal('sp4n-lapor');
  });

  it('sends an API key and a trace header cross-origin (the preflight allows them)', async () => {
    const spbe = createClient({
      baseUrl: API_URL,
      headers: () => ({ 'x-api-key': 'kunci-uji', authorization: 'Bearer uji' }),
      hooks: { beforeRequest: [(request) => request.headers.set('traceparent', TRACE)] },
    });
    expect((await spbe.regions.get('32')).name).to.equal('Jawa Barat');
    const { client, tally } = faulty('ok', { headers: { 'x-api-key': 'kunci-uji' } });
    await client.regions.get('32');
    expect((await tally()).headers[0]).to.include({ 'x-api-key': 'kunci-uji' });
  });

  it('revalidates cross-origin with If-None-Match and a 304', async () => {
    const { client, tally } = faulty('ok', { cache: { ttl: 1 } });
    const first = await client.regions.get('32');
    await new Promise((r) => setTimeout(r, 10));
    expect(await client.regions.get('32')).to.equal(first);
    expect(await tally()).to.include({ count: 2, conditional: 1 });
  });

  it('retries 503 twice and succeeds', async () => {
    const { client, tally } = faulty('503x2');
    expect((await client.regions.get('32')).code).to.equal('32');
    expect((await tally()).count).to.equal(3);
  });

  it('honours Retry-After read across origins', async () => {
    const { client } = faulty('429-seconds');
    const started = performance.now();
    await client.regions.get('32');
    expect(performance.now() - started).to.be.at.least(1000);
  });

  it('maps resets to SpbeNetworkError, before and during the body', async () => {
    for (const fault of ['reset', 'reset-body']) {
      const { client } = faulty(fault, { retry: 0 });
      const { error } = await failure(() => client.regions.children('32'));
      expect(error, fault).to.be.instanceOf(SpbeNetworkError);
    }
  });

  it('times out a stalled body within timeout + 250 ms', async () => {
    const { client } = faulty('stall-body', { retry: 0, timeout: 500 });
    const { error, ms } = await failure(() => client.regions.children('32'));
    expect(error).to.be.instanceOf(SpbeTimeoutError);
    expect(ms).to.be.within(490, 750);
  });

  it('refuses HTML, text/plain, truncated JSON, oversized and mistyped bodies', async () => {
    const cases: [string, string][] = [
      ['html', 'content-type'],
      ['text-plain', 'content-type'],
      ['truncated', 'not-json'],
      ['big', 'too-large'],
      ['wrong-type-deep', 'schema'],
    ];
    for (const [fault, reason] of cases) {
      const { client } = faulty(fault, { retry: 0, maxBodyBytes: 256 * 1024 });
      const { error } = await failure(() => client.regions.children('32'));
      expect(error, fault).to.be.instanceOf(SpbeResponseError);
      expect((error as SpbeResponseError).reason, fault).to.equal(reason);
    }
  });

  it('reads problem details and the request id of an error', async () => {
    const { client } = faulty('not-found');
    const { error } = await failure(() => client.regions.get('32'));
    expect(error).to.be.instanceOf(SpbeHttpError);
    expect((error as SpbeHttpError).status).to.equal(404);
    expect((error as SpbeHttpError).requestId).to.match(/^fault-/);
  });

  it('rejects with the caller reason on abort, and merges concurrent calls', async () => {
    const { client, tally } = faulty('slow');
    const controller = new AbortController();
    const reason = new DOMException('left', 'AbortError');
    const leaving = client.regions.get('32', { signal: controller.signal });
    const staying = Promise.all([client.regions.get('32'), client.regions.get('32')]);
    controller.abort(reason);
    const { error } = await failure(() => leaving);
    expect(error).to.equal(reason);
    const [a, b] = await staying;
    expect(a).to.equal(b);
    expect((await tally()).count).to.equal(1);
  });
});
