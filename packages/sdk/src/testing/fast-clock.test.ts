// The fast clock itself: waits shortened, the clock catching up to them, and
// clocks kept apart from one another.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fastClock, inFastTime } from './fast-clock.js';

const realNow = () => performance.now();

describe('fast clock', () => {
  it('runs a wait faster and moves Date.now() on by all of it', async () => {
    const started = realNow();
    const { fakeMs } = await inFastTime(() => new Promise((r) => setTimeout(r, 2000)), 100);
    assert.ok(fakeMs >= 2000, `the clock moved ${fakeMs} ms`);
    assert.ok(realNow() - started < 1000, 'in far less real time');
  });

  it('is not moved by a timer left over from an earlier clock', async () => {
    const earlier = fastClock(100);
    let fired = false;
    setTimeout(() => {
      fired = true;
    }, 6000); // fires 60 ms from now, after this clock has stopped
    earlier.stop();
    // 1 s on a later clock is 100 ms: the left-over timer fires within it.
    const { fakeMs } = await inFastTime(() => new Promise((r) => setTimeout(r, 1000)), 10);
    assert.ok(fired, 'the left-over timer fired during the later clock');
    assert.ok(fakeMs < 5000, `a later clock jumped ${fakeMs} ms`);
  });
});
