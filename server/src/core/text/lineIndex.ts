// Line table of a document. Offsets and columns are UTF-16 code units, which is what both
// JavaScript strings and LSP positions use, so a character outside the BMP (𠮷) counts 2
// everywhere and no conversion is ever needed. LF, CRLF and a lone CR all end a line, as in LSP.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type { Span } from './edit';
import { Span } from './edit';
import { joinedText, TextSource } from './textSource';

function grow(a: Int32Array, cap: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

export class LineIndex {
  /**
   * Offset where each line starts. Typed arrays: an incremental parse copies them on every
   * keystroke, which for plain arrays of a 10 MB document meant megabytes for the collector.
   */
  readonly starts: Int32Array;
  /** Offset where each line's content ends (before its line break). */
  readonly ends: Int32Array;

  /** The text as read (see TextSource): an incremental parse's is not joined. */
  readonly source: TextSource;

  constructor(
    source: TextSource,
    /** Line starts and content ends already known (an incremental parse spliced them). */
    known?: { starts: Int32Array; ends: Int32Array },
  ) {
    this.source = source;
    if (known) {
      this.starts = known.starts;
      this.ends = known.ends;
      return;
    }
    const text = joinedText(source);
    // Typed arrays grown by doubling (a line per ~60 characters to start with): plain arrays pushed
    // line by line and copied into typed ones at the end were 2.5 MB of garbage for 10 MB.
    let cap = 16 + (text.length >> 6);
    let starts = new Int32Array(cap);
    let ends = new Int32Array(cap);
    let count = 0; // lines ended so far
    // indexOf-driven scan, far faster than a char loop on 10 MB. The next LF and CR positions are
    // remembered: searching for a CR that does not exist from every line would be quadratic.
    let i = 0;
    const n = text.length;
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      const brk = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
      if (count + 1 >= cap) {
        cap *= 2;
        starts = grow(starts, cap);
        ends = grow(ends, cap);
      }
      ends[count] = brk;
      const next = text.charCodeAt(brk) === 13 && text.charCodeAt(brk + 1) === 10 ? brk + 2 : brk + 1;
      starts[++count] = next;
      i = next;
      if (lf >= 0 && lf < i) lf = text.indexOf('\n', i);
      if (cr >= 0 && cr < i) cr = text.indexOf('\r', i);
    }
    ends[count] = n;
    // Copied to their length: a subarray would keep the doubled room alive with the model.
    this.starts = starts.slice(0, count + 1);
    this.ends = ends.slice(0, count + 1);
  }

  /** The whole text as one string (joined when first asked for: features that need all of it). */
  get text(): string {
    return joinedText(this.source);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The line's text without its line break. A leading BOM is not part of line 0's content. */
  lineText(line: number): string {
    return this.source.slice(this.contentStart(line), this.ends[line]);
  }

  /** Offset of the first character of the line's content (after a BOM on line 0). */
  contentStart(line: number): number {
    const s = this.starts[line];
    return line === 0 && this.source.charCodeAt(0) === 0xfeff ? s + 1 : s;
  }

  lineAt(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.source.length));
    const line = this.lineAt(o);
    // An offset inside a CRLF pair maps to the end of the line's content.
    return { line, character: Math.min(o, this.ends[line]) - this.starts[line] };
  }

  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.source.length;
    const start = this.starts[pos.line];
    return Math.max(start, Math.min(start + pos.character, this.ends[pos.line]));
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}

// \s covers the ideographic space U+3000 and the BOM U+FEFF; zero-width spaces and joiners
// (pasted from web pages, as in 2015.txt) count as white space too.
export const WS = /[\s\u200b-\u200d\u2060]/;

/** Whether the character code is white space as WS reads it (no string made per character). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x1680 || c === 0xfeff;
}

/** Whether the character code is JavaScript's \s (WS without the zero-width characters). */
export function isJsSpaceCode(c: number): boolean {
  return isSpaceCode(c) && !(c >= 0x200b && c <= 0x200d) && c !== 0x2060;
}

/** Length of leading white space, counting the ideographic space U+3000 used for indentation. */
export function leadingSpace(s: string): number {
  let i = 0;
  while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
  return i;
}

export function trailingSpace(s: string): number {
  let i = s.length;
  while (i > 0 && isSpaceCode(s.charCodeAt(i - 1))) i--;
  return s.length - i;
}
