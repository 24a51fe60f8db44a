// What numbering-gap, -duplicate and -order share: walking each sibling list pairwise, and how an
// expected ordinal is shown ("（四）之后应为（五）" in the list's own style).

import { renumberedOrdinal } from '../../model/ordinals';
import { HeadingNode } from '../../model/outlineTree';
import { renumberListFix } from './renumberFix';
import { Text } from '../../text/i18n';
import { defineRule, Finding, Rule, RuleMeta } from '../rule';

export function ordinalLabel(h: HeadingNode, value = h.ordinal.value): string {
  const o = h.ordinal;
  // The trailing mark of 一、 belongs to the ordinal; a wrong extra mark ("（一）、") does not.
  const s = renumberedOrdinal(o, value);
  return o.family === 'cn' || o.family === 'digit' ? s : s.slice(0, s.length - o.mark.length);
}

/**
 * A rule that compares each heading with the sibling before it and offers 重新编号: the shape of
 * numbering-gap, numbering-duplicate and numbering-order, which differ in the condition and text.
 */
export function siblingPairRule(spec: {
  meta: RuleMeta;
  applies: (prev: number, cur: number) => boolean;
  /** prev and cur as written, and the ordinal expected at cur. */
  message: (prev: string, cur: string, expected: string) => Text;
}): Rule {
  return defineRule({
    meta: spec.meta,
    check(ctx) {
      const out: Finding[] = [];
      // Each adjacent pair of every sibling list, in index loops: this runs on every keystroke over
      // a 10 MB report's 1,800 headings (a generator made an object per pair, three rules over).
      const lists = ctx.model.lists;
      for (let l = 0; l < lists.length; l++) {
        const items = lists[l].items;
        for (let i = 1; i < items.length; i++) {
          const prev = items[i - 1];
          const cur = items[i];
          if (!spec.applies(prev.ordinal.value, cur.ordinal.value)) continue;
          const expected = ordinalLabel(cur, prev.ordinal.value + 1);
          out.push({ span: cur.ordinalSpan, message: ctx.t(spec.message(ordinalLabel(prev), ordinalLabel(cur), expected)), fixes: [renumberListFix(ctx, lists[l])] });
        }
      }
      return out;
    },
  });
}
