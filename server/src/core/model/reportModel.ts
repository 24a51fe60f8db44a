// The report model: one parse of a document version that every feature reads (outline, folding,
// selection, diagnostics, completion, the CLI). Pure: no LSP, no file system.

import { findAddressee, findSignature, findTitle, LineRef, SignatureInfo, TitleInfo } from './frontMatter';
import { buildOutlineTree, carryOutlineTree, firstSentence, HeadingNode, OutlineNode, OutlineTree, PartNode } from './outlineTree';
import { buildParagraphs, classifyLines, LineInfo, Paragraph, toDocSpan } from './paragraphs';
import { isJsSpaceCode, LineIndex, Span } from '../text/lineIndex';
import { detach } from '../text/detach';
import { TextSource } from '../text/textSource';
import { paragraphMemo } from './paragraphMemo';
import { ModelOrigin } from './documentSums';

export interface ReportModel extends OutlineTree {
  /** The whole text as one string: joined when first asked for (see TextSource). */
  readonly text: string;
  /** The text as read: after an edit, reads of it near the edit do not join the whole text. */
  source: TextSource;
  index: LineIndex;
  lines: LineInfo[];
  paragraphs: Paragraph[];
  title?: TitleInfo;
  addressee?: LineRef;
  signature?: SignatureInfo;
  /** Document span the outline's top node covers: title (or first content) to the end. */
  bodySpan: Span;
  /** Sums over the paragraphs, made on demand (documentSums.ts). */
  sums: Map<object, Float64Array | Int32Array>;
  /** Set by an incremental parse: what the sums of this version are made from. */
  origin?: ModelOrigin;
}

export function parseReport(text: string): ReportModel {
  const index = new LineIndex(text);
  const lines = classifyLines(index);
  return modelFromParagraphs(index, lines, buildParagraphs(index, lines));
}

/**
 * The rest of the model from lines and paragraphs: the tree, the front matter and the section
 * spans. Shared by a fresh parse and an incremental one (model/incremental.ts), which differ only in
 * how they get the lines and paragraphs.
 */
export function modelFromParagraphs(index: LineIndex, lines: LineInfo[], paragraphs: Paragraph[], origin?: ModelOrigin, previous?: { tree: OutlineTree; delta: number }): ReportModel {
  const text = index.source;
  // Made before the tree, which builds from a list kept with them.
  const summed = { paragraphs, sums: new Map<object, Float64Array | Int32Array>(), origin };
  const carried = previous && origin ? carryOutlineTree(previous.tree, { ...summed, origin }, previous.delta) : undefined;
  const tree = carried ?? buildOutlineTree({
    paragraphs,
    summed,
    toDocSpan,
    headingText(p, skip) {
      const h = headingTextOf(p);
      // Memoised for the paragraph's ordinal length; a paragraph read with another (rare) is read again.
      const { text, from, end } = h.skip === skip ? h : readHeadingText(p, skip);
      return { text, span: toDocSpan(p, from, end) };
    },
  });

  const firstStructural = Math.min(
    tree.headings[0]?.paragraph.startLine ?? lines.length,
    tree.items[0]?.paragraph.startLine ?? lines.length,
  );
  const title = findTitle(text, lines, firstStructural);
  const afterTitle = title ? (title.author?.line ?? title.subtitle?.line ?? title.lines[title.lines.length - 1]) + 1 : 0;
  const addressee = findAddressee(text, lines, afterTitle, firstStructural);
  const lastNode = lastOutlineNode(tree);
  const signature = findSignature(text, lines, lastNode ? lastNode.paragraph.endLine : (addressee?.line ?? afterTitle - 1));

  const firstContent = lines.find((l) => !l.blank)?.start ?? 0;
  const end = signature ? trimEnd(text, signature.span.start) : trimEnd(text, text.length);
  const model: ReportModel = {
    ...tree,
    source: text,
    get text() {
      return index.text;
    },
    index,
    lines,
    paragraphs,
    title,
    addressee,
    signature,
    bodySpan: { start: title ? title.span.start : firstContent, end: Math.max(end, firstContent) },
    sums: summed.sums,
    origin,
  };
  computeSectionSpans(model, end);
  return model;
}

