// What numbering-gap, -duplicate and -order share: walking each sibling list pairwise, and how an
// expected ordinal is shown ("（四）之后应为（五）" in the list's own style).

import { renumberedOrdinal } from '../../model/ordinals';
import { HeadingNode, SiblingList } from '../../model/outlineTree';
import { ReportModel } from '../../model/reportModel';
import { renumberListFix } from './renumberFix';
import { Text } from '../../text/i18n';
import { defineRule, Finding, Rule, RuleMeta } from '../rule';

export function ordinalLabel(h: HeadingNode, value = h.ordinal.value): string {
  const o = h.ordinal;
  // The trailing mark of 一、 belongs to the ordinal; a wrong extra mark ("（一）、") does not.
  const s = renumberedOrdinal(o, value);
  return o.family === 'cn' || o.family === 'digit' ? s : s.slice(0, s.length - o.mark.length);
}

/** Each adjacent pair (previous, current) of every sibling list. */
export function* siblingPairs(model: ReportModel): Generator<{ list: SiblingList; prev: HeadingNode; cur: HeadingNode; index: number }> {
  for (const list of model.lists) {
    for (let i = 1; i < list.items.length; i++) yield { list, prev: list.items[i - 1], cur: list.items[i], index: i };
  }
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
      for (const { list, prev, cur } of siblingPairs(ctx.model)) {
        if (!spec.applies(prev.ordinal.value, cur.ordinal.value)) continue;
        const expected = ordinalLabel(cur, prev.ordinal.value + 1);
        out.push({ span: cur.ordinalSpan, message: ctx.t(spec.message(ordinalLabel(prev), ordinalLabel(cur), expected)), fixes: [renumberListFix(ctx, list)] });
      }
      return out;
    },
  });
}
