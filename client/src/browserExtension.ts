// The web extension (VS Code for the Web: vscode.dev, github.dev, code-server's browser host). The
// language server runs inside this extension host's own worker, joined to the client by a
// MessageChannel: VS Code Server refuses `new Worker(...)` from a web extension it serves
// ("Creating workers from remote extensions is currently not supported", microsoft/vscode#168942),
// and the extension host is already off the editor's thread. Same server code as the Node build
// (server/src/lsp/serve.ts) without the Word libraries (the .vsix must stay under 1.5 MB); what it
// cannot do here (.baogaorc.json, Word) is said to the user instead of failing.

import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, LanguageClientOptions } from 'vscode-languageclient/browser';
import { InitializationOptions } from '../../server/src/protocol';
import { startBrowserLanguageServer } from '../../server/src/lsp/browserServer';
import { LANGUAGE, messageLocale, registerReportFeatures, zh } from './reportFeatures';
import { followEnableSetting, restartServer, serverEnabled, showLog } from './serverControl';
import { newReport } from './newReport';

let client: LanguageClient | undefined;

function createClient(context: vscode.ExtensionContext): { client: LanguageClient; options: LanguageClientOptions } {
  const options: LanguageClientOptions = {
    // Any scheme: documents in the web live in virtual file systems (vscode-vfs, memfs, …).
    documentSelector: [{ language: LANGUAGE }],
    initializationOptions: { locale: messageLocale() } satisfies InitializationOptions,
  };
  // Called at every (re)start: a fresh server on a fresh channel.
  const connect = async () => {
    const channel = new MessageChannel();
    startBrowserLanguageServer(channel.port1, { extensionRoot: context.extensionUri.toString() });
    return { reader: new BrowserMessageReader(channel.port2), writer: new BrowserMessageWriter(channel.port2) };
  };
  return { client: new LanguageClient(LANGUAGE, 'Baogao', connect, options), options };
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const clientOptions = createClient(context);
  client = clientOptions.client;
  context.subscriptions.push({ dispose: () => void client?.stop() });
  if (serverEnabled()) await client.start();
  // The server reads the message language once, at start; a restart connects a fresh server.
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('baogao.locale') || !client?.isRunning()) return;
      clientOptions.options.initializationOptions = { locale: messageLocale() } satisfies InitializationOptions;
      await client.stop();
      await client.start();
    }),
  );
  registerReportFeatures(context, () => client, { word: false });
  context.subscriptions.push(
    vscode.commands.registerCommand('baogao.restartServer', () => restartServer(client)),
    vscode.commands.registerCommand('baogao.showLog', () => showLog(client)),
    followEnableSetting(() => client),
    vscode.commands.registerCommand('baogao.newReport', (kind?: string) => newReport(context, LANGUAGE, zh(), typeof kind === 'string' ? kind : undefined)),
    // The folder check reads files the editor has not opened; in the web they are not on a disk.
    vscode.commands.registerCommand('baogao.checkWorkspace', () =>
      vscode.window.showInformationMessage(
        zh() ? 'Baogao：网页版 VS Code 中不能检查整个文件夹，请逐个打开报告，或使用命令行 baogao check。' : 'Baogao: checking a whole folder is not available in VS Code for the Web; open the reports one by one, or use `baogao check`.',
      ),
    ),
  );
  void noteUnreadRcFiles();
}

/** .baogaorc.json is read from a local disk; in the web the baogao.* settings apply instead. Said once. */
async function noteUnreadRcFiles(): Promise<void> {
  const found = await vscode.workspace.findFiles('**/.baogaorc.json', '**/node_modules/**', 1).then(
    (r) => r,
    () => [],
  );
  if (!found.length) return;
  const zh = !messageLocale().startsWith('en');
  void vscode.window.showInformationMessage(
    zh
      ? 'Baogao：网页版 VS Code 不读取 .baogaorc.json，请在设置中使用 baogao.* 各项（规则级别、残留模式等）。'
      : 'Baogao: VS Code for the Web does not read .baogaorc.json; use the baogao.* settings (rule levels, residue patterns…) instead.',
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
