// The outline's counts come from counts kept per paragraph; they must equal counting the span's
// characters directly, on real reports and on the awkward ones (CRLF, a BOM, characters outside the
// BMP, bullets on wrapped lines), and after edits that carry paragraphs over with their counts.

import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { parseReport, ReportModel } from './reportModel';
import { reparseReport } from './incremental';
import { SectionCounter, sectionCounterOf } from './sectionCounts';
import { countChars } from '../text/charCount';
import { corpusFiles, readText, SEED, seedFiles } from '../../../../test/helpers/paths';

/** Every span the outline counts, and spans from each paragraph start to each later paragraph end. */
function spansOf(m: ReportModel): { start: number; end: number }[] {
  const spans = [m.bodySpan, ...m.headings.map((h) => h.sectionSpan), ...m.items.map((i) => i.sectionSpan), ...m.parts.map((p) => p.sectionSpan)];
  const ps = m.paragraphs;
  for (let i = 0; i < ps.length; i += 7) {
    const j = Math.min(ps.length - 1, i + (i % 5));
    spans.push({ start: ps[i].span.start, end: ps[j].span.end });
    // Offsets inside a paragraph too (an item that starts mid-paragraph).
    // (Never between the two halves of 𠮷: no span of the model cuts a character.)
    let mid = (ps[i].span.start + ps[i].span.end) >> 1;
    if ((m.text.charCodeAt(mid) & 0xfc00) === 0xdc00) mid++;
    spans.push({ start: mid, end: ps[j].span.end }, { start: ps[i].span.start, end: mid });
  }
  return spans;
}

function assertCountsMatch(m: ReportModel, label: string): void {
  const counter = new SectionCounter(m.text, m.paragraphs);
  for (const s of spansOf(m)) assert.equal(counter.count(s.start, s.end), countChars(m.text, s.start, s.end), `${label} [${s.start}, ${s.end})`);
}

const AWKWARD =
  '\ufeff关于𠮷安区2024年工作的报告\r\n\r\n各位代表：\r\n\r\n一、主要工作\r\n\u3000\u3000（一）加强𠮷祥物管理，\r\n- 推进 数字化 建设\r\n' +
  '## 二、存在的问题\n\n一是制度不健全；二是𠮷𠮷人手不足。\n\n 三、下一步打算 \n\t\n结束语\n\n各位代表！\n';

describe('section counts from paragraph counts', () => {
  it('equal direct counting on the seeds and the corpus', () => {
    for (const f of [...seedFiles(), ...corpusFiles()]) assertCountsMatch(parseReport(readText(f)), basename(f));
  });

  it('agree with a direct count on spans at arbitrary offsets of a seed', () => {
    const text = readText(SEED.finance);
    const m = parseReport(text);
    const counter = new SectionCounter(text, m.paragraphs);
    for (let a = 0; a < text.length; a += 977) {
      for (const len of [0, 5, 300, 4000]) {
        const b = Math.min(text.length, a + len);
        assert.equal(counter.count(a, b), countChars(text, a, b), `${a}..${b}`);
      }
    }
  });

  it('equal direct counting with CRLF, a BOM, characters outside the BMP and bullets on wrapped lines', () => {
    assertCountsMatch(parseReport(AWKWARD), 'awkward');
  });

  it('stay right after edits, when paragraphs keep the counts they were given', () => {
    let m = parseReport(AWKWARD + readText(seedFiles()[0]));
    new SectionCounter(m.text, m.paragraphs); // counts kept on the paragraphs' shapes
    for (const [at, inserted] of [[30, '𠮷'], [10, '\r\n'], [120, '一、新的一节\n'], [5, '']] as const) {
      const start = Math.min(at, m.text.length);
      const text = m.text.slice(0, start) + inserted + m.text.slice(start + (inserted ? 0 : 3));
      m = reparseReport(m, text, { start, oldEnd: start + (inserted ? 0 : 3), newEnd: start + inserted.length });
      assertCountsMatch(m, `after inserting ${JSON.stringify(inserted)} at ${start}`);
    }
  });

  it('one counter per model version: features share it, and the next version counts its own text', () => {
    const m = parseReport(readText(SEED.finance));
    assert.equal(sectionCounterOf(m), sectionCounterOf(m));
    const body = m.paragraphs.find((q) => !q.ordinal && !q.leadingMarker && q.startLine === q.endLine && q.textLength > 40)!;
    const at = body.span.start + 10;
    const text = m.text.slice(0, at) + '新增十个字的内容在这里' + m.text.slice(at);
    const next = reparseReport(m, text, { start: at, oldEnd: at, newEnd: at + 11 });
    assert.equal(next.paragraphs, m.paragraphs, 'the paragraphs array is the previous one, written in place');
    assert.notEqual(sectionCounterOf(next), sectionCounterOf(m));
    assert.equal(sectionCounterOf(next).count(0, text.length), countChars(text));
  });
});
