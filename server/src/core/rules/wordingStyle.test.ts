import assert from 'node:assert/strict';
import { applyFix, check, config } from '../../../../test/helpers/ruleHarness';

describe('wording-style', () => {
  it('hints today’s forms, as info', () => {
    const found = check('其它单位好象没有开设银行帐户。', 'wording-style');
    assert.deepEqual(found.map((f) => [f.text, f.severity]), [['其它', 'info'], ['好象', 'info'], ['帐户', 'info']]);
    assert.equal(applyFix('其它单位', found[0]), '其他单位');
    assert.match(found[2].basis!, /通用规范汉字表/);
  });

  it('象 as a comparison becomes 像, 象 in a noun stays', () => {
    const text = '要象抓经济一样抓党建。这种现象一样存在，形象那样好，对象似的。';
    const found = check(text, 'wording-style');
    assert.deepEqual(found.map((f) => f.text), ['象']);
    assert.equal(applyFix(text, found[0]), text.replace('要象', '要像'));
  });

  it('is switched off on its own, leaving confusable-word on', () => {
    const cfg = config({ rules: { 'wording-style': 'off' } });
    assert.deepEqual(check('其它问题再接再励。', ['wording-style', 'confusable-word'], { config: cfg }).map((f) => f.rule), ['confusable-word']);
  });

  it('"allow" silences a style form', () => {
    assert.deepEqual(check('其它', 'wording-style', { config: config({ wording: { allow: ['其它'] } }) }), []);
  });
});
