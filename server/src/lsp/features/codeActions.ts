// textDocument/codeAction: each finding's fixes as quick fixes, "fix every <rule> in this file",
// and source.fixAll.baogao. All are the rules' plain edits, sent as versioned edits of the
// document so an action computed for an old version is never applied to a newer one.

import * as lsp from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Locale, pick } from '../../core/text/i18n';
import { safeFixEdits } from '../../core/lint/fixAll';
import { ReportModel } from '../../core/model/reportModel';
import { Diagnostic } from '../../core/rules/rule';
import { Edit } from '../../core/text/edit';
import { toTextEdit } from '../convert';
import { toLspDiagnostic } from '../convert';
import { isSpecificText, occurrenceEntry, withIgnoreEntry } from '../../core/config/ignoreEntry';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { RC_FILE } from '../../core/config/rcFile';
import { ruleById } from '../../core/rules';

export const FIX_ALL_KIND = 'source.fixAll.baogao';


function versionedEdit(doc: TextDocument, model: ReportModel, edits: Edit[]): lsp.WorkspaceEdit {
  return {
    documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: edits.map((e) => toTextEdit(model, e)) }],
  };
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
}

/**
 * The .baogaorc.json an entry for this document goes into: the nearest one between the document's
 * folder and the workspace root (the one its settings come from), else a new one at the root.
 */
function rcFileFor(root: string, docUri: string): string {
  if (docUri.startsWith('file:')) {
    try {
      for (let dir = dirname(fileURLToPath(docUri)); ; dir = dirname(dir)) {
        const rel = relative(root, dir);
        if (rel.startsWith('..') || isAbsolute(rel)) break;
        if (existsSync(join(dir, RC_FILE))) return join(dir, RC_FILE);
        if (!rel) break;
      }
    } catch {
      // not a local path: the root's file
    }
  }
  return join(root, RC_FILE);
}

/** That .baogaorc.json as it is now (read once per request); undefined when unreadable. */
function readRc(path: string): { path: string; existing: string | undefined } | undefined {
  try {
    return { path, existing: existsSync(path) ? readFileSync(path, 'utf8') : undefined };
  } catch {
    return undefined;
  }
}

/** The report's path relative to `dir` ('/'-separated), if it lies inside it. */
function relativeFile(dir: string, docUri: string): string | undefined {
  if (!docUri.startsWith('file:')) return undefined;
  let rel: string;
  try {
    rel = relative(dir, fileURLToPath(docUri));
  } catch {
    return undefined;
  }
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

function shortQuote(s: string, n = 12): string {
  return [...s].length > n ? [...s].slice(0, n).join('') + '…' : s;
}

/**
 * Writes an ignore entry into .baogaorc.json, creating the file if needed. By default this
 * occurrence only ("忽略此处": file and sentence); `everywhere` records {rule, text}.
 */
function ignoreAction(rc: { path: string; existing: string | undefined }, d: Diagnostic, model: ReportModel, docUri: string, locale: Locale, everywhere: boolean): lsp.CodeAction | undefined {
  const uri = pathToFileURL(rc.path).toString();
  const text = model.source.slice(d.span.start, d.span.end);
  const entry = everywhere ? { rule: d.rule, text } : occurrenceEntry(d.rule, model.text, d.span, relativeFile(dirname(rc.path), docUri));
  const existing = rc.existing;
  let content: string;
  try {
    content = withIgnoreEntry(existing, entry);
  } catch {
    return undefined; // an invalid .baogaorc.json: nothing safe to write
  }
  const endLine = existing === undefined ? 0 : existing.split(/\r\n|\r|\n/).length;
  const documentChanges: (lsp.TextDocumentEdit | lsp.CreateFile)[] = [];
  if (existing === undefined) documentChanges.push({ kind: 'create', uri, options: { ignoreIfExists: true } });
  documentChanges.push({ textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: endLine, character: 0 } }, newText: content }] });
  const q = shortQuote(text);
  return {
    title: everywhere
      ? pick(locale, { zh: `在所有报告中忽略“${q}”（${d.rule}）`, en: `Ignore "${q}" in every report (${d.rule})` })
      : pick(locale, { zh: `忽略此处（${d.rule}，记录在 .baogaorc.json）`, en: `Ignore this occurrence (${d.rule}, recorded in .baogaorc.json)` }),
    kind: lsp.CodeActionKind.QuickFix,
    diagnostics: [toLspDiagnostic(model, d, docUri)],
    edit: { documentChanges },
  };
}

