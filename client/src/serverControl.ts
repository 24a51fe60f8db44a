// The language server as something the user can see and control, as ESLint and LTeX offer:
// "重启 Baogao 服务器", "显示 Baogao 日志" (the client's output channel, where baogao.trace.server
// writes the traffic), and baogao.enable, which stops and starts the server without a reload.

import * as vscode from 'vscode';
import { BaseLanguageClient } from 'vscode-languageclient';

export function serverEnabled(): boolean {
  return vscode.workspace.getConfiguration('baogao').get<boolean>('enable', true);
}

export async function restartServer(client: BaseLanguageClient | undefined): Promise<void> {
  if (!client || !serverEnabled()) return;
  if (client.isRunning()) await client.stop(); // the browser client has no restart(): stop, then start
  await client.start();
}

export function showLog(client: BaseLanguageClient | undefined): void {
  client?.outputChannel.show(true);
}

/** Follows baogao.enable: off stops the server (its diagnostics go with it), on starts it again. */
export function followEnableSetting(client: () => BaseLanguageClient | undefined): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration(async (e) => {
    const c = client();
    if (!c || !e.affectsConfiguration('baogao.enable')) return;
    if (serverEnabled() && !c.isRunning()) await c.start();
    else if (!serverEnabled() && c.isRunning()) await c.stop();
  });
}
