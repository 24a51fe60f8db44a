// Incremental parsing: after an edit, only the lines and paragraphs around it are read again; the
// lines and paragraphs before it are reused as they are and those after it are carried over at
// their new offsets (paragraphs keep their id, so findings cached per paragraph are reused). The
// tree, the front matter and the section spans are rebuilt from the paragraphs, which is cheap.
// The result is the model a fresh parse of the new text gives (the property tests compare them).

import { LineIndex } from '../text/lineIndex';
import { joinedText, TextSource } from '../text/textSource';
import { buildParagraphs, classifyLine, dropLoneOrdinal, keepParagraph, LineInfo, Paragraph, moveParagraph, shapeOf } from './paragraphs';
import { modelFromParagraphs, parseReport, ReportModel } from './reportModel';

/** A region of the old text [start, oldEnd) that became [start, newEnd) in the new text. */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * Adds an edit of the current text (replacing [start, end) with `inserted` characters) to the
 * change accumulated since the last parse: several edits between two parses (a burst of
 * keystrokes, a multi-cursor edit) become one region covering them all.
 */
export function composeChange(prev: TextChange | undefined, start: number, end: number, inserted: number): TextChange {
  if (!prev) return { start, oldEnd: end, newEnd: start + inserted };
  const delta = prev.newEnd - prev.oldEnd; // beyond prev.newEnd the current text is the old one moved by delta
  const touchedEnd = Math.max(prev.newEnd, end); // in the current text
  return { start: Math.min(prev.start, start), oldEnd: touchedEnd - delta, newEnd: touchedEnd + inserted - (end - start) };
}

/**
 * The model of `text`, which is `prev.text` with `change` applied. `prev` is given up: the lines
 * and paragraphs after the change are moved into the new model in place, so only the newest model
 * of a document may be kept (ModelCache keeps one per document).
 */
