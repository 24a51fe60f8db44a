import assert from 'node:assert/strict';
import { applyFix, check, fixAll, lineOf } from '../../../../test/helpers/ruleHarness';
import { SEED, corpus, readText } from '../../../../test/helpers/paths';

describe('enumeration-sequence', () => {
  it('inside a paragraph: 一是 二是 四是 → renumbered to 三是', () => {
    const text = '一、工作\n（一）学习。一是集中学习。二是专题研讨。四是撰写心得。\n';
    const found = check(text, 'enumeration-sequence');
    assert.equal(found.length, 1);
    assert.equal(found[0].text, '四是');
    assert.equal(found[0].message, '列举跳号：“二是”之后应为“三是”，此处为“四是”');
    assert.equal(applyFix(text, found[0], '重新编号列举'), '一、工作\n（一）学习。一是集中学习。二是专题研讨。三是撰写心得。\n');
  });

  it('across paragraph starts in one section: 一是 / 二是 / 四是', () => {
    const text = '一、打算\n一是加强学习。\n二是改进作风。\n四是严守纪律。\n';
    const found = check(text, 'enumeration-sequence');
    assert.deepEqual(found.map((f) => [f.line, f.text]), [[3, '四是']]);
    assert.equal(fixAll(text), '一、打算\n一是加强学习。\n二是改进作风。\n三是严守纪律。\n');
  });

  it('repeats and backwards runs', () => {
    assert.match(check('甲。一是a。二是b。二是c。', 'enumeration-sequence')[0].message, /^列举重复/);
    assert.match(check('甲。一是a。三是b。二是c。', 'enumeration-sequence')[0].message, /^列举跳号/);
    assert.match(check('一、x\n一是a。\n三是b。\n二是c。\n', 'enumeration-sequence')[0].message, /^列举跳号/);
  });

  it('第一 mixed with 首先 (1955.txt: 首先，……第二，)', () => {
    const text = corpus('1955');
    const found = check(text, 'enumeration-sequence');
    assert.equal(found.length, 1);
    assert.equal(found[0].line, lineOf(text, '第二，\n我们必须大大地降低生产性建设的成本'));
    assert.equal(found[0].message, '列举用词混用：“首先”开头的列举中出现“第二”');
  });

  it('a run that begins inline and continues at paragraph starts is one sequence (2009.txt, 2010.txt)', () => {
    const text = '一、x\n实施积极的财政政策。一是增加支出。\n这是扩大内需的措施。\n二是实行减税。\n三是优化结构。\n';
    assert.deepEqual(check(text, 'enumeration-sequence'), []);
    assert.deepEqual(check(corpus('2009'), 'enumeration-sequence'), []);
  });

  it('a nested 首先是 inside 第二 returns to the outer 第三 (1957.txt)', () => {
    assert.deepEqual(check('第一，甲。第二，乙。首先是丙，其次是丁。第三，戊。', 'enumeration-sequence'), []);
    assert.deepEqual(check(corpus('1957'), 'enumeration-sequence'), []);
  });

  it('is silent on the seeds', () => {
    for (const f of Object.values(SEED)) assert.deepEqual(check(readText(f), 'enumeration-sequence'), [], f);
  });

  it('leaves words that only look like markers: 统一是, 第一时间, 最后一天, 一是一二是二', () => {
    assert.deepEqual(check('标准统一是前提。第一时间赶到。最后一天完成。一是一，二是二。', 'enumeration-sequence'), []);
  });
});
