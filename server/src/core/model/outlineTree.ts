// Builds the heading tree the way a reader does, not by the GB/T table alone:
//  - a number that continues an open list of the same style returns to that list (innermost first);
//  - a list restarting at 1 opens a nested list under the item before it (1981.txt: 一、…十、 inside
//    （二）); a same-style restart right under a sibling is nested only after a lead-in ("如下：",
//    "以下规定。", 1982.txt section 六), otherwise it is the same list written wrongly;
//  - any other number (a gap, a repeat, a step back) stays in the innermost open list of its style,
//    where the numbering rules will report it;
//  - a list that starts above 1 with no list of its style open goes under the nearest heading of a
//    higher GB/T level.
// Paragraph-level enumeration items (一是… starting a paragraph) join runs the same way.

import { EnumerationFamily, enumerationFamily, EnumerationKind, EnumerationMarker, ORDER_LAST } from './enumerations';
import { FAMILY_LEVEL, Ordinal, OrdinalFamily, parseOrdinalBeforeNumber } from './ordinals';
import { Paragraph } from './paragraphs';
import { paragraphMemo } from './paragraphMemo';
import { findParts, PartKind, partsRead } from './parts';
import { indicesWhere, ListKind, ModelOrigin, paragraphsWhere, Summed } from './documentSums';
import { detach } from '../text/detach';
import { Span } from '../text/lineIndex';

export interface HeadingNode {
  kind: 'heading';
  ordinal: Ordinal;
  /** GB/T level of the ordinal's style: 1 一、 … 5 ①. */
  level: number;
  /** Depth in the tree (1 = top), which differs from level when documents nest unusually. */
  depth: number;
  /** Heading text without the ordinal: the line, or its first sentence when the body follows. */
  text: string;
  paragraph: Paragraph;
  /** Where the ordinal and the heading text are in the document. */
  ordinalSpan: Span;
  textSpan: Span;
  /** From the heading to the end of its last descendant's content. */
  sectionSpan: Span;
  parent?: HeadingNode;
  children: OutlineNode[];
  list: SiblingList;
}

export interface ItemNode {
  kind: 'item';
  marker: EnumerationMarker;
  /** The item's first sentence, marker included: "一是健全党建工作机制，强化制度落实". */
  text: string;
  paragraph: Paragraph;
  markerSpan: Span;
  sectionSpan: Span;
  depth: number;
  parent?: HeadingNode;
  run: EnumerationRun;
}

export type OutlineNode = HeadingNode | ItemNode;

/** Headings numbered as one list: the unit the numbering rules check and renumber. */
export interface SiblingList {
  family: OrdinalFamily;
  parent?: HeadingNode;
  items: HeadingNode[];
  /** Opened by a restart after a lead-in ("如下：", "以下规定。"). */
  afterLeadIn: boolean;
}

/** Paragraph-level enumeration items of one section, numbered as one run. */
export interface EnumerationRun {
  kind: EnumerationKind;
  parent?: HeadingNode;
  items: ItemNode[];
}

/**
 * An unnumbered part (model/parts.ts): a closing, a part title, a bare numeral, a glossary. Not an
 * OutlineNode: `roots` keeps every top-level node; a part ends the sections before it and lists the
 * top-level nodes after it, up to the next part, as its children.
 */
export interface PartNode {
  kind: 'part';
  part: PartKind;
  text: string;
  paragraph: Paragraph;
  /** From the part's line to the next part or the end of the body. */
  sectionSpan: Span;
  textSpan: Span;
  children: OutlineNode[];
}

export interface OutlineTree {
  roots: OutlineNode[];
  /** Unnumbered parts in document order (most reports have none). */
  parts: PartNode[];
  headings: HeadingNode[];
  items: ItemNode[];
  lists: SiblingList[];
  runs: EnumerationRun[];
}

export interface TreeInput {
  paragraphs: Paragraph[];
  /** The document's sums and lists: the tree visits only the paragraphs it reads (TREE_PARAGRAPHS). */
  summed?: Summed;
  headingText: (p: Paragraph, skip: number) => { text: string; span: Span };
  toDocSpan: (p: Paragraph, start: number, end: number) => Span;
}

// A lead-in ends with a colon, or its last sentence points ahead: 以下/如下, or a count of what
// follows ("这三个方面，…作些阐述。", 1984.txt).
/**
 * Open lists at most: GB/T has five levels and real documents nest a few more by inversion; past
 * this a restart is read as part of the innermost list (keeps adversarial input linear).
 */
const MAX_DEPTH = 12;

const LEAD_IN = /[：:]$|(?:以下|如下|下列|[一二两三四五六七八九十几]个方面|[一二两三四五六七八九十几]个问题|[一二两三四五六七八九十几]点)[^。！？]*[。：:]?$/;

