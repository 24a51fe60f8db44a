// Ignoring: "忽略此处" silences one occurrence and keeps finding it after edits elsewhere; the
// every-report entry is offered only for specific text; old {rule, text} entries keep working.

import assert from 'node:assert/strict';
import { config } from '../../../../test/helpers/ruleHarness';
import { allRules } from '../rules';
import { readText, SEED } from '../../../../test/helpers/paths';
import { describeIgnoreEntry, isSpecificText, occurrenceEntry, sameFile, withIgnoreEntry } from './ignoreEntry';
import { parseReport } from '../model/reportModel';
import { runRules } from '../lint/runRules';
import { IgnoreEntry } from './config';

const REPORT = [
  '关于2024年工作的总结',
  '',
  'XX局党委：',
  '    一是截至XX月底，完成项目XX个。二是走访群众XX户。',
  '    三是开展培训XX次，覆盖XX人。',
].join('\n');

function placeholdersAt(text: string, ignore: IgnoreEntry[], documentPath: string | undefined): string[] {
  const model = parseReport(text);
  const cfg = config({ ignore });
  const rules = allRules.filter((r) => r.meta.id === 'placeholder');
  return runRules(model, { config: cfg, locale: 'zh', rules, documentPath }).map((d) => `${model.index.positionAt(d.span.start).line}:${text.slice(d.span.start, d.span.end)}@${d.span.start}`);
}

