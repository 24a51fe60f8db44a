// Structure of drafts as writers paste them (issue 15): numbered items whose text starts with a
// number, lines ending in a web address, Markdown and bullet marks, spaced titles, one-paragraph
// 一是…二是… lists.

import assert from 'node:assert/strict';
import { parseReport } from './reportModel';
import { check } from '../../../../test/helpers/ruleHarness';
import { readText, fixturesDir } from '../../../../test/helpers/paths';
import { join } from 'node:path';

const realworld = (name: string) => readText(join(fixturesDir, 'realworld', name));

describe('draft structure', () => {
  it('"3．10种有色金属…" after "2．…" is item 3, not the decimal 3.10 (no false gap)', () => {
    const text = realworld('rw05_numbered_list_numbers.txt');
    const m = parseReport(text);
    const digits = m.headings.filter((h) => h.ordinal.family === 'digit');
    assert.deepEqual(digits.map((h) => h.ordinal.value), [1, 2, 3, 4]);
    assert.equal(digits[2].text, '10种有色金属产量达到86万吨，同比增长4.2%');
    assert.deepEqual(check(text, 'numbering-gap'), []);
    // Without an item 2 before it, "3．10" stays a number; and "2.5万…" after "1." is a number too.
    assert.ok(!parseReport('一、甲\n3．10种有色金属产量增长。\n').headings.some((h) => h.ordinal.family === 'digit'));
    assert.deepEqual(parseReport('一、甲\n1.产量增长。\n2.5万吨以上的企业增加。\n').headings.filter((h) => h.ordinal.family === 'digit').length, 1);
  });

  it('"1。" is read as an ordinal, and ordinal-punctuation says "1。" → "1."', () => {
    const text = realworld('rw06_ordinal_ju.txt');
    const m = parseReport(text);
    assert.deepEqual(m.headings.filter((h) => h.ordinal.family === 'digit').map((h) => h.ordinal.raw), ['1。', '2。', '3。', '1。', '2。']);
    const found = check(text, 'ordinal-punctuation');
    assert.equal(found.length, 5);
    assert.equal(found[0].message, '序号标点有误：“1。”应为“1.”');
  });

  it('a placeholder on the line after a web-address residue line is reported', () => {
    const text = realworld('rw13_residue_then_slot.txt');
    const found = check(text, 'placeholder');
    assert.deepEqual(found.map((f) => `${f.line + 1}:${f.text}`), ['3:XX', '9:XX', '9:X']);
    assert.equal(parseReport(text).addressee?.text, 'XX局党委：');
  });

  it('a spaced title "述 职 报 告", a "（2024年度）" subtitle and the author line "县财政局局长  王五"', () => {
    const m = parseReport(realworld('rw12_spaced_title.txt'));
    assert.equal(m.title?.text, '述 职 报 告');
    assert.equal(m.title?.subtitle?.text, '（2024年度）');
    assert.equal(m.title?.author?.text, '县财政局局长  王五');
    assert.equal(m.signature?.signer[0].text, '述职人：王五');
    // A body line is never the author, and a report without one has none.
    assert.equal(parseReport('述职报告\n\n今年以来，我认真履行职责。\n一、工作\n').title?.author, undefined);
  });

  it('reads structure through Markdown and bullet marks: ## 一、, ### （一）, - 一是, • 二是, **12**', () => {
    const text = realworld('rw11_markdown_draft.txt');
    const m = parseReport(text);
    assert.equal(m.title?.text, '2024年度党支部工作总结');
    assert.deepEqual(m.headings.map((h) => h.ordinal.raw + h.text), ['一、主要工作', '（一）加强政治建设', '（二）加强作风建设', '二、存在问题', '四、下步打算']);
    assert.deepEqual(m.items.map((i) => i.marker.word), ['一是', '二是', '四是', '一是', '二是']);
    // The marks are recorded for the draft-residue rule, the content starts after them.
    const line = m.lines[m.headings[0].paragraph.startLine];
    assert.deepEqual(line.marks?.map((s) => text.slice(s.start, s.end)), ['## ']);
    // The real problems: 三是 and 三、 are missing; "**12**" is no placeholder.
    assert.deepEqual(check(text, ['enumeration-sequence', 'numbering-gap', 'placeholder']).map((f) => `${f.rule} ${f.text}`), ['enumeration-sequence 四是', 'numbering-gap 四、']);
    assert.match(check(text, 'enumeration-sequence')[0].message, /“二是”之后应为“三是”/);
    // …while draft-residue reports the marks, "**12**" among them as bold (a number, not a slot).
    assert.ok(check(text, 'draft-residue').some((f) => f.text === '**12**'));
    // Not marks: a negative number, a footnote star, an em-dash subtitle.
    const plain = parseReport('报告\n-1.5%的降幅\n*注：数据为初步统计\n——在大会上的讲话\n');
    assert.ok(plain.lines.every((l) => !l.marks));
  });
});
