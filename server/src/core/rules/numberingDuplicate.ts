// numbering-duplicate: the same ordinal twice in a row among siblings.

import { renumberListFix } from './renumber';
import { ordinalLabel, siblingPairs } from './siblingNumbering';
import { Finding, Rule } from './types';

export const numberingDuplicate: Rule = {
  id: 'numbering-duplicate',
  defaultSeverity: 'error',
  summary: { zh: '同级序号重复，如两个（三）', en: 'The same ordinal twice among siblings' },
  check(ctx) {
    const out: Finding[] = [];
    for (const { list, prev, cur } of siblingPairs(ctx.model)) {
      if (cur.ordinal.value !== prev.ordinal.value) continue;
      const expected = ordinalLabel(cur, prev.ordinal.value + 1);
      out.push({
        span: cur.ordinalSpan,
        message: ctx.t({
          zh: `序号重复：${ordinalLabel(prev)}已用过，此处应为${expected}`,
          en: `Duplicate ordinal: ${ordinalLabel(prev)} is used twice; ${expected} expected`,
        }),
        fixes: [renumberListFix(ctx, list)],
      });
    }
    return out;
  },
};