function isLeadIn(p: Paragraph | undefined): boolean {
  return p !== undefined && leadIn(p);
}

// The tree is rebuilt on every parse; what it reads of a paragraph's text is remembered on the
// paragraph, so after a keystroke the carried-over paragraphs are not read again.
const leadIn = paragraphMemo((p: Paragraph): boolean => {
  const t = p.text;
  if (t.endsWith('：') || t.endsWith(':')) return true;
  const tail = t.slice(Math.max(0, t.length - 60));
  return LEAD_IN.test(tail.slice(Math.max(tail.lastIndexOf('。', tail.length - 2), tail.lastIndexOf('；')) + 1));
});

const ordinalBeforeNumber = paragraphMemo((p: Paragraph) => parseOrdinalBeforeNumber(p.text));
/** An item paragraph's first sentence (copied: the memo outlives this version's text). */
const itemSentence = paragraphMemo((p: Paragraph) => detach(firstSentence(p.text, 0)));

/** A paragraph opening with "3．1…", which the tree may read as item 3 (itemStartingWithNumber). */
function mayStartWithItemNumber(p: Paragraph): boolean {
  const c = p.firstCode;
  return c >= 0x30 && c <= 0x39 && ordinalBeforeNumber(p) !== undefined;
}

/**
 * The paragraphs the tree reads: headings, enumeration items, those that may be an item starting with
 * a number, and those findParts reads. Every other paragraph only continues a section, so the tree
 * is built from this list, which a document keeps from version to version (paragraphsWhere): a
 * keystroke in a 10 MB report visits a few thousand paragraphs, not 20,000.
 */
const TREE_PARAGRAPHS: ListKind = {
  test: (p) => p.ordinal !== undefined || p.leadingMarker !== undefined || mayStartWithItemNumber(p) || partsRead(p),
};

function runContinues(run: EnumerationRun, value: number): boolean {
  const last = run.items[run.items.length - 1].marker.value;
  if (last === ORDER_LAST) return false;
  return value === last + 1 || (enumerationFamily(run.kind) === 'ordinal' && value === ORDER_LAST);
}

/**
 * The nearest enumeration marker before paragraph `at` in the same stretch of text (looking back
 * past at most 8 paragraphs, never across a heading): "实施积极的财政政策。一是……" and two
 * paragraphs on, "二是……" continues it (2009.txt).
 */
export function precedingMarker(paragraphs: Paragraph[], at: number, family?: EnumerationFamily): { marker: EnumerationMarker; paragraph: Paragraph } | undefined {
  for (let i = at - 1; i >= 0 && i >= at - 8; i--) {
    const p = paragraphs[i];
    const ms = family ? p.markers.filter((m) => enumerationFamily(m.kind) === family) : p.markers;
    if (ms.length) return { marker: ms[ms.length - 1], paragraph: p };
    if (p.ordinal) return undefined;
  }
  return undefined;
}

/**
 * "3．10种有色金属…" right after the heading "2．…" is item 3 whose text starts with a number, not
 * the decimal 3.10 that the line reader (which sees one line) takes it for (a pasted 2025 report).
 * Decided here, where the paragraph before it is known; the tree is rebuilt on every parse.
 */
function itemStartingWithNumber(p: Paragraph, before: Ordinal | undefined): Ordinal | undefined {
  if (!before || before.family !== 'digit') return undefined;
  const o = ordinalBeforeNumber(p);
  return o && o.value === before.value + 1 && o.mark === before.mark ? o : undefined;
}

