import assert from 'node:assert/strict';
import { check, config } from '../../../../test/helpers/ruleHarness';
import { SEED, corpusFiles, readText } from '../../../../test/helpers/paths';
import { countChars } from '../text/charCount';
import { parseReport } from '../model/reportModel';
import { lengthStatus } from './maxLength';

describe('max-length', () => {
  it('is off until a limit is set: silent on the seeds and the corpus by default', () => {
    for (const f of corpusFiles()) assert.deepEqual(check(readText(f), 'max-length'), [], f);
    assert.deepEqual(check(readText(SEED.finance), 'max-length'), []);
  });

  it('seed 000 (5,000-odd 字) over a 3,000 limit: one finding on the title with the count and the limit', () => {
    const text = readText(SEED.finance);
    const count = countChars(text);
    const found = check(text, 'max-length', { config: config({ maxLength: 3000 }) });
    assert.equal(found.length, 1);
    assert.equal(found[0].text, '财政局党组书记抓基层党建工作述职报告');
    assert.equal(found[0].severity, 'warning');
    const n = (x: number) => x.toLocaleString('en-US');
    assert.equal(found[0].message, `全文${n(count)}字，超过限制3,000字（多${n(count - 3000)}字；不计空格）`);
    assert.deepEqual(check(text, 'max-length', { config: config({ maxLength: count }) }), [], 'exactly at the limit is fine');
    assert.equal(check(text, 'max-length', { config: config({ maxLength: count - 1 }) }).length, 1);
  });

  it('takes the limit of the genre, "*" for the others', () => {
    const limits = config({ maxLength: { 述职报告: 10, 工作总结: 1000, '*': 20 } });
    const body = '\n\n一、主要工作\n完成预算编制，节约资金三百余万元。\n';
    assert.equal(check(`个人述职报告${body}`, 'max-length', { config: limits }).length, 1);
    assert.equal(check(`2024年工作总结${body}`, 'max-length', { config: limits }).length, 0);
    assert.equal(check(`关于某项工作的说明${body}`, 'max-length', { config: limits }).length, 1);
    assert.equal(check(`2024年工作总结${body}`, 'max-length', { config: config({ maxLength: { 述职报告: 10 } }) }).length, 0, 'no limit for this genre');
  });

  it('counts as the status bar counts (countChars of the whole text): CRLF, BOM, spaces, astral characters', () => {
    const text = '\uFEFF个人述职报告\r\n\r\n一、主要工作　\r\n完成 预算编制𠀋。\r\n';
    const status = lengthStatus(parseReport(text), config({ maxLength: 5 }));
    assert.deepEqual(status, { count: countChars(text), limit: 5 });
    assert.equal(status!.count, 6 + 6 + 8, '“𠀋” counts once; BOM, spaces and line breaks not at all');
    const [f] = check(text, 'max-length', { config: config({ maxLength: 5 }), locale: 'en' });
    assert.equal(f.message, '20 characters, over the limit of 5 by 15 (spaces not counted)');
  });
});
