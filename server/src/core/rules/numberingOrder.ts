// numbering-order: an ordinal lower than the one before it in the same list. A restart under a
// new parent, or a nested list after a lead-in ("如下："), is a list of its own and never reaches
// this rule (the model puts it in a separate sibling list).

import { renumberListFix } from './renumber';
import { ordinalLabel, siblingPairs } from './siblingNumbering';
import { Finding, Rule } from './types';

export const numberingOrder: Rule = {
  id: 'numbering-order',
  defaultSeverity: 'error',
  summary: { zh: '同级序号顺序颠倒，如三、排在二、之前', en: 'An ordinal lower than the one before it' },
  check(ctx) {
    const out: Finding[] = [];
    for (const { list, prev, cur } of siblingPairs(ctx.model)) {
      if (cur.ordinal.value >= prev.ordinal.value) continue;
      const expected = ordinalLabel(cur, prev.ordinal.value + 1);
      out.push({
        span: cur.ordinalSpan,
        message: ctx.t({
          zh: `序号顺序颠倒：${ordinalLabel(cur)}排在${ordinalLabel(prev)}之后，此处应为${expected}`,
          en: `Numbering runs backwards: ${ordinalLabel(cur)} comes after ${ordinalLabel(prev)}; ${expected} expected`,
        }),
        fixes: [renumberListFix(ctx, list)],
      });
    }
    return out;
  },
};
