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

  it('finds nothing in the 52 corpus reports', () => {
    for (const f of corpusFiles()) assert.deepEqual(check(readText(f), 'placeholder'), [], f);
  });
});
