// The VS Code extension: starts the language server and switches plain-text reports to the
// baogao language. Features come from the server; the client adds only what needs the editor.

import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { looksLikeReport } from '../../server/src/core/detectReport';

let client: LanguageClient | undefined;
const LANGUAGE = 'baogao';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE },
      { scheme: 'untitled', language: LANGUAGE },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.baogaorc.json') },
    initializationOptions: { locale: vscode.env.language },
  };
  client = new LanguageClient(LANGUAGE, 'Baogao', serverOptions, clientOptions);
  context.subscriptions.push(client);
  await client.start();

  // Documents the user moved back to plain text are left alone from then on.
  const switched = new Set<string>();
  const detect = (doc: vscode.TextDocument) => {
    if (doc.languageId !== 'plaintext' || switched.has(doc.uri.toString())) return;
    if (!vscode.workspace.getConfiguration('baogao', doc).get<boolean>('detectPlainText', true)) return;
    if (!looksLikeReport(doc.getText())) return;
    switched.add(doc.uri.toString());
    void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE);
  };
  vscode.workspace.textDocuments.forEach(detect);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(detect),
    vscode.commands.registerCommand('baogao.treatAsReport', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (doc) await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE);
    }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
