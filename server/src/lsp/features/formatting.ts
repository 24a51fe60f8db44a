// textDocument/formatting and rangeFormatting: certain fixes and tidy blank lines, sent as one
// minimal edit; they start from the model and diagnostics the server already has.

import * as lsp from 'vscode-languageserver';
import { ResolvedConfig } from '../../core/config/config';
import { formatReport, formatReportRange } from '../../core/ide/formatting';
import { Diagnostic } from '../../core/rules/rule';
import { diffEdit } from '../../core/ide/sections/textDiff';
import { Locale } from '../../core/text/i18n';
import { ReportModel } from '../../core/model/reportModel';
import { toTextEdit } from '../convert';

export function provideFormatting(model: ReportModel, diagnostics: Diagnostic[], config: ResolvedConfig, locale: Locale): lsp.TextEdit[] {
  const edit = diffEdit(model.text, formatReport(model, diagnostics, config, locale));
  return edit ? [toTextEdit(model, edit)] : [];
}

export function provideRangeFormatting(model: ReportModel, diagnostics: Diagnostic[], range: lsp.Range, config: ResolvedConfig, locale: Locale): lsp.TextEdit[] {
  const edit = diffEdit(model.text, formatReportRange(model, diagnostics, model.index.offsetAt(range.start), model.index.offsetAt(range.end), config, locale));
  return edit ? [toTextEdit(model, edit)] : [];
}
