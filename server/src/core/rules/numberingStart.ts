// numbering-start: the first heading of a sibling list is not numbered 1.

import { renumberListFix } from './shared/renumberFix';
import { ordinalLabel } from './shared/siblingNumbering';
import { Finding, Rule } from './rule';

export const numberingStart: Rule = {
  meta: {
    id: 'numbering-start',
    defaultSeverity: 'error',
    tags: ['numbering'],
    summary: { zh: '同级序号不从一开始，如第一个小标题是（二）', en: 'The first sibling is not numbered 1' },
    fixable: true,
    formatting: true,
    ignorable: false,
  },
  check(ctx) {
    const out: Finding[] = [];
    for (const list of ctx.model.lists) {
      const first = list.items[0];
      if (!first || first.ordinal.value === 1) continue;
      out.push({
        span: first.ordinalSpan,
        message: ctx.t({
          zh: `序号应从${ordinalLabel(first, 1)}开始，此处为${ordinalLabel(first)}`,
          en: `Numbering should start at ${ordinalLabel(first, 1)}, not ${ordinalLabel(first)}`,
        }),
        fixes: [renumberListFix(ctx, list)],
      });
    }
    return out;
  },
};