/** A heading's text after its ordinal, and where it is in the paragraph's text. */
function readHeadingText(p: Paragraph, skip: number): { skip: number; text: string; from: number; end: number } {
  const text = firstSentence(p.text, skip);
  let from = skip;
  while (from < p.textLength && /\s/.test(p.text[from])) from++;
  // Copied: the memo outlives this version's text.
  return { skip, text: detach(text), from, end: Math.min(p.textLength, from + text.replace(/…$/, '').length) };
}

const headingTextOf = paragraphMemo((p: Paragraph) => readHeadingText(p, p.ordinal?.raw.length ?? 0));

function lastOutlineNode(tree: OutlineTree): OutlineNode | undefined {
  const h = tree.headings[tree.headings.length - 1];
  const i = tree.items[tree.items.length - 1];
  if (!h) return i;
  if (!i) return h;
  return h.paragraph.index > i.paragraph.index ? h : i;
}

/** Offset just after the last non-space character before `end`. */
function trimEnd(text: TextSource, end: number): number {
  let e = end;
  while (e > 0 && isJsSpaceCode(text.charCodeAt(e - 1))) e--;
  return e;
}

/**
 * A section runs from its heading to just before the next outline node that is not its
 * descendant (descendants are contiguous in document order), trimmed of trailing blank lines.
 * One pass in document order with the chain of open headings: a node closes the open headings
 * that are not its ancestors; a part closes all of them.
 */
function computeSectionSpans(model: ReportModel, docEnd: number): void {
  const { headings, items, parts, source: text } = model;
  const open: HeadingNode[] = [];
  const close = (n: HeadingNode, end: number) => {
    n.sectionSpan = { start: n.paragraph.span.start, end: Math.max(end, n.paragraph.span.end) };
  };
  let h = 0;
  let i = 0;
  let k = 0;
  for (;;) {
    const hi = h < headings.length ? headings[h].paragraph.index : Infinity;
    const ii = i < items.length ? items[i].paragraph.index : Infinity;
    const ki = k < parts.length ? parts[k].paragraph.index : Infinity;
    const next = Math.min(hi, ii, ki);
    if (next === Infinity) break;
    const node: OutlineNode | PartNode = next === hi ? headings[h++] : next === ii ? items[i++] : parts[k++];
    const ancestor = node.kind === 'part' ? undefined : node.parent;
    if (open.length && open[open.length - 1] !== ancestor) {
      const end = trimEnd(text, node.paragraph.span.start);
      while (open.length && open[open.length - 1] !== ancestor) close(open.pop()!, end);
    }
    if (node.kind === 'heading') open.push(node);
  }
  while (open.length) close(open.pop()!, docEnd);
  parts.forEach((part, i) => {
    const next = parts[i + 1];
    const end = next ? trimEnd(text, next.paragraph.span.start) : docEnd;
    part.sectionSpan = { start: part.paragraph.span.start, end: Math.max(end, part.paragraph.span.end) };
  });
}

/** The heading path from the top, e.g. [一、主要工作, （六）坚持主动担当…]. */
export function headingPath(node: HeadingNode): HeadingNode[] {
  const path: HeadingNode[] = [];
  for (let n: HeadingNode | undefined = node; n; n = n.parent) path.unshift(n);
  return path;
}

/** The innermost outline node whose section contains the offset. */
export function nodeAt(model: ReportModel, offset: number): OutlineNode | undefined {
  let found: OutlineNode | undefined;
  let nodes: OutlineNode[] = model.roots;
  for (;;) {
    const n = nodes.find((c) => c.sectionSpan.start <= offset && offset <= c.sectionSpan.end);
    if (!n) return found;
    found = n;
    if (n.kind === 'item') return found;
    nodes = n.children;
  }
}

export function paragraphAt(model: ReportModel, offset: number): Paragraph | undefined {
  const ps = model.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = ps[mid];
    if (offset < p.span.start) hi = mid - 1;
    else if (offset > p.span.end) lo = mid + 1;
    else return p;
  }
  return undefined;
}
