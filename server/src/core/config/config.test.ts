import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig, mergeConfig } from './config';
import { readRcFile } from './rcFile';
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
