import assert from 'node:assert/strict';
import { formatRange, formatText, tidyLines } from './formatting';
import { SEED, readText, seedFiles } from '../../../../test/helpers/paths';
import { check } from '../../../../test/helpers/ruleHarness';

describe('formatting', () => {
  it('seed 004: every "," in Chinese text becomes "，"; formatting again changes nothing', () => {
    const text = readText(SEED.town);
    const once = formatText(text);
    assert.equal(check(once, 'halfwidth-punctuation').length, 0);
    assert.match(once, /1\.落实党建责任，认真履职尽责。/);
    assert.equal(formatText(once), once);
  });

  it('seed 000: renumbers （六）…（八） but never deletes residue or rewrites words', () => {
    const text = readText(SEED.finance);
    const out = formatText(text);
    assert.match(out, /（五）坚持主动担当/);
    assert.match(out, /^仅供学习 禁止外传 用后删除/);
    const nonBlank = (t: string) => t.split('\n').filter((l) => l.trim());
    assert.equal(nonBlank(out).length, nonBlank(text).length, 'no line deleted');
    assert.equal(out.split('酷乐文行整理，咨询QQ206157060').length, 3, 'residue is the writer’s call');
    // Line by line, only ordinals and half-width punctuation changed.
    const norm = (l: string) => l.replace(/（[一二三四五六七八]）/g, '（）').replace(/,/g, '，').trimEnd();
    assert.deepEqual(nonBlank(out).map(norm), nonBlank(text).map(norm));
  });

  it('normalises blank lines: runs become one, trailing spaces go, one final line break', () => {
    assert.equal(tidyLines('报告  \n\n\n\n一、甲\t\n\u3000\u3000正文。\u3000\n\n\n'), '报告\n\n一、甲\n\u3000\u3000正文。\n');
    assert.equal(tidyLines('a\r\n\r\n\r\nb'), 'a\r\n\r\nb\r\n');
    // Found by fast-check: a stray U+FEFF after a blank line must not turn into a leading BOM.
    assert.equal(tidyLines('\n\uFEFF'), '');
    assert.equal(tidyLines(tidyLines('\n\uFEFF甲')), tidyLines('\n\uFEFF甲'));
  });

  it('is idempotent on every seed', () => {
    for (const f of seedFiles()) {
      const once = formatText(readText(f));
      assert.equal(formatText(once), once, f);
    }
  });

  it('range formatting changes only the range', () => {
    const text = '一、甲,乙\n二、丙,丁\n';
    const out = formatRange(text, text.indexOf('丙'), text.length);
    assert.equal(out, '一、甲,乙\n二、丙，丁\n');
  });
});
