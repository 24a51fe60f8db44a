// Findings of a word list over one paragraph: each accepted hit becomes "wrong → right" with its
// note in the message, note and basis on hover, and a replacement fix.

import { Paragraph, toDocSpan } from '../../model/paragraphs';
import { Finding, RuleContext } from '../rule';
import { leftmostLongest, WordHit } from './wordMatcher';
import { guardsPass, USER_BASIS, WordEntry } from './wordingData';

const ACCEPT_ALL = (): boolean => true;
/** What most paragraphs give: no finding (one shared list, never written to). */
const NO_FINDINGS: Finding[] = Object.freeze([]) as unknown as Finding[];

export function wordFindings(p: Paragraph, ctx: RuleContext, found: readonly WordHit<WordEntry>[], kind: 'confusable' | 'style', accept: (entry: WordEntry) => boolean = ACCEPT_ALL): Finding[] {
  if (found.length === 0) return NO_FINDINGS;
  const text = p.text;
  const hits = leftmostLongest(found, (hit) => accept(hit.entry) && guardsPass(text, hit));
  return hits.map(({ start, end, entry }) => {
    const span = toDocSpan(p, start, end);
    const note = entry.note ? ctx.t({ zh: `：${entry.note}`, en: ` (${entry.note})` }) : '';
    const message =
      kind === 'confusable'
        ? ctx.t({ zh: `“${entry.wrong}”应为“${entry.right}”`, en: `"${entry.wrong}" should be "${entry.right}"` }) + note
        : ctx.t({ zh: `“${entry.wrong}”宜作“${entry.right}”`, en: `"${entry.right}" is the preferred form of "${entry.wrong}"` }) + note;
    const basis = entry.user ? ctx.t(USER_BASIS) : entry.basis;
    const finding: Finding = {
      span,
      message,
      basis: (entry.note ? entry.note + '\n' : '') + ctx.t({ zh: `依据：${basis}`, en: `Basis: ${basis}` }),
    };
    // A word that runs across a line break of a wrapped paragraph is reported without a fix, so
    // fixing it never joins the lines.
    if (span.end - span.start === end - start) {
      finding.fixes = [{ title: ctx.t({ zh: `改为“${entry.right}”`, en: `Change to "${entry.right}"` }), edits: [{ span, newText: entry.right }], preferred: true, safe: false }];
    }
    return finding;
  });
}