export function buildOutlineTree(input: TreeInput): OutlineTree {
  const tree: OutlineTree = { roots: [], parts: [], headings: [], items: [], lists: [], runs: [] };
  const all = input.paragraphs;
  const paragraphs = input.summed ? paragraphsWhere(input.summed, TREE_PARAGRAPHS) : all;
  const partMarks = findParts(paragraphs);
  let nextPart = 0;
  let part: PartNode | undefined;
  // Open sibling lists, outermost first; the last item of each is an open section.
  const stack: SiblingList[] = [];
  const rootRuns = new Map<EnumerationFamily, EnumerationRun>();
  const nodeRuns = new Map<HeadingNode, Map<EnumerationFamily, EnumerationRun>>();
  const current = (): HeadingNode | undefined => {
    const top = stack[stack.length - 1];
    return top?.items[top.items.length - 1];
  };
  const childrenOf = (n: HeadingNode | undefined) => (n ? n.children : tree.roots);
  /** Adds a node under its parent; a top-level node also joins the current part's children. */
  const addChild = (parent: HeadingNode | undefined, node: OutlineNode) => {
    childrenOf(parent).push(node);
    if (!parent && part) part.children.push(node);
  };
  const truncateTo = (list: SiblingList) => {
    stack.length = stack.indexOf(list) + 1;
  };
  const openList = (family: OrdinalFamily, parent: HeadingNode | undefined, afterLeadIn: boolean): SiblingList => {
    const list: SiblingList = { family, parent, items: [], afterLeadIn };
    tree.lists.push(list);
    stack.push(list);
    return list;
  };

  const itemParagraphs = new Set<Paragraph>();
  /** The last paragraph visited, and its heading ordinal as the tree read it. */
  let lastVisited = -1;
  let lastOrdinal: Ordinal | undefined;
  // An index loop: rebuilt on every keystroke, often in code V8 has not optimised yet, where a
  // for-of makes an iterator result per paragraph.
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    // The paragraph before (visited or not: one the tree does not read has no ordinal).
    const prev = p.index > 0 ? all[p.index - 1] : undefined;
    const prevOrdinal = lastVisited === p.index - 1 ? lastOrdinal : undefined;
    lastVisited = p.index;
    const mark = nextPart < partMarks.length && partMarks[nextPart].paragraph === p ? partMarks[nextPart++] : undefined;
    if (mark) {
      // A new part closes every open list and run: its lists start afresh.
      part = { kind: 'part', part: mark.kind, text: mark.text, paragraph: p, sectionSpan: { start: p.span.start, end: p.span.end }, textSpan: p.span, children: [] };
      tree.parts.push(part);
      stack.length = 0;
      rootRuns.clear();
      lastOrdinal = undefined;
      continue;
    }
    const o = p.ordinal ?? itemStartingWithNumber(p, prevOrdinal);
    lastOrdinal = o;
    if (o) {
      const family = o.family;
      let list: SiblingList | undefined;
      // 1. Continues an open list of its style, innermost first.
      for (let i = stack.length - 1; i >= 0 && !list; i--) {
        const l = stack[i];
        if (l.family === family && l.items[l.items.length - 1].ordinal.value + 1 === o.value) list = l;
      }
      if (list) truncateTo(list);
      else if (o.value === 1 && stack.length < MAX_DEPTH) {
        // 2. A restart opens a nested list under the item before it…
        const top = stack[stack.length - 1];
        const leadIn = isLeadIn(prev);
        if (top && top.family === family && !leadIn) list = top; // …unless it is the same list written wrong
        else list = openList(family, current(), leadIn);
      } else {
        // 3. A gap, repeat or step back stays in the innermost open list of its style.
        for (let i = stack.length - 1; i >= 0 && !list; i--) if (stack[i].family === family) list = stack[i];
        if (list) truncateTo(list);
        else {
          // 4. A list that starts above 1: under the nearest heading of a higher level.
          let parentList: SiblingList | undefined;
          for (let i = stack.length - 1; i >= 0 && !parentList; i--) {
            const owner = stack[i].items[stack[i].items.length - 1];
            if (FAMILY_LEVEL[owner.ordinal.family] < FAMILY_LEVEL[family]) parentList = stack[i];
          }
          if (parentList) truncateTo(parentList);
          else stack.length = 0;
          list = openList(family, parentList?.items[parentList.items.length - 1], false);
        }
      }
      const parent = list.parent;
      const ordinalSpan = input.toDocSpan(p, 0, o.raw.length);
      const { text, span } = input.headingText(p, o.raw.length);
      const node: HeadingNode = {
        kind: 'heading',
        ordinal: o,
        level: FAMILY_LEVEL[family],
        depth: parent ? parent.depth + 1 : 1,
        text,
        paragraph: p,
        ordinalSpan,
        textSpan: span,
        sectionSpan: { start: p.span.start, end: p.span.end },
        parent,
        children: [],
        list,
      };
      list.items.push(node);
      addChild(parent, node);
      tree.headings.push(node);
    } else if (p.leadingMarker) {
      const marker = p.leadingMarker;
      const fam = enumerationFamily(marker.kind);
      let run: EnumerationRun | undefined;
      let owner: HeadingNode | undefined;
      // Continues a run of an open section, innermost first (1982.txt: 第二、 after a nested list).
      for (let i = stack.length - 1; i >= 0 && !run; i--) {
        const node = stack[i].items[stack[i].items.length - 1];
        const r = nodeRuns.get(node)?.get(fam);
        if (r && runContinues(r, marker.value)) {
          run = r;
          owner = node;
        }
      }
      if (!run && stack.length === 0) {
        const r = rootRuns.get(fam);
        if (r && runContinues(r, marker.value)) run = r;
      }
      if (!run) {
        owner = current();
        const runs = owner ? nodeRuns.get(owner) ?? new Map<EnumerationFamily, EnumerationRun>() : rootRuns;
        if (owner) nodeRuns.set(owner, runs);
        const existing = runs.get(fam);
        // "…。一是……" inline, then paragraphs "二是……": a new run that began inside the text.
        const before = marker.value !== 1 ? precedingMarker(input.paragraphs, p.index, fam) : undefined;
        const startedInline = before !== undefined && before.marker.value === marker.value - 1 && !itemParagraphs.has(before.paragraph);
        if (existing && marker.value !== 1 && !startedInline) run = existing;
        else {
          run = { kind: marker.kind, parent: owner, items: [] };
          runs.set(fam, run);
          tree.runs.push(run);
        }
      }
      // The owner's nested heading lists close: the item returns to the owner's level.
      if (owner) {
        const idx = stack.findIndex((l) => l.items[l.items.length - 1] === owner);
        if (idx >= 0) stack.length = idx + 1;
      }
      const sentence = itemSentence(p);
      const item: ItemNode = {
        kind: 'item',
        marker,
        text: sentence,
        paragraph: p,
        markerSpan: input.toDocSpan(p, marker.start, marker.end),
        sectionSpan: { start: p.span.start, end: p.span.end },
        depth: owner ? owner.depth + 1 : 1,
        parent: owner,
        run,
      };
      run.items.push(item);
      addChild(owner, item);
      tree.items.push(item);
      itemParagraphs.add(p);
    }
  }
  return tree;
}

