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
import { withIgnoreEntry } from '../../core/config/ignoreEntry';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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

/** Adds {rule, text} to the workspace's .baogaorc.json, creating the file if needed. */
function ignoreAction(root: string, d: Diagnostic, model: ReportModel, docUri: string, locale: Locale): lsp.CodeAction | undefined {
  const path = join(root, RC_FILE);
  const uri = pathToFileURL(path).toString();
  const text = model.text.slice(d.span.start, d.span.end);
  let existing: string | undefined;
  let content: string;
  try {
    existing = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    content = withIgnoreEntry(existing, { rule: d.rule, text });
  } catch {
    return undefined; // an unreadable or invalid .baogaorc.json: nothing safe to write
  }
  const endLine = existing === undefined ? 0 : existing.split(/\r\n|\r|\n/).length;
  const documentChanges: (lsp.TextDocumentEdit | lsp.CreateFile)[] = [];
  if (existing === undefined) documentChanges.push({ kind: 'create', uri, options: { ignoreIfExists: true } });
  documentChanges.push({ textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: endLine, character: 0 } }, newText: content }] });
  return {
    title: pick(locale, { zh: `忽略：在 .baogaorc.json 中记录“${text.length > 12 ? text.slice(0, 12) + '…' : text}”（${d.rule}）`, en: `Ignore: record "${text.length > 12 ? text.slice(0, 12) + '…' : text}" (${d.rule}) in .baogaorc.json` }),
    kind: lsp.CodeActionKind.QuickFix,
    diagnostics: [toLspDiagnostic(model, d, docUri)],
    edit: { documentChanges },
  };
}

export function provideCodeActions(doc: TextDocument, model: ReportModel, diagnostics: Diagnostic[], params: lsp.CodeActionParams, locale: Locale, workspaceRoot?: string): lsp.CodeAction[] {
  const only = params.context.only;
  const actions: lsp.CodeAction[] = [];

  if (only && only.some((o) => FIX_ALL_KIND === o || FIX_ALL_KIND.startsWith(o + '.'))) {
    const edits = safeFixEdits(model.text, diagnostics);
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
  for (const d of here) {
    const lspDiag = toLspDiagnostic(model, d, doc.uri);
    for (const fix of d.fixes ?? []) {
      if (fix.edits.length === 0) continue;
      actions.push({ title: fix.title, kind: lsp.CodeActionKind.QuickFix, diagnostics: [lspDiag], isPreferred: fix.preferred, edit: versionedEdit(doc, model, fix.edits) });
    }
    if (workspaceRoot && ruleById(d.rule)?.meta.ignorable) {
      const a = ignoreAction(workspaceRoot, d, model, doc.uri, locale);
      if (a) actions.push(a);
    }
    // markdownlint's "fix all of this rule": the same safe edits, for every finding of the rule.
    if (!offeredRuleFixAll.has(d.rule) && d.fixes?.some((f) => f.safe)) {
      offeredRuleFixAll.add(d.rule);
      const count = diagnostics.filter((x) => x.rule === d.rule && x.fixes?.some((f) => f.safe)).length;
      if (count > 1) {
        const edits = safeFixEdits(model.text, diagnostics, d.rule);
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
