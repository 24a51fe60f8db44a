import assert from 'node:assert/strict';
import { check } from '../../../../test/helpers/ruleHarness';
import { SEED, corpusFiles, readText } from '../../../../test/helpers/paths';

const KIND: Record<string, string> = { 日期: 'date', 数量: 'count', 人名: 'person', '单位、地名或名称': 'place', 内容: 'text' };
function slots(text: string): string[] {
  return check(text, 'placeholder').map((f) => `${f.line + 1}:${f.text}:${KIND[/应填写(.+)$/.exec(f.message)![1]]}`);
}

describe('placeholder', () => {
  it('seed 000: all 13 slots, each with what is missing', () => {
    assert.deepEqual(slots(readText(SEED.finance)), [
      '22:X月X日:date', '22:X:place', '22:X:count',
      '25:X:place',
      '26:X:count', '26:X月X日:date', '26:X:person', '26:X:place', '26:X:place',
      '27:X:count', '27:X:count',
      '28:X:count', '28:X:count',
    ]);
  });

  it('seed 001: the X区 in the title and 12 more', () => {
    assert.deepEqual(slots(readText(SEED.zhengwu)), [
      '4:X:place',
      '9:X:place', '9:X:place', '9:X:count', '9:X:count', '9:X:count', '9:X:count', '9:X:count', '9:X:count', '9:X:count', '9:X:count',
      '11:X:place',
      '23:X:text',
    ]);
  });

  it('seed 002: XXXX, XX月XX日 and XXXX案; seed 003 none; seed 004 three **年', () => {
    assert.deepEqual(slots(readText(SEED.audit)), ['22:XXXX:text', '25:XX月XX日:date', '32:XXXX:place']);
    assert.deepEqual(slots(readText(SEED.minzheng)), []);
    assert.deepEqual(slots(readText(SEED.town)), ['6:**:date', '14:**:date', '18:**:date']);
  });

  it('finds the other slot forms', () => {
    const text = '××同志在○○局工作。某某负责。20XX年X%的增长。【】【请填写单位名称】（　）______。Ｘ人参加。\n述职人：XXX\n';
    assert.deepEqual(check(text, 'placeholder').map((f) => f.text), ['××', '○○', '某某', '20XX年', 'X', '【】', '【请填写单位名称】', '（　）', '______', 'Ｘ', 'XXX']);
  });

  it('is silent on words, model names, years and 某 in ordinary words', () => {
    const text = '拍X光片和X射线检查。购买宝马X5和Xbox。GDP增长。到二○○○年，一九○○年。某些地方、某种程度、某个单位。3×4=12。X-ray。';
    assert.deepEqual(check(text, 'placeholder'), []);
  });

  it('programme names with × or X are no slots: “数据要素×”行动, “415X”/“555X” 产业集群, 1+N+X', () => {
    const text = '深入实施“数据要素×”行动，加快培育“415X”先进制造业集群，打造“555X”数字经济产业体系，构建“1+N+X”政策体系。推动“人工智能+”行动。';
    assert.deepEqual(check(text, 'placeholder'), []);
    assert.deepEqual(check('开展数据要素×行动，推动数据要素×产业融合。', 'placeholder'), []);
    // A quote holding only the slot is still one, and so is XX beside Chinese text.
    assert.deepEqual(check('开展“XX”行动，完成XX个项目。', 'placeholder').map((f) => f.text), ['XX', 'XX']);
  });

  it('lower-case and one-star slots of 工作总结 templates: xx余篇, x次, x条, 20*年, *个', () => {
    const text = '20*年，全年参加集中学习x次，撰写心得体会xx余篇，发表信息*个，起草文稿x条。\n';
    assert.deepEqual(check(text, 'placeholder').map((f) => f.text + ':' + f.message.slice(-2)), ['20*年:日期', 'x:数量', 'xx:数量', '*:数量', 'x:数量']);
    // Lower-case x in Latin text, formulas and footnote stars stay silent.
    assert.deepEqual(check('使用xbox和max值，面积为3x4米，增长5.2%*，x轴。\n', 'placeholder'), []);
  });

  it('Markdown bold is no slot: **12**, **一、主要工作**; **年**月 and 完成**个项目，投资**万元 are', () => {
    assert.deepEqual(check('全年学习**12**次，增长**3.5%**。**一、主要工作**\n', 'placeholder'), []);
    assert.deepEqual(check('**年**月，完成**个项目，投资**万元。\n', 'placeholder').map((f) => f.text), ['**', '**', '**', '**']);
  });

  it('finds nothing in the 52 corpus reports', () => {
    for (const f of corpusFiles()) assert.deepEqual(check(readText(f), 'placeholder'), [], f);
  });
});
