// Spans, edits, and applying and combining fixes. Fixes are plain edits, so a combined fix-all is the union of the
// chosen edits with exact duplicates merged (several findings of one list offer the same
// renumbering) and overlaps dropped (the first in document order wins).

import type { TextSource } from './textSource';

/** Half-open span of offsets (UTF-16 code units) in the document text. */
export interface Span {
  start: number;
  end: number;
}

/** A replacement of a span of the document text. */
export interface Edit {
  span: Span;
  newText: string;
}

export function normalizeEdits(edits: Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const out: Edit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && last.span.start === e.span.start && last.span.end === e.span.end && last.newText === e.newText) continue;
    if (last && e.span.start < last.span.end) continue;
    // Two insertions at one point would make the order ambiguous: keep the first.
    if (last && e.span.start === last.span.start && e.span.start === e.span.end && last.span.start === last.span.end) continue;
    // A no-op edit changes nothing; dropping it keeps "fix all" honest about what it does.
    out.push(e);
  }
  return out;
}

export function applyEdits(text: string, edits: Edit[]): string {
  const ordered = normalizeEdits(edits);
  let out = '';
  let at = 0;
  for (const e of ordered) {
    out += text.slice(at, e.span.start) + e.newText;
    at = e.span.end;
  }
  return out + text.slice(at);
}

/** True when applying the edit leaves the text as it was. */
export function isNoop(text: TextSource, e: Edit): boolean {
  return text.slice(e.span.start, e.span.end) === e.newText;
}
