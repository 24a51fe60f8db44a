// textDocument/foldingRange: every section folds to its heading line.

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
  if (model.signature && model.signature.signer.length > 0) {
    const s = index.lineAt(model.signature.span.start);
    const e = index.lineAt(model.signature.span.end);
    if (e > s) out.push({ startLine: s, endLine: e, kind: lsp.FoldingRangeKind.Region });
  }
  return out;
}
