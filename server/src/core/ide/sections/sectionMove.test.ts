import assert from 'node:assert/strict';
import { moveSection } from './sectionMove';
import { changeLevel } from './headingLevel';
import { insertSiblingHeading } from './insertHeading';
import { parseReport } from '../../model/reportModel';
import { SEED, readText } from '../../../../../test/helpers/paths';
import { outlineLines } from '../../../../../test/helpers/outlineText';
import { check } from '../../../../../test/helpers/ruleHarness';

const NUMBERING = ['numbering-gap', 'numbering-duplicate', 'numbering-order', 'numbering-start'];

describe('moving a section', () => {
  it('moving （三） above （二） in seed 001 swaps the sections and renumbers the list', () => {
    const text = readText(SEED.zhengwu);
    const lines = text.split('\n');
    const at = text.indexOf('（三）突出抓好党建工作重点');
    const r = moveSection(parseReport(text), at + 5, 'up')!;
    // Lines 10 and 11 (（二） and （三）) change places; each keeps its body, numbers follow the order.
    const expected = [...lines];
    expected[9] = lines[10].replace('（三）', '（二）');
    expected[10] = lines[9].replace('（二）', '（三）');
    assert.equal(r.text, expected.join('\n'));
    assert.equal(r.line, 9);
    assert.deepEqual(check(r.text, NUMBERING), []);
  });

  it('moves a section with its children and body, down, keeping blank lines between sections', () => {
    const text = '报告\n\n一、甲\n正文甲。\n（一）a\n（二）b\n\n二、乙\n正文乙。\n\n三、丙\n';
    const r = moveSection(parseReport(text), text.indexOf('正文甲'), 'down')!;
    assert.equal(r.text, '报告\n\n一、乙\n正文乙。\n\n二、甲\n正文甲。\n（一）a\n（二）b\n\n三、丙\n');
    assert.equal(r.line, 5);
  });

  it('at the edge of its list, moves into the neighbouring parent and renumbers both lists', () => {
    const text = '一、甲\n（一）a\n（二）b\n二、乙\n（一）c\n（二）d\n';
    const up = moveSection(parseReport(text), text.indexOf('（一）c'), 'up')!;
    assert.equal(up.text, '一、甲\n（一）a\n（二）b\n（三）c\n二、乙\n（一）d\n');
    const down = moveSection(parseReport(text), text.indexOf('（二）b'), 'down')!;
    assert.equal(down.text, '一、甲\n（一）a\n二、乙\n（一）b\n（二）c\n（三）d\n');
  });

  it('does nothing at the very top or bottom, or outside any section', () => {
    const text = '报告\n一、甲\n二、乙\n';
    assert.equal(moveSection(parseReport(text), text.indexOf('甲'), 'up'), undefined);
    assert.equal(moveSection(parseReport(text), text.indexOf('乙'), 'down'), undefined);
    assert.equal(moveSection(parseReport(text), 0, 'up'), undefined);
  });

  it('keeps CRLF line ends and a file without a final line break', () => {
    const text = '一、甲\r\n正文。\r\n二、乙\r\n正文。';
    const r = moveSection(parseReport(text), text.indexOf('乙'), 'up')!;
    assert.equal(r.text, '一、乙\r\n正文。\r\n二、甲\r\n正文。');
  });
});

describe('promoting and demoting a section', () => {
  const text = '一、工作\n（一）甲\n（二）乙\n1.乙一\n2.乙二\n（三）丙\n二、打算\n';

  it('demoting （二） makes it 1. under （一), shifts its children to （1）（2）, renumbers （三）', () => {
    const r = changeLevel(parseReport(text), text.indexOf('（二）乙'), 1)!;
    assert.equal(r.text, '一、工作\n（一）甲\n1.乙\n（1）乙一\n（2）乙二\n（二）丙\n二、打算\n');
    assert.deepEqual(outlineLines(parseReport(r.text)), ['一、工作', '  （一）甲', '    1.乙', '      （1）乙一', '      （2）乙二', '  （二）丙', '二、打算']);
  });

  it('promoting 1. makes it （三） after its parent, its children following it', () => {
    const r = changeLevel(parseReport(text), text.indexOf('1.乙一'), -1)!;
    assert.equal(r.text, '一、工作\n（一）甲\n（二）乙\n（三）乙一\n1.乙二\n（四）丙\n二、打算\n');
  });

  it('一、 cannot be promoted, ① cannot be demoted', () => {
    assert.equal(changeLevel(parseReport(text), 1, -1), undefined);
    assert.equal(changeLevel(parseReport('一、甲\n①乙\n'), 5, 1), undefined);
  });
});

describe('inserting the next sibling heading', () => {
  it('inserts （三） after （二）’s section and renumbers the later siblings', () => {
    const text = '一、工作\n（一）甲。\n（二）乙。\n正文。\n（三）丙。\n';
    const r = insertSiblingHeading(parseReport(text), text.indexOf('乙'))!;
    assert.equal(r.text, '一、工作\n（一）甲。\n（二）乙。\n正文。\n（三）\n（四）丙。\n');
    assert.deepEqual([r.line, r.character], [4, 3]);
  });

  it('keeps the list’s style (1、 stays 1、)', () => {
    const r = insertSiblingHeading(parseReport('二、问题\n1、甲\n'), 7)!;
    assert.equal(r.text, '二、问题\n1、甲\n2、\n');
  });
});
