// Where prepared answers are kept: the byte-bounded store for big answers
// drops the least recently used ones past its bound, and remember() makes an
// answer once however many requests ask for it at the same time.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ByteBoundedAnswers, createAnswers, DESCENDANTS_MAX_BYTES, remember } from './answers.js';
import { ProblemError } from './problem.js';
import { Representation } from './representation.js';

const answer = (bytes: number) =>
  new Representation(Buffer.alloc(bytes, 0x20), 'application/json', 'no-store', false);

describe('ByteBoundedAnswers', () => {
  it('keeps answers up to its bound in body bytes, dropping the least recently used', () => {
    const store = new ByteBoundedAnswers(1000);
    const [a, b, c] = [answer(400), answer(400), answer(400)];
    store.set('a', a);
    store.set('b', b);
    assert.equal(store.get('a'), a); // now the most recently used
    store.set('c', c);
    assert.equal(store.get('b'), undefined, 'b was the least recently used');
    assert.equal(store.get('a'), a);
    assert.equal(store.get('c'), c);
    assert.deepEqual({ size: store.size, bytes: store.bytes }, { size: 2, bytes: 800 });
  });

  it('counts a replaced answer once, and never keeps one larger than the bound', () => {
    const store = new ByteBoundedAnswers(1000);
    store.set('a', answer(300));
    store.set('a', answer(500));
    assert.equal(store.bytes, 500);
    store.set('huge', answer(1001));
    assert.equal(store.get('huge'), undefined);
    assert.equal(store.bytes, 500, 'nothing was dropped for it');
    store.delete('a');
    assert.deepEqual({ size: store.size, bytes: store.bytes }, { size: 0, bytes: 0 });
  });

  it('is what the app keeps descendant lists in, bounded at 16 MB of bodies', () => {
    const { descendants } = createAnswers();
    assert.ok(descendants instanceof ByteBoundedAnswers);
    assert.equal(descendants.maxBytes, DESCENDANTS_MAX_BYTES);
    assert.equal(DESCENDANTS_MAX_BYTES, 16 * 1024 * 1024);
  });
});

describe('remember', () => {
  it('makes an answer once for concurrent requests, then serves it from the store', async () => {
    const store = new Map<string, Representation>();
    let made = 0;
    const make = async () => {
      made++;
      await new Promise((r) => setTimeout(r, 20));
      return answer(10);
    };
    const reps = await Promise.all([1, 2, 3].map(() => remember(store, 'k', make)));
    assert.equal(made, 1);
    assert.ok(reps.every((rep) => rep === reps[0]));
    assert.equal(await remember(store, 'k', make), reps[0]);
    assert.equal(made, 1);
  });

  it('keeps nothing when making fails, and tries again on the next request', async () => {
    const store = new Map<string, Representation>();
    const refused = () => {
      throw new ProblemError({ type: 'not-found', status: 404, title: 'Not found', detail: 'x' });
    };
    const failures = await Promise.allSettled([
      remember(store, 'k', refused),
      remember(store, 'k', refused),
    ]);
    assert.ok(failures.every((f) => f.status === 'rejected' && f.reason instanceof ProblemError));
    assert.equal(store.size, 0);
    const rep = answer(5);
    assert.equal(await remember(store, 'k', () => rep), rep);
  });
});
