import assert from 'node:assert/strict';
import { applyFix, check, config, fixAll } from '../../../../test/helpers/ruleHarness';
import { SEED, corpusFiles, fixturesDir, readText, seedFiles } from '../../../../test/helpers/paths';
import { join } from 'node:path';
import { documentYearOf } from './numberUsage';
import { parseReport } from '../model/reportModel';
import { ModelCache } from '../model/modelCache';
import { ParagraphFindingsCache } from '../lint/paragraphCache';
import { runRules } from '../lint/runRules';

const RULE = 'number-usage';
const found = (text: string) => check(text, RULE).map((f) => f.text);
/** A current document: its own date keeps it out of the older norms. */
const doc = (body: string) => `XX局2024年工作总结\n\n${body}\n\nXX局\n2024年12月31日\n`;

describe('number-usage', () => {
  describe('the zero of a year in Chinese numerals', () => {
    it('○ and 零 become 〇, and the fix is safe', () => {
      const text = doc('二○二四年是关键之年，二零二三年打下了基础。');
      const f = check(text, RULE);
      assert.deepEqual(f.map((x) => x.text), ['二○二四', '二零二三']);
      assert.equal(applyFix(text, f[0]), text.replace('二○二四', '二〇二四'));
      assert.ok(f.every((x) => x.fixes![0].safe));
      assert.match(f[0].basis!, /GB\/T 15835-2011/);
    });

    it('leaves 零 in words, counting numerals and ○○ placeholders alone', () => {
      assert.deepEqual(found(doc('零星支出、零售价格、零基预算。全县一百零八个村。○○局○○同志。')), []);
    });

    it('a document of the year 2000 or before follows the older norms (no 〇 in GB 2312)', () => {
      const old = '一九八○年国民经济调整，一九八一年继续调整，一九八二年计划。';
      assert.equal(documentYearOf(parseReport(old)), 1981);
      assert.deepEqual(found(old), []);
      assert.deepEqual(found('我于一九九○年参加工作。2023年、2024年分别……'), ['一九九○']);
    });
  });

  describe('full-width digits', () => {
    it('a full-width number among half-width ones is reported with a safe fix', () => {
      const text = doc('全年收入１２亿元，增长3.5%，支出8.6亿元，结余１，０３８万元，完成率１０１．２%。');
      const f = check(text, RULE);
      assert.deepEqual(f.map((x) => x.text), ['１２', '１，０３８', '１０１．２']);
      assert.equal(fixAll(text), text.replace('１２', '12').replace('１，０３８', '1,038').replace('１０１．２', '101.2'));
    });

    it('heading ordinals and in-text ordinals keep their full-width digits', () => {
      assert.deepEqual(found(doc('一、主要工作\n１．加强学习，全年组织学习12次。\n（１）集中学习。\n主要有：（１）学习；（２）调研；３、督查。')), []);
    });

    it('a document written all in full-width digits gets one finding whose fix converts them all', () => {
      const text = '２００１年工作回顾\n\n２００１年财政收入１６３８６亿元，增长２２．２％；２００２年预计增长１０％。\n';
      const f = check(text, RULE);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /共6处/);
      assert.equal(applyFix(text, f[0]), '2001年工作回顾\n\n2001年财政收入16386亿元，增长22.2％；2002年预计增长10％。\n');
    });
  });

  describe('dates', () => {
    it('reports dates that do not exist', () => {
      const text = doc('2月30日召开会议。4月31日前完成。2023年2月29日开展检查。13月份完成。九月三十一日截止。');
      assert.deepEqual(found(text), ['2月30日', '4月31日', '2023年2月29日', '13月', '九月三十一日']);
      assert.match(check(text, RULE)[2].message, /2023年不是闰年/);
    });

    it('accepts leap days, month ends, ranges and lunar dates', () => {
      assert.deepEqual(found(doc('2024年2月29日，2000年2月29日，2月29日，4月30日，12月31日，1—12月，1至11月，农历二月三十日，12个月。')), []);
    });

    it('reports a weekday that contradicts its date, with a fix', () => {
      const text = doc('2024年3月5日（星期三）召开会议；2024年3月6日（星期三）传达；2024年3月7日 周五 督查。');
      const f = check(text, RULE);
      assert.deepEqual(f.map((x) => x.text), ['2024年3月5日（星期三', '2024年3月7日 周五']);
      assert.match(f[0].message, /星期二/);
      assert.equal(applyFix(text, f[0]), text.replace('5日（星期三）', '5日（星期二）'));
    });
  });

  it('speaks English when asked, and keeps UTF-16 positions after astral characters and CRLF', () => {
    const text = '𠮷𠮷2024年工作\r\n2月30日召开会议。\r\n';
    const f = check(text, RULE, { locale: 'en' });
    assert.deepEqual(f.map((x) => [x.line, x.text]), [[1, '2月30日']]);
    assert.equal(f[0].message, 'No such date: 2月30日 (month 2 has 29 days)');
  });

  it('百分之98 → 98%', () => {
    const text = doc('满意率达到百分之98.5，比上年提高百分之五。');
    const f = check(text, RULE);
    assert.deepEqual(f.map((x) => x.text), ['百分之98.5']);
    assert.equal(applyFix(text, f[0]), text.replace('百分之98.5', '98.5%'));
  });

  it('years in both forms: info on the minority form, titles in 《》 and official names excepted', () => {
    const text = doc('2023年打基础，2024年见成效，二〇二二年开局。《二〇二四年工作要点》已印发。落实二〇三五年远景目标。');
    const f = check(text, RULE);
    assert.deepEqual(f.map((x) => [x.text, x.severity]), [['二〇二二', 'info']]);
    assert.equal(applyFix(text, f[0]), text.replace('二〇二二年', '2022年'));
    // The user's own severity for the rule wins over the sub-check's.
    assert.equal(check(text, RULE, { config: config({ rules: { 'number-usage': 'error' } }) })[0].severity, 'error');
    assert.deepEqual(found('二〇二四年工作总结\n二〇二四年，我们……\n二〇二四年十二月三十一日\n'), []);
  });

  describe('发文字号 (GB/T 9704-2012 7.2.5)', () => {
    it('wrong brackets, 第 and padded serials are fixed to 〔2024〕5号', () => {
      const text = doc('依据财预[2024]05号、县政发【2024】3号、县政办发（2023）第12号和财办〔2024〕第5号文件。');
      const f = check(text, RULE);
      assert.deepEqual(f.map((x) => x.text), ['[2024]05号', '【2024】3号', '（2023）第12号', '〔2024〕第5号']);
      assert.equal(fixAll(text), doc('依据财预〔2024〕5号、县政发〔2024〕3号、县政办发〔2023〕12号和财办〔2024〕5号文件。'));
    });

    it('a two-digit year is reported without a fix; correct numbers and court case numbers are silent', () => {
      const f = check(doc('按县政发〔24〕3号执行。'), RULE);
      assert.equal(f.length, 1);
      assert.equal(f[0].fixes, undefined);
      assert.deepEqual(found(doc('按财办〔2024〕5号执行。经（2024）云0102民初123号判决。住在（2020）3号楼的……')), []);
    });
  });

  it('is silent on the correct-usage sentences, as a whole and one by one', () => {
    const text = readText(join(fixturesDir, 'wording', 'usage-correct.txt'));
    assert.deepEqual(check(text, RULE), []);
    for (const line of text.split('\n')) assert.deepEqual(found(line), [], line);
  });

  it('finds nothing in the seeds', () => {
    for (const f of seedFiles()) assert.deepEqual(found(readText(f)), [], f);
    assert.deepEqual(found(readText(SEED.town)), []);
  });

  it('in the corpus: only the 2002 report’s full-width digits (older reports follow the older norms)', () => {
    const all = corpusFiles().flatMap((f) => check(readText(f), RULE).map((d) => `${f.slice(-8)} ${d.text}`));
    assert.deepEqual(all, ['2002.txt ２００１']);
  });
});

