import assert from 'node:assert/strict';
import { defaultConfig, mergeConfig } from '../config/config';
import { ruleIds } from '../rules';
import { check } from '../../../../test/helpers/ruleHarness';
import { compileUserPattern } from './userPattern';

const residueLines = (text: string, patterns: string[]) =>
  check(text, 'template-residue', { config: mergeConfig(defaultConfig(), { residue: { patterns } }, ruleIds()).config }).map((f) => f.line + 1);

describe('user patterns (residue.patterns) on a linear-time engine', () => {
  it('a catastrophic pattern checks a hostile line at once and still finds what it should', () => {
    // "(a+)+$" on 34 "a" and a "!" takes V8 hours; RE2 answers in one pass.
    const hostile = 'a'.repeat(34) + '!';
    const text = `测试报告\n一、工作\n${hostile}\n${'a'.repeat(40)}\n正文。\n`;
    assert.deepEqual(residueLines(text, ['(a+)+$']), [4]);
  });

  it('refuses back-references and look-around, naming the pattern', () => {
    for (const [p, what] of [
      ['(材料)\\1', /back-reference \(\\1\)/],
      ['(?<w>QQ)\\k<w>', /back-reference \(\\k<w>\)/],
      ['(?=QQ)QQ群', /look-around \(\(\?=\)/],
      ['(?<!微信)公众号', /look-around \(\(\?<!\)/],
      ['(unclosed', /not a valid regular expression/],
    ] as [string, RegExp][]) {
      const { config, problems } = mergeConfig(defaultConfig(), { residue: { patterns: [p, '材料由.*提供'] } }, ruleIds());
      assert.equal(problems.length, 1, p);
      assert.equal(problems[0].key, 'residue.patterns');
      assert.ok(problems[0].message.en.includes(`"${p}"`), problems[0].message.en);
      assert.ok(problems[0].message.zh.includes(`“${p}”`), problems[0].message.zh);
      assert.match(problems[0].message.en, what);
      assert.deepEqual(config.residue.patterns, ['材料由.*提供'], 'the good pattern is kept');
    }
  });

  it('reads JavaScript syntax: \\u escapes, named groups, classes with ] and \\s for the full-width space', () => {
    const han = compileUserPattern('^[\\u4e00-\\u9fa5]{2}网$');
    assert.ok(han.ok && han.test('范文网') && !han.test('ab网'));
    const named = compileUserPattern('(?<site>[a-z]+)\\.com');
    assert.ok(named.ok && named.test('见 fanwen.com'));
    const bracket = compileUserPattern('[]】]广告');
    assert.ok(bracket.ok && bracket.test('】广告') && !bracket.test('x广告'));
    const space = compileUserPattern('咨询\\s*QQ');
    assert.ok(space.ok && space.test('咨询\u3000QQ') && space.test('咨询 QQ'));
    const notSpace = compileUserPattern('^\\S+$');
    assert.ok(notSpace.ok && !notSpace.test('甲\u3000乙') && notSpace.test('甲乙'));
    const inClass = compileUserPattern('^[\\s\\d]+$');
    assert.ok(inClass.ok && inClass.test('\u3000 12'));
  });

  it('a user pattern finds its line in a seed-like report and leaves the rest alone', () => {
    const text = '述职报告\n一、工作\n本材料由某某文库提供\n完成了材料的整理工作。\n';
    assert.deepEqual(residueLines(text, ['材料由.*提供']), [3]);
  });
});
