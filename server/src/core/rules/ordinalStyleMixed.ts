// ordinal-style-mixed: siblings written in different correct styles — 1. beside 1．, ASCII digits
// beside full-width ones. Wrong forms (1、) are ordinal-punctuation's; this rule compares only
// correct forms, so the two never report the same ordinal.

import { isCorrectForm } from '../model/ordinals';
import { HeadingNode } from '../model/outlineTree';
import { inStyleOf, styleKey } from './shared/ordinalStyle';
import { Finding, Fix, Rule } from './rule';
import { Edit } from '../text/edit';

export const ordinalStyleMixed: Rule = {
  meta: {
    id: 'ordinal-style-mixed',
    defaultSeverity: 'warning',
    tags: ['numbering'],
    summary: { zh: '同级序号样式不一致，如“1.”与“2．”混用、全角半角数字混用', en: 'Siblings in different styles: 1. beside 2．, full-width beside ASCII digits' },
    fixable: true,
    formatting: true,
    ignorable: false,
  },
  check(ctx) {
    const out: Finding[] = [];
    for (const list of ctx.model.lists) {
      const correct = list.items.filter((h) => isCorrectForm(h.ordinal));
      const counts = new Map<string, HeadingNode[]>();
      for (const h of correct) {
        const key = styleKey(h);
        const group = counts.get(key);
        if (group) group.push(h);
        else counts.set(key, [h]);
      }
      if (counts.size < 2) continue;
      // The style most items use; on a tie, the first one written.
      const [majorityKey, majority] = [...counts.entries()].sort((a, b) => b[1].length - a[1].length || a[1][0].paragraph.index - b[1][0].paragraph.index)[0];
      const model = majority[0];
      const odd = correct.filter((h) => styleKey(h) !== majorityKey);
      // One fix object for the whole list, shared by its findings (code actions offer it once).
      const unify: Fix = { title: ctx.t({ zh: '统一本级序号样式', en: 'Unify the style of this list' }), edits: odd.map((h): Edit => ({ span: h.ordinalSpan, newText: inStyleOf(h, model) })), safe: true };
      for (const h of odd) {
        const fixed = inStyleOf(h, model);
        out.push({
          span: h.ordinalSpan,
          message: ctx.t({
            zh: `同级序号样式不一致：本级多数写作“${model.ordinal.raw}”，此处为“${h.ordinal.raw}”`,
            en: `Mixed ordinal styles: most siblings are written like "${model.ordinal.raw}", this one "${h.ordinal.raw}"`,
          }),
          fixes: [
            { title: ctx.t({ zh: `改为“${fixed}”`, en: `Change to "${fixed}"` }), edits: [{ span: h.ordinalSpan, newText: fixed }], preferred: true, safe: true },
            unify,
          ],
        });
      }
    }
    return out;
  },
};
