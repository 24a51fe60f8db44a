import assert from 'node:assert/strict';
import { applyFix, check, config, fixAll } from '../../../../test/helpers/ruleHarness';

describe('ordinal-punctuation', () => {
  it('gives the correct form of every common wrong mark', () => {
    const cases: [string, string][] = [
      ['一.甲', '一、'],
      ['一，甲', '一、'],
      ['一：甲', '一、'],
      ['1、甲', '1.'],
      ['1，甲', '1.'],
      ['（一）、甲', '（一）'],
      ['(一)甲', '（一）'],
      ['（1）．甲', '（1）'],
      ['(1)甲', '（1）'],
      ['①.甲', '①'],
      ['１、甲', '１．'],
      ['1。甲', '1.'],
    ];
    for (const [line, correct] of cases) {
      const found = check(line + '\n', 'ordinal-punctuation');
      assert.equal(found.length, 1, line);
      assert.match(found[0].message, new RegExp(`应为“${correct.replace(/[.()]/g, '\\$&')}”$`), line);
      assert.equal(applyFix(line, found[0]), correct + '甲');
    }
  });

  it('accepts the correct forms, both level-3 points by default', () => {
    assert.deepEqual(check('一、甲\n（一）乙\n1.丙\n2．丁\n（1）戊\n①己\n１．庚\n（１）辛\n', 'ordinal-punctuation'), []);
  });

  it('numbering.thirdLevelPoint "ascii" flags 1．, "fullwidth" flags 1.', () => {
    const text = '一、甲\n1.a\n2．b\n';
    const ascii = check(text, 'ordinal-punctuation', { config: config({ numbering: { thirdLevelPoint: 'ascii' } }) });
    assert.deepEqual(ascii.map((f) => f.text), ['2．']);
    const full = check(text, 'ordinal-punctuation', { config: config({ numbering: { thirdLevelPoint: 'fullwidth' } }) });
    assert.deepEqual(full.map((f) => f.text), ['1.']);
  });

  it('a wrong level-3 mark is corrected to the point its siblings use', () => {
    const [f] = check('一、甲\n1．a\n2、b\n3．c\n', 'ordinal-punctuation');
    assert.equal(f.message, '序号标点有误：“2、”应为“2．”');
  });

  it('is part of fix-all, and a second pass changes nothing', () => {
    const text = '一、甲\n1、a\n2、b\n(一)c\n';
    const once = fixAll(text);
    assert.equal(once, '一、甲\n1.a\n2.b\n（一）c\n');
    assert.equal(fixAll(once), once);
  });
});
