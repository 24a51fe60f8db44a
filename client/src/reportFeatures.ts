// What the editor adds to the server's features, shared by the desktop extension (extension.ts)
// and the web extension (browserExtension.ts): switching plain-text reports to the baogao language,
// the section commands, the character count with its limit, and the Word commands' dialogs. Both
// talk to the server through a language client; nothing here needs Node.

import * as vscode from 'vscode';
import { BaseLanguageClient, ExecuteCommandRequest } from 'vscode-languageclient';
import { looksLikeReport } from '../../server/src/core/model/detectReport';
import { countChars } from '../../server/src/core/text/charCount';
import { EDITOR_SECTION_COMMANDS, ExportResult, ImportResult, LENGTH_LIMIT_NOTIFICATION, LengthLimitParams, SectionCommandResult, WORD_COMMANDS } from '../../server/src/protocol';
import { base64ToBytes, bytesToBase64 } from '../../server/src/lsp/base64';
import { confirmExport } from './exportReview';

export const LANGUAGE = 'baogao';

/**
 * The language of Baogao's messages: VS Code's display language, unless baogao.locale says
 * otherwise (many writers run VS Code in English but hand in reports in Chinese).
 */
export function messageLocale(): string {
  const setting = vscode.workspace.getConfiguration('baogao').get<string>('locale', 'auto');
  return setting === 'auto' ? vscode.env.language : setting;
}

export const zh = () => !messageLocale().startsWith('en');

export interface ReportFeatureOptions {
  /** False in VS Code for the Web: its server has no Word libraries (they would double the .vsix). */
  word: boolean;
}

/** Registers the editor-side features; `clientOf` gives the language client. */
export function registerReportFeatures(context: vscode.ExtensionContext, clientOf: () => BaseLanguageClient | undefined, options: ReportFeatureOptions = { word: true }): void {
  // Documents the user moved back to plain text are left alone from then on; "保持纯文本" on the
  // one-time notice is remembered per file across sessions (workspace state).
  const switched = new Set<string>();
  const KEEP_PLAIN = 'baogao.keepPlainText';
  const keptPlain = () => new Set(context.workspaceState.get<string[]>(KEEP_PLAIN, []));
  const announceSwitch = async (doc: vscode.TextDocument) => {
    const keep = zh() ? '保持纯文本' : 'Keep as plain text';
    const choice = await vscode.window.showInformationMessage(
      zh() ? `Baogao 把 ${vscode.workspace.asRelativePath(doc.uri)} 识别为报告，已按报告检查。` : `Baogao recognised ${vscode.workspace.asRelativePath(doc.uri)} as a report and checks it as one.`,
      keep,
    );
    if (choice !== keep) return;
    await context.workspaceState.update(KEEP_PLAIN, [...keptPlain(), doc.uri.toString()]);
    await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
  };
  const detect = (doc: vscode.TextDocument) => {
    if (doc.languageId !== 'plaintext' || switched.has(doc.uri.toString()) || keptPlain().has(doc.uri.toString())) return;
    if (!vscode.workspace.getConfiguration('baogao', doc).get<boolean>('detectPlainText', true)) return;
    if (!looksLikeReport(doc.getText())) return;
    switched.add(doc.uri.toString());
    void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE).then(() => announceSwitch(doc));
  };
  vscode.workspace.textDocuments.forEach(detect);
  // A report pasted into a new plain-text document is detected too, shortly after typing stops.
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
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
        const client = clientOf();
        if (editor.document.languageId !== LANGUAGE || !client?.isRunning()) return;
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
    createCharacterCount(clientOf()!),
    vscode.commands.registerCommand('baogao.exportToWord', () => (options.word ? exportToWord(clientOf()) : noWordInTheWeb())),
    vscode.commands.registerCommand('baogao.openWordDocument', () => (options.word ? openWordDocument(clientOf()) : noWordInTheWeb())),
  );
}

/** Baogao: 导出为 Word — lists what should be fixed first and asks whether to go on. */
async function exportToWord(client: BaseLanguageClient | undefined): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE || !client) {
    void vscode.window.showInformationMessage(zh() ? '请先打开一份报告' : 'Open a report first');
    return;
  }
  const doc = editor.document;
  const result = (await client.sendRequest(ExecuteCommandRequest.type, { command: WORD_COMMANDS.exportDocx, arguments: [doc.uri.toString()] })) as ExportResult | null;
  if (!result || !(await confirmExport(editor, result, zh()))) return;
  const target = await vscode.window.showSaveDialog({
    defaultUri: doc.isUntitled ? undefined : doc.uri.with({ path: doc.uri.path.replace(/\.[^./]+$/, '') + '.docx' }),
    filters: { 'Word': ['docx'] },
  });
  if (!target) return; // the save dialog itself asks before replacing a file
  await vscode.workspace.fs.writeFile(target, base64ToBytes(result.base64));
  void vscode.window.showInformationMessage(zh() ? `已导出 ${displayPath(target)}` : `Exported ${displayPath(target)}`);
}

