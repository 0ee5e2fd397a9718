// The demo pages (/demo/, /demo/provinsi/) and the demo form's script: their
// HTML and headers from the app. The pages in Chromium, against `npm start`'s
// server, are in e2e/demo-site.test.ts.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ProblemSchema } from '@spbe/sdk';
import { DEMO_CSP, DEMO_SCRIPT } from './demo-pages.js';
import { testApp } from './testing/server.js';

describe('/demo/provinsi/ from the app', () => {
  const app = testApp({ cdnDir: null });

  it('is an Indonesian page with the overview, its module from /cdn/ (by a relative address), and a strict CSP', async () => {
    const res = await app.request('/demo/provinsi/');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(res.headers.get('content-security-policy'), DEMO_CSP);
    assert.doesNotMatch(DEMO_CSP, /unsafe-inline|unsafe-eval/);
    const page = await res.text();
    assert.match(page, /<html lang="id">/);
    assert.match(page, /<spbe-agreement-overview parent="32"><\/spbe-agreement-overview>/);
    assert.match(page, /<script type="module" src="\.\.\/\.\.\/cdn\/spbe\.js"><\/script>/);
    assert.match(page, /href="\?lang=en"/);
    // The one inline stylesheet is the one the CSP allows by hash.
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!;
    const hash = createHash('sha256').update(style).digest('base64');
    assert.ok(DEMO_CSP.includes(`'sha256-${hash}'`));
    assert.ok(!/<script>/.test(page), 'no inline script');
  });

  it('is in English with ?lang=en, and answers If-None-Match with 304', async () => {
    const res = await app.request('/demo/provinsi/?lang=en');
    const page = await res.text();
    assert.match(page, /<html lang="en">/);
    assert.match(page, /href="\?lang=id"/);
    const again = await app.request('/demo/provinsi/?lang=en', {
      headers: { 'if-none-match': res.headers.get('etag') ?? '' },
    });
    assert.equal(again.status, 304);
  });

  it('refuses an unknown language with problem+json, ignores other parameters (a shared link has its own), and redirects the path without its slash', async () => {
    for (const [query, path] of [
      ['?lang=fr', 'query.lang'],
      ['?lang=id&lang=en', 'query.lang'],
      ['?lang=<script>', 'query.lang'],
    ] as const) {
      const res = await app.request(`/demo/provinsi/${query}`);
      assert.equal(res.status, 400, query);
      assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
      const problem = ProblemSchema.parse(await res.json());
      assert.equal(problem.errors?.[0]?.path, path);
      assert.match(String(problem.errors?.[0]?.message), /id .*or en/);
    }
    const shared = await app.request('/demo/provinsi/?lang=en&utm_source=wa&fbclid=x%3Cy');
    assert.equal(shared.status, 200);
    assert.match(await shared.text(), /<html lang="en">/);
    const bare = await app.request('/demo/provinsi?lang=en');
    assert.equal(bare.status, 308);
    // A relative address, right under a path prefix as well.
    assert.equal(bare.headers.get('location'), 'provinsi/?lang=en');
  });
});

