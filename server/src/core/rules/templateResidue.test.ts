import assert from 'node:assert/strict';
import { applyFix, check, config } from '../../../../test/helpers/ruleHarness';
import { SEED, corpusFiles, readText } from '../../../../test/helpers/paths';

const lines = (text: string, cfg = config()) => check(text, 'template-residue', { config: cfg }).map((f) => f.line + 1);

describe('template-residue', () => {
  it('finds every advertising line of seeds 000–002, top and bottom blocks', () => {
    assert.deepEqual(lines(readText(SEED.finance)), [1, 2, 3, 4, 5, 6, 7, 8, 15, 18, 43]);
    assert.deepEqual(lines(readText(SEED.zhengwu)), [1, 2, 3, 6, 29, 30, 31, 32, 33, 34, 35, 36]);
    assert.deepEqual(lines(readText(SEED.audit)), [1, 2, 3, 4, 5, 6, 7, 8, 15, 18, 35]);
    assert.deepEqual(lines(readText(SEED.minzheng)), []);
    assert.deepEqual(lines(readText(SEED.town)), []);
  });

  it('deleting the whole block makes the title the first line', () => {
    const text = readText(SEED.finance);
    const [first] = check(text, 'template-residue');
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
});
