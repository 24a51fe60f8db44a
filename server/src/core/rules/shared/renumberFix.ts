// The 重新编号 fix of the numbering rules: the model's renumbering edits, titled for the writer.

import { SiblingList } from '../../model/outlineTree';
import { renumberListEdits } from '../../model/renumber';
import { Fix, RuleContext } from '../rule';

/**
 * One fix per list, shared by every finding in it (a long broken list would otherwise carry a copy
 * of the whole renumbering on each of its findings: quadratic). Per model: a list is carried from
 * version to version when an edit leaves the tree as it was (carryOutlineTree), and its edits are
 * at the places of one version.
 */
const listFixes = new WeakMap<SiblingList, { model: object; byLocale: Map<string, Fix> }>();

export function renumberListFix(ctx: RuleContext, list: SiblingList): Fix {
  let entry = listFixes.get(list);
  if (!entry || entry.model !== ctx.model) listFixes.set(list, (entry = { model: ctx.model, byLocale: new Map() }));
  const byLocale = entry.byLocale;
  let fix = byLocale.get(ctx.locale);
  if (!fix) byLocale.set(ctx.locale, (fix = { title: ctx.t({ zh: '重新编号', en: 'Renumber this list' }), edits: renumberListEdits(list), preferred: true, safe: true }));
  return fix;
}