describe('number-usage while typing (document sums made from the previous version)', () => {
  it('gives the fresh findings after each edit that tips the year forms, re-checking only what changed otherwise', () => {
    const models = new ModelCache();
    const cache = new ParagraphFindingsCache();
    const paragraphs = Array.from({ length: 40 }, (_, i) => `第${i + 1}段，二〇二三年完成任务。`);
    let text = '二〇二三年工作总结\n\n' + paragraphs.join('\n') + '\n\n2023年12月\n';
    let version = 1;
    const run = () => runRules(models.get({ uri: 'mem:years', version, getText: () => text }), { config: config(), locale: 'zh', cache }).filter((d) => d.rule === 'number-usage');
    const fresh = () => runRules(parseReport(text), { config: config(), locale: 'zh' }).filter((d) => d.rule === 'number-usage');
    assert.deepEqual(run(), fresh());
    const minorities = new Set<string>();
    // Each edit writes one more year in digits; at 22 of them digits are the majority and the
    // Chinese years become the minority that is reported.
    for (let i = 0; i < 45; i++) {
      const at = text.indexOf('二〇二三年完成');
      if (at < 0) break;
      models.edited('mem:years', at, at + 5, 5);
      text = text.slice(0, at) + '2023年' + text.slice(at + 5);
      version++;
      const found = run();
      assert.deepEqual(found, fresh(), `after ${i + 1} edits`);
      minorities.add(found.map((d) => text.slice(d.span.start, d.span.end)).join().includes('2023') ? 'digits' : found.length ? 'chinese' : 'none');
    }
    // Both forms were the minority in turn.
    assert.ok(minorities.has('digits') && minorities.has('chinese'), [...minorities].join());
  });
});
