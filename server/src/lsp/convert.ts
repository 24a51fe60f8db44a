// The one edge between the core and LSP: core spans (UTF-16 offsets) become LSP ranges, core
// diagnostics become LSP diagnostics. The core already counts in UTF-16 code units, so a position
// is only a line lookup.

import * as lsp from 'vscode-languageserver';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineIndex } from '../core/text/lineIndex';
import { Edit, Span } from '../core/text/edit';
import { Diagnostic } from '../core/rules/rule';
import { ruleDocUrl } from '../core/rules';
import { Severity } from '../core/config/config';

/** Anything with a line index of the text the spans point into (a report model has one). */
export interface Indexed {
  index: LineIndex;
}

export function toRange(doc: Indexed, span: Span): lsp.Range {
  return doc.index.rangeOf(span);
}

export function toTextEdit(doc: Indexed, e: Edit): lsp.TextEdit {
  return { range: toRange(doc, e.span), newText: e.newText };
}

const SEVERITY: Record<Severity, lsp.DiagnosticSeverity> = {
  error: lsp.DiagnosticSeverity.Error,
  warning: lsp.DiagnosticSeverity.Warning,
  info: lsp.DiagnosticSeverity.Information,
  hint: lsp.DiagnosticSeverity.Hint,
};

/** The doc page shipped beside dist/ (read offline); built once per rule, not once per diagnostic. */
const docUris = new Map<string, string>();
let docRoot: string | undefined;
export function ruleDocUri(id: string): string {
  let uri = docUris.get(id);
  if (uri === undefined) docUris.set(id, (uri = ruleDocUrl(id, (docRoot ??= pathToFileURL(join(__dirname, '..')).toString()))));
  return uri;
}

/** Where the extension's files are when they are not on disk beside dist/ (VS Code for the Web). */
export function setRuleDocRoot(root: string): void {
  docRoot = root;
  docUris.clear();
}

export function toLspDiagnostic(doc: Indexed, d: Diagnostic, uri: string): lsp.Diagnostic {
  const out: lsp.Diagnostic = {
    range: toRange(doc, d.span),
    severity: SEVERITY[d.severity],
    code: d.rule,
    codeDescription: { href: ruleDocUri(d.rule) },
    source: 'baogao',
    message: d.message,
  };
  if (d.related?.length) out.relatedInformation = d.related.map((r) => ({ location: { uri, range: toRange(doc, r.span) }, message: r.message }));
  return out;
}
