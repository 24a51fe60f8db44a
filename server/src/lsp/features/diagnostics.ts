// Publishing diagnostics. Changes are coalesced (a burst of didChange messages read in one go
// yields one computation for the newest version) and a result is sent only if its version is
// still the document's version, so stale results never reach the editor.

import * as lsp from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** After the messages already queued (setImmediate in Node; a browser has only setTimeout). */
const nextTurn: (fn: () => void) => void = typeof setImmediate === 'function' ? (fn) => setImmediate(fn) : (fn) => setTimeout(fn, 0);

export class DiagnosticsPublisher {
  private readonly pending = new Map<string, TextDocument>();
  private scheduled = false;

  constructor(
    private readonly connection: lsp.Connection,
    private readonly current: (uri: string) => TextDocument | undefined,
    /** The diagnostics to publish for a version: now, or later (from the worker; undefined if superseded). */
    private readonly compute: (doc: TextDocument) => lsp.Diagnostic[] | Promise<lsp.Diagnostic[] | undefined>,
  ) {}

  schedule(doc: TextDocument): void {
    this.pending.set(doc.uri, doc);
    if (this.scheduled) return;
    this.scheduled = true;
    nextTurn(() => this.flush());
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
      const version = doc.version;
      if (this.current(doc.uri)?.version !== version) continue; // a newer version is queued or it closed
      const publish = (diagnostics: lsp.Diagnostic[] | undefined) => {
        // Only results of the version the editor has now: never an old one.
        if (!diagnostics || this.current(doc.uri)?.version !== version) return;
        void this.connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
      };
      const fail = (e: unknown) => this.connection.console.error(`baogao: diagnostics failed for ${doc.uri}: ${(e as Error)?.stack ?? e}`);
      try {
        const result = this.compute(doc);
        if (result instanceof Promise) result.then(publish, fail);
        else publish(result);
      } catch (e) {
        fail(e);
      }
    }
  }
}
