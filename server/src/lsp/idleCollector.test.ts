import assert from 'node:assert/strict';
import { IdleCollector } from './idleCollector';

const MB = 1024 * 1024;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('idle collector', () => {
  it('collects once after a pause, when the heap grew well past what the last collection left', async () => {
    let heap = 100 * MB;
    const collected: number[] = [];
    const c = new IdleCollector(() => (collected.push(heap), (heap = 120 * MB)), () => heap, 20);
    // Edits here and there: each leaves dead objects behind; the pause keeps starting again.
    for (let k = 0; k < 20; k++) {
      heap += 7 * MB;
      c.activity();
      await pause(5);
    }
    assert.equal(c.collections, 0, 'nothing collected while typing');
    await pause(60);
    assert.deepEqual(collected, [240 * MB]);
    // The next pause compares with what this collection left (120 MB): 20 MB more is not enough.
    heap += 20 * MB;
    c.activity();
    await pause(60);
    assert.equal(c.collections, 1);
    heap += 15 * MB;
    c.activity();
    await pause(60);
    assert.equal(c.collections, 2);
  });

  it('a small report never causes a collection, and without gc nothing is scheduled', async () => {
    let heap = 50 * MB;
    const c = new IdleCollector(() => assert.fail('collected'), () => heap, 10);
    for (let k = 0; k < 10; k++) {
      heap += 1 * MB;
      c.activity();
    }
    await pause(40);
    assert.equal(c.collections, 0);
    const none = new IdleCollector(undefined, () => assert.fail('heap read'), 10);
    none.activity();
    await pause(30);
    assert.equal(none.collections, 0);
  });
});
