// The report as a whole (report-parts, year-consistency, max-length) over 25 short reports written
// for these rules: each genre with and without its parts, stale and correct years, mid-year and
// annual, Chinese-numeral years, a term report, a document of another genre. Exact findings per file.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from './helpers/ruleHarness';
import { distDir, fixturesDir, readText } from './helpers/paths';
import { countChars } from '../server/src/core/text/charCount';
import { parseReport } from '../server/src/core/model/reportModel';

const WHOLE_RULES = ['report-parts', 'year-consistency', 'max-length'];
const dir = join(fixturesDir, 'whole');

/** "line rule “covered text” message ⇒ line “related text” related message" */
function findingsOf(file: string): string[] {
  const text = readText(join(dir, file));
  const index = parseReport(text).index;
  return check(text, WHOLE_RULES).map((d) => {
    const related = (d.related ?? []).map((r) => ` ⇒ ${index.positionAt(r.span.start).line + 1} “${text.slice(r.span.start, r.span.end)}” ${r.message}`).join('');
    return `${d.line + 1} ${d.rule} “${d.text}” ${d.message}${related}`;
  });
}

const EXPECTED: Record<string, string[]> = {
  '01-述职-年度-完整.txt': [],
  '02-述职-缺存在问题.txt': ['1 report-parts “2024年度个人述职报告” 述职报告通常有“存在的问题”部分（存在的问题、不足、差距或短板，以及原因分析），本文未找到这一部分'],
  '03-述职-只有工作.txt': [
    '1 report-parts “办公室主任述职报告” 述职报告通常有“存在的问题”部分（存在的问题、不足、差距或短板，以及原因分析），本文未找到这一部分',
    '1 report-parts “办公室主任述职报告” 述职报告通常有“下一步打算”部分（下一步、今后的工作打算、努力方向或工作思路），本文未找到这一部分',
  ],
  '04-述职-打算写成本年.txt': ['9 year-consistency “2024年” 打算部分写的是2024年，但这是2024年的年度报告，打算应是2025年的：可能沿用了上一年的稿子 ⇒ 1 “2024年度” 标题表明报告年份是2024年（“2024年度”）'],
  '05-述职-落款年份旧.txt': ['13 year-consistency “2023年12月28日” 落款日期是2023年12月，与报告年份2024年不符：年度报告应在2024年内或2025年上半年成文 ⇒ 1 “2024年度” 标题表明报告年份是2024年（“2024年度”）'],
  '06-述职-打算正文旧年份.txt': ['10 year-consistency “2023年” 打算部分写的是2023年，但这是2024年的年度报告，打算应是2025年的：可能沿用了上一年的稿子 ⇒ 1 “2024年度” 标题表明报告年份是2024年（“2024年度”）'],
  // No year in the title: the opening "2024年，在…" gives it.
  '07-述职-年份在开头.txt': ['9 year-consistency “2024年” 打算部分写的是2024年，但这是2024年的年度报告，打算应是2025年的：可能沿用了上一年的稿子 ⇒ 3 “2024年” 开头表明报告年份是2024年（“2024年”）'],
  '08-述职-开头与标题不符.txt': ['3 year-consistency “2023年” 开头写的是2023年，标题是2024年，其中一处可能沿用了旧稿 ⇒ 1 “2024年度” 标题表明报告年份是2024年（“2024年度”）'],
  '09-述职-汉字年份.txt': ['13 year-consistency “二〇二三年十二月二十日” 落款日期是2023年12月，与报告年份2024年不符：年度报告应在2024年内或2025年上半年成文 ⇒ 1 “二〇二四年度” 标题表明报告年份是2024年（“二〇二四年度”）'],
  // No headings: the parts open paragraphs ("也存在一些不足", "下一步，").
  '10-述职-无标题分段写.txt': [],
  '11-述职-今年所指不符.txt': ['5 year-consistency “今年（2023年）” 这里称今年是2023年，而报告年份是2024年 ⇒ 1 “2024年度” 标题表明报告年份是2024年（“2024年度”）'],
  '12-述职述廉-完整.txt': [],
  '13-述职述廉-缺廉洁自律.txt': ['1 report-parts “2024年度述职述廉报告” 述职述廉报告通常有“廉洁自律”部分（廉洁自律、遵守廉政规定和落实党风廉政建设责任的情况），本文未找到这一部分'],
  '14-总结-年度-完整.txt': [],
  '15-总结-缺打算.txt': ['1 report-parts “某某局2024年工作总结” 工作总结通常有“下一步打算”部分（下一步、今后的工作打算、努力方向或工作思路），本文未找到这一部分'],
  // 上半年工作总结和下半年工作打算 plans the same year.
  '16-总结-半年-正确.txt': [],
  '17-总结-半年-打算旧年份.txt': ['9 year-consistency “2023年” 打算部分写的是2023年，但这是2024年的半年报告，打算应是2024年的：可能沿用了上一年的稿子 ⇒ 1 “2024年” 标题表明报告年份是2024年（“2024年”）'],
  '18-总结-落款次年太晚.txt': ['13 year-consistency “2025年9月20日” 落款日期是2025年9月，与报告年份2024年不符：年度报告应在2024年内或2025年上半年成文 ⇒ 1 “2024年” 标题表明报告年份是2024年（“2024年”）'],
  '19-总结-半年-落款旧年份.txt': ['13 year-consistency “2023年7月5日” 落款日期是2023年7月，与报告年份2024年不符：应在2024年内成文 ⇒ 1 “2024年” 标题表明报告年份是2024年（“2024年”）'],
  // A government work report: no 存在问题 asked for; it plans the year it is given in.
  '20-工作报告-政府-正确.txt': [],
  '21-工作报告-政府-任务旧年份.txt': ['8 year-consistency “2023年” 打算部分写的是2023年，但这是2024年的工作报告，打算应是2024年的：可能沿用了上一年的稿子 ⇒ 1 “2024年” 标题表明报告年份是2024年（“2024年”）'],
  // An 意见 is none of these genres: its years are not judged.
  '22-非报告文种-不检查.txt': [],
  // A term report (2021—2023年) has no single year.
  '23-述职-任期-年份范围.txt': [],
  '24-总结-两处今年.txt': ['5 year-consistency “2023年（今年）” 这里称今年是2023年，而第3行称今年是2024年 ⇒ 3 “今年（2024年）” 第3行称今年是2024年'],
  '25-总结-落款次年初-正确.txt': [],
};

