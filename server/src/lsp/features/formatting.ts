// textDocument/formatting and rangeFormatting: certain fixes and tidy blank lines, sent as one
// minimal edit.

import * as lsp from 'vscode-languageserver';
import { ResolvedConfig } from '../core/config';
import { formatRange, formatText } from '../core/editing/formatting';
import { diffEdit } from '../core/editing/textDiff';
import { Locale } from '../core/i18n';
import { ReportModel } from '../core/model/reportModel';
import { toTextEdit } from './convert';

export function provideFormatting(model: ReportModel, config: ResolvedConfig, locale: Locale): lsp.TextEdit[] {
  const edit = diffEdit(model.text, formatText(model.text, config, locale));
  return edit ? [toTextEdit(model, edit)] : [];
}

export function provideRangeFormatting(model: ReportModel, range: lsp.Range, config: ResolvedConfig, locale: Locale): lsp.TextEdit[] {
  const edit = diffEdit(model.text, formatRange(model.text, model.index.offsetAt(range.start), model.index.offsetAt(range.end), config, locale));
  return edit ? [toTextEdit(model, edit)] : [];
}
