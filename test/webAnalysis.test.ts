// The checking page's worker parses incrementally from the region the page says changed
// (web/analysis.ts, web/changedRegion.ts): after any sequence of edits, grouped as the page groups
// them between two checks, it must give what a fresh analysis of the same text gives.

import assert from 'node:assert/strict';
import { ChangeSet, Text } from '@codemirror/state';
import { PageAnalysis } from '../web/analysis';
import { changedRegion } from '../web/changedRegion';
import { corpus, readText, SEED } from './helpers/paths';

/** A small deterministic generator, so a failure can be replayed. */
function prng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

const INSERTS = ['字', '', '\n', '\n\n', '（六）', '一、', '一是', '。二是', '：', 'X月X日', '“', '2023年', '\u3000\u3000', '十九大四中全会'];

function withoutTime<T extends { ms: number }>(a: T): Omit<T, 'ms'> {
  const { ms: _ms, ...rest } = a;
  return rest;
}

describe('checking page: incremental analysis in the worker', () => {
  for (const [name, text0] of [
    ['seed 000', readText(SEED.finance)],
    ['corpus 1982', corpus('1982')],
  ] as const) {
    it(`equals a fresh analysis after 60 checks of random edits: ${name}`, () => {
      const random = prng(name.length * 31);
      const page = new PageAnalysis();
      let doc = Text.of(text0.split(/\r\n|\r|\n/));
      let version = 1;
      page.analyse(version, doc.toString(), 'zh');
      for (let k = 0; k < 60; k++) {
        // One to three edits between two checks (a burst of keys, a multi-cursor edit).
        let unsent: ChangeSet | undefined;
        for (let e = 1 + Math.floor(random() * 3); e > 0; e--) {
          const at = Math.floor(random() * (doc.length + 1));
          const to = Math.min(doc.length, at + (random() < 0.6 ? 0 : Math.floor(random() * 8)));
          const changes = ChangeSet.of({ from: at, to, insert: INSERTS[Math.floor(random() * INSERTS.length)] }, doc.length);
          doc = changes.apply(doc);
          unsent = unsent ? unsent.compose(changes) : changes;
        }
        const text = doc.toString();
        const got = page.analyse(++version, text, 'zh', changedRegion(unsent!));
        const fresh = new PageAnalysis().analyse(version, text, 'zh');
        assert.deepEqual(withoutTime(got), withoutTime(fresh), `check ${k}`);
      }
      assert.equal(page.incrementalParses, 60, 'every check after the first parsed incrementally');
    });
  }

  it('a region that does not fit the text it names is parsed afresh, not trusted', () => {
    const text = readText(SEED.finance);
    const page = new PageAnalysis();
    page.analyse(1, text, 'zh');
    const edited = text.replace('（六）', '（五）');
    const got = page.analyse(2, edited, 'zh', { start: 0, oldEnd: 5, newEnd: 9 });
    assert.deepEqual(withoutTime(got), withoutTime(new PageAnalysis().analyse(2, edited, 'zh')));
  });

  it('changedRegion covers every change of a set: before the first and after the last, old and new agree', () => {
    const doc = Text.of(['一、总体情况', '（一）主要工作', '（二）存在问题']);
    const changes = ChangeSet.of([{ from: 2, insert: '基本' }, { from: 10, to: 12 }], doc.length);
    const region = changedRegion(changes);
    const before = doc.toString();
    const after = changes.apply(doc).toString();
    assert.equal(before.slice(0, region.start), after.slice(0, region.start));
    assert.equal(before.slice(region.oldEnd), after.slice(region.newEnd));
    assert.deepEqual(region, { start: 2, oldEnd: 12, newEnd: 12 });
  });
});
