// The VS Code extension (desktop, and VS Code Server's Node extension host): starts the language
// server as a Node process. Features come from the server; what the client adds is in
// reportFeatures.ts, shared with the web extension (browserExtension.ts).

import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { InitializationOptions } from '../../server/src/protocol';
import { LANGUAGE, messageLocale, registerReportFeatures } from './reportFeatures';

let client: LanguageClient | undefined;

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
    initializationOptions: { locale: messageLocale() } satisfies InitializationOptions,
  };
  client = new LanguageClient(LANGUAGE, 'Baogao', serverOptions, clientOptions);
  context.subscriptions.push(client);
  await client.start();
  // The server reads the message language once, at start: restart it when the setting changes.
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('baogao.locale') || !client) return;
      clientOptions.initializationOptions = { locale: messageLocale() } satisfies InitializationOptions;
      await client.restart();
    }),
  );

  registerReportFeatures(context, () => client);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
