// The language server: wiring only. Every feature lives in languageFeatures/ and reads the one
// cached report model of the document's version; the model and rules live in core/.

import * as lsp from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ModelCache } from './core/model/modelCache';
import { Locale, toLocale } from './core/i18n';
import { runRules } from './core/diagnostics';
import { Diagnostic } from './core/rules/types';
import { ReportModel } from './core/model/reportModel';
import { provideDocumentSymbols } from './languageFeatures/documentSymbols';
import { provideFoldingRanges } from './languageFeatures/foldingRanges';
import { provideSelectionRanges } from './languageFeatures/selectionRanges';
import { DiagnosticsPublisher } from './languageFeatures/diagnostics';
import { FIX_ALL_KIND, provideCodeActions } from './languageFeatures/codeActions';
import { provideHover } from './languageFeatures/hover';
import { provideCompletion } from './languageFeatures/completion';
import { provideFormatting, provideRangeFormatting } from './languageFeatures/formatting';
import { executeSectionCommand, SECTION_COMMANDS } from './languageFeatures/sectionCommands';
import { WORD_COMMANDS } from './languageFeatures/wordCommandIds';
import { WorkspaceSettings } from './workspaceSettings';
import { RC_FILE } from './core/rcFile';
import { ParagraphFindingsCache } from './core/paragraphCache';
import { DiagnosticsWorkerClient, WORKER_THRESHOLD } from './languageFeatures/diagnosticsWorker';
import { toLspDiagnostic } from './languageFeatures/diagnostics';

declare const BAOGAO_VERSION: string;

