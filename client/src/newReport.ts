// "Baogao: 新建报告…" (also under File > New File…): pick a kind of report, get an untitled report
// with its skeleton inserted as a snippet, so Tab walks through the parts to fill in. The skeletons
// are the ones the snippets file contributes (one text for both ways in).

import * as vscode from 'vscode';
import { readFileSync } from 'node:fs';

/** The kinds offered, each the name of a skeleton in snippets/baogao.code-snippets. */
export const REPORT_KINDS = ['述职报告', '述职述廉报告', '工作总结', '年终总结', '工作报告', '调研报告'] as const;

interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
}

function skeletons(context: vscode.ExtensionContext): Record<string, Snippet> {
  return JSON.parse(readFileSync(context.asAbsolutePath('snippets/baogao.code-snippets'), 'utf8'));
}

/** `kind` skips the quick pick (for a keybinding's args, and for tests). */
export async function newReport(context: vscode.ExtensionContext, language: string, zh: boolean, kind?: string): Promise<vscode.TextEditor | undefined> {
  const all = skeletons(context);
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
