import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runInNewContext } from 'node:vm';
import { isSpbeError, SpbeError } from './spbe-error.js';
import { isSpbeHttpError, SpbeHttpError } from './spbe-http-error.js';
import { isSpbeInputError, SpbeInputError } from './spbe-input-error.js';
import { isSpbeNetworkError, SpbeNetworkError } from './spbe-network-error.js';
import { isSpbeResponseError, SpbeResponseError } from './spbe-response-error.js';
import { isSpbeTimeoutError, SpbeTimeoutError } from './spbe-timeout-error.js';

const guards = [
  ['SpbeHttpError', isSpbeHttpError],
  ['SpbeNetworkError', isSpbeNetworkError],
  ['SpbeTimeoutError', isSpbeTimeoutError],
  ['SpbeResponseError', isSpbeResponseError],
  ['SpbeInputError', isSpbeInputError],
] as const;

describe('errors', () => {
  it('are all SpbeErrors with literal names and useful fields', () => {
    const url = 'https://api.example/v1/regions/32';
    const errors = [
      new SpbeHttpError(url, 404, { type: 'about:blank', title: 'Not Found', status: 404 }, 'r1'),
      new SpbeNetworkError(url, new TypeError('fetch failed')),
      new SpbeTimeoutError(url, 500, 'timeout'),
      new SpbeResponseError(url, 'schema', 'bad', 'items[0].name'),
      new SpbeInputError('code', 'must be a code'),
    ];
    for (const error of errors) {
      assert.ok(error instanceof SpbeError);
      assert.ok(error instanceof Error);
      assert.ok(isSpbeError(error));
      assert.match(error.name, /^Spbe\w+Error$/);
    }
    assert.equal((errors[1] as SpbeNetworkError).cause instanceof TypeError, true);
    assert.equal(errors[4]!.message, 'code: must be a code');
  });

  it('are recognised across realms by name (another iframe, another copy of the SDK)', () => {
    for (const [name, guard] of guards) {
      const foreign = runInNewContext(
        `(() => { class E extends Error { name = '${name}' }; return new E('x'); })()`,
      );
      assert.equal(foreign instanceof Error, false, 'a different realm');
      assert.equal(guard(foreign), true, name);
      assert.equal(isSpbeError(foreign), true, name);
    }
  });

  it('do not match other errors or non-errors', () => {
    for (const [, guard] of guards) {
      for (const value of [
        new Error('x'),
        new TypeError('x'),
        null,
        undefined,
        'SpbeHttpError',
        42,
        {},
      ]) {
        assert.equal(guard(value), false);
      }
    }
    assert.equal(isSpbeError({ name: 'NotSpbeError' }), false);
    assert.equal(isSpbeError(Object.assign(new Error('x'), { name: 'SpbeError' })), true);
  });
});