describe('the report as a whole: test reports in test/fixtures/whole', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

  it('has at least 20 reports, every one with its expected findings listed', () => {
    assert.ok(files.length >= 20, `${files.length} files`);
    assert.deepEqual(files, Object.keys(EXPECTED).sort());
  });

  for (const f of Object.keys(EXPECTED)) {
    it(f, () => assert.deepEqual(findingsOf(f), EXPECTED[f]));
  }
});

describe('the report as a whole on the command line', () => {
  const cli = (args: string[]) => spawnSync(process.execPath, [join(distDir, 'cli.js'), ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'zh_CN.UTF-8', NO_COLOR: '1' } });
  const tmp = mkdtempSync(join(tmpdir(), 'baogao-whole-cli-'));
  const report = join(tmp, '述职.txt');
  copyFileSync(join(dir, '04-述职-打算写成本年.txt'), report);
  const count = countChars(readText(report));

  it('check prints the related place under a year-consistency finding (text, JSON)', () => {
    const text = cli(['check', report]);
    assert.deepEqual(text.stdout.trimEnd().split('\n').map((l) => l.replace(report, 'F')), [
      'F:9:3  警告  year-consistency  打算部分写的是2024年，但这是2024年的年度报告，打算应是2025年的：可能沿用了上一年的稿子',
      '    ↳ F:1:1  标题表明报告年份是2024年（“2024年度”）',
    ]);
    const [json] = JSON.parse(cli(['check', report, '--format', 'json']).stdout);
    assert.deepEqual(json.diagnostics[0].related, [{ message: '标题表明报告年份是2024年（“2024年度”）', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } } }]);
  });

  it('stats prints the count against the limit of .baogaorc.json "maxLength" for the genre, as max-length counts', () => {
    writeFileSync(join(tmp, '.baogaorc.json'), JSON.stringify({ maxLength: { 述职报告: 100, '*': 5000 } }));
    const r = cli(['stats', report]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.split('\n')[2], `字数限制 ${count} / 100 字（超出 ${count - 100} 字）`);
    assert.equal(JSON.parse(cli(['stats', report, '--json']).stdout).limit, 100);
    const checked = cli(['check', report]);
    assert.match(checked.stdout, new RegExp(`max-length  全文${count}字，超过限制100字`));
    writeFileSync(join(tmp, '.baogaorc.json'), '{}');
    assert.equal(JSON.parse(cli(['stats', report, '--json']).stdout).limit, null);
    assert.ok(!cli(['stats', report]).stdout.includes('字数限制'));
  });
});