export function provideCodeActions(doc: TextDocument, model: ReportModel, diagnostics: Diagnostic[], params: lsp.CodeActionParams, locale: Locale, workspaceRoot?: string): lsp.CodeAction[] {
  const only = params.context.only;
  const actions: lsp.CodeAction[] = [];

  if (only && only.some((o) => FIX_ALL_KIND === o || FIX_ALL_KIND.startsWith(o + '.'))) {
    const edits = safeFixEdits(model.source, diagnostics);
    if (edits.length) {
      actions.push({ title: pick(locale, { zh: '修复所有可自动修复的问题（Baogao）', en: 'Fix all auto-fixable problems (Baogao)' }), kind: FIX_ALL_KIND, edit: versionedEdit(doc, model, edits) });
    }
    return actions;
  }
  if (!wants(only, lsp.CodeActionKind.QuickFix)) return actions;

  const start = model.index.offsetAt(params.range.start);
  const end = model.index.offsetAt(params.range.end);
  const here = diagnostics.filter((d) => d.span.start <= end && start <= d.span.end);
  const offeredRuleFixAll = new Set<string>();
  // A list-wide fix (重新编号, 统一本级序号样式) is one object shared by every finding in the list:
  // it becomes one action naming all of them, not one copy of the whole list's edits per finding
  // (a selected list of n repeated "1." would otherwise send n × n edits).
  const actionOfFix = new Map<object, lsp.CodeAction>();
  const rc = workspaceRoot ? readRc(rcFileFor(workspaceRoot, doc.uri)) : undefined;
  for (const d of here) {
    const lspDiag = toLspDiagnostic(model, d, doc.uri);
    for (const fix of d.fixes ?? []) {
      if (fix.edits.length === 0) continue;
      const shared = actionOfFix.get(fix);
      if (shared) {
        shared.diagnostics!.push(lspDiag);
        continue;
      }
      const action: lsp.CodeAction = { title: fix.title, kind: lsp.CodeActionKind.QuickFix, diagnostics: [lspDiag], isPreferred: fix.preferred, edit: versionedEdit(doc, model, fix.edits) };
      actionOfFix.set(fix, action);
      actions.push(action);
    }
    if (rc && ruleById(d.rule)?.meta.ignorable) {
      const thisOne = ignoreAction(rc, d, model, doc.uri, locale, false);
      if (thisOne) actions.push(thisOne);
      // Every report: only for text specific enough that it cannot hide other real problems.
      if (isSpecificText(model.source.slice(d.span.start, d.span.end))) {
        const everywhere = ignoreAction(rc, d, model, doc.uri, locale, true);
        if (everywhere) actions.push(everywhere);
      }
    }
    // markdownlint's "fix all of this rule": the same safe edits, for every finding of the rule.
    if (!offeredRuleFixAll.has(d.rule) && d.fixes?.some((f) => f.safe)) {
      offeredRuleFixAll.add(d.rule);
      const count = diagnostics.filter((x) => x.rule === d.rule && x.fixes?.some((f) => f.safe)).length;
      if (count > 1) {
        const edits = safeFixEdits(model.source, diagnostics, d.rule);
        if (edits.length) {
          actions.push({
            title: pick(locale, { zh: `修复本文件中全部 ${d.rule} 问题（${count} 处）`, en: `Fix all ${d.rule} problems in this file (${count})` }),
            kind: lsp.CodeActionKind.QuickFix,
            edit: versionedEdit(doc, model, edits),
          });
        }
      }
    }
  }
  return actions;
}
