import assert from 'node:assert/strict';
import { join } from 'node:path';
import { applyFix, check, config } from '../../../../test/helpers/ruleHarness';
import { fixturesDir, readText } from '../../../../test/helpers/paths';
import confusables from './data/confusables.json';
import { hoverAt } from '../ide/hover';
import { parseReport } from '../model/reportModel';
import styleData from './data/wordingStyle.json';

const WORDING_RULES = ['formulation', 'confusable-word', 'wording-style'];

describe('confusable-word', () => {
  it('finds the wrong forms of the issue and fixes each to its right form', () => {
    const cases: [string, string, string][] = [
      ['全体干部要再接再励，完成任务。', '再接再励', '全体干部要再接再厉，完成任务。'],
      ['各项工作按步就班推进。', '按步就班', '各项工作按部就班推进。'],
      ['局党组及时研究布署。', '布署', '局党组及时研究部署。'],
      ['截止目前，共完成投资12亿元。', '截止目前', '截至目前，共完成投资12亿元。'],
      ['群众迫不急待地想知道结果。', '迫不急待', '群众迫不及待地想知道结果。'],
      ['做为一名党员，我深感责任重大。', '做为', '作为一名党员，我深感责任重大。'],
    ];
    for (const [text, wrong, fixed] of cases) {
      const found = check(text, 'confusable-word');
      assert.deepEqual(found.map((f) => f.text), [wrong], text);
      assert.equal(applyFix(text, found[0]), fixed);
    }
  });

  it('shows the note in the message and note plus basis on hover', () => {
    const [f] = check('再接再励', 'confusable-word');
    assert.equal(f.message, '“再接再励”应为“再接再厉”：厉：同“砺”，磨砺');
    assert.match(f.basis!, /^厉：同“砺”，磨砺\n依据：成语固定写法/);
    const [en] = check('再接再励', 'confusable-word', { locale: 'en' });
    assert.match(en.message, /^"再接再励" should be "再接再厉"/);
  });

  it('finds every built-in entry in a sentence, and each fix gives the right form', () => {
    for (const e of confusables.entries) {
      const text = `我们${e.wrong}。`;
      const found = check(text, 'confusable-word');
      assert.equal(found.length, 1, e.wrong);
      assert.equal(applyFix(text, found[0]), `我们${e.right}。`, e.wrong);
    }
  });

  it('the data: ≥ 400 pairs, each with a note and a basis, no wrong form twice, no right form that is itself listed as wrong', () => {
    const entries = [...confusables.entries, ...styleData.entries];
    assert.ok(confusables.entries.length >= 400, `${confusables.entries.length} entries`);
    const wrongs = new Set<string>();
    for (const e of entries) {
      assert.ok(e.wrong.length >= 2 && e.note && e.basis && e.wrong !== e.right, JSON.stringify(e));
      assert.ok(!wrongs.has(e.wrong), `twice: ${e.wrong}`);
      wrongs.add(e.wrong);
    }
    for (const e of entries) for (const w of wrongs) assert.ok(!e.right.includes(w) || e.right === e.wrong, `the right form ${e.right} contains the wrong form ${w}`);
  });

  it('a neighbouring character named in the entry cancels it: 感冒然后, 毫无耐心, 看做为', () => {
    assert.deepEqual(check('他感冒然后请假了。毫无耐心不行。把它看做为民办实事。', 'confusable-word'), []);
    assert.deepEqual(check('不能冒然行动，无耐之下只好放弃。', 'confusable-word').map((f) => f.text), ['冒然', '无耐']);
  });

  it('a word split by a line break of a wrapped paragraph is found, without a fix that would join the lines', () => {
    const text = '各单位要认真学习领会文件精神，结合实际抓好贯彻落实，确保各项工作再接\n再励取得实效，推动全年目标任务全面完成，为全市发展大局作出应有贡献。';
    const found = check(text, 'confusable-word');
    assert.deepEqual(found.map((f) => f.text), ['再接\n再励']);
    assert.equal(found[0].fixes, undefined);
  });

  it('the user adds pairs and allows wrong forms (.baogaorc.json "wording")', () => {
    const cfg = config({ wording: { add: [{ wrong: '某某财政局', right: '某某市财政局', note: '本单位全称' }], allow: ['布署'] } });
    const found = check('某某财政局研究布署了全年工作。', 'confusable-word', { config: cfg });
    assert.deepEqual(found.map((f) => [f.text, f.message]), [['某某财政局', '“某某财政局”应为“某某市财政局”：本单位全称']]);
    assert.match(found[0].basis!, /用户词表/);
    // A pair whose right form holds the wrong one leaves the right form alone.
    const full = config({ wording: { add: [{ wrong: '财政局', right: '某某市财政局' }] } });
    assert.deepEqual(check('某某市财政局、财政局', 'confusable-word', { config: full }).map((f) => f.span.start), [7]);
  });

  it('positions stay right with a BOM, CRLF and astral characters before the word', () => {
    const text = '\uFEFF𠀀𠀀标题\r\n𠀀截止目前完成。\r\n';
    const [f] = check(text, 'confusable-word');
    assert.equal(f.text, '截止目前');
    assert.equal(applyFix(text, f), '\uFEFF𠀀𠀀标题\r\n𠀀截至目前完成。\r\n');
  });
});

describe('wording rules on correct text', () => {
  it('give nothing on ≥ 150 correct sentences full of near misses', () => {
    const text = readText(join(fixturesDir, 'wording', 'correct-sentences.txt'));
    assert.ok(text.split('\n').filter(Boolean).length >= 150);
    assert.deepEqual(check(text, WORDING_RULES).map((f) => `${f.line + 1} ${f.rule} ${f.text}`), []);
  });
});

describe('hover on a wording finding', () => {
  it('shows the message, then the note and the basis on two lines', () => {
    const text = '我们再接再励。';
    const h = hoverAt(parseReport(text), 3, 'zh', check(text, 'confusable-word'));
    assert.equal(h?.markdown, '**“再接再励”应为“再接再厉”：厉：同“砺”，磨砺**\n\n厉：同“砺”，磨砺  \n依据：成语固定写法（《现代汉语词典》第7版）');
  });
});
