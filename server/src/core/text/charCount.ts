// The count reviewers use for limits such as 不超过3000字: every character that is not white space
// (Chinese characters, punctuation, digits, letters), a character outside the BMP counting once.

export function countChars(text: string, start = 0, end = text.length): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // A table read instead of a chain of comparisons: a third faster over a 10 MB report.
    n += COUNTED[c];
    if ((c & 0xfc00) === 0xdc00 && i > start && isHigh(text.charCodeAt(i - 1))) n--; // the pair counted once
  }
  return n;
}

/** 1 for every UTF-16 code unit that counts, 0 for white space and control characters. */
const COUNTED = new Uint8Array(0x10000).fill(1);
for (let c = 0; c <= 0x20; c++) COUNTED[c] = 0;
for (const c of [0x3000, 0xa0, 0xfeff, 0x2028, 0x2029]) COUNTED[c] = 0;

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** 1203 → "1,203" (toLocaleString is slow when an outline formats thousands of counts). */
export function groupThousands(n: number): string {
  const s = String(Math.trunc(n));
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0 && s[i - 1] !== '-') out += ',';
    out += s[i];
  }
  return out;
}

/** "1,203 字" / "1,203 chars" */
export function formatCount(n: number, locale: string): string {
  const num = groupThousands(n);
  return locale.startsWith('zh') ? `${num} 字` : `${num} chars`;
}

/**
 * Counts for many spans of one text: cumulative counts per line, so a section's count costs two
 * partial lines instead of its whole length (an outline asks for every section, nested ones too).
 */
export class SpanCounter {
  private cumulative?: Float64Array;

  constructor(
    private readonly text: string,
    private readonly lineStarts: ArrayLike<number>,
    private readonly lineAt: (offset: number) => number,
  ) {}

  count(start: number, end: number): number {
    if (end <= start) return 0;
    const a = this.lineAt(start);
    const b = this.lineAt(end);
    // Within one line (an item inside a paragraph): read just the span.
    if (a === b) return countChars(this.text, start, end);
    const cum = this.table();
    // Whole lines from the table; of the two partial lines only the shorter side is read (a
    // section starts after an indentation and ends at a line's end: both sides are short).
    const startsAt = this.lineStarts;
    const lineEnd = (l: number) => (l + 1 < startsAt.length ? startsAt[l + 1] : this.text.length);
    const head = start - startsAt[a] <= lineEnd(a) - start ? -countChars(this.text, startsAt[a], start) : countChars(this.text, start, lineEnd(a)) - (cum[a + 1] - cum[a]);
    const tail = end - startsAt[b] <= lineEnd(b) - end ? countChars(this.text, startsAt[b], end) : cum[b + 1] - cum[b] - countChars(this.text, end, lineEnd(b));
    // head is the count of [start, line a's end) minus line a's whole count: with the whole lines
    // from a up to b (cum[b] - cum[a]) and the tail, it gives [start, end).
    return cum[b] - cum[a] + head + tail;
  }

  private table(): Float64Array {
    if (this.cumulative) return this.cumulative;
    const starts = this.lineStarts;
    const cum = new Float64Array(starts.length + 1);
    for (let i = 0; i < starts.length; i++) {
      const end = i + 1 < starts.length ? starts[i + 1] : this.text.length;
      cum[i + 1] = cum[i] + countChars(this.text, starts[i], end);
    }
    this.cumulative = cum;
    return cum;
  }
}
