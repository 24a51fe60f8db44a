// The extension inside VS Code, through the vscode API only: the way users meet it.

import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

const workspace = () => vscode.workspace.workspaceFolders![0].uri.fsPath;
const SEED_000 = '000_739041a541259170.txt';

async function until<T>(what: string, get: () => T | undefined | Promise<T | undefined>, timeoutMs = 20000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await get();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Opens a file of the test workspace and waits until the extension has made it a report. */
async function openReport(name: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.file(path.join(workspace(), name));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  return until(`${name} to become baogao`, () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === 'baogao'));
}

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

suite('Baogao in VS Code', function () {
  this.timeout(60000);

  test('Baogao runs in the extension host the run asked for', async () => {
    // The suite runs in the Node extension host and sees only the extensions of that host.
    const baogao = vscode.extensions.getExtension('baogao.baogao');
    if (process.env.BAOGAO_EXPECT_HOST === 'web') assert.strictEqual(baogao, undefined, 'Baogao is not in the Node extension host');
    if (process.env.BAOGAO_EXPECT_HOST === 'node') assert.strictEqual(baogao?.extensionKind, vscode.ExtensionKind.Workspace);
  });

  test('a seed opened as .txt is switched to the baogao language by itself', async () => {
    const doc = await openReport(SEED_000);
    assert.strictEqual(doc.languageId, 'baogao');
  });

  test('a report pasted into a new plain-text document is switched to baogao', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '' });
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), '关于2024年工作的述职报告\n\n一、主要工作\n完成了任务。\n二、下一步打算\n继续努力。\n'));
    await until('pasted text to become baogao', () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === doc.uri.toString() && d.languageId === 'baogao'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the outline of every seed comes from the document symbol provider', async () => {
    const names = (await vscode.workspace.fs.readDirectory(vscode.Uri.file(workspace()))).map(([n]) => n).filter((n) => /^00\d_.*\.txt$/.test(n)).sort();
    assert.strictEqual(names.length, 5);
    for (const name of names) {
      const doc = await openReport(name);
      const symbols = await until(`symbols of ${name}`, async () => {
        const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
        return s && s.length ? s : undefined;
      });
      assert.strictEqual(symbols.length, 1, name);
      assert.strictEqual(symbols[0].children.length, 3, name);
    }
    const doc = await openReport(SEED_000);
    const [title] = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.strictEqual(title.name, '财政局党组书记抓基层党建工作述职报告');
    assert.deepStrictEqual(title.children.map((s) => s.name), ['一、主要工作', '二、存在的主要问题及原因', '三、下步工作思路和主要措施']);
    assert.deepStrictEqual(title.children[0].children.map((s) => s.name.slice(0, 3)), ['（一）', '（二）', '（三）', '（四）', '（六）', '（七）', '（八）']);
  });

  test('numbering-gap on seed 000 at the （六） line; 重新编号 fixes it', async () => {
    const doc = await openReport(SEED_000);
    const gap = await until('numbering-gap', () => vscode.languages.getDiagnostics(doc.uri).find((d) => codeOf(d) === 'numbering-gap'));
    assert.strictEqual(gap.range.start.line, 25);
    assert.strictEqual(gap.source, 'baogao');
    assert.strictEqual(gap.message, '序号不连续：（四）之后应为（五）');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, gap.range, vscode.CodeActionKind.QuickFix.value);
    const renumber = actions.find((a) => a.title === '重新编号');
    assert.ok(renumber && renumber.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(renumber.edit));
    await until('no numbering diagnostics', () => !vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d).startsWith('numbering-')) && doc.lineAt(25).text.startsWith('（五）'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('completion offers the next ordinal, and the snippets are there', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'baogao', content: '测试报告\n一、工作\n（一）甲。\n' });
    await vscode.window.showTextDocument(doc);
    const list = await until('completions', async () => {
      const l = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(3, 0));
      return l && l.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === '（二）') ? l : undefined;
    });
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('二、'), labels.join(' '));
    assert.ok(list.items.some((i) => i.kind === vscode.CompletionItemKind.Snippet && /szbg|述职报告/.test(labels[list.items.indexOf(i)])), labels.join(' '));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('a settings change takes effect without reopening', async () => {
    const doc = await openReport(SEED_000);
    await until('numbering-gap before', () => vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d) === 'numbering-gap'));
    const config = vscode.workspace.getConfiguration('baogao');
    await config.update('rules', { 'numbering-gap': 'off' }, vscode.ConfigurationTarget.Global);
    try {
      await until('numbering-gap gone', () => !vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d) === 'numbering-gap') && vscode.languages.getDiagnostics(doc.uri).length > 0);
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Global);
    }
    await until('numbering-gap back', () => vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d) === 'numbering-gap'));
  });

  test('the section commands and the character count work in the editor', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'baogao', content: '一、工作\n（一）甲。\n（二）乙。\n' });
    const editor = await vscode.window.showTextDocument(doc);
    await until('language server ready', async () => (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri))?.length);
    editor.selection = new vscode.Selection(2, 1, 2, 1);
    await vscode.commands.executeCommand('baogao.moveSectionUp');
    await until('moved', () => doc.getText() === '一、工作\n（一）乙。\n（二）甲。\n');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
