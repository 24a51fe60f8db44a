// What numbering-gap, -duplicate and -order share: walking each sibling list pairwise, and how an
// expected ordinal is shown ("（四）之后应为（五）" in the list's own style).

import { renumberedOrdinal } from '../model/ordinals';
import { HeadingNode, SiblingList } from '../model/outlineTree';
import { ReportModel } from '../model/reportModel';

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
