// Publishing diagnostics. Changes are coalesced (a burst of didChange messages read in one go
// yields one computation for the newest version) and a result is sent only if its version is
// still the document's version, so stale results never reach the editor.

import * as lsp from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Diagnostic, Severity } from '../core/rules/types';
import { ReportModel } from '../core/model/reportModel';
import { toRange } from './convert';

const SEVERITY: Record<Severity, lsp.DiagnosticSeverity> = {
  error: lsp.DiagnosticSeverity.Error,
  warning: lsp.DiagnosticSeverity.Warning,
  info: lsp.DiagnosticSeverity.Information,
  hint: lsp.DiagnosticSeverity.Hint,
};

/** docs/rules/<id>.md shipped beside dist/. */
export function ruleDocUri(id: string): string {
  return pathToFileURL(join(__dirname, '..', 'docs', 'rules', `${id}.md`)).toString();
}

export function toLspDiagnostic(model: ReportModel, d: Diagnostic): lsp.Diagnostic {
  return {
    range: toRange(model, d.span),
    severity: SEVERITY[d.severity],
    code: d.rule,
    codeDescription: { href: ruleDocUri(d.rule) },
    source: 'baogao',
    message: d.message,
  };
}

export class DiagnosticsPublisher {
  private readonly pending = new Map<string, TextDocument>();
  private scheduled = false;

  constructor(
    private readonly connection: lsp.Connection,
    private readonly current: (uri: string) => TextDocument | undefined,
    private readonly compute: (doc: TextDocument) => { model: ReportModel; diagnostics: Diagnostic[] },
  ) {}

  schedule(doc: TextDocument): void {
    this.pending.set(doc.uri, doc);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  clear(uri: string): void {
    this.pending.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private flush(): void {
    this.scheduled = false;
    const docs = [...this.pending.values()];
    this.pending.clear();
    for (const doc of docs) {
      const live = this.current(doc.uri);
      if (!live || live.version !== doc.version) continue; // a newer version is queued or it closed
      try {
        const { model, diagnostics } = this.compute(live);
        void this.connection.sendDiagnostics({ uri: live.uri, version: live.version, diagnostics: diagnostics.map((d) => toLspDiagnostic(model, d)) });
      } catch (e) {
        this.connection.console.error(`baogao: diagnostics failed for ${doc.uri}: ${(e as Error).stack ?? e}`);
      }
    }
  }
}
