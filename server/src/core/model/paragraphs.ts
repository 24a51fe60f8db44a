// Lines → paragraphs. Most paragraphs are one line, but text pasted from a PDF is hard-wrapped and
// the corpus breaks lines around former links ("…通过的《" / "title" / "》和《"). Rules that look at
// paragraphs (paired marks, enumerations, counts) must see the whole paragraph, so wrapped lines are
// joined; standalone headings, titles and residue lines stay paragraphs of their own.

import { EnumerationMarker, findEnumerationMarkers } from './enumerations';
import { memoSlots } from './memoSlots';
import { Ordinal, parseOrdinal } from './ordinals';
import { isSpaceCode, LineIndex, Span } from '../text/lineIndex';
import { TextSource } from '../text/textSource';

export interface Segment {
  /** Offset in the paragraph's joined text. */
  textStart: number;
  /** Offset in the document from the paragraph's start (`span.start`): the same wherever it moves. */
  offset: number;
  length: number;
}

export interface Paragraph {
  index: number;
  startLine: number;
  endLine: number;
  /** From the first line's content (after indentation) to the last line's content end. */
  span: Span;
  /** The lines' contents, trimmed and joined without line breaks. */
  readonly text: string;
  /** Length of `text`, known without joining it. */
  readonly textLength: number;
  readonly segments: Segment[];
  /** The heading ordinal the paragraph starts with, if it is a heading. */
  ordinal?: Ordinal;
  /** Enumeration words in `text` (offsets in `text`). */
  readonly markers: EnumerationMarker[];
  /** The enumeration word the paragraph starts with, if any. */
  readonly leadingMarker: EnumerationMarker | undefined;
  /** Code of the first character of `text`, read without joining it (a cheap test before a regex). */
  readonly firstCode: number;
  /**
   * Identity of the paragraph's content (text and line layout) across versions of a document: an
   * edit elsewhere carries the paragraph over with the same id, so findings cached by id are reused.
   */
  readonly id: number;
  /**
   * Facts computed from the paragraph's text alone, by slot (paragraphMemo.ts), carried over with
   * it: they hold offsets and counts, never a string cut from the text.
   */
  readonly memos: unknown[];
  /**
   * The paragraph rules' findings remembered by the linter (lint/paragraphCache.ts), carried with
   * the paragraph like its facts. One slot, not a map: a 10 MB report has 20,000 paragraphs.
   */
  findingsMemo: unknown;
}

let nextParagraphId = 1;
const NO_MARKERS: EnumerationMarker[] = Object.freeze([]) as unknown as EnumerationMarker[];

/**
 * What a paragraph is apart from where it is: its layout relative to its start and what was found
 * in its text. Paragraph objects of successive versions share it, so an edit elsewhere in the
 * document costs a carried-over paragraph one small object and nothing is found again. It holds no
 * string cut from a document (the marker words are short copies).
 */
export interface ParagraphShape {
  readonly id: number;
  readonly textLength: number;
  /** Undefined for a paragraph of one line (most of them): its one segment is made when asked for. */
  segments?: Segment[];
  markers?: EnumerationMarker[];
  /** null: known to start with no marker. */
  leading?: EnumerationMarker | null;
  memos?: unknown[];
  findingsMemo?: unknown;
  /** Counted characters of the paragraph's span (model/sectionCounts.ts); -1 until counted. */
  counted: number;
}

/**
 * A ParagraphShape with every field there from the start, in one order: shapes that gained their
 * fields as they were first asked for (markers, leading, memos, findings, in whatever order the
 * rules asked) had a dozen hidden classes, and each new one V8 met in the first keystrokes after
 * opening a report threw away the optimised code of every function reading paragraphs.
 */
class Shape implements ParagraphShape {
  segments: Segment[] | undefined;
  markers: EnumerationMarker[] | undefined = undefined;
  leading: EnumerationMarker | null | undefined = undefined;
  memos: unknown[] | undefined = undefined;
  findingsMemo: unknown = undefined;
  counted = -1;
  constructor(
    readonly id: number,
    readonly textLength: number,
    segments: Segment[] | undefined,
  ) {
    this.segments = segments;
  }
}

