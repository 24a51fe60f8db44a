// A section as whole lines of text: what moves, promotions and insertions cut and paste.

import { HeadingNode, OutlineNode } from '../../model/outlineTree';
import { nodeAt, ReportModel } from '../../model/reportModel';

export interface LineBlock {
  /** First line and the line after the block (exclusive). */
  startLine: number;
  endLine: number;
}

/** The heading whose section holds the offset (the innermost one). */
export function headingAt(model: ReportModel, offset: number): HeadingNode | undefined {
  let n: OutlineNode | undefined = nodeAt(model, offset);
  while (n && n.kind !== 'heading') n = n.parent;
  if (n) return n;
  // On a blank line after a section: the nearest heading above.
  const line = model.index.lineAt(offset);
  let found: HeadingNode | undefined;
  for (const h of model.headings) if (h.paragraph.startLine <= line) found = h;
  return found;
}

/**
 * The section's lines: from its heading to the line before the next heading or item that is not
 * its descendant (blank lines after it included), or to the end of the document.
 */
export function sectionBlock(model: ReportModel, h: HeadingNode): LineBlock {
  const startLine = h.paragraph.startLine;
  const nextStart = nextNodeLine(model, h);
  let end = Math.min(model.index.lineAt(h.sectionSpan.end) + 1, nextStart);
  while (end < model.index.lineCount && end < nextStart && model.lines[end].blank) end++;
  // The signature stays where it is.
  if (model.signature) end = Math.min(end, Math.max(model.index.lineAt(model.signature.span.start), startLine + 1));
  return { startLine, endLine: Math.min(end, model.index.lineCount) };
}

/** The line of the first outline node after the section's last descendant (descendants are contiguous). */
function nextNodeLine(model: ReportModel, h: HeadingNode): number {
  let last: OutlineNode = h;
  while (last.kind === 'heading' && last.children.length) last = last.children[last.children.length - 1];
  let line = model.index.lineCount;
  for (const n of [...model.headings, ...model.items]) {
    if (n.paragraph.index > last.paragraph.index) line = Math.min(line, n.paragraph.startLine);
  }
  return line;
}

/** The text of lines [start, end), always ending with a line break (LF or the document's own). */
export function blockText(model: ReportModel, b: LineBlock, eol: string): string {
  const { index, text } = model;
  const start = index.starts[b.startLine];
  const end = b.endLine < index.lineCount ? index.starts[b.endLine] : text.length;
  const s = text.slice(start, end);
  return /\r\n|\r|\n$/.test(s.slice(-2)) ? s : s + eol;
}

export function documentEol(text: string): string {
  const m = /\r\n|\r|\n/.exec(text);
  return m ? m[0] : '\n';
}
