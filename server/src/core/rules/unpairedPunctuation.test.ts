import assert from 'node:assert/strict';
import { check } from '../../../../test/helpers/ruleHarness';
import { seedFiles, readText, corpus } from '../../../../test/helpers/paths';

describe('unpaired-punctuation', () => {
  it('an opening mark never closed, a closing mark never opened', () => {
    const found = check('他提出“三个一要求。学习《党章》和《准则。】结束。', 'unpaired-punctuation');
    assert.deepEqual(found.map((f) => f.text), ['“', '《', '】']);
    assert.equal(found[0].message, '“' + '“' + '”没有对应的“' + '”' + '”');
    assert.equal(found[2].message, '“】”前面没有对应的“【”');
  });

  it('pairs across a hard-wrapped paragraph (1979.txt: "《" / title / "》和《")', () => {
    assert.deepEqual(check(corpus('1979'), 'unpaired-punctuation'), []);
  });

  it('a heading broken inside 《》 (2006.txt "三、关于《" / … / "》的说明") still pairs', () => {
    assert.deepEqual(check('三、关于《\n国民经济和社会发展第十一个五年规划纲要（草案）\n》的说明\n', 'unpaired-punctuation'), []);
  });

  it('apostrophes are not quotes: don’t, ’99', () => {
    assert.deepEqual(check('He said don’t. 中国’99昆明世界园艺博览会。', 'unpaired-punctuation'), []);
  });

  it('is silent on the seeds', () => {
    for (const f of seedFiles()) assert.deepEqual(check(readText(f), 'unpaired-punctuation'), [], f);
  });
});
