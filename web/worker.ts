// The page's worker: the language server's core (parse, rules, fix-all, outline, character count)
// off the page's thread, so typing never waits for a check. Paragraph findings are cached between
// versions as in the server, so a keystroke in a long report re-checks one paragraph.

import { defaultConfig } from '../server/src/core/config/config';
import { runRules } from '../server/src/core/lint/runRules';
import { fixAllText } from '../server/src/core/lint/fixAll';
import { Locale } from '../server/src/core/text/i18n';
import { parseReport } from '../server/src/core/model/reportModel';
import { buildOutline } from '../server/src/core/ide/outline';
import { ParagraphFindingsCache } from '../server/src/core/lint/paragraphCache';
import { Diagnostic } from '../server/src/core/rules/rule';
import { countChars } from '../server/src/core/text/charCount';
import { diffEdit } from '../server/src/core/ide/sections/textDiff';
import type { FromWorker, PageDiagnostic, ToWorker } from './protocol';

const config = defaultConfig();
const cache = new ParagraphFindingsCache();

function toPage(d: Diagnostic): PageDiagnostic {
  return {
    from: d.span.start,
    to: d.span.end,
    severity: d.severity,
    rule: d.rule,
    message: d.message,
    fixes: (d.fixes ?? []).map((f) => ({
      title: f.title,
      safe: f.safe,
      preferred: !!f.preferred,
      edits: f.edits.map((e) => ({ from: e.span.start, to: e.span.end, insert: e.newText })),
    })),
  };
}

function analyse(version: number, text: string, locale: Locale): FromWorker {
  const t0 = performance.now();
  const model = parseReport(text);
  const diagnostics = runRules(model, { config, locale, cache }).map(toPage);
  const outline = buildOutline(model, locale);
  return { kind: 'analysed', version, diagnostics, outline, count: countChars(text), ms: performance.now() - t0 };
}

function fixAll(version: number, text: string, locale: Locale): FromWorker {
  const { text: fixedText, fixed } = fixAllText(text, { config, locale });
  const e = diffEdit(text, fixedText);
  return { kind: 'fixedAll', version, fixed, edit: e && { from: e.span.start, to: e.span.end, insert: e.newText } };
}

const scope = self as unknown as { onmessage: ((ev: MessageEvent<ToWorker>) => void) | null; postMessage(m: FromWorker): void };

scope.onmessage = (ev) => {
  const m = ev.data;
  try {
    scope.postMessage(m.kind === 'analyse' ? analyse(m.version, m.text, m.locale) : fixAll(m.version, m.text, m.locale));
  } catch (e) {
    scope.postMessage({ kind: 'failed', version: m.version, message: e instanceof Error ? e.message : String(e) });
  }
};
