// textDocument/foldingRange: every section and unnumbered part folds to its first line.

import * as lsp from 'vscode-languageserver';
import { OutlineNode } from '../../core/model/outlineTree';
import { ReportModel } from '../../core/model/reportModel';

export function provideFoldingRanges(model: ReportModel): lsp.FoldingRange[] {
  const out: lsp.FoldingRange[] = [];
  const index = model.index;
  const visit = (nodes: OutlineNode[]) => {
    for (const n of nodes) {
      const startLine = index.lineAt(n.sectionSpan.start);
      const endLine = index.lineAt(n.sectionSpan.end);
      if (endLine > startLine) out.push({ startLine, endLine, kind: lsp.FoldingRangeKind.Region });
      if (n.kind === 'heading') visit(n.children);
    }
  };
  visit(model.roots);
  // Unnumbered parts ("各位代表！" to the end, "关于外交工作", "名词解释") fold to their first line.
  for (const part of model.parts) {
    const startLine = index.lineAt(part.sectionSpan.start);
    const endLine = index.lineAt(part.sectionSpan.end);
    if (endLine > startLine) out.push({ startLine, endLine, kind: lsp.FoldingRangeKind.Region });
  }
  if (model.signature && model.signature.signer.length > 0) {
    const s = index.lineAt(model.signature.span.start);
    const e = index.lineAt(model.signature.span.end);
    if (e > s) out.push({ startLine: s, endLine: e, kind: lsp.FoldingRangeKind.Region });
  }
  return out;
}
