// Test-runner extension for code-server, where --extensionTestsPath is not passed on: it runs the
// suite when the workbench has started, then stages the views for the screenshots the runner takes
// (each stage waits for the runner's acknowledgement file before the next).

import * as vscode from 'vscode';
import * as path from 'path';
import { existsSync, writeFileSync } from 'fs';
import { run } from '../index';

async function stage(name: string, prepare: () => Thenable<unknown> | Promise<unknown>): Promise<void> {
  const dir = process.env.BAOGAO_SCREENSHOT_DIR;
  if (!dir) return;
  await prepare();
  await new Promise((r) => setTimeout(r, 1500));
  writeFileSync(path.join(dir, `${name}.ready`), '');
  const end = Date.now() + 30000;
  while (!existsSync(path.join(dir, `${name}.done`)) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
}

export async function activate(): Promise<void> {
  try {
    await run();
  } catch {
    // failures are in the results file
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (!folder) return;
  const seed = vscode.Uri.file(path.join(folder, '000_739041a541259170.txt'));
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(seed));
  await new Promise((r) => setTimeout(r, 1500));
  const line = 25;
  editor.selection = new vscode.Selection(line, 1, line, 1);
  editor.revealRange(new vscode.Range(line - 6, 0, line + 6, 0), vscode.TextEditorRevealType.AtTop);
  // Give the Outline the Explorer's room: fold the file tree's section away.
  await stage('outline', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar').then(undefined, () => undefined);
    await vscode.commands.executeCommand('outline.focus');
    await vscode.commands.executeCommand('outline.expand').then(undefined, () => undefined);
  });
  await stage('problems', () => vscode.commands.executeCommand('workbench.actions.view.problems'));
  await stage('quickfix', async () => {
    await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    editor.selection = new vscode.Selection(line, 1, line, 1);
    await vscode.commands.executeCommand('editor.action.quickFix');
  });
  const dir = process.env.BAOGAO_SCREENSHOT_DIR;
  if (dir) writeFileSync(path.join(dir, 'all.done'), '');
}
