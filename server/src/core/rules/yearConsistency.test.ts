import assert from 'node:assert/strict';
import { check, config } from '../../../../test/helpers/ruleHarness';
import { SEED, corpus, corpusFiles, readText, seedFiles } from '../../../../test/helpers/paths';

const BODY = '一、主要工作\n完成预算编制。\n二、存在的问题\n办法不多。\n';
const report = (title: string, plans: string, date = '2025年1月10日') => `${title}\n\n${BODY}三、${plans}\n继续加强学习。\n\n述职人：张三\n${date}\n`;

describe('year-consistency', () => {
  it('is silent on the seeds and on all 52 corpus reports, whatever genre they are declared', () => {
    for (const genre of [undefined, '工作报告', '述职报告', '工作总结']) {
      const cfg = config(genre ? { genre } : {});
      for (const f of [...seedFiles(), ...corpusFiles()]) assert.deepEqual(check(readText(f), 'year-consistency', { config: cfg }), [], `${f} as ${genre}`);
    }
  });

  it('seed 003 (2022年…述职报告): a plans heading for 2022 is stale, for 2023 is right', () => {
    const text = readText(SEED.minzheng);
    const [f, ...rest] = check(text.replace('三、下一步工作思路', '三、2022年工作思路'), 'year-consistency');
    assert.equal(rest.length, 0);
    assert.equal(f.text, '2022年');
    assert.equal(f.related?.length, 1);
    assert.equal(text.slice(f.related![0].span.start, f.related![0].span.end), '2022年');
    assert.deepEqual(check(text.replace('三、下一步工作思路', '三、2023年工作思路'), 'year-consistency'), []);
  });

  it('the 2024 government work report plans 2024 (its subtitle dates it); the 2023 tasks would be stale', () => {
    const text = corpus('2024');
    const [f] = check(text.replace('三、2024年政府工作任务', '三、2023年政府工作任务'), 'year-consistency');
    assert.equal(f.message, '打算部分写的是2023年，但这是2024年的工作报告，打算应是2024年的：可能沿用了上一年的稿子');
    assert.equal(f.related![0].message, '副标题表明报告年份是2024年（“2024年”）');
  });

  it('an annual report is dated within its year or in the first half of the next', () => {
    assert.deepEqual(check(report('2024年度述职报告', '下一步打算', '2024年12月30日'), 'year-consistency'), []);
    assert.deepEqual(check(report('2024年度述职报告', '下一步打算', '2025年6月30日'), 'year-consistency'), []);
    const [late] = check(report('2024年度述职报告', '下一步打算', '2025年7月1日'), 'year-consistency');
    assert.equal(late.text, '2025年7月1日');
    const [early] = check(report('2024年度述职报告', '下一步打算', '2023年12月30日'), 'year-consistency');
    assert.equal(early.message, '落款日期是2023年12月，与报告年份2024年不符：年度报告应在2024年内或2025年上半年成文');
    // A placeholder date says nothing yet.
    assert.deepEqual(check(report('2024年度述职报告', '下一步打算', 'XXXX年X月X日'), 'year-consistency'), []);
  });

  it('the plans of an annual report are for the next year; of a mid-year report, for the same year', () => {
    assert.equal(check(report('2024年度述职报告', '2024年工作打算'), 'year-consistency').length, 1);
    assert.deepEqual(check(report('2024年度述职报告', '2025年工作打算'), 'year-consistency'), []);
    const midYear = (plans: string) => report('2024年上半年工作总结和下半年工作打算', plans, '2024年7月1日');
    assert.deepEqual(check(midYear('2024年下半年工作打算'), 'year-consistency'), []);
    assert.equal(check(midYear('2023年下半年工作打算'), 'year-consistency').length, 1);
    // A 下半年 summary closes the year: it plans the next one, like an annual report.
    assert.deepEqual(check(report('2024年下半年工作总结', '2025年工作打算', '2025年1月5日'), 'year-consistency'), []);
    assert.equal(check(report('2024年下半年工作总结', '2024年下半年工作打算', '2025年1月5日'), 'year-consistency').length, 1);
    assert.deepEqual(check(report('2024年1-9月工作总结', '四季度工作打算', '2024年10月8日'), 'year-consistency'), []);
  });

  it('reads "2023年，我将…" in the plans part, not "2024年，上级要求…" or a past year next to results', () => {
    const plans = (sentence: string) => `2024年度述职报告\n\n${BODY}三、下一步打算\n${sentence}\n`;
    const [f] = check(plans('2023年，我将继续加强学习。'), 'year-consistency');
    assert.equal(f.text, '2023年');
    assert.deepEqual(check(plans('2024年，上级要求我们加强学习，下一步将抓好落实。'), 'year-consistency'), []);
    assert.deepEqual(check(plans('巩固2024年成果，谋划2025年工作思路。'), 'year-consistency'), []);
    assert.deepEqual(check(`2024年度述职报告\n\n${BODY}三、下一步打算\n（一）巩固2024年成果，谋划新一年工作\n继续加强学习。\n`, 'year-consistency'), []);
  });

  it('a review heading naming 目标任务 is not the plans; "2023年以来" is not the opening year', () => {
    const review = `2024年度述职报告\n\n一、2024年主要目标任务完成情况\n完成预算编制。\n二、存在的问题\n办法不多。\n`;
    assert.deepEqual(check(review, 'year-consistency'), []);
    assert.deepEqual(check(`2024年度述职报告\n\n2023年以来，我担任办公室主任，认真履行职责。\n${BODY}`, 'year-consistency'), []);
  });

  it('a 工作报告 with a year may be given in that year or early in the next, and plans that year or later', () => {
    const unit = (date: string, plans: string) => `某公司2024年工作报告\n\n一、2024年工作回顾\n完成产值目标。\n二、${plans}\n抓好安全生产。\n\n某公司\n${date}\n`;
    assert.deepEqual(check(unit('2025年1月20日', '2025年工作安排'), 'year-consistency'), []);
    assert.deepEqual(check(unit('2024年1月20日', '2024年重点任务'), 'year-consistency'), []);
    assert.equal(check(unit('2025年1月20日', '2023年重点任务'), 'year-consistency').length, 1);
    assert.equal(check(unit('2023年1月20日', '2024年重点任务'), 'year-consistency').length, 1);
  });

  it('Chinese-numeral years count: 二〇二四年度 against 二〇二四年工作打算 and 二〇二三年十二月', () => {
    const found = check(report('二〇二四年度述职报告', '二〇二四年工作打算', '二〇二三年十二月二十日'), 'year-consistency');
    assert.deepEqual(found.map((f) => f.text), ['二〇二四年', '二〇二三年十二月二十日']);
  });

  it('holds the opening against the title, and reads the year from the opening when the title has none', () => {
    const [f] = check(`2024年度述职报告\n\n2023年，在局党组的正确领导下，我认真履行职责。\n${BODY}`, 'year-consistency');
    assert.equal(f.text, '2023年');
    assert.equal(f.message, '开头写的是2023年，标题是2024年，其中一处可能沿用了旧稿');
    assert.deepEqual(check(`2024年上半年工作总结\n\n2024年上半年，我局扎实推进各项工作。\n${BODY}`, 'year-consistency'), []);
    const [g] = check(`个人述职报告\n\n2024年，在局党组的正确领导下，我认真履行职责。\n${BODY}三、2024年工作打算\n继续学习。\n`, 'year-consistency');
    assert.equal(g.related![0].message, '开头表明报告年份是2024年（“2024年”）');
  });

  it('two different years called 今年 / 本年度', () => {
    const [f] = check(`个人工作总结\n\n今年（2024年）以来，我认真完成各项任务。\n一、主要工作\n本年度（2023年度）审核凭证1200余份。\n`, 'year-consistency');
    assert.equal(f.text, '本年度（2023年度）');
    assert.equal(f.message, '这里称今年是2023年，而第3行称今年是2024年');
    assert.deepEqual(check(`个人工作总结\n\n今年（2024年）以来，我认真完成各项任务。\n一、主要工作\n2024年（今年）审核凭证1200余份。\n`, 'year-consistency'), []);
  });

  it('a term (2021—2023年), a document of another genre and a title without a genre are not judged', () => {
    assert.deepEqual(check(report('2021—2023年任期述职报告', '2023年工作打算', '2019年1月1日'), 'year-consistency'), []);
    assert.deepEqual(check(report('关于2024年安全生产工作的意见', '2023年工作安排', '2019年1月1日'), 'year-consistency'), []);
  });

  it('keeps positions right in CRLF text and speaks English when asked', () => {
    const text = report('2024年度述职报告', '2024年工作打算').replace(/\n/g, '\r\n');
    const [f] = check(text, 'year-consistency', { locale: 'en' });
    assert.equal(f.text, '2024年');
    assert.equal(f.line, 6);
    assert.equal(f.message, "The plans speak of 2024, but this report is for 2024, so its plans are for 2025: perhaps left from last year's file");
    assert.equal(f.related![0].message, 'the title gives the report\'s year as 2024 ("2024年度")');
  });
});
