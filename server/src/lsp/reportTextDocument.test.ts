import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ReportTextDocument } from './reportTextDocument';
import { PatchedText } from '../core/text/textSource';
import { LineIndex } from '../core/text/lineIndex';
import { corpus } from '../../../test/helpers/paths';

/** Positions of the document at a few offsets, and back, read as a client does. */
function reads(doc: TextDocument, probes: number[]) {
  const text = doc.getText();
  return {
    text,
    lineCount: doc.lineCount,
    positions: probes.map((p) => doc.positionAt(p % (text.length + 2))),
    offsets: probes.map((p) => doc.offsetAt({ line: p % (doc.lineCount + 1), character: (p >> 3) % 12 })),
    ranges: probes.map((p) => doc.getText({ start: { line: p % (doc.lineCount + 1), character: 0 }, end: { line: (p % (doc.lineCount + 1)) + 1, character: 3 } })),
    lines: probes.map((p) => [doc.getLineRange(p % (doc.lineCount + 1)), doc.getEOLCharacters(p % (doc.lineCount + 1))]),
  };
}

const lineText = fc.string({ unit: fc.constantFrom('a', '字', '一、', '\n', '\r', '\r\n', '𠮷'), maxLength: 6 });

describe("the server's document (text kept unjoined)", () => {
  it('reads as vscode-languageserver-textdocument after any edits (CR, LF and CR LF pairs made and split, reversed ranges, whole-text changes), and its line index is the scanned one', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '字', '\n', '\r\n', '\r'), maxLength: 60 }),
        fc.array(fc.oneof(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat(), lineText), fc.tuple(fc.constant(-1), fc.constant(0), fc.constant(0), fc.constant(0), lineText)), { maxLength: 25 }),
        fc.constantFrom(0, 8, 40),
        fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
        (start, changes, limit, probes) => {
          let expected = TextDocument.create('mem:doc', 'baogao', 1, start);
          const doc = new ReportTextDocument('mem:doc', 'baogao', 1, start, limit);
          let version = 1;
          for (const [l1, c1, l2, c2, text] of changes) {
            version++;
            const change = l1 < 0 ? { text } : { range: { start: { line: l1 % (doc.lineCount + 1), character: c1 % 8 }, end: { line: l2 % (doc.lineCount + 1), character: c2 % 8 } }, text };
            expected = TextDocument.update(expected, [change], version);
            doc.update([change], version);
            assert.equal(doc.version, version);
            assert.deepEqual(reads(doc, probes), reads(expected, probes));
            // The core's line index made from the document's line table is the one a scan of the text makes.
            const index = doc.lineIndex();
            const scanned = new LineIndex(expected.getText());
            assert.deepEqual([Array.from(index.starts), Array.from(index.ends)], [Array.from(scanned.starts), Array.from(scanned.ends)]);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('typing into a long report keeps its text a patch: no keystroke joins the whole text', () => {
    const text = corpus('2024').repeat(4); // past the patch limit's text size
    const doc = new ReportTextDocument('mem:doc', 'baogao', 1, text);
    const line = Math.floor(doc.lineCount / 2);
    for (let k = 0; k < 50; k++) doc.update([{ range: { start: { line, character: k }, end: { line, character: k } }, text: '字' }], k + 2);
    assert.ok(doc.source instanceof PatchedText);
    const at = doc.offsetAt({ line, character: 0 });
    assert.equal(doc.getText(), text.slice(0, at) + '字'.repeat(50) + text.slice(at));
  });
});
