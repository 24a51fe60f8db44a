import assert from 'node:assert/strict';
import { join } from 'node:path';
import { applyFix, check } from '../../../../test/helpers/ruleHarness';
import { fixAllText } from '../lint/fixAll';
import { defaultConfig } from '../config/config';
import { draftResidue } from './draftResidue';
import { corpusFiles, fixturesDir, readText, seedFiles } from '../../../../test/helpers/paths';
import { formatText } from '../ide/formatting';

const RULE = 'draft-residue';
const found = (text: string) => check(text, RULE).map((f) => f.text);

/** A draft as a chat assistant hands it over. */
const DRAFT = [
  '好的，以下是根据您提供的信息撰写的述职报告：',
  '',
  '# 2024年度个人述职报告',
  '',
  '## 一、主要工作',
  '',
  '**（一）加强政治理论学习。** 全年参加集中学习24次。',
  '- 一是认真学习__党的二十大精神__。',
  '* 二是参加[“学习强国”](https://www.xuexi.cn)学习。',
  '• 三是撰写心得体会3篇（可根据实际情况修改）。',
  '',
  '| 项目 | 完成情况 |',
  '| --- | --- |',
  '| 学习 | 24次 |',
  '',
  '```',
  '二、存在的不足',
  '```',
  '',
  '述职人：张三',
  '2024年12月31日',
  '',
  '希望这份述职报告对您有所帮助！如需进一步修改，请随时告诉我。',
  '注：以上内容仅供参考，请根据实际情况调整。',
  '',
].join('\n');

describe('draft-residue', () => {
  it('finds every Markdown mark and every frame of an assistant’s draft', () => {
    assert.deepEqual(
      check(DRAFT, RULE).map((f) => [f.line + 1, f.text]),
      [
        [1, '好的，以下是根据您提供的信息撰写的述职报告：'],
        [3, '#'],
        [5, '##'],
        [7, '**（一）加强政治理论学习。**'],
        [8, '-'],
        [8, '__党的二十大精神__'],
        [9, '*'],
        [9, '[“学习强国”](https://www.xuexi.cn)'],
        [10, '•'],
        [10, '（可根据实际情况修改）'],
        [12, '| 项目 | 完成情况 |'],
        [13, '| --- | --- |'],
        [14, '| 学习 | 24次 |'],
        [16, '```'],
        [18, '```'],
        [23, '希望这份述职报告对您有所帮助！如需进一步修改，请随时告诉我。'],
        [24, '注：以上内容仅供参考，请根据实际情况调整。'],
      ],
    );
  });

  it('the safe fixes strip the marks and keep the text (fix-all and Format Document)', () => {
    const expected = [
      '好的，以下是根据您提供的信息撰写的述职报告：',
      '',
      '2024年度个人述职报告',
      '',
      '一、主要工作',
      '',
      '（一）加强政治理论学习。 全年参加集中学习24次。',
      '一是认真学习党的二十大精神。',
      '二是参加“学习强国”学习。',
      '三是撰写心得体会3篇（可根据实际情况修改）。',
      '',
      '项目\u3000完成情况',
      '学习\u300024次',
      '',
      '二、存在的不足',
      '',
      '述职人：张三',
      '2024年12月31日',
      '',
      '希望这份述职报告对您有所帮助！如需进一步修改，请随时告诉我。',
      '注：以上内容仅供参考，请根据实际情况调整。',
      '',
    ].join('\n');
    // This rule's fixes alone: until the model reads headings through the marks, other rules see
    // "二、存在的不足" as the first 一、 heading and renumber it in the same round.
    const fixed = fixAllText(DRAFT, { config: defaultConfig(), locale: 'zh', rules: [draftResidue] }).text;
    assert.equal(fixed, expected);
    assert.deepEqual(check(fixed, RULE).map((f) => f.text), [
      '好的，以下是根据您提供的信息撰写的述职报告：',
      '（可根据实际情况修改）',
      '希望这份述职报告对您有所帮助！如需进一步修改，请随时告诉我。',
      '注：以上内容仅供参考，请根据实际情况调整。',
    ]);
    assert.ok(!formatText(DRAFT).includes('**'));
  });

  it('a frame’s fix deletes its line (not automatically)', () => {
    const f = check(DRAFT, RULE);
    const first = f[0];
    assert.equal(first.fixes![0].safe, false);
    assert.ok(applyFix(DRAFT, first).startsWith('\n# 2024年度个人述职报告'));
    const aside = f.find((x) => x.text === '（可根据实际情况修改）')!;
    assert.ok(applyFix(DRAFT, aside).includes('• 三是撰写心得体会3篇。'));
    const last = f[f.length - 1];
    assert.ok(!applyFix(DRAFT, last).includes('仅供参考'));
  });

  it('is silent on 好的 and 注： in a report’s own sentences, on 作为人工智能 as a subject, and on ** placeholders', () => {
    const text = [
      'XX局2024年工作总结',
      '',
      '好的做法要坚持，好的经验要推广。',
      '注：本表数据为快报数，最终以决算为准。',
      '作为人工智能产业的重要基地，我县引进企业12家。',
      '如需进一步了解，请与办公室联系。',
      '**年**月**日召开会议，由**同志主持。',
      '1#楼、2#楼已竣工，#3机组运行正常。',
      '#2机组完成检修。',
      '——改革开放进一步深化。',
      '1．加强学习。',
      '',
      'XX局',
      '2024年12月31日',
      '注：以上数据仅供参考。',
    ].join('\n');
    assert.deepEqual(found(text), []);
  });

  it('frames are judged by where they stand: 好的， opening a middle paragraph is the report’s own', () => {
    const text = '标题\n\n一、工作\n正文。\n好的，我们接着说第二项。\n二、问题\n正文。\n三、打算\n正文。\n';
    assert.deepEqual(found(text), []);
  });

  it('works on CRLF text with a BOM: spans and the deleted line', () => {
    const text = '\uFEFF好的，以下是一份工作总结：\r\n\r\n## 一、主要工作\r\n正文。\r\n';
    const f = check(text, RULE);
    assert.deepEqual(f.map((x) => x.text), ['好的，以下是一份工作总结：', '##']);
    assert.equal(applyFix(text, f[0]), '\uFEFF\r\n## 一、主要工作\r\n正文。\r\n');
    assert.equal(applyFix(text, f[1]), '\uFEFF好的，以下是一份工作总结：\r\n\r\n一、主要工作\r\n正文。\r\n');
    assert.match(check(text, RULE, { locale: 'en' })[1].message, /^Markdown mark left in the text: heading mark ##/);
  });

  it('is silent on the correct-usage sentences, the seeds and the corpus', () => {
    assert.deepEqual(check(readText(join(fixturesDir, 'wording', 'usage-correct.txt')), RULE), []);
    for (const f of [...seedFiles(), ...corpusFiles()]) assert.deepEqual(found(readText(f)), [], f);
  });
});
