// textDocument/hover: what a placeholder is missing; a heading's path, length and sub-items.

import * as lsp from 'vscode-languageserver';
import { hoverAt } from '../core/hoverInfo';
import { Locale } from '../core/i18n';
import { ReportModel } from '../core/model/reportModel';
import { toRange } from './convert';

export function provideHover(model: ReportModel, position: lsp.Position, locale: Locale): lsp.Hover | null {
  const info = hoverAt(model, model.index.offsetAt(position), locale);
  return info ? { contents: { kind: lsp.MarkupKind.Markdown, value: info.markdown }, range: toRange(model, info.span) } : null;
}
