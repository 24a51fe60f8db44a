// Expanding selection in a report: sentence → paragraph → section → parent section → document.

import { nodeAt, paragraphAt, ReportModel } from '../model/reportModel';
import { toDocSpan, toTextOffset } from '../model/paragraphs';
import { OutlineNode } from '../model/outlineTree';
import { Span } from '../text/lineIndex';

const SENTENCE_END = /[。！？!?；;]/;

/** Spans around the offset from innermost to outermost, each containing the one before. */
export function selectionChain(model: ReportModel, offset: number): Span[] {
  const chain: Span[] = [];
  const push = (s: Span) => {
    const last = chain[chain.length - 1];
    if (last && (s.start > last.start || s.end < last.end)) return; // must contain the previous
    if (last && s.start === last.start && s.end === last.end) return;
    chain.push(s);
  };
  const p = paragraphAt(model, offset);
  if (p) {
    // Sentence: the paragraph text between sentence marks around the offset (an offset in the white
    // space or line break between two of the paragraph's lines counts as the start of the next).
    const at = Math.min(toTextOffset(p, offset), p.text.length);
    let a = at;
    while (a > 0 && !SENTENCE_END.test(p.text[a - 1])) a--;
    let b = at;
    while (b < p.text.length && !SENTENCE_END.test(p.text[b])) b++;
    if (b < p.text.length) b++;
    if (b > a) push(toDocSpan(p, a, b));
    push(p.span);
  }
  const sections: OutlineNode[] = [];
  for (let n: OutlineNode | undefined = nodeAt(model, offset); n; n = n.parent) sections.push(n);
  for (const n of sections) push(n.sectionSpan);
  push(model.bodySpan.start <= offset && offset <= model.bodySpan.end ? model.bodySpan : { start: 0, end: model.source.length });
  push({ start: 0, end: model.source.length });
  return chain;
}
