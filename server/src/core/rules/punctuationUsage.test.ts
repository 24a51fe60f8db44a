import assert from 'node:assert/strict';
import { join } from 'node:path';
import { applyFix, check, fixAll } from '../../../../test/helpers/ruleHarness';
import { corpusFiles, fixturesDir, readText, seedFiles } from '../../../../test/helpers/paths';

const RULE = 'punctuation-usage';
const found = (text: string) => check(text, RULE).map((f) => f.text);

describe('punctuation-usage', () => {
  it('an ellipsis with 等 or 等等: two fixes, neither automatic', () => {
    const text = '会议研究了预算调整、资金拨付、项目评审……等问题，还有土地、税收……等等。';
    const f = check(text, RULE);
    assert.deepEqual(f.map((x) => x.text), ['……等', '……等等']);
    assert.equal(applyFix(text, f[0], '删去“等”'), text.replace('……等问题', '……问题'));
    assert.equal(applyFix(text, f[0], '删去省略号'), text.replace('……等问题', '等问题'));
    assert.ok(f[0].fixes!.every((x) => !x.safe));
  });

  it('is silent on an ellipsis followed by words that begin with 等', () => {
    assert.deepEqual(found('他停了一下……等待大家的意见。项目分为一级、二级……等级越高要求越严。'), []);
  });

  it('doubled marks are fixed safely; clashing marks keep the stronger one', () => {
    const text = '以更加奋发有为的精神状态，，更加扎实的作风。任务很重，。要抓好落实；。要加强学习、，提高能力。。';
    const f = check(text, RULE);
    assert.deepEqual(f.map((x) => x.text), ['，，', '，。', '；。', '、，', '。。']);
    assert.deepEqual(f.map((x) => x.fixes![0].safe), [true, false, false, false, true]);
    assert.equal(applyFix(text, f[1]), text.replace('重，。', '重。'));
    assert.equal(fixAll(text), text.replace('，，', '，').replace('。。', '。'));
  });

  it('leaves a home-made ellipsis 。。。 and ordinary sequences alone', () => {
    assert.deepEqual(found('他说：“好。”然后走了。等等看吧。第一、二季度。1,000元。情况是这样的。。。'), []);
  });

  describe('a heading on its own line', () => {
    const report = (first: string) =>
      `XX局工作总结\n\n${first}\n全年完成了各项任务。\n二、存在问题\n一是学习不够。\n三、下步打算\n继续努力。\n`;

    it('ending in 。 or ， among siblings without end marks', () => {
      for (const mark of ['。', '，']) {
        const text = report(`一、加强学习${mark}`);
        const f = check(text, RULE);
        assert.deepEqual(f.map((x) => [x.line, x.text]), [[2, mark]], mark);
        assert.equal(applyFix(text, f[0]), report('一、加强学习'));
      }
    });

    it('run-in headings keep their 。; a list whose headings all end in 。 is the document’s style', () => {
      assert.deepEqual(found(report('一、加强学习。全年组织学习12次。')), []);
      const govStyle = '一、工作回顾\n（一）加强宏观调控。\n正文。\n（二）深化改革开放。\n正文。\n（三）着力改善民生。\n正文。\n';
      assert.deepEqual(found(govStyle), []);
    });

    it('one-sentence list items are not headings on their own line', () => {
      assert.deepEqual(found('二、存在问题\n1．财源结构单一。\n2．支出进度偏慢。\n3．绩效运用不足。\n三、下步打算\n继续努力。\n'), []);
    });
  });

  describe('顿号 between items in quotes or 《》 (hint)', () => {
    it('reported where the document elsewhere writes such items without one', () => {
      const text = '开展“扫黄”“打非”斗争，坚持“一国两制”、“港人治港”。学习《预算法》《会计法》。';
      const f = check(text, RULE);
      assert.deepEqual(f.map((x) => [x.text, x.severity]), [['、', 'hint']]);
      assert.equal(applyFix(text, f[0]), text.replace('”、“', '”“'));
    });

    it('silent when the document always uses the 顿号, and for 《》 with a 括注 between', () => {
      assert.deepEqual(found('坚持“一国两制”、“港人治港”、“澳人治澳”。学习《预算法》（2018年修正）、《会计法》。'), []);
    });
  });

  it('is silent on the correct-usage sentences, as a whole and one by one', () => {
    const text = readText(join(fixturesDir, 'wording', 'usage-correct.txt'));
    assert.deepEqual(check(text, RULE), []);
    for (const line of text.split('\n')) assert.deepEqual(found(line), [], line);
  });

  it('the seeds: one hint in 001 (“五查五促五改”、“四个合格” beside “5+2”“黑+白”)', () => {
    const all = seedFiles().flatMap((f) => check(readText(f), RULE).map((d) => `${f.slice(-24, -21)}:${d.line + 1} ${d.severity} ${d.text}`));
    assert.deepEqual(all, ['001:12 hint 、']);
  });

  it('the corpus: one typed ，， and the 顿号 hints of three reports', () => {
    const all = corpusFiles().flatMap((f) => check(readText(f), RULE).map((d) => `${f.slice(-8)}:${d.line + 1} ${d.severity} ${d.text}`));
    assert.deepEqual(all, [
      '2004.txt:317 hint 、',
      '2004.txt:317 hint 、',
      '2005.txt:301 hint 、',
      '2005.txt:309 hint 、',
      '2005.txt:309 hint 、',
      '2006.txt:68 warning ，，',
      '2019.txt:230 hint 、',
      '2019.txt:230 hint 、',
    ]);
  });
});
