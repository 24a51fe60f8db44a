// Applying LSP text edits to a text, as an editor does with a WorkspaceEdit.

import { applyEdits } from '../../server/src/core/text/edit';
import { LineIndex } from '../../server/src/core/text/lineIndex';

export function applyLspEdits(text: string, edits: { range: any; newText: string }[]): string {
  const index = new LineIndex(text);
  return applyEdits(text, edits.map((e) => ({ span: { start: index.offsetAt(e.range.start), end: index.offsetAt(e.range.end) }, newText: e.newText })));
}
