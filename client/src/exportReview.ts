// Before "导出为 Word": what a reviewer would send back — error-level findings, template residue,
// unfilled placeholders — in one modal with "先修复" (go to the first one) or "仍然导出".

import * as vscode from 'vscode';

export interface ExportReview {
  findings: { line: number; character: number; rule: string; message: string }[];
  placeholders: { line: number; character: number; text: string; what: string }[];
}

const SHOWN = 15;

/** True when the export should go on: nothing to review, or the user chose "仍然导出". */
export async function confirmExport(editor: vscode.TextEditor, review: ExportReview, zh: boolean): Promise<boolean> {
  const { findings, placeholders } = review;
  if (findings.length === 0 && placeholders.length === 0) return true;
  const lines = [
    ...findings.map((f) => (zh ? `第${f.line + 1}行 ${f.message}` : `line ${f.line + 1}: ${f.message}`)),
    ...placeholders.map((p) => (zh ? `第${p.line + 1}行 占位符“${p.text}”（${p.what}）` : `line ${p.line + 1}: placeholder "${p.text}" (${p.what})`)),
  ];
  const parts = zh
    ? [findings.length ? `${findings.length} 处错误或模板残留` : '', placeholders.length ? `${placeholders.length} 处占位符未填写（导出后会高亮显示）` : '']
    : [findings.length ? `${findings.length} errors or template residue` : '', placeholders.length ? `${placeholders.length} unfilled placeholders (they will be highlighted)` : ''];
  const message = zh ? `导出前还有：${parts.filter(Boolean).join('，')}。` : `Before export: ${parts.filter(Boolean).join(', ')}.`;
  const fix = zh ? '先修复' : 'Fix first';
  const go = zh ? '仍然导出' : 'Export anyway';
  const detail = lines.slice(0, SHOWN).join('\n') + (lines.length > SHOWN ? (zh ? `\n……另有 ${lines.length - SHOWN} 处` : `\n…and ${lines.length - SHOWN} more`) : '');
  const answer = await vscode.window.showWarningMessage(message, { modal: true, detail }, fix, go);
  if (answer === fix) {
    const first = findings[0] ?? placeholders[0];
    const at = new vscode.Position(first.line, first.character);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
  }
  return answer === go;
}
