// "Baogao: 检查文件夹中的所有报告": the client finds the folder's text files, the server reads each
// from disk, keeps the reports (by name, as the language contribution does, or by content, as the
// client's plain-text detection does) and returns their diagnostics. Files are read and checked one
// at a time, yielding between them, so open documents keep being served during a long run. The
// reading is the caller's (node:fs in the Node server), so this file has no Node-only import.

import * as lsp from 'vscode-languageserver';
import { ResolvedConfig } from '../../core/config/config';
import { runRules } from '../../core/lint/runRules';
import { looksLikeReport } from '../../core/model/detectReport';
import { parseReport } from '../../core/model/reportModel';
import { decodeText } from '../../core/text/encoding';
import { Locale } from '../../core/text/i18n';
import { FolderCheckResult } from '../../protocol';
import { toLspDiagnostic } from '../convert';

/** Named as a report (package.json's `languages` contribution): checked whatever the content. */
const REPORT_NAME = /\.baogao$|(述职报告|工作报告|工作总结).*\.txt$/i;
/** Larger files are not plain-text reports (a 10 MB report is ~30 books); skipped unread. */
const MAX_BYTES = 20 * 1024 * 1024;

export interface FolderCheckContext {
  configFor(uri: string): ResolvedConfig;
  locale: Locale;
  /** Documents open in the editor are diagnosed as they are edited; the check leaves them out. */
  isOpen(uri: string): boolean;
  /** The bytes of a file: URI (rejects when it cannot be read). */
  readFile(uri: string): Promise<Uint8Array>;
  log(message: string): void;
}

/**
 * The text of a report file, or undefined when it is not one (binary, undecodable, not a report).
 * Read as the CLI reads it: UTF-8 with or without a BOM, UTF-16 with a BOM, GBK/GB18030.
 */
export function reportText(name: string, bytes: Uint8Array): string | undefined {
  if (bytes.length > MAX_BYTES) return undefined;
  const decoded = decodeText(bytes);
  if (!decoded.ok) return undefined;
  const text = decoded.text;
  return REPORT_NAME.test(name) || (/\.txt$/i.test(name) && looksLikeReport(text)) ? text : undefined;
}

export async function checkFolderFiles(uris: readonly string[], ctx: FolderCheckContext, token?: lsp.CancellationToken): Promise<FolderCheckResult> {
  const result: FolderCheckResult = { reports: [], skipped: 0 };
  for (const uri of uris) {
    if (token?.isCancellationRequested) break;
    if (!uri.startsWith('file:') || ctx.isOpen(uri)) {
      result.skipped++;
      continue;
    }
    try {
      const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
      const text = reportText(name, await ctx.readFile(uri));
      if (text === undefined) {
        result.skipped++;
        continue;
      }
      const model = parseReport(text);
      const diagnostics = runRules(model, {
        config: ctx.configFor(uri),
        locale: ctx.locale,
        onRuleError: (rule, e) => ctx.log(`baogao: rule ${rule.meta.id} failed on ${uri}: ${(e as Error).stack ?? e}`),
      });
      result.reports.push({ uri, diagnostics: diagnostics.map((d) => toLspDiagnostic(model, d, uri)) });
    } catch (e) {
      // A file deleted or unreadable since the client listed it: not a report to show.
      ctx.log(`baogao: folder check skipped ${uri}: ${(e as Error).message}`);
      result.skipped++;
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return result;
}
