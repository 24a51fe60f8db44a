import assert from 'node:assert/strict';
import { applyFix, check, config } from '../../../../test/helpers/ruleHarness';
import { SEED, corpusFiles, fixturesDir, readText } from '../../../../test/helpers/paths';
import { parseReport } from '../model/reportModel';
import { join } from 'node:path';

const lines = (text: string, cfg = config()) => check(text, 'template-residue', { config: cfg }).map((f) => f.line + 1);

describe('template-residue', () => {
  it('finds every advertising line of seeds 000–002, top and bottom blocks', () => {
    // A block is one finding (lines 1–15 of seed 000: advert, site name, slogans, 会员群, blank
    // lines, 【会员资料…】).
    assert.deepEqual(lines(readText(SEED.finance)), [1, 18, 43]);
    assert.deepEqual(lines(readText(SEED.zhengwu)), [1, 6, 29]);
    assert.deepEqual(lines(readText(SEED.audit)), [1, 18, 35]);
    const [block] = check(readText(SEED.finance), 'template-residue');
    assert.equal(block.message, '模板或网站残留（第1–15行，9行，其中2行夹在残留之间）：“仅供学习 禁止外传 用后删除”');
    assert.deepEqual(lines(readText(SEED.minzheng)), []);
    assert.deepEqual(lines(readText(SEED.town)), []);
  });

  it('deleting the whole block makes the title the first line', () => {
    const text = readText(SEED.finance);
    const [first] = check(text, 'template-residue');
    assert.equal(first.fixes!.length, 1);
    assert.ok(first.fixes![0].preferred);
    const fixed = applyFix(text, first, /^删除整块模板残留/);
    assert.ok(fixed.startsWith('财政局党组书记抓基层党建工作述职报告\n'), fixed.slice(0, 60));
    assert.equal(first.fixes!.every((f) => !f.safe), true, 'deleting is never part of fix-all');
  });

  it('deletes one line with its line break', () => {
    const text = '报告\n正文第一段。\n本文来源：https://www.example-fanwen.com/123.html\n正文第二段。\n';
    const [f] = check(text, 'template-residue');
    assert.equal(applyFix(text, f, '删除此行'), '报告\n正文第一段。\n正文第二段。\n');
  });

  it('knows the usual phrasings', () => {
    for (const line of ['下面是小编为大家整理的述职报告范文', '版权声明：本文内容由互联网用户自发贡献', '文章版权归作者所有', '更多范文请关注公众号：xxx', '微信：abc12345', 'QQ:123456789', '来源：https://wenku.baidu.com/view/abc', '【免费下载更多精品资料】']) {
      assert.equal(check(`报告\n${line}\n一、工作\n`, 'template-residue').length, 1, line);
    }
  });

  it('users add their own patterns', () => {
    const text = '报告\n本材料由某某办公室提供\n一、工作\n';
    assert.deepEqual(lines(text), []);
    assert.deepEqual(lines(text, config({ residue: { patterns: ['材料由.*提供'] } })), [2]);
  });

  it('finds nothing in the 52 corpus reports (推进群众 is no 群 advert)', () => {
    for (const f of corpusFiles()) assert.deepEqual(lines(readText(f)), [], f);
  });

  it('a web page pasted with its chrome: one block above the title, one banner, one footer; no unpaired 【】', () => {
    const text = readText(join(fixturesDir, 'realworld', 'rw01_gov_page_chrome.txt'));
    const found = check(text, 'template-residue');
    assert.deepEqual(found.map((f) => `${f.line + 1}:${f.message.replace(/：“.*$/, '')}`), [
      '1:模板或网站残留（第1–10行，10行）',
      '12:模板或网站残留（第12–13行，2行）',
      '37:模板或网站残留',
    ]);
    assert.deepEqual(check(text, 'unpaired-punctuation'), []);
    const fixed = applyFix(text, found[0]);
    assert.ok(fixed.startsWith('县财政局2024年工作总结和2025年工作打算\n'), fixed.slice(0, 40));
    // The title is found after the chrome; the breadcrumb banner of a 范文 site never is one.
    assert.equal(parseReport(text).title?.text, '县财政局2024年工作总结和2025年工作打算');
    assert.equal(parseReport(readText(join(fixturesDir, 'realworld', 'rw03_fanwen_site.txt'))).title?.text, '个人年度工作总结');
  });

  it('knows the chrome of news apps, 范文 sites and paywalls, 小編 in traditional script', () => {
    for (const line of ['湖江日报客户端', '打开APP 阅读更多精彩内容', '2025-01-20 10:12  来源：湖江日报  阅读时间 12 分钟', '【打印本页】【关闭窗口】', '开通会员查看全文', '第一范文网', '浏览次数：8765  更新时间：2024-12-03', '小編精心整理了以下内容，希望对大家有所帮助。', '当前位置：首页 > 政务信息', '【字号：大 中 小】']) {
      assert.equal(check(`报告\n${line}\n一、工作\n`, 'template-residue').length, 1, line);
    }
  });
});
