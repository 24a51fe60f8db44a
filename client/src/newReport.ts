// "Baogao: 新建报告…" (also under File > New File…): pick a kind of report, get an untitled report
// with its skeleton inserted as a snippet, so Tab walks through the parts to fill in. The skeletons
// are the ones the snippets file contributes (one text for both ways in).

import * as vscode from 'vscode';

/** The kinds offered, each the name of a skeleton in snippets/baogao.code-snippets. */
export const REPORT_KINDS = ['述职报告', '述职述廉报告', '工作总结', '年终总结', '工作报告', '调研报告'] as const;

interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
}

/** Read through the editor's file system, so it works in VS Code for the Web too. */
async function skeletons(context: vscode.ExtensionContext): Promise<Record<string, Snippet>> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'snippets', 'baogao.code-snippets'));
  return JSON.parse(new TextDecoder('utf-8').decode(bytes));
}

/** `kind` skips the quick pick (for a keybinding's args, and for tests). */
export async function newReport(context: vscode.ExtensionContext, language: string, zh: boolean, kind?: string): Promise<vscode.TextEditor | undefined> {
  const all = await skeletons(context);
  if (kind === undefined) {
    const picked = await vscode.window.showQuickPick(
      REPORT_KINDS.map((k) => ({ label: k, description: all[k].prefix[0], detail: all[k].description })),
      { title: zh ? '新建报告' : 'New Report', placeHolder: zh ? '选择报告类型' : 'Choose the kind of report' },
    );
    if (!picked) return undefined;
    kind = picked.label;
  }
  const skeleton = all[kind];
  if (!skeleton || !(REPORT_KINDS as readonly string[]).includes(kind)) {
    void vscode.window.showErrorMessage(zh ? `没有这种报告：${kind}` : `No such kind of report: ${kind}`);
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument({ language });
  const editor = await vscode.window.showTextDocument(doc);
  await editor.insertSnippet(new vscode.SnippetString(skeleton.body.join('\n')));
  return editor;
}
