import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig, mergeConfig } from './config';
import { jsonErrorOffset, readRcFile } from './rcFile';
import { ConfigResolver } from './resolve';
import { allRules, ruleIds } from '../rules';
import { repoRoot } from '../../../../test/helpers/paths';

describe('configuration', () => {
  it('reads severities, the level-3 point, residue patterns and ignores', () => {
    const { config, problems } = mergeConfig(defaultConfig(), { rules: { 'numbering-gap': 'warning', 'declared-count': 'off' }, numbering: { thirdLevelPoint: 'ascii' }, ignore: [{ rule: 'numbering-gap', text: '（六）' }] }, ruleIds());
    assert.deepEqual(problems, []);
    assert.equal(config.rules['numbering-gap'], 'warning');
    assert.equal(config.rules['declared-count'], 'off');
    assert.equal(config.numbering.thirdLevelPoint, 'ascii');
    assert.equal(config.ignore.length, 1);
  });

  it('names every bad key and keeps the defaults for it', () => {
    const { config, problems } = mergeConfig(defaultConfig(), { rules: { 'numbering-gap': 'loud', 'no-such-rule': 'error' }, numbering: { thirdLevelPoint: 'dot' }, colour: true, residue: { patterns: ['(unclosed'] } }, ruleIds());
    assert.deepEqual(problems.map((p) => p.key).sort(), ['colour', 'numbering.thirdLevelPoint', 'residue.patterns', 'rules.no-such-rule', 'rules.numbering-gap']);
    assert.deepEqual(config, defaultConfig());
    // Each problem comes in both languages, so a message is never half Chinese, half English.
    for (const p of problems) {
      assert.match(p.message.zh, /[\u4e00-\u9fff]/, p.key);
      assert.doesNotMatch(p.message.zh, /\b(must|unknown|not a)\b/, p.key);
      assert.doesNotMatch(p.message.en, /[\u4e00-\u9fff]/, p.key);
    }
  });

  it('takes ESLint’s "warn" for "warning"', () => {
    const { config, problems } = mergeConfig(defaultConfig(), { rules: { 'numbering-gap': 'warn' } }, ruleIds());
    assert.deepEqual(problems, []);
    assert.equal(config.rules['numbering-gap'], 'warning');
  });

  it('finds where broken JSON goes wrong, where V8 says so and where it does not', () => {
    for (const text of ['{ "rules": { "numbering-gap": "off", } ', '{"a": [1, 2,]}', '{"a": 1 "b": 2}', '{"a": "x\ny"}', '[1, 2', '{"a": 01}']) {
      const at = jsonErrorOffset(text);
      const v8 = /position (\d+)/.exec((() => { try { JSON.parse(text); return ''; } catch (e) { return (e as Error).message; } })());
      if (v8) assert.equal(at, Number(v8[1]), text);
    }
    assert.equal(jsonErrorOffset('{"a": tru}'), 6);
    assert.equal(jsonErrorOffset('{"a": 1}}'), 8);
    const dir = mkdtempSync(join(tmpdir(), 'baogao-rc-pos-'));
    writeFileSync(join(dir, '.baogaorc.json'), '{\r\n  "rules": {\r\n    "numbering-gap": "off",\r\n  }\r\n}\r\n');
    const r = readRcFile(join(dir, '.baogaorc.json'), defaultConfig(), ruleIds());
    assert.deepEqual([r.parseError?.line, r.parseError?.column], [4, 3]);
  });

  it('a .baogaorc.json that is not JSON reports the parse error and falls back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baogao-rc-'));
    const path = join(dir, '.baogaorc.json');
    writeFileSync(path, '{ "rules": { "numbering-gap": "off", } ');
    const r = readRcFile(path, defaultConfig(), ruleIds());
    assert.ok(r.parseError);
    assert.deepEqual(r.config, defaultConfig());
    assert.equal(new ConfigResolver(defaultConfig(), { knownRules: ruleIds() }).rcFileFor(dir), path);
  });

  it('the JSON schema, the VS Code settings and docs/rules cover exactly the rules there are', () => {
    const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas', 'baogaorc.schema.json'), 'utf8'));
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    const ids = allRules.map((r) => r.meta.id).sort();
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), ids);
    assert.deepEqual(Object.keys(pkg.contributes.configuration.properties['baogao.rules'].properties).sort(), ids);
    for (const r of allRules) {
      assert.equal(schema.properties.rules.properties[r.meta.id].default, r.meta.defaultSeverity, r.meta.id);
      const doc = readFileSync(join(repoRoot, 'docs', 'rules', `${r.meta.id}.md`), 'utf8');
      assert.match(doc, new RegExp(`^# ${r.meta.id} `), r.meta.id);
      assert.match(doc, new RegExp(`default:\\*\\* ${r.meta.defaultSeverity}`), r.meta.id);
    }
  });
});