/** Baogao: 打开 Word 文档 — reads a .docx into a new report, Word's heading numbers written out. */
async function openWordDocument(client: BaseLanguageClient | undefined): Promise<void> {
  if (!client) return;
  const [file] = (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Word': ['docx'] } })) ?? [];
  if (!file) return;
  const bytes = await vscode.workspace.fs.readFile(file);
  const result = (await client.sendRequest(ExecuteCommandRequest.type, { command: WORD_COMMANDS.importDocx, arguments: [bytesToBase64(bytes)] })) as ImportResult;
  if (result.error !== undefined || result.text === undefined) {
    void vscode.window.showErrorMessage(`Baogao: ${result.error ?? 'import failed'}`);
    return;
  }
  const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE, content: result.text });
  await vscode.window.showTextDocument(doc);
}

/** Status bar: the document's character count (what 不超过3000字 limits count) and the selection's. */
function createCharacterCount(languageClient: BaseLanguageClient): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('baogao.characterCount', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('Baogao character count');
  // baogao.maxLength for each document, as the server resolved it (settings, .baogaorc.json, genre).
  const limits = new Map<string, number>();
  const update = () => {
    const zh = !messageLocale().startsWith('en');
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== LANGUAGE) {
      item.hide();
      return;
    }
    const doc = editor.document;
    const count = countChars(doc.getText());
    const total = count.toLocaleString('en-US');
    const selected = editor.selections.reduce((n, s) => n + (s.isEmpty ? 0 : countChars(doc.getText(s))), 0);
    const sel = selected.toLocaleString('en-US');
    item.text = selected ? (zh ? `$(edit) 选中 ${sel} / ${total} 字` : `$(edit) ${sel} / ${total} chars`) : zh ? `$(edit) ${total} 字` : `$(edit) ${total} chars`;
    item.tooltip = zh ? '字数：汉字、标点、数字和字母，不计空格' : 'Characters: Chinese characters, punctuation, digits and letters; spaces not counted';
    showLimit(item, limits.get(doc.uri.toString()), count, selected, zh);
    item.show();
  };
  update();
  return vscode.Disposable.from(
    item,
    languageClient.onNotification(LENGTH_LIMIT_NOTIFICATION, (p: LengthLimitParams) => {
      if (p.limit === null) limits.delete(p.uri);
      else limits.set(p.uri, p.limit);
      update();
    }),
    vscode.workspace.onDidCloseTextDocument((d) => limits.delete(d.uri.toString())),
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.window.onDidChangeTextEditorSelection(update),
    vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && update()),
    vscode.workspace.onDidOpenTextDocument(update),
  );
}

/** With a limit: "2,812 / 3,000 字", in the warning colour past it (the max-length diagnostic says the same). */
function showLimit(item: vscode.StatusBarItem, limit: number | undefined, count: number, selected: number, zh: boolean): void {
  item.backgroundColor = limit !== undefined && count > limit ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  if (limit === undefined) return;
  const n = (x: number) => x.toLocaleString('en-US');
  if (!selected) item.text = zh ? `$(edit) ${n(count)} / ${n(limit)} 字` : `$(edit) ${n(count)} / ${n(limit)} chars`;
  const over = count - limit;
  item.tooltip += zh
    ? `\n字数限制 ${n(limit)} 字（baogao.maxLength）${over > 0 ? `，已超出 ${n(over)} 字` : `，还可写 ${n(-over)} 字`}`
    : `\nLimit ${n(limit)} (baogao.maxLength)${over > 0 ? `; ${n(over)} over` : `; ${n(-over)} left`}`;
}

function noWordInTheWeb(): void {
  void vscode.window.showInformationMessage(
    zh()
      ? 'Baogao：网页版 VS Code 中不能导出或打开 Word 文档。请使用桌面版 VS Code、命令行 baogao export-docx / import-docx，或离线检查页面。'
      : 'Baogao: Word export and import are not available in VS Code for the Web. Use desktop VS Code, the command line (baogao export-docx / import-docx) or the offline checking page.',
  );
}

/** A file's path as the user knows it: the disk path for a local file, the URI's path otherwise. */
function displayPath(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? uri.fsPath : uri.path;
}
