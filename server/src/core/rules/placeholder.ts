// placeholder: every unfilled slot of a template (model/slots.ts finds them) is its own diagnostic,
// so the writer walks them with F8.

import { findSlots, Slot, SLOT_KIND_TEXT } from '../model/slots';
import { paragraphRule, RuleContext } from './rule';

/**
 * What every slot holds (see SLOT in model/slots.ts): one of these characters, or an opening bracket
 * followed by a space (an empty "（ ）"). findSlots' own pre-check lets every paragraph with a
 * bracket through, and most paragraphs have one; this one passes about one paragraph in thirty.
 */
const MAY_HOLD_SLOT = /[XＸ×xｘ*＊○〇某【_＿]|[（(]\s/;

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
  checkParagraph: (p, ctx) => (MAY_HOLD_SLOT.test(p.text) ? findSlots(p).map((s) => ({ span: s.span, message: slotMessage(ctx, s) })) : []),
});
