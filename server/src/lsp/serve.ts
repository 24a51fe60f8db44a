// The language server's behaviour on any connection: it declares its capabilities and registers
// handlers, nothing else. Each feature lives in features/ and reads the one model (and diagnostics)
// of the document's version from its owner in reportDocuments.ts; the model and rules live in
// core/. The transports are elsewhere: languageServer.ts (Node: stdio or IPC) and
// browserServer.ts (VS Code for the Web: a MessagePort).

import * as lsp from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ReportTextDocument } from './reportTextDocument';
import { Locale, toLocale } from '../core/text/i18n';
import { RC_FILE } from '../core/config/rcFile';
import { FOLDER_CHECK_COMMAND, InitializationOptions, SECTION_COMMANDS, WORD_COMMANDS, WORKSPACE_TRUST_NOTIFICATION } from '../protocol';
import { provideDocumentSymbols } from './features/documentSymbols';
import { provideFoldingRanges } from './features/foldingRanges';
import { provideSelectionRanges } from './features/selectionRanges';
import { DiagnosticsPublisher } from './features/diagnostics';
import { FIX_ALL_KIND, provideCodeActions } from './features/codeActions';
import { provideHover } from './features/hover';
import { provideCompletion } from './features/completion';
import { provideFormatting, provideRangeFormatting } from './features/formatting';
import { executeSectionCommand } from './features/sectionCommands';
import { LengthLimitNotifier } from './features/lengthLimit';
import { checkFolderFiles } from './features/folderCheck';
import { WorkspaceSettings } from './workspaceSettings';
import { DiagnosticsOffload, ReportDocument, ReportDocuments } from './reportDocuments';
import { toLspDiagnostic } from './convert';
import { ChangeArrivals } from './changeArrivals';
import { IdleCollector } from './idleCollector';
import { KeystrokeWarmUp, REWARM_ROUNDS, SAMPLE_CHARS, SampleWarmUp, WARM_UP_ROUNDS, warmUpEdit } from './keystrokeWarmUp';

export interface ServerHost {
  /** Where very large documents are diagnosed (Node: a worker thread); none in a browser. */
  offload?: DiagnosticsOffload;
  /** Reads a file the editor has not opened (the folder check), by URI. */
  readFile(uri: string): Promise<Uint8Array>;
  /** The Word commands, loaded on first use; absent in the web build (keeps the .vsix small). */
  word?: () => Promise<typeof import('./features/wordCommands')>;
  /** A full collection and the heap in use (Node started with --expose-gc): see idleCollector.ts. */
  memory?: { collect: () => void; heap: () => { used: number; committed: number } };
  /** The versions the connection's reader has seen arrive (its reader is wrapped by `changes.watch`). */
  changes: ChangeArrivals;
}

