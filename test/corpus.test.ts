// The whole corpus of 52 government work reports through every numbering rule: the exact set of
// findings, each one a real error a reviewer could be shown.

import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { check } from './helpers/ruleHarness';
import { corpusFiles, readText, seedFiles } from './helpers/paths';

const NUMBERING_RULES = ['numbering-gap', 'numbering-duplicate', 'numbering-order', 'numbering-start', 'ordinal-punctuation', 'ordinal-style-mixed', 'enumeration-sequence', 'declared-count'];

function findings(files: string[], rules: string[]): string[] {
  const out: string[] = [];
  for (const f of files) {
    for (const d of check(readText(f), rules)) out.push(`${basename(f)}:${d.line + 1} ${d.rule} ${d.text} ${d.message}`);
  }
  return out;
}

describe('numbering rules over the whole corpus', () => {
  it('report exactly the real errors', () => {
    assert.deepEqual(findings(corpusFiles(), NUMBERING_RULES), [
      // "首先，" (line 629) opens the run and "第二，" continues it: the two word sets must not mix.
      '1955.txt:645 enumeration-sequence 第二 列举用词混用：“首先”开头的列举中出现“第二”',
      // "首先要增加对农业的投入。……二是保护和合理使用耕地": 首先 answered by 二是.
      '1995.txt:79 enumeration-sequence 二是 列举用词混用：前面用“首先”，此处用“二是”',
      // "首先要全面规划……其次，必须确保……第三，要严禁": 第三 continues 首先/其次.
      '1999.txt:55 enumeration-sequence 第三 列举用词混用：“首先”开头的列举中出现“第三”',
      // Section 三 has （一）（二）（四）（五): the classic missing （三）.
      '2007.txt:132 numbering-gap （四） 序号不连续：（二）之后应为（三）',
      // The paragraph "四是加强风险管理……" was pasted twice (end of line 212 and line 214).
      '2010.txt:214 enumeration-sequence 四是 列举重复：“四是”之后又是“四是”，应为“五是”',
    ]);
  });

  it('the seeds: the finance bureau report’s gap and count, nothing else', () => {
    assert.deepEqual(findings(seedFiles(), NUMBERING_RULES), [
      '000_739041a541259170.txt:21 declared-count 8 条数不符：这里说有8项，后面实际列出7项',
      '000_739041a541259170.txt:26 numbering-gap （六） 序号不连续：（四）之后应为（五）',
    ]);
  });
});
