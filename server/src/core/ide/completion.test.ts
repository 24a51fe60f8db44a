import assert from 'node:assert/strict';
import { suggestAt } from './completion';
import { parseReport } from '../model/reportModel';
import { SEED, readText } from '../../../../test/helpers/paths';

/** Suggestions on a new empty line inserted after the given 1-based line of the text. */
function onNewLineAfter(text: string, line: number): string[] {
  const lines = text.split('\n');
  lines.splice(line, 0, '');
  const t = lines.join('\n');
  const m = parseReport(t);
  return suggestAt(m, m.index.starts[line])?.suggestions.map((s) => s.label) ?? [];
}

describe('completion of the next ordinal', () => {
  it('seed 000: after （四） under 一、 offers （五） first, then 二、 and a sub-list 1.', () => {
    const text = readText(SEED.finance);
    assert.deepEqual(onNewLineAfter(text, 25), ['（五）', '二、', '1.']);
  });

  it('seed 004: after 2. offers 3.', () => {
    const text = readText(SEED.town);
    assert.equal(onNewLineAfter(text, 4)[0], '3.');
  });

  it('seed 000: after the item paragraphs 一是… 二是… offers 三是 first', () => {
    const text = readText(SEED.finance);
    assert.equal(onNewLineAfter(text, 38)[0], '三是');
  });

  it('inside a paragraph, after "一是……。二是……。" offers 三是', () => {
    const text = '一、工作\n（一）学习。一是集中学习。二是专题研讨。';
    const m = parseReport(text);
    assert.deepEqual(suggestAt(m, text.length)?.suggestions.map((s) => s.label), ['三是']);
  });

  it('after a typed "（" it still offers and replaces from the bracket', () => {
    const text = '一、工作\n（一）甲。\n（';
    const ctx = suggestAt(parseReport(text), text.length)!;
    assert.equal(ctx.suggestions[0].label, '（二）');
    assert.equal(ctx.replaceFrom, text.length - 1);
  });

  it('offers nothing in the middle of a sentence', () => {
    const text = readText(SEED.finance);
    const m = parseReport(text);
    const at = text.indexOf('局党组把疫情防控作为');
    assert.equal(suggestAt(m, at + 3), undefined);
    assert.equal(suggestAt(m, at + 5), undefined);
    // …while right after the sentence before it, the next enumeration word is due.
    assert.equal(suggestAt(m, at)?.suggestions[0].label, '二是');
  });
});