describe('configuration: genre, parts and maxLength', () => {
  it('reads a genre, an office’s parts and limits per genre', () => {
    const { config, problems } = mergeConfig(
      defaultConfig(),
      { genre: '党建述职', parts: { 党建述职: [{ name: '存在问题', headings: ['问题', '不足'], usually: '问题及原因' }], 工作报告: [] }, maxLength: { 述职报告: 3000, '*': 5000 } },
      ruleIds(),
    );
    assert.deepEqual(problems, []);
    assert.equal(config.genre, '党建述职');
    assert.deepEqual(config.parts['党建述职'], [{ name: { zh: '存在问题', en: '存在问题' }, usually: { zh: '问题及原因', en: '问题及原因' }, headings: ['问题', '不足'], leads: [] }]);
    assert.deepEqual(config.parts['工作报告'], []);
    assert.deepEqual(config.maxLength, { 述职报告: 3000, '*': 5000 });
    assert.equal(mergeConfig(defaultConfig(), { maxLength: 3000 }, ruleIds()).config.maxLength, 3000);
  });

  it('names each bad key under genre, parts and maxLength, and keeps the defaults for them', () => {
    const { config, problems } = mergeConfig(
      defaultConfig(),
      {
        genre: '述职报道',
        parts: { 述职报告: [{ name: '存在问题', headings: [] }], 工作总结: [{ name: '', headings: ['问题'] }, { name: '打算', headings: ['打算'], colour: 1 }], 工作报告: 'none' },
        maxLength: { 述职报告: -1, 述职报道: 3000, 工作总结: 2.5 },
      },
      ruleIds(),
    );
    assert.deepEqual(problems.map((p) => p.key).sort(), ['genre', 'maxLength.工作总结', 'maxLength.述职报告', 'maxLength.述职报道', 'parts.工作总结[0].name', 'parts.工作总结[1].colour', 'parts.工作报告', 'parts.述职报告[0].headings']);
    assert.equal(config.genre, undefined);
    assert.deepEqual(config.parts, {}, 'a list with a bad entry is not used: the built-in parts stay');
    assert.deepEqual(config.maxLength, {});
    for (const bad of [0, '3000', [3000], true]) assert.deepEqual(mergeConfig(defaultConfig(), { maxLength: bad }, ruleIds()).problems.map((p) => p.key), ['maxLength'], String(bad));
  });
});

describe('configuration: wording (the user’s word lists and prh tables)', () => {
  it('reads add, allow and prh, and names each bad entry in both languages', () => {
    const { config, problems } = mergeConfig(
      defaultConfig(),
      { wording: { add: [{ wrong: 'XX财政局', right: 'XX市财政局', note: '本单位全称' }, { wrong: '局', right: '市局' }, { wrong: 'a b', right: 'ab' }, 'x'], allow: ['其它'], prh: ['terms.yml'], colour: 1 } },
      ruleIds(),
    );
    assert.deepEqual(config.wording, { add: [{ wrong: 'XX财政局', right: 'XX市财政局', note: '本单位全称' }], allow: ['其它'], prh: ['terms.yml'] });
    assert.deepEqual(problems.map((p) => p.key), ['wording.add[1]', 'wording.add[2]', 'wording.add[3]', 'wording.colour']);
    assert.match(problems[0].message.zh, /至少 2 个字/);
    assert.match(problems[0].message.en, /at least 2 characters/);
    assert.deepEqual(mergeConfig(defaultConfig(), { wording: { allow: 'x' } }, ruleIds()).problems.map((p) => p.key), ['wording.allow']);
    assert.deepEqual(mergeConfig(defaultConfig(), { wording: [] }, ruleIds()).problems.map((p) => p.key), ['wording']);
  });

  it('reads the prh tables an rc file names, relative to it, with their imports; literal patterns only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baogao-prh-'));
    mkdirSync(join(dir, 'dict'));
    writeFileSync(join(dir, '.baogaorc.json'), JSON.stringify({ wording: { prh: ['dict/office.yml', 'missing.yml'] } }));
    writeFileSync(
      join(dir, 'dict', 'office.yml'),
      '\uFEFFversion: 1\nimports:\n  - common.yml\nrules:\n  - expected: XX市财政局\n    patterns:\n      - XX财政局\n      - 市财政局XX\n    prh: 本单位全称\n  - expected: 数据\n    pattern: /数据?据/\n  - expected: 截至\n',
    );
    writeFileSync(join(dir, 'dict', 'common.yml'), 'rules:\n  - expected: 部署\n    pattern: 布署\n');
    const r = readRcFile(join(dir, '.baogaorc.json'), defaultConfig(), ruleIds());
    assert.deepEqual(r.config.wording.add, [
      { wrong: 'XX财政局', right: 'XX市财政局', note: '本单位全称' },
      { wrong: '市财政局XX', right: 'XX市财政局', note: '本单位全称' },
      { wrong: '布署', right: '部署' },
    ]);
    assert.deepEqual(r.problems.map((p) => p.key), ['wording.prh[0].rules[1]', 'wording.prh[1]']);
    assert.match(r.problems[0].message.zh, /不支持正则表达式/);
    assert.match(r.problems[1].message.zh, /无法读取 prh 词表 .*missing\.yml（ENOENT）/);
    writeFileSync(join(dir, 'dict', 'office.yml'), 'rules: [');
    assert.match(readRcFile(join(dir, '.baogaorc.json'), defaultConfig(), ruleIds()).problems[0].message.en, /not valid YAML/);
  });
});