export function startLanguageServer(): void {
  if (process.argv.includes('--version')) {
    process.stdout.write(`baogao-language-server ${typeof BAOGAO_VERSION === 'string' ? BAOGAO_VERSION : 'dev'}\n`);
    process.exit(0);
  }
  // `baogao-language-server` with no transport flag speaks LSP over stdio, as editors expect.
  if (!process.argv.some((a) => a === '--stdio' || a.startsWith('--node-ipc'))) {
    process.argv.push('--stdio');
  }

  // The transport is built here (not left to createConnection) so that a message that cannot be
  // parsed is logged instead of silently dropped; the server keeps serving either way.
  const reader = process.argv.includes('--stdio') ? new lsp.StreamMessageReader(process.stdin) : new lsp.IPCMessageReader(process);
  const writer = process.argv.includes('--stdio') ? new lsp.StreamMessageWriter(process.stdout) : new lsp.IPCMessageWriter(process);
  const connection = lsp.createConnection(lsp.ProposedFeatures.all, reader, writer);
  reader.onError((e) => connection.console.error(`baogao: ignored a malformed message: ${e.message}`));
  const documents = new lsp.TextDocuments(TextDocument);
  const models = new ModelCache();
  const settings = new WorkspaceSettings(connection);
  let locale: Locale = 'zh';

  // Diagnostics are cached per version too: code actions ask for them again.
  const diagnosticsCache = new Map<string, { version: number; configEpoch: number; diagnostics: Diagnostic[] }>();
  let configEpoch = 0;
  const paragraphCaches = new Map<string, ParagraphFindingsCache>();

  function diagnosticsFor(doc: TextDocument): { model: ReportModel; diagnostics: Diagnostic[] } {
    const model = models.get(doc);
    const hit = diagnosticsCache.get(doc.uri);
    if (hit && hit.version === doc.version && hit.configEpoch === configEpoch) return { model, diagnostics: hit.diagnostics };
    let cache = paragraphCaches.get(doc.uri);
    if (!cache) paragraphCaches.set(doc.uri, (cache = new ParagraphFindingsCache()));
    const diagnostics = runRules(model, {
      config: settings.config,
      locale,
      cache,
      documentPath: doc.uri,
      onRuleError: (rule, e) => connection.console.error(`baogao: rule ${rule.id} failed on ${doc.uri}: ${(e as Error).stack ?? e}`),
    });
    diagnosticsCache.set(doc.uri, { version: doc.version, configEpoch, diagnostics });
    return { model, diagnostics };
  }

  // Very large documents are diagnosed in a worker thread, so requests keep being answered meanwhile.
  const worker = new DiagnosticsWorkerClient((m) => connection.console.warn(m));
  const publisher = new DiagnosticsPublisher(connection, (uri) => documents.get(uri), (doc) => {
    const text = doc.getText();
    if (text.length > WORKER_THRESHOLD && worker.usable) {
      const version = doc.version;
      const epoch = configEpoch;
      return worker.compute(doc.uri, version, text, settings.config, locale).then(
        (r) => {
          if (!r) return undefined; // superseded by a newer version
          diagnosticsCache.set(doc.uri, { version, configEpoch: epoch, diagnostics: r.diagnostics });
          return r.lsp;
        },
        () => {
          // The worker is gone: compute here (the publisher still drops a result for an old version).
          const { model, diagnostics } = diagnosticsFor(doc);
          return diagnostics.map((d) => toLspDiagnostic(model, d));
        },
      );
    }
    const { model, diagnostics } = diagnosticsFor(doc);
    return diagnostics.map((d) => toLspDiagnostic(model, d));
  });

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

  function withModel<P extends { textDocument: { uri: string } }, R>(name: string, fallback: R, fn: (model: ReportModel, params: P, doc: TextDocument) => R) {
    return guarded<P, R>(name, fallback, (params) => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? fn(models.get(doc), params, doc) : fallback; // a document never opened: empty result
    });
  }

  connection.onInitialize((params) => {
    // The client's choice (baogao.locale) wins over the editor's display language.
    locale = toLocale((params.initializationOptions as { locale?: string } | undefined)?.locale ?? params.locale);
    settings.setRoots(params);
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
        executeCommandProvider: { commands: [...Object.values(SECTION_COMMANDS), ...Object.values(WORD_COMMANDS)] },
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
    await settings.reload(locale);
    configEpoch++;
    for (const doc of documents.all()) publisher.schedule(doc);
  }

  connection.onDidChangeConfiguration(() => void reloadSettings());
  connection.onDidChangeWatchedFiles((p) => {
    if (p.changes.some((c) => c.uri.endsWith(RC_FILE))) void reloadSettings();
  });

  connection.onDocumentSymbol(withModel('documentSymbol', [], (model) => provideDocumentSymbols(model, locale)));
  connection.onFoldingRanges(withModel('foldingRange', [], (model) => provideFoldingRanges(model)));
  connection.onSelectionRanges(withModel('selectionRange', [], (model, p: lsp.SelectionRangeParams) => provideSelectionRanges(model, p.positions)));

  connection.onCompletion(withModel('completion', [], (model, p: lsp.CompletionParams) => provideCompletion(model, p.position, locale)));
  connection.onDocumentFormatting(withModel('formatting', [], (model) => provideFormatting(model, settings.config, locale)));
  connection.onDocumentRangeFormatting(withModel('rangeFormatting', [], (model, p: lsp.DocumentRangeFormattingParams) => provideRangeFormatting(model, p.range, settings.config, locale)));
  connection.onExecuteCommand(async (p) => {
    try {
      // The Word libraries load on first use: most sessions never export.
      if (p.command === WORD_COMMANDS.importDocx) return await (await import('./languageFeatures/wordCommands')).importForClient(String(p.arguments?.[0] ?? ''), locale);
      if (p.command === WORD_COMMANDS.exportDocx) {
        const doc = documents.get(String(p.arguments?.[0] ?? ''));
        return doc ? await (await import('./languageFeatures/wordCommands')).exportForClient(models.get(doc), settings.config, locale, doc.uri) : null;
      }
      const [uri, position] = (p.arguments ?? []) as [string, lsp.Position];
      const doc = uri ? documents.get(uri) : undefined;
      if (!doc || !position) return { applied: false };
      return await executeSectionCommand(connection, doc, models.get(doc), p.command, position);
    } catch (e) {
      connection.console.error(`baogao: ${p.command} failed: ${(e as Error).stack ?? e}`);
      return { applied: false };
    }
  });
  connection.onHover(withModel('hover', null, (model, p: lsp.HoverParams) => provideHover(model, p.position, locale)));
  connection.onCodeAction(
    withModel('codeAction', [], (_model, p: lsp.CodeActionParams, doc) => {
      const { model, diagnostics } = diagnosticsFor(doc);
      return provideCodeActions(doc, model, diagnostics, p, locale, settings.roots[0]);
    }),
  );

  documents.onDidChangeContent((e) => publisher.schedule(e.document));
  documents.onDidClose((e) => {
    models.delete(e.document.uri);
    diagnosticsCache.delete(e.document.uri);
    paragraphCaches.delete(e.document.uri);
    worker.forget(e.document.uri);
    publisher.clear(e.document.uri);
  });

  process.on('uncaughtException', (e) => connection.console.error(`baogao: uncaught: ${e.stack ?? e}`));
  process.on('unhandledRejection', (e) => connection.console.error(`baogao: unhandled rejection: ${(e as Error)?.stack ?? e}`));

  documents.listen(connection);
  connection.listen();
}
