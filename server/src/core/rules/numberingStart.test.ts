import assert from 'node:assert/strict';
import { applyFix, check } from '../../../../test/helpers/ruleHarness';

describe('numbering-start', () => {
  it('reports a list whose first ordinal is not 1', () => {
    const text = '一、主要工作\n（二）强化学习。\n（三）改进作风。\n';
    const found = check(text, 'numbering-start');
    assert.equal(found.length, 1);
    assert.equal(found[0].text, '（二）');
    assert.equal(found[0].message, '序号应从（一）开始，此处为（二）');
    assert.equal(applyFix(text, found[0], '重新编号'), '一、主要工作\n（一）强化学习。\n（二）改进作风。\n');
  });

  it('is silent on lists that start at 1', () => {
    assert.deepEqual(check('一、甲\n1.a\n2.b\n二、乙\n', 'numbering-start'), []);
  });
});
