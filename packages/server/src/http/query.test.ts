// Query and path parameter parsing on its own: what is accepted, typed as
// what, and the 400 problem (with each bad parameter listed) for the rest.
// bad-input.test.ts sends the same through the whole app.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DescendantsQuerySchema, RegionCodeSchema, ServiceQuerySchema } from '@spbe/sdk';
import { type Problem, ProblemError } from './problem.js';
import { checkPathParam, parseQuery, refuseQuery } from './query.js';

const url = (query: string) => new URL(`http://127.0.0.1/v1/services${query}`);

/** The problem `fn` throws. */
function problem(fn: () => unknown): Problem {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof ProblemError, String(error));
    return error.init;
  }
  assert.fail('expected a problem');
}

/** Each complaint of an invalid-parameter problem, as `path: message`. */
function complaints(fn: () => unknown): string[] {
  const found = problem(fn);
  assert.equal(found.type, 'invalid-parameter');
  assert.equal(found.status, 400);
  return (found.errors ?? []).map((e) => `${e.path}: ${e.message}`);
}

describe('parseQuery', () => {
  it('types what the schema takes: numbers for page and pageSize, text for the rest', () => {
    assert.deepEqual(parseQuery(url('?q=izin+usaha&page=2&pageSize=50'), ServiceQuerySchema), {
      q: 'izin usaha',
      page: 2,
      pageSize: 50,
    });
    assert.deepEqual(parseQuery(url(''), ServiceQuerySchema), {});
    // "1" as text is a search, not a number.
    assert.deepEqual(parseQuery(url('?q=1'), ServiceQuerySchema), { q: '1' });
  });

  it('refuses a page that is not written as plain digits, in one complaint', () => {
    for (const page of ['1.5', '-1', '+1', '1e3', '0x10', '', '%201', 'one', '1234567890']) {
      assert.deepEqual(
        complaints(() => parseQuery(url(`?page=${page}`), ServiceQuerySchema)),
        ['query.page: must be a whole number such as 1 or 20'],
        page,
      );
    }
    // Nine digits are digits; the schema then says how far pages go.
    assert.deepEqual(
      complaints(() => parseQuery(url('?page=123456789'), ServiceQuerySchema)),
      ['query.page: must be at most 10000'],
    );
  });

  it('refuses out-of-range and malformed values with the schema’s words', () => {
    assert.deepEqual(
      complaints(() => parseQuery(url('?pageSize=0'), ServiceQuerySchema)),
      ['query.pageSize: must be 1 or more'],
    );
    const [region] = complaints(() => parseQuery(url('?region=32'), ServiceQuerySchema));
    assert.match(region ?? '', /^query\.region: must be a regency/);
  });

  it('says when a parameter is given twice, and lists every bad parameter', () => {
    assert.deepEqual(
      complaints(() => parseQuery(url('?q=a&q=b'), ServiceQuerySchema)),
      ['query.q: is given more than once'],
    );
    const found = problem(() => parseQuery(url('?page=x&pageSize=0&q=a&q=b'), ServiceQuerySchema));
    assert.deepEqual(
      (found.errors ?? []).map((e) => e.path),
      ['query.page', 'query.q', 'query.pageSize'],
    );
    assert.match(found.detail, /^3 parameters are invalid: query\.page, query\.q, query\.pageSize/);
  });

  it('refuses unknown parameters first, naming them and the ones it takes', () => {
    const found = problem(() => parseQuery(url('?page=x&sort=name&Q=1'), ServiceQuerySchema));
    assert.equal(found.type, 'unknown-parameter');
    assert.deepEqual(
      (found.errors ?? []).map((e) => e.path),
      ['query.sort', 'query.Q'],
    );
    assert.match(
      found.detail,
      /It takes: q, sector, audience, region, type, status, page, pageSize/,
    );
  });

  it('requires what the schema requires', () => {
    assert.deepEqual(parseQuery(new URL('http://x/?level=village'), DescendantsQuerySchema), {
      level: 'village',
    });
    assert.deepEqual(
      complaints(() => parseQuery(new URL('http://x/'), DescendantsQuerySchema)),
      ['query.level: must be regency, district or village'],
    );
  });
});

describe('refuseQuery', () => {
  it('lets a path without a query (or an empty one) through', () => {
    for (const query of ['', '?', '?&', '?&&']) refuseQuery(url(query));
  });

  it('refuses any parameter, each by name', () => {
    const found = problem(() => refuseQuery(url('?a=1&b&a=2')));
    assert.equal(found.type, 'unknown-parameter');
    assert.deepEqual(
      (found.errors ?? []).map((e) => e.path),
      ['query.a', 'query.b', 'query.a'],
    );
    assert.match(found.detail, /It takes: no query parameters/);
  });
});

describe('checkPathParam', () => {
  it('lets a valid value through and refuses a bad one with the schema’s message', () => {
    checkPathParam('code', '32.73', RegionCodeSchema);
    const found = problem(() => checkPathParam('code', '32-73', RegionCodeSchema));
    assert.equal(found.type, 'invalid-parameter');
    assert.deepEqual(found.errors, [
      {
        path: 'path.code',
        message: 'must be a Kemendagri region code such as 32, 32.73, 32.73.01 or 32.73.01.1001',
      },
    ]);
    assert.match(found.detail, /^code "32-73" must be a Kemendagri region code/);
  });
});
