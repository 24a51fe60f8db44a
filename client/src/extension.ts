// The VS Code extension: starts the language server and switches plain-text reports to the
// baogao language. Features come from the server; the client adds only what needs the editor.

import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { looksLikeReport } from '../../server/src/core/model/detectReport';
import { countChars } from '../../server/src/core/text/charCount';
import { confirmExport } from './exportReview';
import { newReport } from './newReport';
import { FolderCheck } from './folderCheck';
import { followEnableSetting, restartServer, serverEnabled, showLog } from './serverControl';
import { EDITOR_SECTION_COMMANDS, ExportResult, ImportResult, InitializationOptions, LENGTH_LIMIT_NOTIFICATION, LengthLimitParams, SectionCommandResult, WORD_COMMANDS, WORKSPACE_TRUST_NOTIFICATION } from '../../server/src/protocol';

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
    // Untrusted workspace: the server ignores the folder's .baogaorc.json patterns.
    initializationOptions: { locale: messageLocale(), trusted: vscode.workspace.isTrusted } satisfies InitializationOptions,
  };
  client = new LanguageClient(LANGUAGE, 'Baogao', serverOptions, clientOptions);
  context.subscriptions.push(client);
  if (serverEnabled()) await client.start();
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(WORKSPACE_TRUST_NOTIFICATION, { trusted: true })));
  // The server reads the message language once, at start: restart it when the setting changes.
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('baogao.locale') || !client?.isRunning()) return;
      clientOptions.initializationOptions = { locale: messageLocale(), trusted: vscode.workspace.isTrusted } satisfies InitializationOptions;
      await client.restart();
    }),
  );

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
    createCharacterCount(client),
    vscode.commands.registerCommand('baogao.exportToWord', () => exportToWord()),
    vscode.commands.registerCommand('baogao.openWordDocument', () => openWordDocument()),
  );
  registerServerCommands(context);
  registerNewReport(context);
  registerFolderCheck(context);
}

function registerServerCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('baogao.restartServer', () => restartServer(client)),
    vscode.commands.registerCommand('baogao.showLog', () => showLog(client)),
    followEnableSetting(() => client),
  );
}

function registerNewReport(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('baogao.newReport', (kind?: string) => newReport(context, LANGUAGE, zh(), typeof kind === 'string' ? kind : undefined)));
}

function registerFolderCheck(context: vscode.ExtensionContext): void {
  const check = new FolderCheck(() => client, LANGUAGE);
  context.subscriptions.push(check, vscode.commands.registerCommand('baogao.checkWorkspace', () => check.run(zh())));
}

const zh = () => !messageLocale().startsWith('en');

/** Baogao: 导出为 Word — lists what should be fixed first and asks whether to go on. */
async function exportToWord(): Promise<void> {
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
function createCharacterCount(languageClient: LanguageClient): vscode.Disposable {
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

export async function deactivate(): Promise<void> {
  await client?.stop();
}
