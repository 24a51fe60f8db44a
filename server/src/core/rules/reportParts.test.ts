import assert from 'node:assert/strict';
import { check, config } from '../../../../test/helpers/ruleHarness';
import { corpusFiles, readText, seedFiles } from '../../../../test/helpers/paths';

const WORK = '一、主要工作\n（一）加强学习。全年参加集中学习12次。\n（二）抓好业务。完成预算编制。\n';
const PROBLEMS = '二、存在的问题\n学习不够深入，办法不多。\n';
const PLANS = '三、下一步打算\n继续加强学习，改进方法。\n';

describe('report-parts', () => {
  it('is silent on the five seed 述职报告 (each has 存在的主要问题 and 下步工作思路), even under 存在存在问题', () => {
    for (const f of seedFiles()) assert.deepEqual(check(readText(f), 'report-parts'), [], f);
  });

  it('is silent on all 52 corpus reports, also when they are declared 工作报告 by the setting', () => {
    const asWorkReport = config({ genre: '工作报告' });
    for (const f of corpusFiles()) {
      const text = readText(f);
      assert.deepEqual(check(text, 'report-parts'), [], f);
      assert.deepEqual(check(text, 'report-parts', { config: asWorkReport }), [], f);
    }
  });

  it('names each missing part once, on the title, with what is usually there', () => {
    const text = `个人述职报告\n\n${WORK}`;
    const found = check(text, 'report-parts');
    assert.deepEqual(found.map((f) => [f.line, f.text, f.severity]), [[0, '个人述职报告', 'info'], [0, '个人述职报告', 'info']]);
    assert.match(found[0].message, /“存在的问题”部分（存在的问题、不足、差距或短板/);
    assert.match(found[1].message, /“下一步打算”部分/);
    assert.match(found[0].basis!, /^述职报告先写一年的工作/, 'the note behind the genre, shown on hover');
    assert.deepEqual(check(`个人述职报告\n\n${WORK}${PROBLEMS}${PLANS}`, 'report-parts'), []);
  });

  it('finds a part by the words of a heading at any level', () => {
    const nested = `个人述职报告\n\n一、工作情况\n（一）主要成绩\n完成预算编制。\n（二）不足之处\n办法不多。\n二、今后努力方向\n继续学习。\n`;
    assert.deepEqual(check(nested, 'report-parts'), []);
  });

  it('a 述职述廉报告 also needs 廉洁自律; a 工作总结 problems and plans; a 工作报告 nothing', () => {
    const [f] = check(`2024年度述职述廉报告\n\n${WORK}${PROBLEMS}${PLANS}`, 'report-parts');
    assert.match(f.message, /^述职述廉报告通常有“廉洁自律”部分/);
    assert.equal(check(`2024年度述职述廉报告\n\n${WORK}${PROBLEMS}${PLANS}四、廉洁自律情况\n严守规定。\n`, 'report-parts').length, 0);
    assert.equal(check(`某局2024年工作总结\n\n${WORK}`, 'report-parts').length, 2);
    assert.deepEqual(check(`2024年某市政府工作报告\n\n${WORK}`, 'report-parts'), []);
  });

  it('an 活动总结 or 培训总结 is not a 工作总结: a bare 总结 does not name the genre', () => {
    assert.deepEqual(check(`2024年安全生产月活动总结\n\n${WORK}`, 'report-parts'), []);
    assert.deepEqual(check(`新任职干部培训总结\n\n${WORK}`, 'report-parts'), []);
    assert.equal(check(`某局2024年总结\n\n${WORK}`, 'report-parts').length, 2);
  });

  it('takes the genre from the setting only when the title does not say', () => {
    const untitled = `关于2024年工作情况的报告\n\n${WORK}`;
    assert.deepEqual(check(untitled, 'report-parts'), []);
    assert.equal(check(untitled, 'report-parts', { config: config({ genre: '述职报告' }) }).length, 2);
    // The title says 工作报告: the setting does not turn it into a 述职报告.
    assert.deepEqual(check(`2024年某市政府工作报告\n\n${WORK}`, 'report-parts', { config: config({ genre: '述职报告' }) }), []);
    // No title at all: the finding goes on the first line.
    const [f] = check(`${WORK}${PROBLEMS}`, 'report-parts', { config: config({ genre: '工作总结' }) });
    assert.equal(f.text, '一、主要工作');
  });

  it("uses an office's own parts from .baogaorc.json, and its own genres", () => {
    const cfg = config({ parts: { 述职报告: [{ name: '意识形态工作', headings: ['意识形态'], usually: '落实意识形态工作责任制的情况' }], 党建述职: [{ name: '存在问题', headings: ['问题'] }] } });
    const [f] = check(`个人述职报告\n\n${WORK}`, 'report-parts', { config: cfg });
    assert.equal(f.message, '述职报告通常有“意识形态工作”部分（落实意识形态工作责任制的情况），本文未找到这一部分');
    assert.equal(f.basis, undefined, 'an office’s own list carries no note of ours');
    assert.deepEqual(check(`个人述职报告\n\n${WORK}四、意识形态工作\n严格落实责任制。\n`, 'report-parts', { config: cfg }), []);
    const [g] = check(`2024年度党建述职报告\n\n${WORK}`, 'report-parts', { config: cfg });
    assert.match(g.message, /^党建述职通常有“存在问题”部分/);
    assert.deepEqual(check(`个人述职报告\n\n${WORK}`, 'report-parts', { config: config({ parts: { 述职报告: [] } }) }), []);
  });

  it('speaks English when asked', () => {
    const [f] = check(`个人述职报告\n\n${WORK}${PROBLEMS}`, 'report-parts', { locale: 'en' });
    assert.equal(f.message, 'A performance report usually has a part on plans (what comes next: plans, direction or approach for the coming period); none found');
  });
});
