// workspace/executeCommand for Word: the server builds the .docx (the export library lives in the
// server bundle, not the extension's) and reads a .docx into text; the client does the dialogs.

import { ResolvedConfig } from '../../core/config/config';
import { findingsToList } from '../../core/lint/exportReview';
import { runRules } from '../../core/lint/runRules';
import { Locale, pick } from '../../core/text/i18n';
import { ReportModel } from '../../core/model/reportModel';
import { placeholdersOf, SLOT_KIND_TEXT } from '../../core/model/slots';
import { matchingIgnoreEntry } from '../../core/config/ignoreEntry';
import { exportDocx } from '../../core/docx/exportDocx';
import { importDocx, WordError, wordErrorText } from '../../core/docx/importDocx';

import { ExportResult, ImportResult } from '../../protocol';
import { base64ToBytes, bytesToBase64 } from '../base64';

export async function exportForClient(model: ReportModel, config: ResolvedConfig, locale: Locale, documentUri?: string): Promise<ExportResult> {
  // Everything read from the model before the first await: a keystroke handled meanwhile parses
  // the next version incrementally, which moves this model's paragraphs (model/incremental.ts).
  // exportDocx reads the model before its own await (the packing).
  const findings = findingsToList(runRules(model, { config, locale, documentPath: documentUri })).map((d) => ({ ...model.index.positionAt(d.span.start), rule: d.rule, severity: d.severity, message: d.message }));
  const placeholders = placeholdersOf(model)
    // Placeholders an ignore entry silences are not listed, as they are not diagnosed.
    .filter((s) => !matchingIgnoreEntry(config.ignore, 'placeholder', model.source, s.span, documentUri))
    .map((s) => ({ ...s.position, text: s.text, what: pick(locale, SLOT_KIND_TEXT[s.kind]) }));
  const bytes = await exportDocx(model, { fonts: config.export.fonts });
  return { base64: bytesToBase64(bytes), findings, placeholders };
}

export async function importForClient(base64: string, locale: Locale): Promise<ImportResult> {
  try {
    return { text: await importDocx(base64ToBytes(base64)) };
  } catch (e) {
    if (!(e instanceof WordError)) throw e;
    return { error: pick(locale, wordErrorText(e)) };
  }
}
