// Unnumbered parts: a closing after the last section, part titles, bare numerals, a glossary.
// Each ends the section before it, so section lengths are honest.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parseReport } from './reportModel';
import { buildOutline } from '../ide/outline';
import { corpus, fixturesDir, readText } from '../../../../test/helpers/paths';
import { check } from '../../../../test/helpers/ruleHarness';
import { countChars } from '../text/charCount';

function chars(text: string, span: { start: number; end: number }): number {
  return countChars(text, span.start, span.end);
}

describe('unnumbered parts', () => {
  it('2024: "各位代表！" after （十） opens the closing; （十） counts its own text only', () => {
    const text = corpus('2024');
    const m = parseReport(text);
    assert.deepEqual(m.parts.map((p) => [p.part, p.text]), [['closing', '各位代表！']]);
    const ten = m.headings.find((h) => h.ordinal.raw === '（十）')!;
    assert.ok(ten.sectionSpan.end <= m.parts[0].paragraph.span.start);
    const siblings = ten.list.items.slice(0, -1).map((h) => chars(text, h.sectionSpan));
    const tenLength = chars(text, ten.sectionSpan);
    // Before, （十） held the closing too: 3,582 字 against at most ~1,300 for its siblings.
    assert.ok(tenLength < 2000, String(tenLength));
    assert.ok(Math.max(...siblings) < 2000);
    assert.ok(m.parts[0].sectionSpan.end > m.parts[0].sectionSpan.start + 1000);
  });

  it('1984: the part titles 关于国内建设 and 关于外交工作 each hold their own 一、 list', () => {
    const m = parseReport(corpus('1984'));
    assert.deepEqual(m.parts.map((p) => [p.part, p.text]), [['title', '关于国内建设'], ['title', '关于外交工作'], ['appendix', '结束语']]);
    assert.deepEqual(m.parts[0].children.map((n) => (n.kind === 'heading' ? n.ordinal.raw : '')), ['一、', '二、', '三、', '四、', '五、']);
    assert.deepEqual(m.parts[1].children.map((n) => (n.kind === 'heading' ? n.ordinal.raw : '')), ['一、', '二、', '三、']);
    // The foreign-affairs 一、 is no longer nested under 五、, and no numbering finding appears.
    const five = m.headings.find((h) => h.ordinal.raw === '五、' && !h.parent)!;
    assert.equal(five.children.filter((c) => c.kind === 'heading').length, 0);
    assert.deepEqual(check(corpus('1984'), ['numbering-gap', 'numbering-duplicate', 'numbering-order', 'numbering-start']), []);
  });

  it('1960: the bare numerals 一 二 三 四 on their own lines are outline nodes', () => {
    const m = parseReport(corpus('1960'));
    assert.deepEqual(m.parts.map((p) => p.text), ['一', '二', '三', '四']);
    const outline = buildOutline(m, 'zh');
    assert.deepEqual(outline.map((e) => [e.kind, e.name]), [['part', '一'], ['part', '二'], ['part', '三'], ['part', '四']]);
  });

  it('a 名词解释 glossary after the body is a part, not nested under the last （三）', () => {
    const text = readText(join(fixturesDir, 'realworld', 'rw08_glossary.txt'));
    const m = parseReport(text);
    assert.deepEqual(m.parts.map((p) => [p.part, p.text]), [['appendix', '名词解释']]);
    const three = m.headings.find((h) => h.ordinal.raw === '（三）')!;
    assert.equal(three.children.length, 0);
    assert.deepEqual(m.parts[0].children.map((n) => (n.kind === 'heading' ? n.ordinal.raw : '')), ['1．', '2．', '3．']);
    assert.deepEqual(check(text, ['numbering-gap', 'numbering-start']), []);
  });

  it('a "各位代表！" between sections, a 关于… sentence and a lone numeral are no parts', () => {
    const m = parseReport('一、甲\n正文。\n各位代表！\n二、乙\n正文。\n关于这个问题\n我们认为如此。\n一\n');
    assert.deepEqual(m.parts, []);
  });
});
