// The reference API seen from a page on another origin, in Chromium: reads,
// revalidations (304) and the /cdn/ module load must all pass the browser's
// CORS checks.
import { expect } from '@open-wc/testing';
import { createClient } from '@spbe/sdk';
import { API_URL } from '/__spbe/env.js';

const api = API_URL;

/**
 * Fetches `url`, then again through the browser's HTTP cache with
 * `no-cache`: the browser must ask the server (If-None-Match), and the 304
 * brings headers only, over `smaller` times fewer bytes than the body.
 */
async function expectRevalidated(url: string, smaller: number): Promise<void> {
  const first = await fetch(url);
  expect(first.headers.get('etag')).to.match(/^"/);
  const body = await first.text();
  performance.clearResourceTimings();
  const second = await fetch(url, { cache: 'no-cache' });
  expect(second.status).to.equal(200);
  expect(await second.text()).to.equal(body);
  const [entry] = performance.getEntriesByName(url) as PerformanceResourceTiming[];
  expect(entry, 'a resource timing entry (Timing-Allow-Origin)').to.exist;
  expect(entry!.transferSize).to.be.greaterThan(0);
  expect(entry!.transferSize).to.be.lessThan(entry!.encodedBodySize / smaller);
}

describe('reference API from another origin', () => {
  it('runs on a different origin than this page', () => {
    expect(new URL(api).origin).to.not.equal(location.origin);
  });

  it('reads JSON and the exposed ETag and request id', async () => {
    const res = await fetch(`${api}/v1/regions/32/children`, { cache: 'no-store' });
    expect(res.status).to.equal(200);
    expect(res.headers.get('etag')).to.match(/^"/);
    expect(res.headers.get('x-request-id')).to.be.a('string');
    const regencies = await res.json();
    expect(regencies).to.have.length(27);
  });

  it('gets a 304 for an explicit If-None-Match (after a preflight)', async () => {
    const first = await fetch(`${api}/v1/catalog`, { cache: 'no-store' });
    const etag = first.headers.get('etag');
    const again = await fetch(`${api}/v1/catalog`, {
      cache: 'no-store',
      headers: { 'If-None-Match': etag ?? '' },
    });
    expect(again.status).to.equal(304);
    expect(again.headers.get('x-request-id')).to.be.a('string');
  });

  it("revalidates through the browser's own HTTP cache", async () => {
    await expectRevalidated(`${api}/v1/regions/32.73/children`, 1);
  });

  it("lists a province's villages in one request, and revalidates them with a 304", async () => {
    const spbe = createClient({ baseUrl: api, cache: false });
    const villages = await spbe.regions.descendants('32', { level: 'village' });
    expect(villages).to.have.length(5957);
    expect(villages[5956]?.parentCode).to.equal(villages[5956]?.code.slice(0, 8));
    expect(Object.isFrozen(villages[0])).to.equal(true);
    await expectRevalidated(`${api}/v1/regions/32/descendants?level=village`, 10);
  });

  it('loads a module script from /cdn/ across origins', async () => {
    const module = await import(/* @vite-ignore */ `${api}/cdn/probe.0a1b2c3d.js`);
    expect(module.probe).to.equal('loaded cross-origin');
  });

  it('reads problem details across origins', async () => {
    const res = await fetch(`${api}/v1/regions/32-73`);
    expect(res.status).to.equal(400);
    const problem = await res.json();
    expect(problem.detail).to.match(/Kemendagri region code/);
    expect(problem.requestId).to.equal(res.headers.get('x-request-id'));
  });
});
