// textDocument/documentSymbol: the hierarchical outline (Outline view, breadcrumbs, Go to Symbol).

import * as lsp from 'vscode-languageserver';
import { Locale } from '../../core/text/i18n';
import { buildOutline, OutlineEntry } from '../../core/ide/outline';
import { ReportModel } from '../../core/model/reportModel';
import { toRange } from '../convert';

// Headings are String, as VS Code's Markdown extension gives its headers (vscode-markdown-
// languageservice), so a report's Outline looks like a document's, not a program's `{ }` namespaces.
const KIND: Record<OutlineEntry['kind'], lsp.SymbolKind> = {
  title: lsp.SymbolKind.File,
  heading: lsp.SymbolKind.String,
  part: lsp.SymbolKind.String,
  item: lsp.SymbolKind.EnumMember,
};

export function provideDocumentSymbols(model: ReportModel, locale: Locale): lsp.DocumentSymbol[] {
  const convert = (e: OutlineEntry): lsp.DocumentSymbol => ({
    name: e.name || ' ',
    detail: e.detail,
    kind: KIND[e.kind],
    range: toRange(model, e.span),
    selectionRange: toRange(model, e.selectionSpan),
    children: e.children.map(convert),
  });
  return buildOutline(model, locale).map(convert);
}
