// What a keystroke costs in a long report must not grow with the report: no request VS Code makes
// after each keystroke may join the whole text into one string (core/text/textSource.ts says what
// that costs). PatchedText's join is counted while a writer types and VS Code asks for what it
// asks for after a keystroke: diagnostics, the outline, folding, selection ranges, completion,
// hover and the quick fixes at the cursor.

import assert from 'node:assert/strict';
import { defaultConfig } from '../core/config/config';
import { PatchedText } from '../core/text/textSource';
import { ReportDocuments } from './reportDocuments';
import { ReportTextDocument } from './reportTextDocument';
import { provideDocumentSymbols } from './features/documentSymbols';
import { provideFoldingRanges } from './features/foldingRanges';
import { provideSelectionRanges } from './features/selectionRanges';
import { provideCompletion } from './features/completion';
import { provideHover } from './features/hover';
import { provideCodeActions } from './features/codeActions';
import { corpusFiles, readText } from '../../../test/helpers/paths';

describe('a keystroke in a long report joins no version of its text', function () {
  this.timeout(60000);

  it('diagnostics, outline, folding, selection, completion, hover and quick fixes at the cursor read the text unjoined', () => {
    let text = '';
    const texts = corpusFiles().map(readText);
    for (let i = 0; text.length < 400_000; i++) text += texts[i % texts.length] + '\n';
    const docs = new ReportDocuments({ configFor: () => defaultConfig(), locale: () => 'zh', log: () => undefined });
    const uri = 'untitled:long';
    const doc = new ReportTextDocument(uri, 'baogao', 1, text);
    docs.of(uri).diagnose(doc);
    const joined = PatchedText.prototype.toString;
    let joins = 0;
    PatchedText.prototype.toString = function (this: PatchedText) {
      joins++;
      return joined.call(this);
    };
    try {
      // Typing a sentence into a heading's paragraph, then into a paragraph with dates and numbers.
      const headingLine = doc.positionAt(text.indexOf('\n一、') + 1).line;
      const datedLine = doc.positionAt(text.indexOf('年', text.length >> 1)).line;
      let version = 1;
      for (const line of [headingLine, datedLine]) {
        for (let k = 0; k < 12; k++) {
          const position = { line, character: 3 + k };
          docs.models.edited(uri, doc.offsetAt(position), doc.offsetAt(position), 1);
          doc.update([{ range: { start: position, end: position }, text: k % 4 === 3 ? '，' : '改' }], ++version);
          const { model, diagnostics } = docs.of(uri).diagnose(doc);
          const cursor = { line, character: 4 + k };
          provideDocumentSymbols(model, 'zh');
          provideFoldingRanges(model);
          provideSelectionRanges(model, [cursor]);
          provideCompletion(model, cursor, 'zh');
          provideHover(model, diagnostics, cursor, 'zh');
          provideCodeActions(doc, model, diagnostics, { textDocument: { uri }, range: { start: cursor, end: cursor }, context: { diagnostics: [] } }, 'zh');
        }
      }
      assert.ok(doc.source instanceof PatchedText, 'the text stayed a patch');
      assert.equal(joins, 0, `${joins} joins of the whole text`);
      // A feature that needs the whole text still gets it.
      assert.equal(docs.of(uri).diagnose(doc).model.text.length, doc.source.length);
      assert.equal(joins, 1);
    } finally {
      PatchedText.prototype.toString = joined;
    }
  });
});
