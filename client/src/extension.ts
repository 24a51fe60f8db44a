// The VS Code extension (desktop, and VS Code Server's Node extension host): starts the language
// server as a Node process. Features come from the server; what the client adds is in
// reportFeatures.ts, shared with the web extension (browserExtension.ts), and the Node-only
// commands (new report from a template file, folder check, server control) are here.

import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { newReport } from './newReport';
import { FolderCheck } from './folderCheck';
import { followEnableSetting, restartServer, serverEnabled, showLog } from './serverControl';
import { InitializationOptions, SERVER_ENV, SERVER_NODE_FLAGS, WORKSPACE_TRUST_NOTIFICATION } from '../../server/src/protocol';
import { LANGUAGE, messageLocale, registerReportFeatures, zh } from './reportFeatures';

let client: LanguageClient | undefined;
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS], env: { ...SERVER_ENV } } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6009'], env: { ...SERVER_ENV } } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE },
      { scheme: 'untitled', language: LANGUAGE },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.baogaorc.json') },
    // Untrusted workspace: the server ignores the folder's .baogaorc.json patterns.
    initializationOptions: { locale: messageLocale(), trusted: vscode.workspace.isTrusted } satisfies InitializationOptions,
  };
  client = new LanguageClient(LANGUAGE, 'Baogao', serverOptions, clientOptions);
  context.subscriptions.push(client);
  if (serverEnabled()) await client.start();
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(WORKSPACE_TRUST_NOTIFICATION, { trusted: true })));
  // The server reads the message language once, at start: restart it when the setting changes.
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('baogao.locale') || !client?.isRunning()) return;
      clientOptions.initializationOptions = { locale: messageLocale(), trusted: vscode.workspace.isTrusted } satisfies InitializationOptions;
      await client.restart();
    }),
  );

  registerReportFeatures(context, () => client);
  registerServerCommands(context);
  registerNewReport(context);
  registerFolderCheck(context);
}

function registerServerCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('baogao.restartServer', () => restartServer(client)),
    vscode.commands.registerCommand('baogao.showLog', () => showLog(client)),
    followEnableSetting(() => client),
  );
}

function registerNewReport(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('baogao.newReport', (kind?: string) => newReport(context, LANGUAGE, zh(), typeof kind === 'string' ? kind : undefined)));
}

function registerFolderCheck(context: vscode.ExtensionContext): void {
  const check = new FolderCheck(() => client, LANGUAGE);
  context.subscriptions.push(check, vscode.commands.registerCommand('baogao.checkWorkspace', () => check.run(zh())));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