/** The shape of a paragraph (position-independent; see ParagraphShape). */
export function shapeOf(p: Paragraph): ParagraphShape {
  return (p as ParagraphImpl).shape;
}

/**
 * A paragraph of the current version: its place, and its text read lazily from that version. An
 * incremental parse moves the paragraphs after an edit in place (moveParagraph): the fields are
 * written by that and nothing else.
 */
class ParagraphImpl implements Paragraph {
  private joined: string | undefined = undefined;
  constructor(
    readonly shape: ParagraphShape,
    public index: number,
    public startLine: number,
    public endLine: number,
    public span: Span,
    /** The whole text of the version the paragraph belongs to. */
    private doc: TextSource,
    public ordinal: Ordinal | undefined,
  ) {}

  /** See keepParagraph. */
  readFrom(doc: TextSource): void {
    if (this.doc === doc) return;
    this.doc = doc;
    this.joined = undefined; // a slice of the previous version
  }

  /** See moveParagraph. */
  move(doc: TextSource, index: number, lineDelta: number, delta: number, ordinal: Ordinal | undefined): void {
    this.index = index;
    this.startLine += lineDelta;
    this.endLine += lineDelta;
    // A new span, not the old one moved: a finding of the previous version may hold that one.
    this.span = { start: this.span.start + delta, end: this.span.end + delta };
    this.doc = doc;
    this.ordinal = ordinal;
    // The text joined from the previous version is a slice of it: kept, it would keep that whole
    // version alive. Read again from the new one when asked for.
    this.joined = undefined;
  }

  get id(): number {
    return this.shape.id;
  }

  get textLength(): number {
    return this.shape.textLength;
  }

  get segments(): Segment[] {
    return (this.shape.segments ??= [{ textStart: 0, offset: 0, length: this.shape.textLength }]);
  }

  /** Joined on first use: after a keystroke most paragraphs are never read. */
  get text(): string {
    if (this.joined !== undefined) return this.joined;
    const base = this.span.start;
    const segs = this.shape.segments;
    let t: string;
    if (!segs) t = this.doc.slice(base, base + this.shape.textLength);
    else {
      t = '';
      for (const s of segs) t += this.doc.slice(base + s.offset, base + s.offset + s.length);
    }
    return (this.joined = t);
  }

  get firstCode(): number {
    return this.doc.charCodeAt(this.span.start);
  }

  get markers(): EnumerationMarker[] {
    if (this.shape.markers) return this.shape.markers;
    const found = findEnumerationMarkers(this.text);
    // Most paragraphs have none: they share one empty list.
    return (this.shape.markers = found.length ? found : NO_MARKERS);
  }

  /** The marker the paragraph starts with, without scanning the rest of it. */
  get leadingMarker(): EnumerationMarker | undefined {
    const shape = this.shape;
    if (shape.leading === undefined) {
      const start = this.span.start;
      // Most paragraphs cannot start with an enumeration word: their first character says so.
      if (!shape.markers && !ITEM_START.has(this.doc.charCodeAt(start))) return (shape.leading = null) ?? undefined;
      const head = shape.markers ?? findEnumerationMarkers(!shape.segments ? this.doc.slice(start, start + Math.min(8, shape.textLength)) : this.text.slice(0, 8));
      shape.leading = head[0]?.start === 0 ? head[0] : null;
    }
    return shape.leading ?? undefined;
  }

  get memos(): unknown[] {
    // Sized once for every slot: an array grown slot by slot keeps twice the room (20,000 of them).
    return (this.shape.memos ??= new Array(memoSlots()));
  }

  get findingsMemo(): unknown {
    return this.shape.findingsMemo;
  }

  set findingsMemo(memo: unknown) {
    this.shape.findingsMemo = memo;
  }
}

export interface LineInfo {
  /**
   * Document offsets of the trimmed content (after a draft mark, see `marks`). A blank line has none:
   * every blank line is BLANK_LINE (0, 0), so a 10 MB report's 26,000 blank lines are one object; its
   * place is the line index's.
   */
  start: number;
  end: number;
  blank: boolean;
  ordinal?: Ordinal;
  /**
   * Markdown or bullet marks around the content ("## ", "- ", "• ", "**…**"), with the space after
   * them: the model reads structure through them; the draft-residue rule reports them. Line-local,
   * so an incremental parse carries them over with the line.
   */
  marks?: Span[];
}

