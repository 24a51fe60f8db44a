import assert from 'node:assert/strict';
import { applyFix, check, config } from '../../../../test/helpers/ruleHarness';
import { SEED, readText } from '../../../../test/helpers/paths';
import formulations from './data/formulations.json';

const lines = (text: string) => check(text, 'formulation').map((f) => f.text);

describe('formulation', () => {
  it('seed 000: 十九大四中、五中全会 is found and the fix rewrites the whole phrase', () => {
    const text = readText(SEED.finance);
    const found = check(text, 'formulation');
    assert.deepEqual(found.map((f) => [f.line + 1, f.text]), [[19, '十九大四中、五中全会']]);
    const fixed = applyFix(text, found[0]);
    assert.ok(fixed.includes('深入贯彻落实党的十九届四中、五中全会精神'));
    assert.deepEqual(check(fixed, 'formulation'), []);
  });

  it('congress and plenum: 大 → 届 for every numbering, silent on the correct forms', () => {
    assert.deepEqual(lines('学习二十大三中全会精神。贯彻十九大四中全会和十八大二中、三中全会精神。'), ['二十大三中全会', '十九大四中全会', '十八大二中、三中全会']);
    const [f] = check('学习党的二十大三中全会精神', 'formulation');
    assert.equal(applyFix('学习党的二十大三中全会精神', f), '学习党的二十届三中全会精神');
    assert.deepEqual(lines('党的十九大，十九届四中全会，党的十九大和十九届二中、三中全会，党的十九大以来，二十届三中全会。'), []);
  });

  it('a long fixed term with one character substituted, fixed to the term', () => {
    const text = '坚持中国特色社会主意道路，学习习近平新时代中国特色社会主义思象。';
    const found = check(text, 'formulation');
    assert.deepEqual(found.map((f) => f.text), ['中国特色社会主意道路', '习近平新时代中国特色社会主义思象']);
    assert.equal(applyFix(text, found[1]), '坚持中国特色社会主意道路，学习习近平新时代中国特色社会主义思想。');
    assert.match(found[0].basis!, /固定提法：中国特色社会主义/);
  });

  it('silent on one-character variants that are other correct phrases', () => {
    assert.deepEqual(lines('全面从严治军，建设社会主义现代化强省，实施人才强军战略，全国的经济和社会发展，党员学习教育，促进国家治理体系和治理能力现代化，社会主义核心价值体系。'), []);
  });

  it('counted formulations: a missing, extra or changed member', () => {
    const text = '增强“四个意识”（政治意识、大局意识、核心意识），坚定“四个自信”（道路自信、理论自信、制度自信、文明自信）。';
    const found = check(text, 'formulation');
    assert.deepEqual(found.map((f) => f.text), ['政治意识、大局意识、核心意识', '道路自信、理论自信、制度自信、文明自信']);
    assert.match(found[0].message, /缺少“看齐意识”/);
    assert.match(found[1].message, /缺少“文化自信”.*多出或写错“文明自信”/);
    assert.equal(applyFix(text, found[1]), text.replace('文明自信', '文化自信'));
  });

  it('counted formulations: abbreviated members, either version of 四个全面, long members by key', () => {
    assert.deepEqual(lines('“四个自信”（道路、理论、制度、文化）。“四个全面”（全面建成小康社会、全面深化改革、全面依法治国、全面从严治党）。“四个全面”：全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党。'), []);
    assert.deepEqual(lines('做到“两个维护”（坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护党中央权威和集中统一领导）。'), []);
    assert.deepEqual(lines('做到“两个维护”（坚决维护习近平总书记党中央的核心、全党的核心地位）。'), ['坚决维护习近平总书记党中央的核心、全党的核心地位']);
    assert.deepEqual(lines('“四个意识”（见附件）。新发展理念：2015年提出。'), []);
  });

  it('"allow" silences a term', () => {
    assert.deepEqual(check('中国特色社会主意', 'formulation', { config: config({ wording: { allow: ['中国特色社会主意'] } }) }), []);
  });

  it('the data: ≥ 150 terms of ≥ 4 characters, each with its basis; counted formulations with their members', () => {
    assert.ok(formulations.terms.length >= 150);
    for (const t of formulations.terms) assert.ok(t.term.length >= 4 && t.basis === '固定提法' && t.source, t.term);
    for (const c of formulations.counted) assert.ok((c.members?.length ?? c.versions?.length ?? c.keys?.length ?? 0) >= 2 && c.source, c.name);
  });
});