describe('/demo/ from the app', () => {
  const app = testApp({ cdnDir: null });

  it("is Kota Bandung's page: the finder for the city, its badges and the form's four selects", async () => {
    const res = await app.request('/demo/');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-security-policy'), DEMO_CSP);
    const page = await res.text();
    assert.match(page, /<html lang="id">/);
    assert.match(page, /<spbe-service-finder region="32.73" sync-url><\/spbe-service-finder>/);
    assert.equal(
      page.match(/<spbe-agreement-badge region="32.73" program="[a-z-]+" variant="full">/g)?.length,
      3,
    );
    // Province (all of them) → regency of 32 → district of 32.73 → village waiting for a district.
    assert.match(
      page,
      /<spbe-region-select id="provinsi" name="provinsi" level="province" value="32" required>/,
    );
    assert.match(
      page,
      /<spbe-region-select id="kelurahan" name="kelurahan" level="village" parent="" required>/,
    );
    // Every select has its label.
    for (const id of ['provinsi', 'kabupaten', 'kecamatan', 'kelurahan', 'nama', 'keperluan'])
      assert.match(page, new RegExp(`<label for="${id}">`));
    assert.match(page, /<script type="module" src="\.\.\/cdn\/spbe\.js"><\/script>/);
    assert.match(page, /<script type="module" src="demo\.js"><\/script>/);
    assert.ok(!/<script>/.test(page), 'no inline script');
  });

  it("is in English with ?lang=en, with the finder's own parameters or a link's", async () => {
    const en = await (
      await app.request('/demo/?lang=en&q=ktp&sector=kependudukan&audience=citizens')
    ).text();
    assert.match(en, /<html lang="en">/);
    assert.match(en, /Digital services for the residents of Bandung/);
    const shared = await app.request('/demo/?q=ktp&utm_campaign=%22%3E%3Cscript%3E');
    assert.equal(shared.status, 200);
    assert.doesNotMatch(
      await shared.text(),
      /utm_campaign|<script>/,
      'nothing of it reaches the page',
    );
    const bare = await app.request('/demo?lang=en');
    assert.equal(bare.status, 308);
    assert.equal(bare.headers.get('location'), 'demo/?lang=en');
  });

  it('serves the form script from this origin, with no HTML strings (the page enforces Trusted Types)', async () => {
    const res = await app.request('/demo/demo.js');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(await res.text(), DEMO_SCRIPT);
    assert.doesNotMatch(DEMO_SCRIPT, /innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    assert.equal((await app.request('/demo/demo.js?x=1')).status, 400);
  });

  it('loads the pinned drop-in with its SRI hash when the build wrote one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'spbe-demo-'));
    try {
      await mkdir(join(dir, 'spbe@0.1.0'));
      const integrity = `sha384-${createHash('sha384').update('x').digest('base64')}`;
      await writeFile(
        join(dir, 'spbe@0.1.0', 'integrity.json'),
        JSON.stringify({ version: '0.1.0', files: { 'spbe.js': integrity } }),
      );
      const page = await (await testApp({ cdnDir: dir }).request('/demo/provinsi/')).text();
      assert.ok(
        page.includes(
          `<script type="module" src="../../cdn/spbe@0.1.0/spbe.js" integrity="${integrity}" crossorigin="anonymous"></script>`,
        ),
      );
      // A broken integrity.json: the latest URL, without a hash, rather than a broken page.
      await writeFile(join(dir, 'spbe@0.1.0', 'integrity.json'), '{"files":{"spbe.js":"md5-x"}}');
      const fallback = await (await testApp({ cdnDir: dir }).request('/demo/')).text();
      assert.match(fallback, /<script type="module" src="\.\.\/cdn\/spbe\.js"><\/script>/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('/ (the home page) from the app', () => {
  it("links both demo sites and shows the embed tag with this server's own address and the pinned SRI hash", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'spbe-home-'));
    try {
      await mkdir(join(dir, 'spbe@0.1.0'));
      const integrity = `sha384-${createHash('sha384').update('y').digest('base64')}`;
      await writeFile(
        join(dir, 'spbe@0.1.0', 'integrity.json'),
        JSON.stringify({ version: '0.1.0', files: { 'spbe.js': integrity } }),
      );
      const res = await testApp({ cdnDir: dir }).request('https://data.jabarprov.go.id/');
      const page = await res.text();
      assert.match(page, /href="demo\/"/);
      assert.match(page, /href="demo\/provinsi\/"/);
      assert.ok(
        page.includes(
          `&#60;script type=&#34;module&#34; src=&#34;https://data.jabarprov.go.id/cdn/spbe@0.1.0/spbe.js&#34; integrity=&#34;${integrity}&#34; crossorigin=&#34;anonymous&#34;&#62;&#60;/script&#62;`,
        ),
        'the tag, escaped, with the absolute pinned URL',
      );
      // A hostile Host reaches the page only as escaped text.
      const hostile = await testApp({ cdnDir: dir }).request('/', {
        headers: { host: 'evil.example' },
      });
      assert.doesNotMatch(await hostile.text(), /<script type="module"/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('shows the embed tag at the public URL when one is set (behind a proxy), whatever the request says', async () => {
    const app = testApp({ publicUrl: 'https://data.jabarprov.go.id/spbe/' });
    for (const host of ['127.0.0.1:8080', 'evil.example']) {
      const page = await (
        await app.request('http://127.0.0.1:8080/', { headers: { host } })
      ).text();
      assert.match(page, /src=&#34;https:\/\/data\.jabarprov\.go\.id\/spbe\/cdn\/spbe\.js&#34;/);
      assert.doesNotMatch(page, /127\.0\.0\.1|evil\.example/);
    }
  });

  it('refuses a public URL that is not a plain http(s) base address, saying why', () => {
    const cases: [string, RegExp][] = [
      ['data.jabarprov.go.id/spbe', /is not an absolute URL/],
      ['', /is not an absolute URL/],
      ['ftp://data.jabarprov.go.id/spbe', /must start with https:\/\/ or http:\/\//],
      ['javascript:alert(1)', /must start with https:\/\//],
      ['https://admin:secret@data.jabarprov.go.id/', /must not hold a user name or password/],
      ['https://data.jabarprov.go.id/spbe?v=1', /must not have a query/],
      ['https://data.jabarprov.go.id/spbe#top', /must not have a query \(\?\) or a fragment/],
      // Empty ones too, which URL does not keep.
      ['https://data.jabarprov.go.id/spbe?', /must not have a query/],
      ['https://data.jabarprov.go.id/spbe#', /must not have a query \(\?\) or a fragment/],
    ];
    for (const [publicUrl, message] of cases) {
      assert.throws(
        () => testApp({ publicUrl }),
        (error: Error) => error instanceof TypeError && message.test(error.message),
        publicUrl,
      );
    }
  });
});