// A draft written in Markdown or with bullets: "## 一、主要工作", "### （一）…", "- 一是…", "• 二是…",
// "> …". Only at the start of a line, and the space after # - * + > is required (so "-1.5%" and
// "*注" stay text); a bullet sign needs none.
const LEADING_MARK = /^(?:#{1,6}[ \t\u3000]+|[-*+>][ \t\u3000]+|[•·●▪■◆][ \t\u3000]*)/;

/** The marks of a draft line: the leading mark, and bold around the whole rest ("**一、主要工作**"). */
function draftMarks(raw: string, start: number, end: number): { start: number; end: number; marks: Span[] } | undefined {
  const marks: Span[] = [];
  let s = start;
  let e = end;
  const lead = LEADING_MARK.exec(raw);
  if (lead && lead[0].length < raw.length) {
    marks.push({ start: s, end: s + lead[0].length });
    s += lead[0].length;
  }
  const rest = raw.slice(s - start);
  if (rest.length > 4 && rest.startsWith('**') && rest.endsWith('**') && !rest.slice(2, -2).includes('**')) {
    marks.push({ start: s, end: s + 2 }, { start: e - 2, end: e });
    s += 2;
    e -= 2;
  }
  return marks.length ? { start: s, end: e, marks } : undefined;
}

// Sentence ends, read from the last one or two characters (a regex anchored with $ would try
// every position of the line: several passes over a 10 MB report).
const SENTENCE_END_CHARS = new Set([...'。！？!?；;：:…'].map((c) => c.charCodeAt(0)));
const FULL_STOPS = new Set([...'。！？!?'].map((c) => c.charCodeAt(0)));
const CLOSING_QUOTES = new Set([...'”’」』）)'].map((c) => c.charCodeAt(0)));
const OPENERS = new Set([...'《“‘（(【「『'].map((c) => c.charCodeAt(0)));
const CLOSERS = new Set([...'》”’）)】」』'].map((c) => c.charCodeAt(0)));
/** Brackets counted for a line broken inside one: （ ( 《 “ open, ） ) 》 ” close. */
const BRACKET_OPEN = new Set([...'（(《“'].map((c) => c.charCodeAt(0)));
const BRACKET_CLOSE = new Set([...'）)》”'].map((c) => c.charCodeAt(0)));
const HAS_SENTENCE_BREAK = /[。！？!?]/;
const URL_AT_END = /(?:https?:\/\/|www\.)[\x21-\x7e]+$/;
/** First characters of a Markdown or bullet mark (LEADING_MARK). */
const MARK_START = new Set([...'#-*+>•·●▪■◆'].map((c) => c.charCodeAt(0)));
/** First characters of an enumeration word (一是 … 十是, 第一, 首先, 其次, 再次, 最后). */
const ITEM_START = new Set([...'一二三四五六七八九十第首其再最'].map((c) => c.charCodeAt(0)));
/** First characters of a heading ordinal (model/ordinals.ts): brackets, numerals, digits, ①. */
const ORDINAL_START = new Set([...'（(一二三四五六七八九十0123456789０１２３４５６７８９'].map((c) => c.charCodeAt(0)));
/** Lines shorter than this are titles, signatures, residue or headings, never wrapped prose. */
const WRAPPED_MIN = 25;

export function endsSentence(s: string): boolean {
  return endsSentenceAt(s, 0, s.length);
}

/** Whether text[start, end) ends a sentence: 。！？；：… or 。！？ before a closing quote or bracket. */
function endsSentenceAt(text: TextSource, start: number, end: number): boolean {
  if (end <= start) return false;
  const last = text.charCodeAt(end - 1);
  if (SENTENCE_END_CHARS.has(last)) return true;
  return end - 2 >= start && CLOSING_QUOTES.has(last) && FULL_STOPS.has(text.charCodeAt(end - 2));
}

/** Whether text[start, end) ends in a web address (only the trailing run of ASCII is read). */
function endsInUrl(text: TextSource, start: number, end: number): boolean {
  const from = Math.max(start, end - 300);
  let r = end;
  while (r > from) {
    const c = text.charCodeAt(r - 1);
    if (c < 0x21 || c > 0x7e) break;
    r--;
  }
  return r < end && URL_AT_END.test(text.slice(r, end));
}

export function classifyLines(index: LineIndex): LineInfo[] {
  const out: LineInfo[] = new Array(index.lineCount);
  for (let l = 0; l < index.lineCount; l++) out[l] = classifyLine(index, l);
  for (let l = 0; l < out.length; l++) dropLoneOrdinal(out, l);
  return out;
}

/** Every blank line (see LineInfo). */
export const BLANK_LINE: LineInfo = Object.freeze({ start: 0, end: 0, blank: true });

/** One line's content span, blankness and heading ordinal, seen on its own. */
export function classifyLine(index: LineIndex, l: number): LineInfo {
  const text = index.source;
  const s = index.contentStart(l);
  const e = index.ends[l];
  let start = s;
  while (start < e && isSpaceCode(text.charCodeAt(start))) start++;
  if (start === e) return BLANK_LINE;
  let end = e;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  // Cheap test first: most lines start with a Chinese character.
  const draft = MARK_START.has(text.charCodeAt(start)) ? draftMarks(text.slice(start, end), start, end) : undefined;
  if (draft) {
    start = draft.start;
    end = draft.end;
  }
  const c0 = text.charCodeAt(start);
  const ordinal = ORDINAL_START.has(c0) || (c0 >= 0x2460 && c0 <= 0x2473) ? parseOrdinal(text.slice(start, Math.min(end, start + 12))) : undefined;
  // `marks` on every line, undefined on most: one hidden class for the lines of every version.
  return { start, end, blank: false, ordinal, marks: draft?.marks };
}

/**
 * An ordinal alone on its line ("（一）", as in 1986.txt) is a heading only when its text follows
 * on the next line; a line that is nothing but a number is not a heading.
 */
export function dropLoneOrdinal(lines: LineInfo[], l: number): void {
  const info = lines[l];
  if (!info.ordinal || info.end - info.start > info.ordinal.raw.length) return;
  const next = lines[l + 1];
  if (!next || next.blank || next.ordinal) info.ordinal = undefined;
}

/**
 * Joins lines into paragraphs, from `fromLine` (a paragraph start) to the end, or until `stop` says
 * the paragraph just built is the last one needed (an incremental parse rebuilds only a region).
 */
export function buildParagraphs(index: LineIndex, lines: LineInfo[], fromLine = 0, firstIndex = 0, stop?: (p: Paragraph) => boolean): Paragraph[] {
  const text = index.source;
  const paragraphs: Paragraph[] = [];
  const length = (l: number) => lines[l].end - lines[l].start;
  const startsItem = (l: number) => {
    const start = lines[l].start;
    if (!ITEM_START.has(text.charCodeAt(start))) return false;
    const m = findEnumerationMarkers(text.slice(start, Math.min(lines[l].end, start + 8)));
    return m.length > 0 && m[0].start === 0;
  };
  const continues = (l: number): boolean => {
    const next = lines[l + 1];
    if (!next || next.blank || next.ordinal) return false;
    const info = lines[l];
    const curLength = info.end - info.start;
    // A line broken inside a link or a bracket ("三、关于《" / title / "》的说明", "（PM" / "10" / "）")
    // goes on, heading or not.
    if (OPENERS.has(text.charCodeAt(info.end - 1)) || CLOSERS.has(text.charCodeAt(next.start)) || openBrackets(l) > 0) return true;
    if (info.ordinal) {
      if (curLength === info.ordinal.raw.length) return true; // ordinal alone: text on next line
      if (!HAS_SENTENCE_BREAK.test(text.slice(info.start, info.end))) return false; // "一、主要工作" stands alone
    }
    if (endsSentenceAt(text, info.start, info.end)) return false;
    // A line ending in a web address ("本文来源：https://…") is a line of its own: what follows
    // ("XX局党委：") is not its continuation.
    if (endsInUrl(text, info.start, info.end)) return false;
    if (startsItem(l + 1)) return false;
    // An enumeration word alone on its line ("第一、" in 1986.txt) has its text on the next line.
    if (curLength <= 4 && startsItem(l)) return true;
    if (curLength < WRAPPED_MIN) return false;
    // A short unterminated line standing before a blank is a title or a signature, not the tail of
    // wrapped prose ("【会员资料…】" above "财政局…述职报告").
    const after = lines[l + 2];
    if (length(l + 1) < WRAPPED_MIN && !endsSentenceAt(text, next.start, next.end) && (!after || after.blank)) return false;
    return true;
  };

  // Brackets opened and not yet closed in the paragraph being built, up to the end of line l.
  let depth = 0;
  let depthLine = -1;
  const openBrackets = (l: number): number => {
    if (depthLine !== l) {
      const { start, end } = lines[l];
      if (end - start < 2000) {
        for (let i = start; i < end; i++) {
          const c = text.charCodeAt(i);
          if (BRACKET_OPEN.has(c)) depth++;
          else if (BRACKET_CLOSE.has(c)) depth--;
        }
      }
      depthLine = l;
    }
    return depth;
  };

  let l = fromLine;
  while (l < lines.length) {
    if (lines[l].blank) {
      l++;
      continue;
    }
    depth = 0;
    depthLine = -1;
    const first = l;
    while (continues(l)) l++;
    const base = lines[first].start;
    let shape: ParagraphShape;
    if (first === l) shape = new Shape(nextParagraphId++, lines[l].end - base, undefined);
    else {
      const segments: Segment[] = [];
      let textLength = 0;
      for (let k = first; k <= l; k++) {
        const length = lines[k].end - lines[k].start;
        segments.push({ textStart: textLength, offset: lines[k].start - base, length });
        textLength += length;
      }
      shape = new Shape(nextParagraphId++, textLength, segments);
    }
    paragraphs.push(new ParagraphImpl(shape, firstIndex + paragraphs.length, first, l, { start: base, end: lines[l].end }, text, lines[first].ordinal));
    l++;
    if (stop?.(paragraphs[paragraphs.length - 1])) break;
  }
  return paragraphs;
}

/**
 * A paragraph before an edit, kept as it is but read from the new version from now on. Left reading
 * the version it was made in, it would keep that whole text alive: a writer editing their way down
 * a report left every paragraph above each edit on the version of that edit, one whole text per
 * place edited (40 edits down a 1 MB report kept 27 MB).
 */
export function keepParagraph(p: Paragraph, text: TextSource): Paragraph {
  (p as ParagraphImpl).readFrom(text);
  return p;
}

/**
 * The paragraph moved to its place after an edit before it, in place: the same object and shape
 * (id, layout, what was found in it), its text read from the new document when asked for. Moving
 * rather than copying spares a keystroke in a 10 MB report 10,000 objects that would all survive
 * into the new model (the young-generation collections that copy them were a quarter of the
 * keystroke). The previous version's model is given up by this (see reparseReport).
 */
export function moveParagraph(p: Paragraph, text: TextSource, index: number, lineDelta: number, delta: number, ordinal: Ordinal | undefined): Paragraph {
  (p as ParagraphImpl).move(text, index, lineDelta, delta, ordinal);
  return p;
}

/** Maps an offset in a paragraph's joined text to a document offset. */
export function toDocOffset(p: Paragraph, textOffset: number): number {
  if (p.startLine === p.endLine) return p.span.start + textOffset;
  const segs = p.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid].textStart <= textOffset) lo = mid;
    else hi = mid - 1;
  }
  return p.span.start + segs[lo].offset + (textOffset - segs[lo].textStart);
}

/** Maps a document offset inside the paragraph to an offset in its joined text. */
export function toTextOffset(p: Paragraph, docOffset: number): number {
  const rel = docOffset - p.span.start;
  for (const s of p.segments) {
    if (rel <= s.offset + s.length) return s.textStart + Math.max(0, rel - s.offset);
  }
  return p.textLength;
}

/** Maps a span of the joined text to a document span (an end at a line join stays on its line). */
export function toDocSpan(p: Paragraph, start: number, end: number): Span {
  const s = toDocOffset(p, start);
  if (end === start) return { start: s, end: s };
  return { start: s, end: toDocOffset(p, end - 1) + 1 };
}
