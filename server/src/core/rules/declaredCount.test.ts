import assert from 'node:assert/strict';
import { check, lineOf } from '../../../../test/helpers/ruleHarness';
import { SEED, corpus, readText } from '../../../../test/helpers/paths';

describe('declared-count', () => {
  it('seed 000 announces 8 方面 and lists 7 headings', () => {
    const text = readText(SEED.finance);
    const found = check(text, 'declared-count');
    assert.equal(found.length, 1);
    assert.equal(found[0].line, lineOf(text, '重点完成了8个方面的工作'));
    assert.equal(found[0].text, '8');
    assert.equal(found[0].message, '条数不符：这里说有8项，后面实际列出7项');
    assert.equal(found[0].fixes, undefined, 'no automatic fix: the writer must decide');
  });

  it('seed 003: 着力构建“五大体系”。一是…五是 matches and stays silent', () => {
    assert.deepEqual(check(readText(SEED.minzheng), 'declared-count'), []);
  });

  it('counts 一是… in the same paragraph, continued in the next paragraphs (2006.txt)', () => {
    assert.deepEqual(check('主要抓好三个方面；一是甲。\n二是乙。\n三是丙。\n', 'declared-count'), []);
    assert.deepEqual(check(corpus('2006'), 'declared-count'), []);
    const [f] = check('主要有以下三点：一是甲；二是乙。\n', 'declared-count');
    assert.equal(f.message, '条数不符：这里说有三项，后面实际列出2项');
  });

  it('counts the items starting the paragraphs after it', () => {
    const [f] = check('三、打算\n明年重点抓好以下四个方面：\n一是甲。\n二是乙。\n三是丙。\n', 'declared-count');
    assert.equal(f.text, '四');
  });

  it('ignores counts in ordinary prose', () => {
    assert.deepEqual(check('一、工作\n这三个方面的成绩来之不易。\n（一）甲\n（二）乙\n', 'declared-count'), []);
  });
});
