// Insert the next sibling heading after the section under the cursor: "（三）" after （二）'s
// section, in the list's own style; later siblings are renumbered.

import { renumberedOrdinal } from '../../model/ordinals';
import { ReportModel } from '../../model/reportModel';
import { documentEol, headingAt, sectionBlock } from './sectionBlocks';
import { EditResult, renumberLines } from './sectionMove';

const STAND_IN = '\uE000';

export function insertSiblingHeading(model: ReportModel, offset: number): (EditResult & { character: number }) | undefined {
  const h = headingAt(model, offset);
  if (!h) return undefined;
  const eol = documentEol(model.text);
  const block = sectionBlock(model, h);
  // Insert after the section's last non-blank line.
  let line = block.endLine;
  while (line > block.startLine + 1 && model.lines[line - 1]?.blank) line--;
  const ordinal = renumberedOrdinal(h.ordinal, h.ordinal.value + 1);
  const at = line < model.index.lineCount ? model.index.starts[line] : model.text.length;
  const needsBreak = at === model.text.length && !/[\r\n]$/.test(model.text);
  // A bare ordinal line is no heading to the parser, so renumber with a stand-in text, then drop it.
  const text = model.text.slice(0, at) + (needsBreak ? eol : '') + ordinal + STAND_IN + eol + model.text.slice(at);
  const last = h.list.items[h.list.items.length - 1];
  const renumbered = renumberLines(text, line, Math.max(line, sectionBlock(model, last).endLine + 1)).replace(STAND_IN, '');
  return { text: renumbered, line: line + (needsBreak ? 1 : 0), character: ordinal.length };
}
