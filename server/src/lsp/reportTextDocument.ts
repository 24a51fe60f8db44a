// The server's document: what vscode-languageserver-textdocument's TextDocument does, on a text
// that an edit does not join. That TextDocument cuts the new text from the old one and reads the
// characters around the edit, so every keystroke copied the whole text into a new flat string
// (core/text/textSource.ts says why that costs). Here the text is a TextSource: the model reads it
// where the edit was, and the whole string is made only when a feature asks for it (getText()).

import { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../core/text/lineIndex';
import { editSource, joinedText, PATCH_LIMIT, TextSource } from '../core/text/textSource';

const LF = 10;
const CR = 13;

/** Offsets where lines start after each line break in `text` (read from `from`), shifted by `base`. */
function lineStartsIn(text: TextSource, from: number, to: number, base: number, out: number[]): number[] {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === CR) {
      if (i + 1 < to && text.charCodeAt(i + 1) === LF) i++;
      out.push(base + i + 1);
    } else if (c === LF) out.push(base + i + 1);
  }
  return out;
}

export class ReportTextDocument implements TextDocument {
  private text: TextSource;
  /** Start offset of every line; made when first needed. */
  private lineOffsets: number[] | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private _version: number,
    content: string,
    /** PATCH_LIMIT; tests give a small one, so that short texts are patched too. */
    private readonly patchLimit = PATCH_LIMIT,
  ) {
    this.text = content;
  }

  get version(): number {
    return this._version;
  }

  /** The text as the model reads it (see TextSource). */
  get source(): TextSource {
    return this.text;
  }

  getText(range?: Range): string {
    if (!range) return joinedText(this.text);
    const start = this.offsetAt(range.start);
    const end = this.offsetAt(range.end);
    return start < end ? this.text.slice(start, end) : '';
  }

  get lineCount(): number {
    return this.offsets().length;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.text.length), 0);
    const offsets = this.offsets();
    let low = 0;
    let high = offsets.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (offsets[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    return { line, character: this.beforeLineBreak(offset, offsets[line]) - offsets[line] };
  }

  offsetAt(position: Position): number {
    const offsets = this.offsets();
    if (position.line >= offsets.length) return this.text.length;
    if (position.line < 0) return 0;
    const lineStart = offsets[position.line];
    if (position.character <= 0) return lineStart;
    const next = position.line + 1 < offsets.length ? offsets[position.line + 1] : this.text.length;
    return this.beforeLineBreak(Math.min(lineStart + position.character, next), lineStart);
  }

  getLineRange(line: number): Range {
    const offsets = this.offsets();
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    if (line >= offsets.length) {
      const last = offsets.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.text.length - offsets[last] } };
    }
    const start = offsets[line];
    const next = line + 1 < offsets.length ? offsets[line + 1] : this.text.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeLineBreak(next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    const offsets = this.offsets();
    if (line < 0 || line >= offsets.length) return '';
    const next = line + 1 < offsets.length ? offsets[line + 1] : this.text.length;
    return this.text.slice(this.beforeLineBreak(next, offsets[line]), next);
  }

  /** Applies the changes in order (each one's positions are in the text the previous ones left). */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (!('range' in change)) {
        this.text = change.text;
        this.lineOffsets = undefined;
        continue;
      }
      const { start: p, end: q } = wellFormed(change.range);
      const start = this.offsetAt(p);
      const end = this.offsetAt(q);
      // The lines of the offsets (a position past the end of a line or of the text is clamped).
      const startLine = this.positionAt(start).line;
      const endLine = this.positionAt(end).line;
      this.text = editSource(this.text, start, end, change.text, this.patchLimit);
      const insertedEnd = start + change.text.length;
      // A CR LF pair joined or split at a border of the edit changes lines outside the inserted text.
      if (this.pairAt(start) || this.pairAt(insertedEnd)) {
        this.lineOffsets = undefined;
        continue;
      }
      const offsets = this.lineOffsets;
      if (!offsets) continue;
      const added = lineStartsIn(change.text, 0, change.text.length, start, []);
      if (added.length === endLine - startLine) for (let i = 0; i < added.length; i++) offsets[startLine + 1 + i] = added[i];
      else if (added.length < 10000) offsets.splice(startLine + 1, endLine - startLine, ...added);
      else this.lineOffsets = offsets.slice(0, startLine + 1).concat(added, offsets.slice(endLine + 1));
      const diff = change.text.length - (end - start);
      if (diff !== 0) {
        const o = this.lineOffsets!;
        for (let i = startLine + 1 + added.length; i < o.length; i++) o[i] += diff;
      }
    }
    this._version = version;
  }

  /**
   * The core's line index of this version, made from the document's own line starts: no second
   * scan of the text (diagnostics computed in the worker thread are placed with it).
   */
  lineIndex(): LineIndex {
    const offsets = this.offsets();
    const n = offsets.length;
    const starts = Int32Array.from(offsets);
    const ends = new Int32Array(n);
    for (let l = 0; l < n; l++) ends[l] = l + 1 < n ? this.beforeLineBreak(offsets[l + 1], offsets[l]) : this.text.length;
    return new LineIndex(this.text, { starts, ends });
  }

  private offsets(): number[] {
    return (this.lineOffsets ??= lineStartsIn(this.text, 0, this.text.length, 0, [0]));
  }

  private pairAt(offset: number): boolean {
    return offset > 0 && offset < this.text.length && this.text.charCodeAt(offset - 1) === CR && this.text.charCodeAt(offset) === LF;
  }

  private beforeLineBreak(offset: number, lineStart: number): number {
    while (offset > lineStart && (this.text.charCodeAt(offset - 1) === CR || this.text.charCodeAt(offset - 1) === LF)) offset--;
    return offset;
  }
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

/** The text a document reads from: its TextSource when it keeps one, else its string. */
export function sourceOf(doc: { getText(): string; source?: TextSource }): TextSource {
  return doc.source ?? doc.getText();
}
