// No cache may keep an old version of a document alive (issue 22): a string cut from a document
// (slice, match) keeps the whole text of that version in V8's heap. The server's own document
// owner is driven through many versions of a 1 MB report; the heap, after a forced GC, must not
// grow with the number of versions, and closing the document must give the memory back.

import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ReportTextDocument } from './reportTextDocument';
import { defaultConfig } from '../core/config/config';
import { ReportDocuments } from './reportDocuments';
import { corpusFiles, readText } from '../../../test/helpers/paths';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapMB(): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed / 1e6;
}

describe('memory: caches keep no old version alive', function () {
  this.timeout(120000);

  for (const [how, lineOf] of [
    ['in a different paragraph each time', (v: number, lines: number) => Math.floor((v * 7919) % lines)],
    ['working down the report', (v: number, lines: number) => Math.floor((v / 43) * lines)],
  ] as const)
  it(`the heap after 40 edits of a 1 MB report (${how}) is that after 1; closing frees the document`, () => {
    let base = '';
    const texts = corpusFiles().map(readText);
    for (let i = 0; base.length < 1_000_000; i++) base += texts[i % texts.length] + '\n';
    // A report with residue lines too (the residue memo is one of the caches).
    base = '仅供学习 禁止外传 用后删除\n' + base;
    const docs = new ReportDocuments({ configFor: () => defaultConfig(), locale: () => 'zh', log: () => undefined });
    const uri = 'untitled:big';
    // The server's own document: its text is a patch of an earlier version (reportTextDocument.ts).
    let doc = new ReportTextDocument(uri, 'baogao', 1, base);
    const lines = base.split('\n').length;
    // Each keystroke types into another paragraph, as a writer going through the report does, and
    // is parsed incrementally, as the server does it (serve.ts tells the model cache of each edit).
    const edit = (v: number) => {
      const line = lineOf(v, lines);
      const at = doc.offsetAt({ line, character: 2 });
      docs.models.edited(uri, at, at, 1);
      doc.update([{ range: { start: { line, character: 2 }, end: { line, character: 2 } }, text: '改' }], v);
      docs.of(uri).diagnose(doc);
    };
    // One-time costs (ICU's word-break dictionary, compiled patterns) are paid on a small report
    // first: what is measured is what a document costs.
    docs.of('untitled:warm').diagnose(TextDocument.create('untitled:warm', 'baogao', 1, base.slice(0, 50_000)));
    docs.close('untitled:warm');
    const empty = heapMB();
    docs.of(uri).diagnose(doc);
    edit(2);
    const afterOne = heapMB();
    for (let v = 3; v <= 42; v++) edit(v);
    const afterMany = heapMB();
    const versionMB = (base.length * 2) / 1e6; // a two-byte string
    assert.ok(afterMany - afterOne < 3 * versionMB, `40 edits grew the heap by ${(afterMany - afterOne).toFixed(1)} MB (one version is ${versionMB.toFixed(1)} MB)`);
    docs.close(uri);
    doc = new ReportTextDocument(uri, 'baogao', 1, '');
    const closed = heapMB();
    assert.ok(closed - empty < 2 * versionMB, `after closing, ${(closed - empty).toFixed(1)} MB more than before opening`);
    assert.ok(docs.models.incrementalParses >= 40, 'the edits were parsed incrementally');
  });
});
