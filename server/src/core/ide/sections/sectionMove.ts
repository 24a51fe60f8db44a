// Move the section under the cursor up or down among its siblings, with its body and children;
// the lists involved are renumbered afterwards. At the edge of its list a section moves into the
// neighbouring parent's list (last place when moving up, first when moving down).

import { renumberListEdits } from '../../model/renumber';
import { applyEdits } from '../../text/edit';
import { HeadingNode } from '../../model/outlineTree';
import { parseReport, ReportModel } from '../../model/reportModel';
import { LineIndex } from '../../text/lineIndex';
import { blockText, documentEol, headingAt, sectionBlock } from './sectionBlocks';

export interface EditResult {
  text: string;
  /** Where the cursor should go: the moved or new heading's line. */
  line: number;
}

export function moveSection(model: ReportModel, offset: number, direction: 'up' | 'down'): EditResult | undefined {
  const h = headingAt(model, offset);
  if (!h) return undefined;
  const siblings = h.list.items;
  const i = siblings.indexOf(h);
  const other = direction === 'up' ? siblings[i - 1] : siblings[i + 1];
  const eol = documentEol(model.text);
  const mine = sectionBlock(model, h);
  const lines = model.index;
  const at = (line: number) => (line < lines.lineCount ? lines.starts[line] : model.text.length);

  let text: string;
  let newLine: number;
  if (other) {
    const theirs = sectionBlock(model, other);
    const [first, second] = direction === 'up' ? [theirs, mine] : [mine, theirs];
    const a = blockText(model, first, eol);
    const b = blockText(model, second, eol);
    const swapped = b + a;
    const end = at(second.endLine);
    const trailing = end === model.text.length && !/[\r\n]$/.test(model.text) ? eol : '';
    text = model.text.slice(0, at(first.startLine)) + (trailing ? swapped.slice(0, -eol.length) : swapped) + model.text.slice(end);
    newLine = direction === 'up' ? first.startLine : first.startLine + (second.endLine - second.startLine);
  } else {
    // Across the parent boundary: into the previous parent's end, or the next parent's start.
    const parent = h.parent;
    if (!parent) return undefined;
    const parentSiblings = parent.list.items;
    const target = parentSiblings[parentSiblings.indexOf(parent) + (direction === 'up' ? -1 : 1)];
    if (!target) return undefined;
    const block = blockText(model, mine, eol);
    const without = model.text.slice(0, at(mine.startLine)) + model.text.slice(at(mine.endLine));
    const removed = mine.endLine - mine.startLine;
    if (direction === 'up') {
      const dest = sectionBlock(model, target).endLine; // after the previous parent's section
      text = insertAt(without, lineStart(without, dest), block);
      newLine = dest;
    } else {
      const tb = sectionBlock(model, target);
      const firstChild = target.children.find((c) => c.kind === 'heading') as HeadingNode | undefined;
      const dest = (firstChild ? firstChild.paragraph.startLine : tb.startLine + 1) - removed;
      text = insertAt(without, lineStart(without, dest), block);
      newLine = dest;
    }
  }
  const size = mine.endLine - mine.startLine;
  const lo = Math.min(mine.startLine, newLine);
  const hi = Math.max(mine.endLine, newLine + size) + (other ? sectionBlock(model, other).endLine - sectionBlock(model, other).startLine : 0);
  return { text: renumberLines(text, lo, hi), line: newLine };
}

function lineStart(text: string, line: number): number {
  const index = new LineIndex(text); // a line table is all it takes; no need to parse the report
  return line < index.lineCount ? index.starts[line] : text.length;
}

function insertAt(text: string, offset: number, s: string): string {
  const needsBreak = offset === text.length && text.length > 0 && !/[\r\n]$/.test(text);
  return text.slice(0, offset) + (needsBreak ? documentEol(text) : '') + s + text.slice(offset);
}

/** Renumbers every list with a heading on lines [lo, hi]: the lists a move or a level change touched. */
export function renumberLines(text: string, lo: number, hi: number): string {
  const model = parseReport(text);
  const lists = new Set(model.headings.filter((x) => x.paragraph.startLine >= lo && x.paragraph.startLine <= hi).map((x) => x.list));
  return applyEdits(text, [...lists].flatMap((l) => renumberListEdits(l)));
}
