import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { looksLikeReport } from './detectReport';
import { parseReport } from './reportModel';
import { corpusFiles, readText, seedFiles } from '../../../../test/helpers/paths';

describe('detecting a report in plain text', () => {
  it('every seed is a report, whatever its file name', () => {
    for (const f of seedFiles()) assert.ok(looksLikeReport(readText(f)), f);
  });

  it('every corpus report with numbered headings or items is a report; the three speeches without any are not', () => {
    const unstructured: string[] = [];
    for (const f of corpusFiles()) {
      const text = readText(f);
      if (looksLikeReport(text)) continue;
      // Only reports with no GB/T heading at all may be missed: nothing to outline there.
      const m = parseReport(text);
      assert.equal(m.headings.length + m.items.length, 0, f);
      unstructured.push(basename(f));
    }
    assert.deepEqual(unstructured, ['1954.txt', '1960.txt', '1975.txt']);
  });

  it('ordinary text is left alone', () => {
    for (const text of [
      '',
      '购物清单\n1. 牛奶\n2. 面包\n3. 鸡蛋\n',
      'TODO:\n- fix the build\n- write docs\n',
      '会议纪要\n今天讨论了一、二线城市的房价问题。\n',
      'const a = 1;\nfunction f() { return (1); }\n',
      '一、\n',
    ]) {
      assert.equal(looksLikeReport(text), false, JSON.stringify(text));
    }
  });

  it('a short report without a title is still a report', () => {
    assert.ok(looksLikeReport('一、工作回顾\n今年完成了任务。\n二、下一步计划\n继续努力。\n'));
  });
});
