// The outline as a tree of named entries: what the Outline view, breadcrumbs and `baogao outline`
// show. Title → 一、 → （一） → 1. → （1）, with paragraph enumeration items under their section.

import { formatCount, SpanCounter } from '../text/charCount';
import { Span } from '../text/lineIndex';
import { Locale } from '../text/i18n';
import { OutlineNode } from '../model/outlineTree';
import { ReportModel } from '../model/reportModel';

export type OutlineKind = 'title' | 'heading' | 'item';

export interface OutlineEntry {
  name: string;
  detail: string;
  kind: OutlineKind;
  /** GB/T level for headings (1–5), 0 for the title, the item's depth otherwise. */
  level: number;
  /** Whole section. */
  span: Span;
  /** The ordinal and heading text (what gets revealed when picked). */
  selectionSpan: Span;
  children: OutlineEntry[];
}

export function buildOutline(model: ReportModel, locale: Locale): OutlineEntry[] {
  const counter = new SpanCounter(model.text, model.index.starts, (o) => model.index.lineAt(o));
  const detail = (s: Span) => formatCount(counter.count(s.start, s.end), locale);
  const entry = (n: OutlineNode): OutlineEntry => {
    if (n.kind === 'heading') {
      return {
        name: n.ordinal.raw + n.text,
        detail: detail(n.sectionSpan),
        kind: 'heading',
        level: n.level,
        span: n.sectionSpan,
        selectionSpan: { start: n.ordinalSpan.start, end: Math.max(n.textSpan.end, n.ordinalSpan.end) },
        children: n.children.map(entry),
      };
    }
    return {
      name: n.text,
      detail: detail(n.sectionSpan),
      kind: 'item',
      level: n.depth,
      span: n.sectionSpan,
      selectionSpan: n.markerSpan,
      children: [],
    };
  };
  const entries = model.roots.map(entry);
  if (!model.title) return entries;
  const t = model.title;
  return [
    {
      name: t.text,
      detail: detail(model.bodySpan),
      kind: 'title',
      level: 0,
      span: { start: t.span.start, end: Math.max(model.bodySpan.end, t.span.end) },
      selectionSpan: t.span,
      children: entries,
    },
  ];
}
