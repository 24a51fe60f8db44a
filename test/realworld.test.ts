// Reports as writers paste them from outside the repository (test/fixtures/realworld, written for
// issue 15 after the 41 provincial reports and 工作总结 tried there): web pages with their chrome,
// 2025–2026 programme names, 工作总结 templates with lower-case slots, Markdown drafts. The exact
// set of findings over every rule, each a real defect of the text; the official reports
// (rw02, rw04) and the clean drafts (rw05, rw07, rw08, rw12, rw14) give none.

import assert from 'node:assert/strict';
import { basename, join } from 'node:path';
import { readdirSync } from 'node:fs';
import { check } from './helpers/ruleHarness';
import { allRules } from '../server/src/core/rules';
import { fixturesDir, readText } from './helpers/paths';

const dir = join(fixturesDir, 'realworld');
// Every rule but draft-residue, whose findings on the Markdown draft (rw11) are its own test's.
const RULES = allRules.map((r) => r.meta.id).filter((id) => id !== 'draft-residue');

describe('real reports from outside the repository', () => {
  it('report exactly the real defects', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    assert.ok(files.length >= 15);
    const out: string[] = [];
    for (const f of files) {
      const text = readText(join(dir, f));
      for (const d of check(text, RULES)) out.push(`${basename(f)}:${d.line + 1} ${d.rule} ${d.text.split('\n')[0]}`);
    }
    assert.deepEqual(out, [
      // A government page pasted with toolbar, 【字号：加大 还原 减小】, banner and footer.
      'rw01_gov_page_chrome.txt:1 template-residue 当前位置：首页 > 政务信息 > 工作动态',
      'rw01_gov_page_chrome.txt:12 template-residue 来源：县财政局  发表时间：2025-01-08 09:30  浏览次数：1326',
      'rw01_gov_page_chrome.txt:37 template-residue 【打印本页】【关闭窗口】',
      // A news app's header; the report's “数据要素×”, “415X”, “七大攻坚”, 共建共治共享 are silent.
      'rw02_news_app_2025.txt:1 template-residue 湖江日报客户端',
      // A 范文 site: name, breadcrumb, view counter, 小編 line; 20*年, x次, xx余篇, *个 slots; paywall.
      'rw03_fanwen_site.txt:1 template-residue 第一范文网',
      'rw03_fanwen_site.txt:7 placeholder 20*年',
      'rw03_fanwen_site.txt:11 placeholder x',
      'rw03_fanwen_site.txt:11 placeholder xx',
      'rw03_fanwen_site.txt:11 placeholder *',
      'rw03_fanwen_site.txt:15 placeholder x',
      'rw03_fanwen_site.txt:15 placeholder xx',
      'rw03_fanwen_site.txt:17 placeholder xx',
      'rw03_fanwen_site.txt:23 template-residue 开通会员查看全文',
      // Short 工作总结 and 述职报告 that have no 存在的问题 (or no 下步打算) part: report-parts notes it (info).
      'rw06_ordinal_ju.txt:1 report-parts 社区2024年工作总结',
      // "1。" for "1.".
      'rw06_ordinal_ju.txt:5 ordinal-punctuation 1。',
      'rw06_ordinal_ju.txt:6 ordinal-punctuation 2。',
      'rw06_ordinal_ju.txt:7 ordinal-punctuation 3。',
      'rw06_ordinal_ju.txt:11 ordinal-punctuation 1。',
      'rw06_ordinal_ju.txt:12 ordinal-punctuation 2。',
      // Two characters lost to an encoding conversion, and one real half-width question mark.
      'rw09_lost_character.txt:1 report-parts 水利局2024年工作总结',
      'rw09_lost_character.txt:5 halfwidth-punctuation ?',
      'rw09_lost_character.txt:5 halfwidth-punctuation ?',
      'rw09_lost_character.txt:9 halfwidth-punctuation ?',
      // "主要表现在四个方面：" and three items.
      'rw10_declared_count.txt:3 declared-count 四',
      // A Markdown draft: 三是 and 三、 are missing (the marks themselves are draft-residue's).
      'rw11_markdown_draft.txt:9 enumeration-sequence 四是',
      'rw11_markdown_draft.txt:20 numbering-gap 四、',
      // A source line, and the XX of the addressee right after it.
      'rw13_residue_then_slot.txt:1 report-parts 2024年度党建工作述职报告',
      'rw13_residue_then_slot.txt:2 template-residue 本文来源：https://www.xxfanwen.com/article/2024/1234.html',
      'rw13_residue_then_slot.txt:3 placeholder XX',
      'rw13_residue_then_slot.txt:9 placeholder XX',
      'rw13_residue_then_slot.txt:9 placeholder X',
      'rw14_inline_items.txt:1 report-parts 乡镇2024年工作总结',
      // 企业企业, a missing （三）, a quote never closed.
      'rw15_summary_with_defects.txt:1 report-parts 2024年度安全生产工作总结',
      'rw15_summary_with_defects.txt:7 doubled-word 企业企业',
      'rw15_summary_with_defects.txt:9 numbering-gap （四）',
      'rw15_summary_with_defects.txt:9 unpaired-punctuation “',
    ]);
  });
});
