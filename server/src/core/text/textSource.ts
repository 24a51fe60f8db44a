// The text of a document version as the model reads it. A JavaScript string made by an edit is a
// rope (V8 joins `a + b` lazily), and the first character read from it copies the whole text into
// one flat string: 7 MB and about 4 ms for a 10 MB report, on every keystroke, and a large object
// for the collector each time. A PatchedText is an earlier version's flat text with one region
// replaced: reading it near the edit reads the small replacement, elsewhere the earlier text, so a
// keystroke reads only what it changed and nothing is joined until a feature asks for the whole
// string (`joinedText`).

/** What is read of a text: a string, or a PatchedText standing for one. */
export interface TextSource {
  readonly length: number;
  charCodeAt(index: number): number;
  /** As String.prototype.slice, for 0 ≤ start ≤ end ≤ length (the only way it is called). */
  slice(start: number, end?: number): string;
}

/**
 * The replacement grows with the region edited since the text was last joined; past this many
 * characters the next edit joins the text instead (one copy, then small edits again).
 */
export const PATCH_LIMIT = 1 << 16;

/** `base` with [start, baseEnd) replaced by `window`. */
export class PatchedText implements TextSource {
  readonly length: number;
  /** Where the replacement ends in this text. */
  private readonly windowEnd: number;
  /** What to add to an offset after the replacement to find it in `base`. */
  private readonly shift: number;
  private joined: string | undefined;

  constructor(
    /** The earlier text: a string (one V8 copies into one piece at its first read, once). */
    private readonly base: string,
    private readonly start: number,
    private readonly baseEnd: number,
    private readonly window: string,
  ) {
    this.windowEnd = start + window.length;
    this.shift = baseEnd - this.windowEnd;
    this.length = base.length - (baseEnd - start) + window.length;
  }

  charCodeAt(i: number): number {
    if (i < this.start) return this.base.charCodeAt(i);
    if (i < this.windowEnd) return this.window.charCodeAt(i - this.start);
    return this.base.charCodeAt(i + this.shift);
  }

  slice(from: number, to: number = this.length): string {
    if (to <= this.start) return this.base.slice(from, to);
    if (from >= this.windowEnd) return this.base.slice(from + this.shift, to + this.shift);
    if (from >= this.start && to <= this.windowEnd) return this.window.slice(from - this.start, to - this.start);
    // Across a border of the replacement: the pieces, joined (a short read in practice).
    let out = from < this.start ? this.base.slice(from, this.start) : '';
    out += this.window.slice(Math.max(0, from - this.start), Math.min(this.window.length, to - this.start));
    if (to > this.windowEnd) out += this.base.slice(this.baseEnd, to + this.shift);
    return out;
  }

  /** The whole text as one string, made once (V8 copies it into one piece when it is first read). */
  toString(): string {
    return (this.joined ??= this.base.slice(0, this.start) + this.window + this.base.slice(this.baseEnd));
  }

  /**
   * This text with [from, to) replaced by `inserted`: the region replaced grows to cover the edit,
   * its new characters are copied from this text (the region only).
   */
  edit(from: number, to: number, inserted: string, limit = PATCH_LIMIT): TextSource {
    const start = Math.min(this.start, from);
    const end = Math.max(this.windowEnd, to); // in this text
    // Too wide a region: the new text is made from the pieces (copied once, when it is first read),
    // and the next edits patch it.
    if (end - start + inserted.length - (to - from) > limit) return this.slice(0, from) + inserted + this.slice(to);
    const window = this.slice(start, from) + inserted + this.slice(to, end);
    return new PatchedText(this.base, start, end + this.shift, window);
  }
}

/** The whole text of a source as one string. */
export function joinedText(source: TextSource): string {
  return typeof source === 'string' ? source : (source as PatchedText).toString();
}

/**
 * `source` with [from, to) replaced by `inserted`, read without joining the result. `limit` is
 * PATCH_LIMIT but in tests, which make small texts patched ones.
 */
export function editSource(source: TextSource, from: number, to: number, inserted: string, limit = PATCH_LIMIT): TextSource {
  if (typeof source !== 'string') return (source as PatchedText).edit(from, to, inserted, limit);
  // Small texts are simply joined: a patch is worth it only where a copy of the text costs.
  if (source.length <= limit || inserted.length + (to - from) > limit) return joinEdit(source, from, to, inserted);
  return new PatchedText(source, from, to, inserted);
}

function joinEdit(text: string, from: number, to: number, inserted: string): string {
  return text.slice(0, from) + inserted + text.slice(to);
}

/** The code unit at `i` as a one-character string (`string[i]`), or '' outside the text. */
export function unitAt(text: TextSource, i: number): string {
  return i >= 0 && i < text.length ? String.fromCharCode(text.charCodeAt(i)) : '';
}

/** Whether `text` holds `word` at `at` (String.prototype.startsWith with a position). */
export function startsWithAt(text: TextSource, word: string, at: number): boolean {
  if (at < 0 || at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(at + k) !== word.charCodeAt(k)) return false;
  return true;
}
