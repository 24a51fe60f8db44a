import assert from 'node:assert/strict';
import { applyFix, check } from '../../../../test/helpers/ruleHarness';
import { corpus } from '../../../../test/helpers/paths';

describe('numbering-order', () => {
  it('reports an ordinal lower than its predecessor', () => {
    const text = '一、甲\n三、乙\n二、丙\n';
    const found = check(text, 'numbering-order');
    assert.equal(found.length, 1);
    assert.equal(found[0].line, 2);
    assert.equal(found[0].message, '序号顺序颠倒：二、排在三、之后，此处应为四、');
    assert.equal(applyFix(text, found[0], '重新编号'), '一、甲\n二、乙\n三、丙\n');
  });

  it('1982.txt section 六: a nested 一、…五、 after a lead-in is no order error', () => {
    assert.deepEqual(check(corpus('1982'), ['numbering-order', 'numbering-duplicate', 'numbering-gap', 'numbering-start']), []);
  });

  it('1984.txt: 一、 after 五、 following "…这三个方面，…作些阐述。" is a nested list', () => {
    assert.deepEqual(check(corpus('1984'), 'numbering-order'), []);
  });
});
