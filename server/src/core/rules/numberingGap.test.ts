import assert from 'node:assert/strict';
import { applyFix, check, fixAll, lineOf } from '../../../../test/helpers/ruleHarness';
import { SEED, readText, corpus } from '../../../../test/helpers/paths';
import { parseReport } from '../model/reportModel';

const NUMBERING = ['numbering-gap', 'numbering-duplicate', 'numbering-order', 'numbering-start'];

describe('numbering-gap', () => {
  it('seed 000: （六） after （四） under 一、, reported once on the （六） line', () => {
    const text = readText(SEED.finance);
    const found = check(text, 'numbering-gap');
    assert.equal(found.length, 1);
    assert.equal(found[0].line, lineOf(text, '（六）坚持主动担当'));
    assert.equal(found[0].text, '（六）');
    assert.equal(found[0].message, '序号不连续：（四）之后应为（五）');
    assert.equal(found[0].severity, 'error');
  });

  it('重新编号 makes seed 000’s first section （一）…（七） with no numbering diagnostic left', () => {
    const text = readText(SEED.finance);
    const [gap] = check(text, 'numbering-gap');
    assert.equal(gap.fixes![0].title, '重新编号');
    assert.equal(gap.fixes![0].preferred, true);
    const fixed = applyFix(text, gap, '重新编号');
    const first = parseReport(fixed).roots.find((r) => r.kind === 'heading')!;
    assert.ok(first.kind === 'heading');
    assert.deepEqual(first.children.map((c) => (c.kind === 'heading' ? c.ordinal.raw : '')), ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）']);
    assert.deepEqual(check(fixed, NUMBERING), []);
    // Only the four ordinals changed; every other character is where it was.
    assert.equal(fixed.replace(/（[一二三四五六七八]）/g, ''), text.replace(/（[一二三四五六七八]）/g, ''));
    // Applying the fixes a second time changes nothing.
    assert.equal(fixAll(fixAll(fixed)), fixAll(fixed));
    assert.deepEqual(check(fixAll(fixed), NUMBERING), []);
  });

  it('2007.txt: （三） really is missing under 三、', () => {
    const text = corpus('2007');
    const found = check(text, 'numbering-gap');
    assert.equal(found.length, 1);
    assert.equal(found[0].line, lineOf(text, '（四）加快推进产业结构升级'));
    assert.equal(found[0].message, '序号不连续：（二）之后应为（三）');
  });

  it('speaks English when asked', () => {
    const [f] = check('一、甲\n三、乙\n', 'numbering-gap', { locale: 'en' });
    assert.equal(f.message, 'Numbering skips: 二、 expected after 一、');
  });

  it('is silent on a continuous list, on restarts under new parents and on nested lists', () => {
    assert.deepEqual(check('一、甲\n（一）a\n（二）b\n二、乙\n（一）c\n（二）d\n', 'numbering-gap'), []);
    assert.deepEqual(check(corpus('1986'), 'numbering-gap'), []);
  });
});
