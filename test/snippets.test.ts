// Every snippet is valid VS Code snippet syntax, numbered in the order a writer fills it, and the
// report skeletons expand to reports the checker reads as intended (and finds nothing wrong with).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSnippet } from './helpers/snippetSyntax';
import { repoRoot } from './helpers/paths';
import { parseReport } from '../server/src/core/model/reportModel';
import { outlineLines } from './helpers/outlineText';
import { check } from './helpers/ruleHarness';

const snippets = JSON.parse(readFileSync(join(repoRoot, 'snippets', 'baogao.code-snippets'), 'utf8')) as Record<string, { prefix: string[]; body: string[]; description: string }>;
const NUMBERING = ['numbering-gap', 'numbering-duplicate', 'numbering-order', 'numbering-start', 'ordinal-punctuation', 'enumeration-sequence'];

describe('snippets', () => {
  it('every body parses as a VS Code snippet and numbers its tab stops 1…n in order of first use', () => {
    for (const [name, s] of Object.entries(snippets)) {
      const { tabStops } = parseSnippet(s.body.join('\n'));
      const firstUse = tabStops.filter((n, k) => n !== 0 && tabStops.indexOf(n) === k);
      assert.deepEqual(firstUse, firstUse.map((_, k) => k + 1), name);
    }
  });

  it('each has a pinyin-initial and a Chinese prefix', () => {
    for (const [name, s] of Object.entries(snippets)) {
      assert.ok(s.prefix.some((p) => /^[a-z0-9]+$/.test(p)), name);
      assert.ok(s.prefix.some((p) => /[\u4e00-\u9fff]/.test(p)), name);
      assert.ok(s.description, name);
    }
  });

  it('the 述职报告 skeleton expands to a report with title, addressee, three parts and a signature', () => {
    const text = parseSnippet(snippets['述职报告'].body.join('\n')).expanded;
    const m = parseReport(text);
    assert.equal(m.title?.text, '单位职务2026年度述职报告');
    assert.equal(m.addressee?.text, '主送机关：');
    assert.deepEqual(outlineLines(m), ['一、履职情况', '  （一）加强政治理论学习', '  （二）扎实推进重点工作', '  （三）切实加强作风建设', '二、存在的问题及原因', '  · 一是', '三、下一步工作思路和措施', '  · 一是', '  · 二是', '  · 三是']);
    assert.match(text, /现将2026年履职情况报告如下：/);
    assert.deepEqual(m.signature?.signer.map((s) => s.text), ['述职人：姓名']);
    assert.equal(m.signature?.date.text, '2026年3月5日');
    assert.deepEqual(check(text, NUMBERING), []);
  });

  it('the 工作总结 and 工作报告 skeletons are clean reports too', () => {
    for (const name of ['工作总结', '工作报告', '存在的问题及原因']) {
      const text = parseSnippet(snippets[name].body.join('\n')).expanded;
      assert.ok(parseReport(text).headings.length >= 2, name);
      // "存在的问题及原因" is a section to paste as 二、 of a report, so its list starts at 二.
      assert.deepEqual(check(text, NUMBERING.filter((r) => name !== '存在的问题及原因' || r !== 'numbering-start')), [], name);
    }
  });

  it('the 述职述廉报告, 年终总结 and 调研报告 skeletons (Baogao: 新建报告…) are clean reports with a title and four parts', () => {
    const titles: Record<string, RegExp> = { 述职述廉报告: /^单位职务\d{4}年度述职述廉报告$/, 年终总结: /^单位\d{4}年年终总结$/, 调研报告: /^关于调研主题的调研报告$/ };
    for (const [name, title] of Object.entries(titles)) {
      const text = parseSnippet(snippets[name].body.join('\n')).expanded;
      const m = parseReport(text);
      assert.match(m.title?.text ?? '', title, name);
      assert.deepEqual(outlineLines(m).filter((l) => !l.startsWith(' ')).map((l) => l.slice(0, 2)), ['一、', '二、', '三、', '四、'], name);
      assert.deepEqual(check(text, NUMBERING), [], name);
    }
  });

  it('the parser rejects malformed bodies (so the test above can fail)', () => {
    for (const bad of ['${1:unclosed', '${|a|}', '${1|a,b}', '${VAR/unterminated}', '${1']) {
      assert.throws(() => parseSnippet(bad), bad);
    }
  });
});