export function reparseReport(prev: ReportModel, text: TextSource, change: TextChange): ReportModel {
  const delta = change.newEnd - change.oldEnd;
  const old = prev.index;
  if (prev.source.length + delta !== text.length || change.start < 0 || change.oldEnd > prev.source.length || change.start > change.oldEnd) return parseReport(joinedText(text));

  // Lines: read again from the line before the change up to the second line after it (a CR LF pair
  // or a line break can be split or joined by the edit); the lines after that are the old ones.
  const a = Math.max(0, old.lineAt(change.start) - 1);
  const resumeOld = old.lineAt(change.oldEnd) + 2;
  const limit = resumeOld < old.lineCount ? old.starts[resumeOld] + delta : text.length;
  const midStarts = [old.starts[a]];
  const midEnds: number[] = [];
  for (let k = old.starts[a]; k < limit; ) {
    const c = text.charCodeAt(k);
    if (c !== 10 && c !== 13) {
      k++;
      continue;
    }
    midEnds.push(k);
    k = c === 13 && text.charCodeAt(k + 1) === 10 ? k + 2 : k + 1;
    midStarts.push(k);
  }
  if (resumeOld < old.lineCount) {
    // The last line read must end exactly where the reused lines begin.
    if (midStarts[midStarts.length - 1] !== limit) return parseReport(joinedText(text));
    midStarts.pop();
  } else {
    midEnds.push(text.length);
  }
  const mid = midStarts.length;
  const lineDelta = a + mid - resumeOld;
  const lineCount = a + mid + Math.max(0, old.lineCount - resumeOld);
  // With as many lines as before (typing within lines: most edits) the line table and the lines are
  // updated in their arrays, the previous model's, which it gives up; else they are new arrays.
  const inPlace = lineDelta === 0;
  const starts = inPlace ? old.starts : new Int32Array(lineCount);
  const ends = inPlace ? old.ends : new Int32Array(lineCount);
  if (!inPlace) {
    starts.set(old.starts.subarray(0, a));
    ends.set(old.ends.subarray(0, a));
  }
  for (let l = resumeOld, k = a + mid; l < old.lineCount; l++, k++) {
    starts[k] = old.starts[l] + delta;
    ends[k] = old.ends[l] + delta;
  }
  starts.set(midStarts, a);
  ends.set(midEnds, a);
  const index = new LineIndex(text, { starts, ends });

  const lines: LineInfo[] = inPlace ? prev.lines : new Array(lineCount);
  if (!inPlace) for (let l = 0; l < a; l++) lines[l] = prev.lines[l];
  const probe: LineInfo[] = [];
  for (let l = a; l < a + mid; l++) probe.push(classifyLine(index, l));
  // A lone ordinal is judged by the next line as read, before its own judgement: give the last
  // line read its successor as a fresh read would see it.
  if (a + mid < index.lineCount) probe.push(classifyLine(index, a + mid));
  for (let l = 0; l < mid; l++) dropLoneOrdinal(probe, l);
  for (let l = 0; l < mid; l++) lines[a + l] = probe[l];
  for (let l = resumeOld, k = a + mid; l < prev.lines.length; l++, k++) {
    const o = prev.lines[l];
    if (o.blank) {
      lines[k] = o; // BLANK_LINE: no offsets to move
      continue;
    }
    // Moved in place, like the paragraphs below (the previous model is given up). The ordinal is
    // carried as it is: it was parsed from at most 12 characters, which V8 copies rather than
    // slices, so it keeps no old text alive (the heap test in the security suite). Draft marks
    // ("## ", "- ") are offsets only: moved with the line.
    if (delta !== 0) {
      o.start += delta;
      o.end += delta;
      if (o.marks) for (const m of o.marks) (m.start += delta), (m.end += delta);
    }
    lines[k] = o;
  }

  // Paragraphs: rebuilt from the one whose joining decisions look at the lines read again (a line
  // is joined to the next by looking up to two lines ahead), until a paragraph ends past them and
  // the next one starts where an old paragraph started.
  const ps = prev.paragraphs;
  let pi = firstEndingAtOrAfter(ps, a - 2);
  const fromLine = pi < ps.length ? Math.min(ps[pi].startLine, a) : ps.length ? ps[ps.length - 1].endLine + 1 : 0;
  if (pi >= ps.length) pi = ps.length;
  let resumeAt = -1; // index in ps of the first paragraph carried over
  const rebuilt = buildParagraphs(index, lines, fromLine, pi, (p) => {
    if (p.endLine < a + mid - 1) return false;
    let next = p.endLine + 1;
    while (next < lines.length && lines[next].blank) next++;
    if (next >= lines.length) return true;
    if (next < a + mid) return false;
    const q = paragraphStartingAt(ps, next - lineDelta);
    if (q < 0) return false;
    resumeAt = q;
    return true;
  });
  // The sums of this version are the previous ones minus the paragraphs dropped, plus those read
  // (taken before the array may be written over).
  const removed = ps.slice(pi, resumeAt >= 0 ? resumeAt : ps.length).map(shapeOf);
  // Sized once (20,000 paragraphs grown push by push are copied several times per keystroke), or,
  // with as many paragraphs as before, the previous model's array written over.
  const carried = resumeAt >= 0 ? ps.length - resumeAt : 0;
  const count = pi + rebuilt.length + carried;
  const paragraphs: Paragraph[] = count === ps.length ? ps : new Array(count);
  for (let k = 0; k < pi; k++) paragraphs[k] = keepParagraph(ps[k], text);
  for (let k = 0; k < rebuilt.length; k++) paragraphs[pi + k] = rebuilt[k];
  for (let q = resumeAt, k = pi + rebuilt.length; k < paragraphs.length; q++, k++) {
    const p = ps[q];
    paragraphs[k] = moveParagraph(p, text, k, lineDelta, delta, lines[p.startLine + lineDelta].ordinal);
  }
  return modelFromParagraphs(index, lines, paragraphs, { sums: prev.sums, at: pi, removed, added: rebuilt }, { tree: prev, delta });
}

/** Index of the first paragraph whose last line is at or after `line` (ps.length if none). */
function firstEndingAtOrAfter(ps: Paragraph[], line: number): number {
  let lo = 0;
  let hi = ps.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (ps[m].endLine < line) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/** Index of the paragraph that starts at `line`, or -1. */
function paragraphStartingAt(ps: Paragraph[], line: number): number {
  let lo = 0;
  let hi = ps.length - 1;
  while (lo <= hi) {
    const m = (lo + hi) >> 1;
    if (ps[m].startLine < line) lo = m + 1;
    else if (ps[m].startLine > line) hi = m - 1;
    else return m;
  }
  return -1;
}
