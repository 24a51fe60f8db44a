import assert from 'node:assert/strict';
import fc from 'fast-check';
import { editSource, joinedText, PatchedText, startsWithAt, TextSource, unitAt } from './textSource';
import { corpus } from '../../../../test/helpers/paths';

/** Every read a TextSource offers agrees with the string it stands for. */
function assertReadsAs(source: TextSource, text: string, probes: number[]): void {
  assert.equal(source.length, text.length);
  for (const p of probes) {
    const i = text.length ? p % text.length : 0;
    assert.equal(source.charCodeAt(i), text.charCodeAt(i), `charCodeAt(${i})`);
    const j = text.length ? (p * 7919) % (text.length + 1) : 0;
    const [a, b] = i <= j ? [i, j] : [j, i];
    assert.equal(source.slice(a, b), text.slice(a, b), `slice(${a}, ${b})`);
    assert.equal(source.slice(a), text.slice(a), `slice(${a})`);
    assert.equal(unitAt(source, i - 1), text[i - 1] ?? '');
    assert.equal(startsWithAt(source, text.slice(a, b), a), true);
  }
}

const edit = fc.tuple(fc.nat(), fc.nat({ max: 12 }), fc.constantFrom('', '字', '\n', '\r\n', '𠮷', '一、工作', 'X月X日。'));

describe('TextSource: a text read without joining it', () => {
  it('reads as the edited string after any edits, whatever the limit of its replaced region', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '字', '\n', '\r', '。', '\ud842', '\udfb7'), maxLength: 80 }), fc.array(edit, { maxLength: 30 }), fc.constantFrom(0, 4, 16, 64), fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), (start, edits, limit, probes) => {
        let text = start;
        let source: TextSource = start;
        for (const [at, len, inserted] of edits) {
          const from = text.length ? at % (text.length + 1) : 0;
          const to = Math.min(text.length, from + len);
          text = text.slice(0, from) + inserted + text.slice(to);
          source = editSource(source, from, to, inserted, limit);
          assertReadsAs(source, text, probes);
        }
        assert.equal(joinedText(source), text);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps typing in one place a patch of the earlier text, and joins once the edited region outgrows the limit', () => {
    const text = corpus('2024');
    let source: TextSource = text;
    let expected = text;
    const at = text.indexOf('\n', text.length >> 1);
    for (let k = 0; k < 200; k++) {
      source = editSource(source, at + k, at + k, '字', 1000);
      expected = expected.slice(0, at + k) + '字' + expected.slice(at + k);
    }
    assert.ok(source instanceof PatchedText, 'typing in one place stays a patch');
    assertReadsAs(source, expected, [0, at, at + 100, at + 199, at + 200, expected.length - 1]);
    // An edit far from the first one widens the region past the limit: the text is joined.
    const far = editSource(source, 0, 0, '前', 1000);
    assert.equal(typeof far, 'string');
    assert.equal(far, '前' + expected);
  });
});
