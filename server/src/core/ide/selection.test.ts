import assert from 'node:assert/strict';
import { selectionChain } from './selection';
import { parseReport } from '../model/reportModel';

describe('expand selection', () => {
  it('an offset between two lines of one paragraph stays inside the document (found by fast-check)', () => {
    // "一是" ends its line with a full-width space; "。" on the next line joins the same paragraph.
    const text = '一、\n一是\u3000\n。';
    const model = parseReport(text);
    for (let offset = 0; offset <= text.length; offset++) {
      for (const s of selectionChain(model, offset)) assert.ok(s.start >= 0 && s.end <= text.length && s.start <= s.end, `${offset}: ${JSON.stringify(s)}`);
    }
  });

  it('sentence → paragraph → section → document on seed-like text', () => {
    const text = '报告\n\n一、主要工作\n完成了甲。完成了乙。\n二、问题\n不足。\n';
    const model = parseReport(text);
    const at = text.indexOf('乙');
    const chain = selectionChain(model, at);
    assert.equal(text.slice(chain[0].start, chain[0].end), '完成了乙。');
    assert.equal(text.slice(chain[1].start, chain[1].end), '完成了甲。完成了乙。');
    assert.ok(text.slice(chain[2].start, chain[2].end).startsWith('一、主要工作'));
  });
});
