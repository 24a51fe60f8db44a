import assert from 'node:assert/strict';
import { applyFix, check, fixAll } from '../../../../test/helpers/ruleHarness';

describe('ordinal-style-mixed', () => {
  it('flags the odd one of 1. 2． 3. and fixes it to the majority', () => {
    const text = '一、甲\n1.a\n2．b\n3.c\n';
    const found = check(text, 'ordinal-style-mixed');
    assert.equal(found.length, 1);
    assert.equal(found[0].text, '2．');
    assert.equal(found[0].message, '同级序号样式不一致：本级多数写作“1.”，此处为“2．”');
    assert.equal(applyFix(text, found[0]), '一、甲\n1.a\n2.b\n3.c\n');
  });

  it('flags full-width digits among ASCII ones, and unifies a whole list', () => {
    const text = '一、甲\n（1）a\n（２）b\n（３）c\n（4）d\n（5）e\n';
    const found = check(text, 'ordinal-style-mixed');
    assert.deepEqual(found.map((f) => f.text), ['（２）', '（３）']);
    assert.equal(applyFix(text, found[0], '统一本级序号样式'), '一、甲\n（1）a\n（2）b\n（3）c\n（4）d\n（5）e\n');
  });

  it('leaves wrong forms to ordinal-punctuation (no double report)', () => {
    assert.deepEqual(check('一、甲\n1.a\n2、b\n3.c\n', 'ordinal-style-mixed'), []);
  });

  it('fix-all with ordinal-punctuation converges: 1、 2． 3. becomes one style', () => {
    const once = fixAll('一、甲\n1、a\n2．b\n3.c\n');
    assert.deepEqual(check(once, ['ordinal-style-mixed', 'ordinal-punctuation']), []);
    assert.equal(fixAll(once), once);
  });
});
