// The outline as a tree of named entries: what the Outline view, breadcrumbs and `baogao outline`
// show. Title → 一、 → （一） → 1. → （1）, with paragraph enumeration items under their section.

import { formatCount } from '../text/charCount';
import { sectionCounterOf } from '../model/sectionCounts';
import { Span } from '../text/lineIndex';
import { Locale } from '../text/i18n';
import { ItemNode, OutlineNode } from '../model/outlineTree';
import { toDocSpan } from '../model/paragraphs';
import { ReportModel } from '../model/reportModel';

/** part: an unnumbered part (closing, part title, glossary) grouping the top-level nodes after it. */
export type OutlineKind = 'title' | 'heading' | 'part' | 'item';

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

const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const CLAUSE_END = codes('，,；;：:。！？!?');
const MAX_ITEM_NAME = 40;

const SENTENCE_END = codes('。！？!?；;');
/** An item sentence this short is shown whole ("第一，全国动员，大办农业"). */
const SHORT_SENTENCE = 20;

/**
 * The item's name, marker included: its sentence when short, else its first clause — "一是加大宏观
 * 调控力度" of "一是加大宏观调控力度，推动经济运行持续好转；二是…".
 */
function firstClause(text: string, start: number, markerEnd: number, end: number): string {
  let stop = markerEnd;
  while (stop < end && !SENTENCE_END.has(text.charCodeAt(stop))) stop++;
  if (stop - start <= SHORT_SENTENCE) return text.slice(start, stop).trim();
  let i = markerEnd;
  // "第一，加强…": the comma right after the marker is not the clause's end.
  if (CLAUSE_END.has(text.charCodeAt(i))) i++;
  while (i < end && !CLAUSE_END.has(text.charCodeAt(i))) i++;
  const s = text.slice(start, i).trim();
  return s.length > MAX_ITEM_NAME ? s.slice(0, MAX_ITEM_NAME) + '…' : s;
}

/**
 * An item paragraph's entries: the item, and the items that follow it inside the same paragraph
 * ("一是…。二是…。三是…。" or "一是…；二是…" written as one paragraph), each cut at its first clause.
 */
function itemEntries(n: ItemNode): { name: string; span: Span; selectionSpan: Span }[] {
  const p = n.paragraph;
  const inline = [n.marker];
  for (const m of p.markers) {
    const last = inline[inline.length - 1];
    if (m.start > last.start && m.kind === n.marker.kind && m.value === last.value + 1) inline.push(m);
  }
  return inline.map((m, i) => {
    const end = i + 1 < inline.length ? inline[i + 1].start : p.text.length;
    const span = i === 0 ? { start: n.sectionSpan.start, end: i + 1 < inline.length ? toDocSpan(p, m.start, end).end : n.sectionSpan.end } : toDocSpan(p, m.start, end);
    return { name: firstClause(p.text, m.start, m.end, end), span, selectionSpan: i === 0 ? n.markerSpan : toDocSpan(p, m.start, m.end) };
  });
}

export function buildOutline(model: ReportModel, locale: Locale): OutlineEntry[] {
  const counter = sectionCounterOf(model);
  const detail = (s: Span) => formatCount(counter.count(s.start, s.end), locale);
  const entries_ = (n: OutlineNode): OutlineEntry[] => {
    if (n.kind === 'heading') {
      return [{
        name: n.ordinal.raw + n.text,
        detail: detail(n.sectionSpan),
        kind: 'heading',
        level: n.level,
        span: n.sectionSpan,
        selectionSpan: { start: n.ordinalSpan.start, end: Math.max(n.textSpan.end, n.ordinalSpan.end) },
        children: n.children.flatMap(entries_),
      }];
    }
    // 首先/其次/最后 paragraphs are a way of writing, not items of a list: no outline entries.
    if (n.marker.kind === 'order') return [];
    // Written out, not spread: a spread copy per item was a third of the outline's time on 10 MB.
    return itemEntries(n).map((e): OutlineEntry => ({ name: e.name, detail: detail(e.span), kind: 'item', level: n.depth, span: e.span, selectionSpan: e.selectionSpan, children: [] }));
  };
  // Top-level nodes before the first part stay at the top; each part holds those after it.
  const inPart = new Set(model.parts.flatMap((p) => p.children));
  const entries = [
    ...model.roots.filter((n) => !inPart.has(n)).flatMap(entries_),
    ...model.parts.map((p): OutlineEntry => ({
      name: p.text,
      detail: detail(p.sectionSpan),
      kind: 'part',
      level: 1,
      span: p.sectionSpan,
      selectionSpan: p.textSpan,
      children: p.children.flatMap(entries_),
    })),
  ];
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
