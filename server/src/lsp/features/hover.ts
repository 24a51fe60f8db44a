// textDocument/hover: a finding's basis; what a placeholder is missing; a heading's path, length and sub-items.

import * as lsp from 'vscode-languageserver';
import { hoverAt } from '../../core/ide/hover';
import { Locale } from '../../core/text/i18n';
import { ReportModel } from '../../core/model/reportModel';
import { toRange } from '../convert';
import { Diagnostic } from '../../core/rules/rule';

export function provideHover(model: ReportModel, diagnostics: Diagnostic[], position: lsp.Position, locale: Locale): lsp.Hover | null {
  const info = hoverAt(model, model.index.offsetAt(position), locale, diagnostics);
  return info ? { contents: { kind: lsp.MarkupKind.Markdown, value: info.markdown }, range: toRange(model, info.span) } : null;
}
