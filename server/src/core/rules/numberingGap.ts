// numbering-gap: a skipped ordinal among siblings, reported on the first heading after the gap
// (seed 000: （四） then （六）; 2007.txt: （二） then （四） under 三、).

import { renumberListFix } from './renumber';
import { ordinalLabel, siblingPairs } from './siblingNumbering';
import { Finding, Rule } from './types';

export const numberingGap: Rule = {
  id: 'numbering-gap',
  defaultSeverity: 'error',
  summary: { zh: '同级序号跳号，如（四）之后是（六）', en: 'A skipped ordinal among siblings, e.g. （六） right after （四）' },
  check(ctx) {
    const out: Finding[] = [];
    for (const { list, prev, cur } of siblingPairs(ctx.model)) {
      if (cur.ordinal.value <= prev.ordinal.value + 1) continue;
      const expected = ordinalLabel(cur, prev.ordinal.value + 1);
      out.push({
        span: cur.ordinalSpan,
        message: ctx.t({
          zh: `序号不连续：${ordinalLabel(prev)}之后应为${expected}`,
          en: `Numbering skips: ${expected} expected after ${ordinalLabel(prev)}`,
        }),
        fixes: [renumberListFix(ctx, list)],
      });
    }
    return out;
  },
};
