// placeholder: every unfilled slot of a template (model/slots.ts finds them) is its own diagnostic,
// so the writer walks them with F8.

import { findSlots, Slot, SLOT_KIND_TEXT } from '../model/slots';
import { paragraphRule, RuleContext } from './rule';
import { DOUBLED_SLOT, OPEN_PAREN, rareCharactersOf, SLOT, WHITESPACE } from './shared/characterPass';

export function slotMessage(ctx: Pick<RuleContext, 't'>, slot: Slot): string {
  const what = SLOT_KIND_TEXT[slot.kind];
  return ctx.t({ zh: `占位符未填写：“${slot.text}”处应填写${what.zh}`, en: `Unfilled placeholder "${slot.text}": ${what.en} is missing` });
}

export const placeholder = paragraphRule({
  meta: {
    id: 'placeholder',
    defaultSeverity: 'warning',
    tags: ['content'],
    summary: { zh: '未填写的占位符：X月X日、XX、**年、○○局、某某、【请填写】', en: 'Unfilled template slots: X月X日, XX, **年, ○○局, 某某, 【请填写】' },
    fixable: false,
    formatting: false,
    ignorable: true,
  },
  checkParagraph(p, ctx) {
    // Every slot holds a character of SLOT, or 某某 or ○○, or is an empty bracket "（ ）" (see SLOT in
    // model/slots.ts); findSlots' own pre-check lets every paragraph with a bracket through, and most have one.
    const chars = rareCharactersOf(p, ctx);
    if (!(chars & (SLOT | DOUBLED_SLOT)) && (chars & (OPEN_PAREN | WHITESPACE)) !== (OPEN_PAREN | WHITESPACE)) return [];
    return findSlots(p).map((s) => ({ span: s.span, message: slotMessage(ctx, s) }));
  },
});