describe('ignore entries', () => {
  it('忽略此处 silences that one XX, not the other unfilled XX of the same report', () => {
    const all = placeholdersAt(REPORT, [], '/w/reports/a.txt');
    assert.equal(all.length, 6);
    const second = REPORT.indexOf('完成项目XX') + 4;
    const entry = occurrenceEntry('placeholder', REPORT, { start: second, end: second + 2 }, 'reports/a.txt');
    assert.equal(entry.text, 'XX');
    assert.equal(entry.file, 'reports/a.txt');
    assert.ok(entry.context!.includes('完成项目XX个'), entry.context);
    const left = placeholdersAt(REPORT, [entry], '/w/reports/a.txt');
    assert.equal(left.length, 5);
    assert.ok(!left.some((l) => l.endsWith('@' + second)));
    // Another report, or a report of the same name in another folder, keeps all its findings.
    assert.equal(placeholdersAt(REPORT, [entry], '/w/other/a.txt').length, 6);
    assert.equal(placeholdersAt(REPORT, [entry], undefined).length, 6);
  });

  it('still finds the occurrence after edits elsewhere, and lets go when its sentence is rewritten', () => {
    const at = REPORT.indexOf('走访群众XX') + 4;
    const entry = occurrenceEntry('placeholder', REPORT, { start: at, end: at + 2 }, 'a.txt');
    const edited = REPORT.replace('关于2024年工作的总结', '关于2024年度工作情况的总结报告\n（2024年度）').replace('三是开展培训', '三是组织开展培训');
    const left = placeholdersAt(edited, [entry], 'file:///w/a.txt');
    assert.equal(left.length, 5);
    assert.ok(!left.some((l) => l.includes('@' + (edited.indexOf('走访群众XX') + 4))));
    const rewritten = edited.replace('走访群众XX户', '走访困难群众XX户');
    assert.equal(placeholdersAt(rewritten, [entry], 'file:///w/a.txt').length, 6);
  });

  it('the same sentence twice: the context widens so only the clicked one is ignored', () => {
    const text = '一、工作情况\n完成XX个。其中，第一季度完成XX个。\n二、下步打算\n力争完成XX个。其中，第一季度完成XX个。\n';
    const second = text.lastIndexOf('第一季度完成XX') + 6;
    const entry = occurrenceEntry('placeholder', text, { start: second, end: second + 2 }, 'a.txt');
    const left = placeholdersAt(text, [entry], '/a.txt');
    assert.deepEqual(left.map((l) => l.split('@')[1]), [String(text.indexOf('XX')), String(text.indexOf('第一季度完成XX') + 6), String(text.indexOf('力争完成XX') + 4)]);
  });

  it('old {rule, text} entries silence that text in every report', () => {
    // Only the date slot "XX月" is left: its flagged text differs.
    assert.deepEqual(placeholdersAt(REPORT, [{ rule: 'placeholder', text: 'XX' }], undefined).map((l) => l.split(/[:@]/)[1]), ['XX月']);
    // A different rule's entry does nothing.
    assert.equal(placeholdersAt(REPORT, [{ rule: 'doubled-word', text: 'XX' }], undefined).length, 6);
  });

  it('on the finance seed, ignoring one X leaves the report’s other 17 placeholders', () => {
    const text = readText(SEED.finance);
    const before = placeholdersAt(text, [], '/r/seed.txt');
    const first = before[0].split('@');
    const start = Number(first[1]);
    const covered = first[0].split(':')[1];
    const entry = occurrenceEntry('placeholder', text, { start, end: start + covered.length }, 'seed.txt');
    assert.equal(placeholdersAt(text, [entry], '/r/seed.txt').length, before.length - 1);
  });

  it('offers "every report" only for specific text', () => {
    for (const s of ['XX', 'XXXX', '**', '，', ',', '三', '8', '某某某', '____', '20XX年XX月']) assert.equal(isSpecificText(s), false, s);
    for (const s of ['数据要素×', '酷乐文行整理，咨询QQ206157060', '建共建共享', '仅供学习 禁止外传']) assert.equal(isSpecificText(s), true, s);
  });

  it('matches files by their path relative to .baogaorc.json, from a path or a file: URI', () => {
    assert.ok(sameFile('/home/u/ws/报告/述职.txt', '报告/述职.txt'));
    assert.ok(sameFile('file:///home/u/ws/%E6%8A%A5%E5%91%8A/%E8%BF%B0%E8%81%8C.txt', '报告/述职.txt'));
    assert.ok(sameFile('C:\\Users\\u\\ws\\报告\\述职.txt', '报告/述职.txt'));
    assert.ok(sameFile('file:///c%3A/Users/u/ws/a.txt', 'a.txt'));
    assert.ok(!sameFile('/home/u/ws/旧报告/述职.txt', '报告/述职.txt'));
    assert.ok(!sameFile(undefined, 'a.txt'));
  });

  it('writes entries with keys in a fixed order, once', () => {
    const e: IgnoreEntry = { rule: 'placeholder', text: 'XX', file: 'a.txt', context: '完成项目XX个。' };
    const once = withIgnoreEntry('{"rules":{}}', e);
    assert.equal(withIgnoreEntry(once, e), once);
    assert.deepEqual(JSON.parse(once), { rules: {}, ignore: [{ rule: 'placeholder', text: 'XX', file: 'a.txt', context: '完成项目XX个。' }] });
    assert.equal(describeIgnoreEntry(e, 'zh'), 'placeholder “XX”（a.txt：“完成项目XX个。”）');
    assert.equal(describeIgnoreEntry({ rule: 'doubled-word', text: '建共建共' }, 'zh'), 'doubled-word “建共建共”（所有报告）');
  });

  it('configuration reports entries it cannot use, by index, and keeps the good ones', () => {
    const { mergeConfig, defaultConfig } = require('./config') as typeof import('./config');
    const { ruleIds } = require('../rules') as typeof import('../rules');
    const { config: c, problems } = mergeConfig(defaultConfig(), {
      ignore: [
        { rule: 'placeholder', text: 'XX', file: 'a.txt', context: '完成XX个' },
        { rule: 'placeholder', text: 'XX', context: '完成项目' },
        { rule: 'no-such-rule', text: 'XX' },
        { rule: 'placeholder', text: '' },
        { rule: 'placeholder', text: 'XX', line: 3 },
        'XX',
      ],
    }, ruleIds());
    assert.equal(c.ignore.length, 1);
    assert.deepEqual(problems.map((p) => p.key), ['ignore[1]', 'ignore[2]', 'ignore[3]', 'ignore[4]', 'ignore[5]']);
    assert.match(problems[0].message.en, /context/);
    assert.match(problems[1].message.en, /unknown rule/);
  });
});
