import assert from 'node:assert/strict';
import { applyFix, check } from '../../../../test/helpers/ruleHarness';

describe('numbering-duplicate', () => {
  const text = '报告\n一、工作\n（一）甲。\n（二）乙。\n（二）丙。\n（三）丁。\n';

  it('reports the second of two equal ordinals with the expected one', () => {
    const found = check(text, 'numbering-duplicate');
    assert.equal(found.length, 1);
    assert.equal(found[0].line, 4);
    assert.equal(found[0].message, '序号重复：（二）已用过，此处应为（三）');
  });

  it('renumbering gives （一）（二）（三）（四）', () => {
    const fixed = applyFix(text, check(text, 'numbering-duplicate')[0], '重新编号');
    assert.equal(fixed, '报告\n一、工作\n（一）甲。\n（二）乙。\n（三）丙。\n（四）丁。\n');
    assert.deepEqual(check(fixed, ['numbering-duplicate', 'numbering-gap', 'numbering-order']), []);
  });

  it('a restart after a lead-in is a nested list, not a duplicate', () => {
    assert.deepEqual(check('一、甲\n二、乙\n主要规定如下：\n一、a\n二、b\n三、丙\n', 'numbering-duplicate'), []);
  });
});
