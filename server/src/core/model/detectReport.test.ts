import assert from 'node:assert/strict';
import { basename, join } from 'node:path';
import { readdirSync } from 'node:fs';
import { looksLikeReport } from './detectReport';
import { parseReport } from './reportModel';
import { corpusFiles, fixturesDir, readText, seedFiles } from '../../../../test/helpers/paths';

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

  it('a short report without a title is still a report: three headings over prose; two headings are a note', () => {
    assert.ok(looksLikeReport('一、工作回顾\n今年完成了任务。\n二、存在问题\n人手不足。\n三、下一步计划\n继续努力。\n'));
    assert.equal(looksLikeReport('一、工作回顾\n今年完成了任务。\n二、下一步计划\n继续努力。\n'), false);
    // …while under a report title two sections of prose are enough.
    assert.ok(looksLikeReport('工作总结\n\n一、工作回顾\n今年完成了任务。\n二、下一步计划\n继续努力。\n'));
  });

  it('no false switch on the 32 non-report texts of test/fixtures/detection; every one of the 31 reports is found', () => {
    const dir = join(fixturesDir, 'detection');
    const plain = readdirSync(join(dir, 'plain')).filter((f) => f.endsWith('.txt'));
    const reports = readdirSync(join(dir, 'report')).filter((f) => f.endsWith('.txt'));
    assert.ok(plain.length >= 30 && reports.length >= 30);
    assert.deepEqual(plain.filter((f) => looksLikeReport(readText(join(dir, 'plain', f)))), [], 'switched although not a report');
    assert.deepEqual(reports.filter((f) => !looksLikeReport(readText(join(dir, 'report', f)))), [], 'missed');
    // The realworld drafts (pasted pages, Markdown, spaced titles) are reports too.
    const rw = readdirSync(join(fixturesDir, 'realworld'));
    assert.deepEqual(rw.filter((f) => !looksLikeReport(readText(join(fixturesDir, 'realworld', f)))), []);
  });
});
