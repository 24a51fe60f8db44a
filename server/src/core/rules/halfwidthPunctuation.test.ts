import assert from 'node:assert/strict';
import { applyFix, check, fixAll } from '../../../../test/helpers/ruleHarness';
import { SEED, fixturesDir, readText } from '../../../../test/helpers/paths';
import { join } from 'node:path';

describe('halfwidth-punctuation', () => {
  it('seed 004 writes every comma as ","; fix-all makes them "，" and a second pass changes nothing', () => {
    const text = readText(SEED.town);
    const found = check(text, 'halfwidth-punctuation');
    assert.equal(found.length, 161);
    assert.equal(found.filter((f) => f.text === ',').length, (text.match(/,/g) ?? []).length);
    const once = fixAll(text);
    assert.doesNotMatch(once, /[\u4e00-\u9fff],|,[\u4e00-\u9fff]/);
    assert.match(once, /村（居）/);
    assert.deepEqual(check(once, 'halfwidth-punctuation'), []);
    assert.equal(fixAll(once), once);
  });

  it('each mark to its full-width form; straight quotes by position', () => {
    const cases: [string, string][] = [
      ['工作,学习', '工作，学习'],
      ['一是;二是', '一是；二是'],
      ['如下:一', '如下：一'],
      ['为什么?因为', '为什么？因为'],
      ['好!很好', '好！很好'],
      ['村(居)委会', '村（居）委会'],
      ['提出"三个一"要求', '提出“三个一”要求'],
      ["他说'好'。", '他说‘好’。'],
      ['细颗粒物(PM2.5)浓度', '细颗粒物（PM2.5）浓度'],
    ];
    for (const [input, output] of cases) assert.equal(fixAll(input), output, input);
  });

  it('is silent inside numbers, Latin text, URLs and e-mail addresses', () => {
    const text = '投资1,000万元，8:30开会。Note: see p. 3, line 2. 访问 https://www.gov.cn/a,b?x=1 或写信至 office@example.gov.cn。';
    assert.deepEqual(check(text, 'halfwidth-punctuation'), []);
  });

  it('leaves a heading ordinal "(一)" to ordinal-punctuation', () => {
    assert.deepEqual(check('(一)加强学习\n', 'halfwidth-punctuation'), []);
  });

  it('offers the one-character fix', () => {
    const [f] = check('工作,学习', 'halfwidth-punctuation');
    assert.equal(f.message, '中文里用了半角标点“,”，应为“，”');
    assert.equal(applyFix('工作,学习', f), '工作，学习');
  });

  it('a "?" inside a word is a lost character (乱码), with no "？" fix; a real question keeps the fix', () => {
    const text = readText(join(fixturesDir, 'realworld', 'rw09_lost_character.txt'));
    const found = check(text, 'halfwidth-punctuation');
    assert.deepEqual(found.map((f) => [f.line + 1, f.message, f.fixes?.length ?? 0]), [
      [5, '“?”处可能是编码转换时丢失的字（乱码），请对照原文补上', 0],
      [5, '“?”处可能是编码转换时丢失的字（乱码），请对照原文补上', 0],
      [9, '中文里用了半角标点“?”，应为“？”', 1],
    ]);
    assert.equal(fixAll(text), text.replace('问题?我们', '问题？我们'));
    assert.equal(check('你去吗?我不去。', 'halfwidth-punctuation')[0].message, '中文里用了半角标点“?”，应为“？”');
  });
});
