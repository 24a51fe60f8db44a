// Outline entries of enumeration items (issue 15): one entry per item even when the items share a
// paragraph, each cut at its first clause; 首先/其次 paragraphs are not outline entries.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildOutline, OutlineEntry } from './outline';
import { parseReport } from '../model/reportModel';
import { fixturesDir, readText } from '../../../../test/helpers/paths';

const realworld = (name: string) => readText(join(fixturesDir, 'realworld', name));
const names = (entries: OutlineEntry[], depth = 0): string[] => entries.flatMap((e) => ['  '.repeat(depth) + e.name, ...names(e.children, depth + 1)]);

describe('outline items', () => {
  it('一是…。二是…。三是…。 in one paragraph: three entries; 一是…；二是…: two, cut at the first clause', () => {
    const text = realworld('rw14_inline_items.txt');
    const m = parseReport(text);
    const outline = buildOutline(m, 'zh');
    assert.deepEqual(names(outline), [
      '乡镇2024年工作总结',
      '  一、经济发展',
      '    一是农业生产稳定，粮食播种面积3.2万亩',
      '    二是工业经济提质，新增规上企业3家',
      '    三是招商引资有力',
      '  二、社会事业',
      '    一是办好民生实事',
      '    二是加强教育医疗',
      '  三、下步打算',
    ]);
    // Each entry selects its own marker and spans its own text.
    const items = outline[0].children[0].children;
    assert.deepEqual(items.map((e) => text.slice(e.selectionSpan.start, e.selectionSpan.end)), ['一是', '二是', '三是']);
    assert.ok(text.slice(items[1].span.start, items[1].span.end).startsWith('二是工业经济提质'));
    assert.ok(items[0].span.end <= items[1].span.start && items[1].span.end <= items[2].span.start);
  });

  it('首先/其次/再次/最后 paragraphs are not promoted to outline entries', () => {
    const outline = buildOutline(parseReport(realworld('rw07_shouxian_paragraphs.txt')), 'zh');
    assert.deepEqual(names(outline), ['关于加强机关作风建设的情况汇报']);
  });
});
