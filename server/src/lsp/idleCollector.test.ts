import assert from 'node:assert/strict';
import { IdleCollector } from './idleCollector';

const MB = 1024 * 1024;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('idle collector', () => {
  it('collects once after a pause, when the committed heap grew well past what was alive after the last collection', async () => {
    let used = 100 * MB;
    let committed = 110 * MB;
    const collected: number[] = [];
    // A collection leaves 120 MB alive, and V8 keeps its pages for a while (committed unchanged).
    const c = new IdleCollector(() => (collected.push(committed), (used = 120 * MB)), () => ({ used, committed }), 20);
    // Edits here and there: each leaves dead objects behind; the pause keeps starting again.
    for (let k = 0; k < 20; k++) {
      used += 7 * MB;
      committed += 7 * MB;
      c.activity();
      await pause(5);
    }
    assert.equal(c.collections, 0, 'nothing collected while typing');
    await pause(60);
    assert.deepEqual(collected, [250 * MB]);
    // Right after it the pages are still held, but nothing new was allocated: no collection again.
    c.activity();
    await pause(60);
    assert.equal(c.collections, 1);
    // V8 gave the pages back; then edits whose dead objects stay under its own threshold for use
    // (V8 collected them itself) while it grew its pages again: committed growth counts.
    committed = 125 * MB;
    used = 130 * MB;
    committed = 160 * MB;
    c.activity();
    await pause(60);
    assert.equal(c.collections, 2, 'committed 40 MB over what was alive, 10 MB allocated');
    used = 120 * MB;
    committed = 140 * MB;
    c.activity();
    await pause(60);
    assert.equal(c.collections, 2, '20 MB over: not worth a collection');
  });

  it('collectNow collects when a pause would (before a warm-up), and drops the pending check', async () => {
    let used = 40 * MB;
    let committed = 45 * MB;
    const c = new IdleCollector(() => (used = 40 * MB), () => ({ used, committed }), 20);
    c.collectNow();
    assert.equal(c.collections, 0, 'nothing grew');
    used = 90 * MB;
    committed = 100 * MB;
    c.activity();
    c.collectNow();
    assert.equal(c.collections, 1);
    used = 95 * MB;
    committed = 110 * MB;
    await pause(40);
    assert.equal(c.collections, 1, 'the pause it replaced does not collect again');
  });

  it('a small report never causes a collection, and without gc nothing is scheduled', async () => {
    let heap = 50 * MB;
    const c = new IdleCollector(() => assert.fail('collected'), () => ({ used: heap, committed: heap + 4 * MB }), 10);
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
