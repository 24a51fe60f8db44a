import assert from 'node:assert/strict';
import { composeChange, reparseReport } from './incremental';
import { parseReport, ReportModel } from './reportModel';
import { corpus, readText, SEED } from '../../../../test/helpers/paths';

/** What must agree between an incremental and a fresh parse. */
function shape(m: ReportModel) {
  return {
    lines: m.lines.map((l) => [l.start, l.end, l.blank, l.ordinal?.raw]),
    paragraphs: m.paragraphs.map((p) => [p.index, p.startLine, p.endLine, p.span.start, p.span.end, p.text, p.segments.map((s) => [s.textStart, s.offset, s.length])]),
    headings: m.headings.map((h) => [h.ordinal.raw, h.depth, h.text, h.sectionSpan.start, h.sectionSpan.end]),
    items: m.items.map((i) => [i.marker.word, i.depth, i.sectionSpan.start]),
    title: m.title?.text,
    signature: m.signature?.span,
  };
}

/** A small deterministic generator, so a failure can be replayed. */
function prng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

const INSERTS = ['', '\n', '\r\n', '\n\n', '（五）', '一、', '1.', '一是', '。', '“', '》', '工作', 'X月X日', '\u3000\u3000', '二○○○年'];

describe('incremental parsing', () => {
  for (const [name, text0] of [
    ['seed 000', readText(SEED.finance)],
    ['seed 004', readText(SEED.town)],
    ['corpus 1982 (nested lists)', corpus('1982')],
    ['corpus 2022 (lines broken around links)', corpus('2022')],
  ] as const) {
    it(`gives the fresh parse after 60 random edits: ${name}`, () => {
      const random = prng(name.length * 7919);
      let text: string = text0;
      let model = parseReport(text);
      for (let k = 0; k < 60; k++) {
        const start = Math.floor(random() * (text.length + 1));
        const end = Math.min(text.length, start + Math.floor(random() * 40));
        const insert = INSERTS[Math.floor(random() * INSERTS.length)];
        const next = text.slice(0, start) + insert + text.slice(end);
        model = reparseReport(model, next, composeChange(undefined, start, end, insert.length));
        text = next;
        assert.deepEqual(shape(model), shape(parseReport(text)), `edit ${k}: [${start}, ${end}) → ${JSON.stringify(insert)}`);
      }
    });
  }

  it('composes several edits between two parses into one region', () => {
    const text = readText(SEED.finance);
    const a = text.indexOf('（六）');
    // Two edits in the current text's coordinates: （六） → （五）, then a line inserted at the top.
    let change = composeChange(undefined, a, a + 3, 3);
    const once = text.slice(0, a) + '（五）' + text.slice(a + 3);
    change = composeChange(change, 0, 0, 4);
    const twice = '前言\n\n' + once;
    assert.deepEqual(shape(reparseReport(parseReport(text), twice, change)), shape(parseReport(twice)));
  });

  it('carries untouched paragraphs over with their ids and re-reads only those around the edit', () => {
    const text = corpus('2024');
    const before = parseReport(text);
    // Read before the reparse, which gives the previous model up (it moves its paragraphs).
    const idsBefore = before.paragraphs.map((p) => p.id);
    const at = text.indexOf('新质生产力');
    const after = reparseReport(before, text.slice(0, at) + '发展' + text.slice(at), composeChange(undefined, at, at, 2));
    const kept = after.paragraphs.filter((p, i) => p.id === idsBefore[i]).length;
    assert.equal(after.paragraphs.length, idsBefore.length);
    assert.ok(idsBefore.length - kept <= 6, `${kept} of ${idsBefore.length} kept`);
    // Carried-over paragraphs hold text of the new version (a slice of the old one would keep the
    // old version alive): the same characters at the new place.
    for (const p of after.paragraphs) if (p.segments.length === 1) assert.equal(p.text, after.text.slice(p.span.start, p.span.end));
  });
});
