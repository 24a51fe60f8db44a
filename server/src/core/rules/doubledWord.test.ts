import assert from 'node:assert/strict';
import { applyFix, check } from '../../../../test/helpers/ruleHarness';
import { SEED, readText, corpusFiles } from '../../../../test/helpers/paths';

describe('doubled-word', () => {
  it('seed 002: 存在存在 in a heading and 工作促工作促 in a paragraph', () => {
    const found = check(readText(SEED.audit), 'doubled-word');
    assert.deepEqual(found.map((f) => [f.line + 1, f.text]), [[27, '存在存在'], [28, '工作促工作促']]);
  });

  it('the fix removes the repetition', () => {
    const text = '二、存在存在问题及原因分析';
    assert.equal(applyFix(text, check(text, 'doubled-word')[0]), '二、存在问题及原因分析');
    const t2 = '在抓党建工作促工作促业务发展方面';
    assert.equal(applyFix(t2, check(t2, 'doubled-word')[0]), '在抓党建工作促业务发展方面');
  });

  it('is silent on reduplication and on characters that merely touch', () => {
    const legit = '层层落实，仅仅是开始，实实在在，平平淡淡，一级抓一级。大家研究研究，讨论讨论。工作作为，疫情情况，今年年初，党委委员，忠实实践。一个一个地解决，一代一代传下去，很多很多人。';
    assert.deepEqual(check(legit, 'doubled-word'), []);
  });

  it('is silent on the 共建共治共享 family, and still finds a real word doubled beside it', () => {
    const family = '构建共建共治共享的社会治理格局，打造共建共享的美好家园，坚持共商共建共享原则，推进共建共享。';
    assert.deepEqual(check(family, 'doubled-word'), []);
    assert.deepEqual(check('构建共建共治共享的社会社会治理格局。', 'doubled-word').map((f) => f.text), ['社会社会']);
    assert.deepEqual(check('加强公共公共服务，确保安全安全生产。', 'doubled-word').map((f) => f.text), ['公共公共', '安全安全']);
  });

  it('finds longer doubled phrases', () => {
    assert.deepEqual(check('我们要坚持不懈坚持不懈地推进。', 'doubled-word').map((f) => f.text), ['坚持不懈坚持不懈']);
  });

  it('finds nothing in the 52 corpus reports', () => {
    for (const f of corpusFiles()) assert.deepEqual(check(readText(f), 'doubled-word'), [], f);
  });
});
