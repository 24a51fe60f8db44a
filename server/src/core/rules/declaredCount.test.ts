import assert from 'node:assert/strict';
import { applyFix, check, lineOf } from '../../../../test/helpers/ruleHarness';
import { SEED, corpus, readText } from '../../../../test/helpers/paths';

describe('declared-count', () => {
  it('seed 000 announces 8 方面 and lists 7 headings', () => {
    const text = readText(SEED.finance);
    const found = check(text, 'declared-count');
    assert.equal(found.length, 1);
    assert.equal(found[0].line, lineOf(text, '重点完成了8个方面的工作'));
    assert.equal(found[0].text, '8');
    assert.equal(found[0].message, '条数不符：这里说有8项，后面实际列出7项。请补上缺少的1项，或把“8”改为“7”');
    // The number change is offered, never applied by fix-all: the writer may rather add the item.
    assert.deepEqual(found[0].fixes!.map((f) => [f.title, f.safe, !!f.preferred]), [['把“8”改为“7”', false, false]]);
  });

  it('seed 003: 着力构建“五大体系”。一是…五是 matches and stays silent', () => {
    assert.deepEqual(check(readText(SEED.minzheng), 'declared-count'), []);
  });

  it('counts 一是… in the same paragraph, continued in the next paragraphs (2006.txt)', () => {
    assert.deepEqual(check('主要抓好三个方面；一是甲。\n二是乙。\n三是丙。\n', 'declared-count'), []);
    assert.deepEqual(check(corpus('2006'), 'declared-count'), []);
    const [f] = check('主要有以下三点：一是甲；二是乙。\n', 'declared-count');
    assert.equal(f.message, '条数不符：这里说有三项，后面实际列出二项。请补上缺少的1项，或把“三”改为“二”');
  });

  it('"主要表现在四个方面：" with three 一是… paragraphs after it (the commonest phrasing)', () => {
    const text = '今年以来，工作取得积极成效，主要表现在四个方面：\n一是压实责任。\n二是加强管理。\n三是强化应对。\n';
    const [f] = check(text, 'declared-count');
    assert.equal(f.text, '四');
    assert.match(f.message, /后面实际列出三项。请补上缺少的1项，或把“四”改为“三”$/);
    assert.equal(applyFix(text, f), text.replace('四个方面', '三个方面'));
    assert.deepEqual(check(text.replace('三是强化应对。\n', '三是强化应对。\n四是改进作风。\n'), 'declared-count'), []);
    const extra = check('问题集中体现在两个方面：一是甲；二是乙；三是丙。\n', 'declared-count');
    assert.match(extra[0].message, /请删去多出的1项，或把“两”改为“三”$/);
  });

  it('a programme’s name (实施“七大攻坚”行动) announces nothing about the section’s headings', () => {
    const text = '二、2025年工作安排\n实施“七大攻坚”行动，全力稳增长、扩内需、防风险。\n（一）推动经济回升向好。\n（二）建设现代化产业体系。\n（三）提升治理效能。\n';
    assert.deepEqual(check(text, 'declared-count'), []);
    // Unquoted and without 行动 it still announces: "构建五大体系" with three headings is a mismatch.
    assert.equal(check(text.replace('实施“七大攻坚”行动，全力稳增长、扩内需、防风险。', '着力构建五大体系。'), 'declared-count').length, 1);
  });

  it('counts the items starting the paragraphs after it', () => {
    const [f] = check('三、打算\n明年重点抓好以下四个方面：\n一是甲。\n二是乙。\n三是丙。\n', 'declared-count');
    assert.equal(f.text, '四');
  });

  it('ignores counts in ordinary prose', () => {
    assert.deepEqual(check('一、工作\n这三个方面的成绩来之不易。\n（一）甲\n（二）乙\n', 'declared-count'), []);
  });
});
