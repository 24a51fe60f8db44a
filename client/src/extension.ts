// The VS Code extension: starts the language server and switches plain-text reports to the
// baogao language. Features come from the server; the client adds only what needs the editor.

import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { looksLikeReport } from '../../server/src/core/model/detectReport';
import { countChars } from '../../server/src/core/text/charCount';
import { EDITOR_SECTION_COMMANDS, ExportResult, ImportResult, InitializationOptions, SectionCommandResult, WORD_COMMANDS } from '../../server/src/protocol';

let client: LanguageClient | undefined;
const LANGUAGE = 'baogao';

/**
 * The language of Baogao's messages: VS Code's display language, unless baogao.locale says
 * otherwise (many writers run VS Code in English but hand in reports in Chinese).
 */
function messageLocale(): string {
  const setting = vscode.workspace.getConfiguration('baogao').get<string>('locale', 'auto');
  return setting === 'auto' ? vscode.env.language : setting;
}

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

  // Documents the user moved back to plain text are left alone from then on.
  const switched = new Set<string>();
  const detect = (doc: vscode.TextDocument) => {
    if (doc.languageId !== 'plaintext' || switched.has(doc.uri.toString())) return;
    if (!vscode.workspace.getConfiguration('baogao', doc).get<boolean>('detectPlainText', true)) return;
    if (!looksLikeReport(doc.getText())) return;
    switched.add(doc.uri.toString());
    void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE);
  };
  vscode.workspace.textDocuments.forEach(detect);
  // A report pasted into a new plain-text document is detected too, shortly after typing stops.
  const timers = new Map<string, NodeJS.Timeout>();
  const onChange = (e: vscode.TextDocumentChangeEvent) => {
    const doc = e.document;
    if (doc.languageId !== 'plaintext' || e.contentChanges.length === 0) return;
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => (timers.delete(key), detect(doc)), 400));
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(detect),
    vscode.workspace.onDidChangeTextDocument(onChange),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
    vscode.commands.registerCommand('baogao.treatAsReport', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (doc) await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE);
    }),
    ...Object.entries(EDITOR_SECTION_COMMANDS).map(([command, serverCommand]) =>
      vscode.commands.registerTextEditorCommand(command, async (editor) => {
        if (editor.document.languageId !== LANGUAGE || !client) return;
        const position = client.code2ProtocolConverter.asPosition(editor.selection.active);
        const result = (await client.sendRequest(ExecuteCommandRequest.type, {
          command: serverCommand,
          arguments: [editor.document.uri.toString(), position],
        })) as SectionCommandResult | undefined;
        if (result?.applied && result.position) {
          const p = new vscode.Position(result.position.line, result.position.character);
          editor.selection = new vscode.Selection(p, p);
          editor.revealRange(new vscode.Range(p, p));
        }
      }),
    ),
  );
  context.subscriptions.push(
    createCharacterCount(),
    vscode.commands.registerCommand('baogao.exportToWord', () => exportToWord()),
    vscode.commands.registerCommand('baogao.openWordDocument', () => openWordDocument()),
  );
}

const zh = () => !messageLocale().startsWith('en');

/** Baogao: 导出为 Word — lists unfilled placeholders first and asks whether to go on. */
async function exportToWord(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE || !client) {
    void vscode.window.showInformationMessage(zh() ? '请先打开一份报告' : 'Open a report first');
    return;
  }
  const doc = editor.document;
  const result = (await client.sendRequest(ExecuteCommandRequest.type, { command: WORD_COMMANDS.exportDocx, arguments: [doc.uri.toString()] })) as ExportResult | null;
  if (!result) return;
  if (result.placeholders.length) {
    const list = result.placeholders.slice(0, 15).map((p) => (zh() ? `第${p.line + 1}行 “${p.text}”（${p.what}）` : `line ${p.line + 1} "${p.text}" (${p.what})`)).join('\n');
    const go = zh() ? '仍然导出' : 'Export anyway';
    const answer = await vscode.window.showWarningMessage(
      zh() ? `还有 ${result.placeholders.length} 处占位符未填写，导出后会高亮显示。` : `${result.placeholders.length} placeholders are still unfilled; they will be highlighted.`,
      { modal: true, detail: list + (result.placeholders.length > 15 ? '\n…' : '') },
      go,
    );
    if (answer !== go) return;
  }
  const target = await vscode.window.showSaveDialog({
    defaultUri: doc.isUntitled ? undefined : doc.uri.with({ path: doc.uri.path.replace(/\.[^./]+$/, '') + '.docx' }),
    filters: { 'Word': ['docx'] },
  });
  if (!target) return; // the save dialog itself asks before replacing a file
  await vscode.workspace.fs.writeFile(target, Buffer.from(result.base64, 'base64'));
  void vscode.window.showInformationMessage(zh() ? `已导出 ${target.fsPath}` : `Exported ${target.fsPath}`);
}

/** Baogao: 打开 Word 文档 — reads a .docx into a new report, Word's heading numbers written out. */
async function openWordDocument(): Promise<void> {
  if (!client) return;
  const [file] = (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Word': ['docx'] } })) ?? [];
  if (!file) return;
  const bytes = await vscode.workspace.fs.readFile(file);
  const result = (await client.sendRequest(ExecuteCommandRequest.type, { command: WORD_COMMANDS.importDocx, arguments: [Buffer.from(bytes).toString('base64')] })) as ImportResult;
  if (result.error !== undefined || result.text === undefined) {
    void vscode.window.showErrorMessage(`Baogao: ${result.error ?? 'import failed'}`);
    return;
  }
  const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE, content: result.text });
  await vscode.window.showTextDocument(doc);
}

/** Status bar: the document's character count (what 不超过3000字 limits count) and the selection's. */
function createCharacterCount(): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('baogao.characterCount', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('Baogao character count');
  const update = () => {
    const zh = !messageLocale().startsWith('en');
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== LANGUAGE) {
      item.hide();
      return;
    }
    const doc = editor.document;
    const total = countChars(doc.getText()).toLocaleString('en-US');
    const selected = editor.selections.reduce((n, s) => n + (s.isEmpty ? 0 : countChars(doc.getText(s))), 0);
    const sel = selected.toLocaleString('en-US');
    item.text = selected ? (zh ? `$(edit) 选中 ${sel} / ${total} 字` : `$(edit) ${sel} / ${total} chars`) : zh ? `$(edit) ${total} 字` : `$(edit) ${total} chars`;
    item.tooltip = zh ? '字数：汉字、标点、数字和字母，不计空格' : 'Characters: Chinese characters, punctuation, digits and letters; spaces not counted';
    item.show();
  };
  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.window.onDidChangeTextEditorSelection(update),
    vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && update()),
    vscode.workspace.onDidOpenTextDocument(update),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
