// What hovering shows: on a finding that carries its basis (the standard, the note), that basis;
// on a placeholder slot, what is missing; on a heading, its path, the
// section's length and how many sub-items it has.

import { groupThousands } from '../text/charCount';
import { sectionCounterOf } from '../model/sectionCounts';
import { Locale, pick } from '../text/i18n';
import { headingPath, paragraphAt, ReportModel } from '../model/reportModel';
import { findSlots, SLOT_KIND_TEXT } from '../model/slots';
import { Span } from '../text/edit';
import { Diagnostic } from '../rules/rule';

export interface HoverInfo {
  markdown: string;
  span: Span;
}

export function hoverAt(model: ReportModel, offset: number, locale: Locale, diagnostics: Diagnostic[] = []): HoverInfo | undefined {
  // A finding that explains itself (a wording rule's note and standard) comes first.
  const explained = diagnostics.filter((d) => d.basis && d.span.start <= offset && offset <= d.span.end);
  if (explained.length) {
    // A basis of two lines (the note, then the standard) keeps its line break in Markdown.
    const markdown = explained.map((d) => `**${d.message}**\n\n${d.basis!.replace(/\n/g, '  \n')}`).join('\n\n---\n\n');
    return { span: explained[0].span, markdown };
  }
  const p = paragraphAt(model, offset);
  if (!p) return undefined;
  const slot = findSlots(p).find((s) => s.span.start <= offset && offset <= s.span.end);
  if (slot) {
    const what = pick(locale, SLOT_KIND_TEXT[slot.kind]);
    return {
      span: slot.span,
      markdown: pick(locale, {
        zh: `**未填写的占位符** \`${slot.text}\`\n\n此处应填写：${what}。`,
        en: `**Unfilled placeholder** \`${slot.text}\`\n\nMissing here: ${what}.`,
      }),
    };
  }
  const heading = model.headings.find((h) => h.paragraph === p && offset <= Math.max(h.textSpan.end, h.ordinalSpan.end));
  if (!heading) return undefined;
  const path = headingPath(heading).map((h) => h.ordinal.raw + h.text).join(' › ');
  const chars = groupThousands(sectionCounterOf(model).count(heading.sectionSpan.start, heading.sectionSpan.end));
  const headings = heading.children.filter((c) => c.kind === 'heading').length;
  const items = heading.children.length - headings;
  const parts = [
    pick(locale, { zh: `本节 ${chars} 字`, en: `${chars} characters in this section` }),
    headings ? pick(locale, { zh: `${headings} 个下级标题`, en: `${headings} sub-headings` }) : '',
    items ? pick(locale, { zh: `${items} 个列举项`, en: `${items} enumeration items` }) : '',
  ].filter(Boolean);
  return { span: { start: heading.ordinalSpan.start, end: Math.max(heading.textSpan.end, heading.ordinalSpan.end) }, markdown: `${path}\n\n${parts.join(pick(locale, { zh: '，', en: ', ' }))}` };
}
