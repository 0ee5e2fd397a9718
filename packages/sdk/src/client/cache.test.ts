// The cache rules on their own: what a response's headers allow, including
// headers no well-behaved server sends.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkProperty } from '../testing/fuzz.js';
import { deepFreeze, directive, storePolicy } from './cache.js';

const policy = (headers: Record<string, string>, ttl = 60_000) =>
  storePolicy(new Headers(headers), ttl);

describe('Cache-Control directives', () => {
  it('reads directives with and without values, quoted or not, in any case', () => {
    const cc = 'public, Max-Age="120" , no-cache="set-cookie, x", must-revalidate';
    assert.equal(directive(cc, 'max-age'), '120');
    assert.equal(directive(cc, 'no-cache'), 'set-cookie, x');
    assert.equal(directive(cc, 'must-revalidate'), true);
    assert.equal(directive(cc, 'no-store'), undefined);
    assert.equal(directive('s-maxage=5', 'max-age'), undefined, 'not a suffix match');
    assert.equal(directive(null, 'max-age'), undefined);
  });

  it('reads a value up to the next comma, without the spaces around it', () => {
    assert.equal(directive('max-age=60 , must-revalidate', 'max-age'), '60');
    assert.equal(directive('max-age=" 60 "', 'max-age'), '60');
    assert.equal(policy({ 'cache-control': 'max-age=60 , must-revalidate' }).freshForMs, 60_000);
  });

  it('unquotes only a quoted value: a quote inside a value stays and makes it unreadable', () => {
    assert.equal(directive('max-age=1"2', 'max-age'), '1"2');
    assert.equal(policy({ 'cache-control': 'max-age=1"2' }).freshForMs, 0);
  });
});

describe('storePolicy', () => {
  it('no-store and Vary: * are never stored', () => {
    assert.equal(policy({ 'cache-control': 'no-store' }).storable, false);
    assert.equal(policy({ 'cache-control': 'max-age=60', vary: 'accept, *' }).storable, false);
    assert.equal(policy({ 'cache-control': 'max-age=60', vary: 'accept-encoding' }).storable, true);
    // A star alone, first, or with or without spaces around it.
    for (const vary of ['*', '* , accept-encoding', 'accept,*', 'accept ,\t*']) {
      assert.equal(policy({ vary }).storable, false, vary);
    }
    // A star in a field name is not the star.
    for (const vary of ['x-*', '*x, accept', 'accept, *-lang']) {
      assert.equal(policy({ vary }).storable, true, vary);
    }
  });

  it('must-revalidate forbids a stale copy; no-cache and max-age alone do not', () => {
    assert.equal(policy({ 'cache-control': 'max-age=60, must-revalidate' }).mustRevalidate, true);
    assert.equal(policy({ 'cache-control': 'no-cache, Must-Revalidate' }).mustRevalidate, true);
    assert.equal(policy({ 'cache-control': 'max-age=60, no-cache' }).mustRevalidate, false);
    assert.equal(policy({}).mustRevalidate, false);
  });

  it('no-cache and max-age=0 are stored but fresh for no time', () => {
    assert.deepEqual(policy({ 'cache-control': 'no-cache' }), {
      storable: true,
      freshForMs: 0,
      mustRevalidate: false,
    });
    assert.equal(policy({ 'cache-control': 'max-age=0' }).freshForMs, 0);
  });

  it('takes Age off max-age, and never goes past the client ttl', () => {
    assert.equal(policy({ 'cache-control': 'max-age=60', age: '45' }).freshForMs, 15_000);
    assert.equal(policy({ 'cache-control': 'max-age=60', age: '600' }).freshForMs, 0);
    assert.equal(policy({ 'cache-control': 'max-age=86400' }, 5_000).freshForMs, 5_000);
    assert.equal(policy({}, 5_000).freshForMs, 5_000, 'no max-age: the client ttl');
  });

  it('treats unreadable values as stale rather than fresh', () => {
    assert.equal(policy({ 'cache-control': 'max-age=soon' }).freshForMs, 0);
    assert.equal(policy({ 'cache-control': 'max-age=-5' }).freshForMs, 0);
    assert.equal(policy({ 'cache-control': 'max-age=60', age: 'old' }).freshForMs, 60_000);
  });

  function anyHeaderValues(cc: string, age: string, vary: string) {
    const safe = (s: string) => s.replace(/[^\t\x20-\x7e]/g, '');
    const p = policy({ 'cache-control': safe(cc), age: safe(age), vary: safe(vary) });
    return p.freshForMs >= 0 && p.freshForMs <= 60_000 && typeof p.storable === 'boolean';
  }
  it('any header values: a policy with a lifetime from 0 to the ttl, never a throw', () =>
    checkProperty(
      'any header values: a policy with a lifetime from 0 to the ttl, never a throw',
      [fc.string(), fc.string(), fc.string()],
      anyHeaderValues,
    ));
});

describe('deepFreeze', () => {
  it('freezes an answer all the way down and returns it', () => {
    const answer = { items: [{ code: '32', names: ['Jawa Barat'] }], meta: { total: 1 } };
    assert.equal(deepFreeze(answer), answer);
    for (const part of [
      answer,
      answer.items,
      answer.items[0],
      answer.items[0]!.names,
      answer.meta,
    ]) {
      assert.equal(Object.isFrozen(part), true);
    }
    assert.throws(() => {
      (answer.items as unknown[]).push({});
    }, TypeError);
  });

  it('passes primitives and null through, and stops at a cycle', () => {
    for (const value of [null, undefined, 0, 'x', true]) assert.equal(deepFreeze(value), value);
    const cyclic: { self?: unknown; list: unknown[] } = { list: [] };
    cyclic.self = cyclic;
    cyclic.list.push(cyclic);
    assert.equal(deepFreeze(cyclic), cyclic);
    assert.equal(Object.isFrozen(cyclic.list), true);
  });
});
