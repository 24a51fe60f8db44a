// Publishing diagnostics. Changes are coalesced and a result is sent only if its version is still
// the document's version, so stale results never reach the editor. A change behind which a newer
// one has already arrived (messages that queued up during a long diagnosis, a paste or an undo sent
// as many didChange messages) is not diagnosed at all: the newest is (lsp/changeArrivals.ts). The
// first change after a pause is diagnosed at once; one that follows another closely, arriving
// separately, waits until the burst has settled.

import * as lsp from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** A change this soon after the previous one of the same document is part of a burst. */
const BURST_WINDOW_MS = 50;
/** A burst has settled when no change came for this long. */
const SETTLE_MS = 30;

/** Runs fn after the messages already queued (setImmediate in Node; a browser has only setTimeout); returns its cancel. */
function nextTurn(fn: () => void): () => void {
  if (typeof setImmediate === 'function') {
    const i = setImmediate(fn);
    return () => clearImmediate(i);
  }
  const t = setTimeout(fn, 0);
  return () => clearTimeout(t);
}

export class DiagnosticsPublisher {
  private readonly pending = new Map<string, TextDocument>();
  private scheduled: { cancel(): void } | undefined;
  private readonly lastActivity = new Map<string, number>();

  constructor(
    private readonly connection: lsp.Connection,
    private readonly current: (uri: string) => TextDocument | undefined,
    /** The diagnostics to publish for a version: now, or later (from the worker; undefined if superseded). */
    private readonly compute: (doc: TextDocument) => lsp.Diagnostic[] | Promise<lsp.Diagnostic[] | undefined>,
    /** Whether a newer version of the document has already arrived (ChangeArrivals.newerThan). */
    private readonly newerArrived: (uri: string, version: number) => boolean,
  ) {}

  schedule(doc: TextDocument): void {
    // Superseded already: the newer version, handled in a later turn, is scheduled then.
    if (this.newerArrived(doc.uri, doc.version)) return;
    this.pending.set(doc.uri, doc);
    const now = Date.now();
    const last = this.lastActivity.get(doc.uri);
    this.lastActivity.set(doc.uri, now);
    if (last !== undefined && now - last < BURST_WINDOW_MS) {
      // Part of a burst: (re)start the settle timer; whatever was scheduled is superseded.
      this.scheduled?.cancel();
      const t = setTimeout(() => this.flush(), SETTLE_MS);
      this.scheduled = { cancel: () => clearTimeout(t) };
      return;
    }
    if (this.scheduled) return;
    this.scheduled = { cancel: nextTurn(() => this.flush()) };
  }

  clear(uri: string): void {
    this.pending.delete(uri);
    this.lastActivity.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private flush(): void {
    this.scheduled = undefined;
    const docs = [...this.pending.values()];
    this.pending.clear();
    for (const doc of docs) {
      const version = doc.version;
      // The text too, not the version alone: a client may reuse a version number for other text.
      const text = doc.getText();
      const isCurrent = () => {
        const now = this.current(doc.uri);
        return now?.version === version && now.getText() === text;
      };
      if (!isCurrent()) continue; // a newer version is queued or it closed
      const publish = (diagnostics: lsp.Diagnostic[] | undefined) => {
        // Only results of the text the editor has now: never an old one.
        if (!diagnostics || !isCurrent()) return;
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
