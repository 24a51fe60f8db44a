// Core spans (UTF-16 offsets) ↔ LSP ranges. The core already counts in UTF-16 code units, so this
// is only a line lookup.

import * as lsp from 'vscode-languageserver';
import { ReportModel } from '../core/model/reportModel';
import { Span } from '../core/text/lineIndex';
import { Edit } from '../core/rules/types';

export function toRange(model: ReportModel, span: Span): lsp.Range {
  return model.index.rangeOf(span);
}

export function toTextEdit(model: ReportModel, e: Edit): lsp.TextEdit {
  return { range: toRange(model, e.span), newText: e.newText };
}