/**
 * The previous version's tree, carried over to this one when the edit cannot have changed it (most
 * keystrokes: typing inside a paragraph of body text), instead of building it again. The tree is a
 * function of the paragraphs it lists (TREE_PARAGRAPHS) and of two facts of the others: whether the
 * paragraph before a restart leads in a list, and the inline markers precedingMarker looks back at.
 * So it is carried when the edit removed as many paragraphs as it read again, none of them was or
 * is a listed one, and each fact the last build read of a removed paragraph (it is remembered on
 * the paragraph's shape: a fact not remembered was not read) holds of the paragraph in its place.
 * The nodes after the edit get their spans moved; section spans are computed afterwards as ever.
 * Like the paragraphs, the nodes are moved, not copied: the previous model is given up.
 */
export function carryOutlineTree(previous: OutlineTree, summed: Summed & { origin: ModelOrigin }, delta: number): OutlineTree | undefined {
  const { at, removed, added, sums } = summed.origin;
  if (removed.length !== added.length) return undefined;
  const before = sums.get(TREE_PARAGRAPHS) as Int32Array | undefined;
  if (!before) return undefined;
  // The previous list is sorted: was any index in [at, at + removed.length) listed?
  let lo = 0;
  let hi = before.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  if (lo < before.length && before[lo] < at + removed.length) return undefined;
  for (let i = 0; i < added.length; i++) {
    const p = added[i];
    const was = removed[i];
    if (TREE_PARAGRAPHS.test(p)) return undefined;
    const wasLeadIn = was.memos?.[leadIn.slot];
    if (wasLeadIn !== undefined && wasLeadIn !== leadIn(p)) return undefined;
    if (was.markers !== undefined && !sameMarkers(was.markers, p.markers)) return undefined;
  }
  // This version's list, made from the previous one (the next keystroke's check reads it).
  indicesWhere(summed, TREE_PARAGRAPHS);
  if (delta !== 0) {
    const after = at + added.length;
    const moved = (s: Span): Span => ({ start: s.start + delta, end: s.end + delta });
    for (const h of previous.headings) {
      if (h.paragraph.index < after) continue;
      h.ordinalSpan = moved(h.ordinalSpan);
      h.textSpan = moved(h.textSpan);
    }
    for (const n of previous.items) {
      if (n.paragraph.index < after) continue;
      n.markerSpan = moved(n.markerSpan);
      n.sectionSpan = { start: n.paragraph.span.start, end: n.paragraph.span.end }; // as built
    }
    for (const part of previous.parts) part.textSpan = part.paragraph.span;
  }
  const { roots, parts, headings, items, lists, runs } = previous;
  return { roots, parts, headings, items, lists, runs };
}

/** The same markers, as precedingMarker reads them (kind and value, in order). */
function sameMarkers(a: readonly EnumerationMarker[], b: readonly EnumerationMarker[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].kind !== b[i].kind || a[i].value !== b[i].value) return false;
  return true;
}

const MAX_NAME = 80;

/** The text from `from` to the first 。！？ (exclusive), capped for display. */
export function firstSentence(text: string, from: number): string {
  const limit = Math.min(text.length, from + 400);
  let end = limit;
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === '。' || c === '！' || c === '？' || c === '!' || c === '?') {
      end = i;
      break;
    }
  }
  let s = text.slice(from, end).trim();
  if (s.length > MAX_NAME) s = s.slice(0, MAX_NAME) + '…';
  return s;
}
