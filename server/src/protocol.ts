// What the extension and the language server say to each other beyond LSP: command ids, their
// arguments and results, and the initialization options. Imported by both sides (client/ and
// server/), so an id or a result shape is written once and checked by the compiler on both ends.

/** The server's commands that compute section edits (arguments: [document uri, LSP position]). */
export const SECTION_COMMANDS = {
  moveUp: 'baogao.server.moveSectionUp',
  moveDown: 'baogao.server.moveSectionDown',
  promote: 'baogao.server.promoteSection',
  demote: 'baogao.server.demoteSection',
  insertSibling: 'baogao.server.insertSiblingHeading',
} as const;

/** The editor command each section command is bound to (keybindings and menus name these). */
export const EDITOR_SECTION_COMMANDS: Record<string, (typeof SECTION_COMMANDS)[keyof typeof SECTION_COMMANDS]> = {
  'baogao.moveSectionUp': SECTION_COMMANDS.moveUp,
  'baogao.moveSectionDown': SECTION_COMMANDS.moveDown,
  'baogao.promoteSection': SECTION_COMMANDS.promote,
  'baogao.demoteSection': SECTION_COMMANDS.demote,
  'baogao.insertSiblingHeading': SECTION_COMMANDS.insertSibling,
};

export interface SectionCommandResult {
  applied: boolean;
  /** Where to put the cursor afterwards. */
  position?: { line: number; character: number };
}

/**
 * The Word commands. Kept apart from their implementation so the server can advertise them
 * without loading the Word libraries. exportDocx: [document uri] → ExportResult | null;
 * importDocx: [base64 .docx] → ImportResult.
 */
export const WORD_COMMANDS = { exportDocx: 'baogao.server.exportDocx', importDocx: 'baogao.server.importDocx' } as const;

export interface ExportResult {
  base64: string;
  /** Error-level findings and template residue, listed before export ("先修复" / "仍然导出"). */
  findings: { line: number; character: number; rule: string; severity: string; message: string }[];
  placeholders: { line: number; character: number; text: string; what: string }[];
}

export interface ImportResult {
  text?: string;
  error?: string;
}

/** initializationOptions the extension sends. */
export interface InitializationOptions {
  /** baogao.locale resolved: the language of messages ("zh-cn", "en", …). */
  locale?: string;
  /** VS Code's workspace.isTrusted; false: the folder's .baogaorc.json patterns are not run. */
  trusted?: boolean;
}

/** Client → server notification: the workspace was trusted ({ trusted: true }). */
export const WORKSPACE_TRUST_NOTIFICATION = 'baogao/workspaceTrust';

/**
 * Server → client after each diagnostics run: the 字数 limit (baogao.maxLength / .baogaorc.json
 * "maxLength", per genre) that applies to the document, or null, for the status bar's "2,812 / 3,000 字".
 * Sent only when it changes. The client counts the characters itself (countChars), as max-length does.
 */
export const LENGTH_LIMIT_NOTIFICATION = 'baogao/lengthLimit';

export interface LengthLimitParams {
  uri: string;
  limit: number | null;
}

/**
 * "Baogao: 检查文件夹中的所有报告": [file URIs] → FolderCheckResult. The server reads the files and
 * keeps the reports among them; documents open in the editor are left out (they are diagnosed as
 * they change). The client sends the folder's files in batches, so it can show progress and stop.
 */
export const FOLDER_CHECK_COMMAND = 'baogao.server.checkFiles';

export interface FolderCheckResult {
  reports: { uri: string; diagnostics: import('vscode-languageserver-protocol').Diagnostic[] }[];
  /** Files that were not reports (or were open, unreadable, not UTF-8). */
  skipped: number;
}

/**
 * Node flags the extension starts the language server with (the tests and the bench start it the
 * same way). V8's young generation grows to 16 MB per semi-space while a large report is first
 * parsed and stays committed: 32 MB of a 10 MB report's footprint. The server's allocations per
 * keystroke are small, and typing is as fast with 4 MB (npm run bench measures both).
 * --expose-gc lets the server collect once when it goes quiet after edits (lsp/idleCollector.ts):
 * a 10 MB report edited here and there leaves dead texts and pages that V8 otherwise keeps for a long while.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4', '--expose-gc'];

/**
 * Environment the extension adds when it starts the language server (the tests and the bench too).
 * Opening a 10 MB report brings it as one 10 MB message buffer; when glibc frees it, its dynamic
 * mmap threshold rises to that size (and the trim threshold to twice it), so every later message
 * buffer below 10 MB is taken from the heap and kept after it is freed: 10–15 MB of a 10 MB
 * report's footprint for nothing. A fixed threshold (glibc's default, 128 KB) keeps large buffers
 * mapped and returns them. Other C libraries ignore the variable.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_MMAP_THRESHOLD_: '131072' };