export function serve(connection: lsp.Connection, host: ServerHost): void {
  const settings = new WorkspaceSettings(connection);
  let locale: Locale = 'zh';
  const reports = new ReportDocuments({
    configFor: (uri) => settings.configFor(uri),
    locale: () => locale,
    log: (m) => connection.console.error(m),
    offload: host.offload,
  });
  // Edits are applied one by one so that each one's offsets are known: the model cache re-reads
  // only the region they touched. The documents keep their text unjoined (reportTextDocument.ts).
  const documents = new lsp.TextDocuments<ReportTextDocument>({
    create(uri, languageId, version, content) {
      const document = new ReportTextDocument(uri, languageId, version, content);
      // Its line table is built when first asked for, which would be the first keystroke's
      // offsetAt below: 11 ms of a 10 MB report's first keystroke, spent at open instead.
      document.positionAt(0);
      return document;
    },
    update(doc, changes, version) {
      if (changes.length === 0) doc.update(changes, version);
      for (const change of changes) {
        if (lsp.TextDocumentContentChangeEvent.isIncremental(change)) {
          const a = doc.offsetAt(change.range.start);
          const b = doc.offsetAt(change.range.end);
          reports.edited(doc.uri, version, Math.min(a, b), Math.max(a, b), change.text);
        } else {
          reports.replaced(doc.uri);
        }
        doc.update([change], version);
      }
      return doc;
    },
  });

  const lengthLimits = new LengthLimitNotifier(connection, (length) => reports.inWorker(length));
  const publisher = new DiagnosticsPublisher(connection, (uri) => documents.get(uri), async (doc) => {
    const report = reports.of(doc.uri);
    const result = await report.diagnoseForPublishing(doc);
    if (result && documents.get(doc.uri)?.version === doc.version) {
      lengthLimits.update(report, doc);
      warmUp.diagnosed(doc.uri, doc.version);
    }
    return result?.diagnostics.map((d) => toLspDiagnostic(result, d, doc.uri));
  }, (uri, version) => host.changes.newerThan(uri, version));

  /** Runs a request handler so that no document can take the server down. */
  function guarded<P, R>(name: string, fallback: R, handler: (params: P) => R): (params: P) => R {
    return (params: P) => {
      try {
        return handler(params);
      } catch (e) {
        connection.console.error(`baogao: ${name} failed: ${(e as Error).stack ?? e}`);
        return fallback;
      }
    };
  }

  /** A handler about one open document; a document never opened gets the empty result. */
  function onReport<P extends { textDocument: { uri: string } }, R>(name: string, fallback: R, fn: (report: ReportDocument, doc: TextDocument, params: P) => R) {
    return guarded<P, R>(name, fallback, (params) => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? fn(reports.of(doc.uri), doc, params) : fallback;
    });
  }

  connection.onInitialize((params) => {
    // The client's choice (baogao.locale) wins over the editor's display language.
    const init = params.initializationOptions as InitializationOptions | undefined;
    locale = toLocale(init?.locale ?? params.locale);
    settings.setRoots(params, locale);
    settings.trusted = init?.trusted !== false; // editors without workspace trust send nothing
    return {
      capabilities: {
        textDocumentSync: lsp.TextDocumentSyncKind.Incremental,
        documentSymbolProvider: { label: 'Baogao' },
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['（', '(', '。', '；'] },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        executeCommandProvider: { commands: [...Object.values(SECTION_COMMANDS), ...(host.word ? Object.values(WORD_COMMANDS) : []), FOLDER_CHECK_COMMAND] },
        codeActionProvider: { codeActionKinds: [lsp.CodeActionKind.QuickFix, FIX_ALL_KIND] },
      },
      serverInfo: { name: 'baogao-language-server' },
    };
  });

  connection.onInitialized(async () => {
    if (settings.supportsConfiguration) {
      void connection.client.register(lsp.DidChangeConfigurationNotification.type, { section: 'baogao' }).catch(() => undefined);
    }
    await reloadSettings();
  });

  async function reloadSettings(): Promise<void> {
    await settings.reload();
    reports.invalidateAll();
    for (const doc of documents.all()) publisher.schedule(doc);
  }

  connection.onDidChangeConfiguration(() => void reloadSettings());
  // VS Code's "Trust" button: the folder's own patterns apply from now on.
  connection.onNotification(WORKSPACE_TRUST_NOTIFICATION, (p: { trusted?: unknown }) => {
    settings.trusted = p?.trusted === true;
    void reloadSettings();
  });
  connection.onDidChangeWatchedFiles((p) => {
    if (p.changes.some((c) => c.uri.endsWith(RC_FILE))) void reloadSettings();
  });

  connection.onDocumentSymbol(onReport('documentSymbol', [], (r, doc) => provideDocumentSymbols(r.model(doc), locale)));
  connection.onFoldingRanges(onReport('foldingRange', [], (r, doc) => provideFoldingRanges(r.model(doc))));
  connection.onSelectionRanges(onReport('selectionRange', [], (r, doc, p: lsp.SelectionRangeParams) => provideSelectionRanges(r.model(doc), p.positions)));
  connection.onCompletion(onReport('completion', [], (r, doc, p: lsp.CompletionParams) => provideCompletion(r.model(doc), p.position, locale)));
  connection.onHover(
    onReport('hover', null, (r, doc, p: lsp.HoverParams) => {
      const { model, diagnostics } = r.diagnose(doc);
      return provideHover(model, diagnostics, p.position, locale);
    }),
  );
  connection.onDocumentFormatting(
    onReport('formatting', [], (r, doc) => {
      const { model, diagnostics } = r.diagnose(doc);
      return provideFormatting(model, diagnostics, r.config(), locale);
    }),
  );
  connection.onDocumentRangeFormatting(
    onReport('rangeFormatting', [], (r, doc, p: lsp.DocumentRangeFormattingParams) => {
      const { model, diagnostics } = r.diagnose(doc);
      return provideRangeFormatting(model, diagnostics, p.range, r.config(), locale);
    }),
  );
  connection.onCodeAction(
    onReport('codeAction', [], (r, doc, p: lsp.CodeActionParams) => {
      const { model, diagnostics } = r.diagnose(doc);
      return provideCodeActions(doc, model, diagnostics, p, locale, settings.rootOf(doc.uri));
    }),
  );

  connection.onExecuteCommand(async (p, token) => {
    try {
      if (p.command === FOLDER_CHECK_COMMAND) {
        const uris = Array.isArray(p.arguments?.[0]) ? (p.arguments[0] as unknown[]).filter((u): u is string => typeof u === 'string') : [];
        const context = { configFor: (uri: string) => settings.configFor(uri), locale, isOpen: (uri: string) => !!documents.get(uri), readFile: host.readFile, log: (m: string) => connection.console.warn(m) };
        return await checkFolderFiles(uris, context, token);
      }
      if (p.command === WORD_COMMANDS.importDocx) return host.word ? await (await host.word()).importForClient(String(p.arguments?.[0] ?? ''), locale) : null;
      if (p.command === WORD_COMMANDS.exportDocx) {
        const doc = documents.get(String(p.arguments?.[0] ?? ''));
        if (!doc || !host.word) return null;
        const report = reports.of(doc.uri);
        return await (await host.word()).exportForClient(report.model(doc), report.config(), locale, doc.uri);
      }
      const [uri, position] = (p.arguments ?? []) as [string, lsp.Position];
      const doc = uri ? documents.get(uri) : undefined;
      if (!doc || !position) return { applied: false };
      return await executeSectionCommand(connection, doc, reports.of(doc.uri).model(doc), p.command, position);
    } catch (e) {
      connection.console.error(`baogao: ${p.command} failed: ${(e as Error).stack ?? e}`);
      return { applied: false };
    }
  });

  const collector = host.memory && new IdleCollector(host.memory.collect, host.memory.heap);
  const warmUp = new KeystrokeWarmUp(
    (uri, version, round) => {
      const doc = documents.get(uri);
      if (!doc || doc.version !== version || reports.inWorker(doc.source.length)) return false; // its keystrokes do not run the code warmed here
      // The collection the open made due comes first, and the one the rounds made due comes before
      // the last few: the rounds after a collection warm what follows it (V8 throws away code that
      // depends on objects a full collection finds dead; the first keystrokes then took 15–25 ms more).
      if (round === 0 || round === WARM_UP_ROUNDS - REWARM_ROUNDS) collector?.collectNow();
      return typeAndUndoRound(uri, doc, round);
    },
    (uri, rounds) => {
      // No idle collection after it: one between the warm-up and the first keystroke cost the first
      // keystrokes 15–25 ms each (V8 throws away code a full collection finds depending on dead objects).
      if (rounds > 0) connection.console.log(`baogao: warmed up for typing: ${uri} (${rounds} rounds)`);
    },
    undefined,
    sampleWarmUp(),
  );
  /** A warm-up round: type and undo at the document's warm-up place, converting as a publication would. */
  function typeAndUndoRound(uri: string, doc: ReportTextDocument, round: number): boolean {
    const report = reports.of(uri);
    const edit = warmUpEdit(report.model(doc).paragraphs, round);
    if (!edit) return false;
    const { typed, restored } = report.typeAndUndo(doc, edit.at, edit.text);
    for (const result of [typed, restored]) for (const d of result.diagnostics) toLspDiagnostic(result, d, uri);
    return true;
  }
  /** A copy of the start of the first large report typed in, checked and typed into (keystrokeWarmUp.ts). */
  function sampleWarmUp(): SampleWarmUp {
    const sampleUri = 'baogao-warm-up:sample';
    let sample: ReportTextDocument | undefined;
    return {
      round(uri, round) {
        const report = reports.of(sampleUri);
        if (round === 0) {
          const source = documents.get(uri)?.source;
          if (!source || source.length < SAMPLE_CHARS || reports.inWorker(source.length)) return false;
          // Cut at a line end: the sample is a report of whole paragraphs.
          const head = source.slice(0, SAMPLE_CHARS);
          sample = new ReportTextDocument(sampleUri, 'baogao', 1, head.slice(0, Math.max(head.lastIndexOf('\n') + 1, 1)));
          sample.positionAt(0);
          for (const d of report.diagnose(sample).diagnostics) toLspDiagnostic(report.model(sample), d, sampleUri);
          return true;
        }
        return sample !== undefined && typeAndUndoRound(sampleUri, sample, round);
      },
      done(uri, rounds) {
        reports.close(sampleUri);
        sample = undefined;
        if (rounds > 0) connection.console.log(`baogao: warmed up for typing on a sample of ${uri} (${rounds} rounds)`);
      },
    };
  }
  documents.onDidOpen((e) => warmUp.opened(e.document.uri, e.document.version, e.document.source.length));
  documents.onDidChangeContent((e) => {
    warmUp.changed(e.document.uri, e.document.version);
    publisher.schedule(e.document);
    collector?.activity();
  });
  documents.onDidClose((e) => {
    warmUp.stop(e.document.uri);
    collector?.activity();
    reports.close(e.document.uri);
    publisher.clear(e.document.uri);
    lengthLimits.forget(e.document.uri);
  });

  documents.listen(connection);
  connection.listen();
}
