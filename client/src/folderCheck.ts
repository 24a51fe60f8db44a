// "Baogao: 检查文件夹中的所有报告": every report in the workspace folders gets its findings in the
// Problems view, not only the open ones. The client lists the folders' text files (files.exclude
// applies) and sends them to the server in batches; the server keeps the reports and checks them.
// A report opened afterwards is diagnosed live by the server, so its entry here is dropped.

import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient } from 'vscode-languageclient/node';
import { FOLDER_CHECK_COMMAND, FolderCheckResult } from '../../server/src/protocol';

const BATCH = 25;
const MAX_FILES = 5000;

export interface FolderCheckSummary {
  reports: number;
  problems: number;
}

export class FolderCheck implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('baogao-folder');
  private readonly listener: vscode.Disposable;

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly language: string,
  ) {
    this.listener = vscode.workspace.onDidOpenTextDocument((doc) => {
      if (doc.languageId === this.language) this.collection.delete(doc.uri);
    });
  }

  async run(zh: boolean): Promise<FolderCheckSummary | undefined> {
    const client = this.client();
    if (!client?.isRunning()) {
      void vscode.window.showWarningMessage(zh ? 'Baogao 服务器未运行（设置 baogao.enable）' : 'The Baogao server is not running (setting baogao.enable)');
      return undefined;
    }
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showInformationMessage(zh ? '请先打开一个文件夹' : 'Open a folder first');
      return undefined;
    }
    const summary = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: zh ? '正在检查文件夹中的报告' : 'Checking the reports in the folder', cancellable: true },
      async (progress, token) => {
        const files = await vscode.workspace.findFiles('**/*.{txt,TXT,baogao}', undefined, MAX_FILES, token);
        this.collection.clear();
        const open = new Set(vscode.workspace.textDocuments.filter((d) => d.languageId === this.language).map((d) => d.uri.toString()));
        const uris = files.map((f) => f.toString()).filter((u) => !open.has(u));
        const found: FolderCheckSummary = { reports: 0, problems: 0 };
        for (let i = 0; i < uris.length && !token.isCancellationRequested; i += BATCH) {
          const batch = uris.slice(i, i + BATCH);
          const result = (await client.sendRequest(ExecuteCommandRequest.type, { command: FOLDER_CHECK_COMMAND, arguments: [batch] }, token)) as FolderCheckResult | undefined;
          for (const r of result?.reports ?? []) {
            this.collection.set(vscode.Uri.parse(r.uri), await client.protocol2CodeConverter.asDiagnostics(r.diagnostics));
            found.reports++;
            found.problems += r.diagnostics.length;
          }
          progress.report({ increment: (batch.length / uris.length) * 100, message: `${Math.min(i + BATCH, uris.length)} / ${uris.length}` });
        }
        // Open reports are already in Problems: count them in what the user is told.
        found.reports += open.size;
        return found;
      },
    );
    const show = zh ? '查看问题' : 'Show Problems';
    void vscode.window
      .showInformationMessage(zh ? `检查了 ${summary.reports} 份报告，发现 ${summary.problems} 个问题。` : `Checked ${summary.reports} reports: ${summary.problems} problems.`, show)
      .then((a) => a === show && vscode.commands.executeCommand('workbench.actions.view.problems'));
    return summary;
  }

  dispose(): void {
    this.listener.dispose();
    this.collection.dispose();
  }
}
