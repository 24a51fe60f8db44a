// The page's worker: the language server's core (parse, rules, fix-all, outline, character count)
// off the page's thread, so typing never waits for a check. It parses incrementally and caches
// paragraph findings between versions as the server does (analysis.ts), so a keystroke in a long
// report re-reads and re-checks a paragraph or two.

import { defaultConfig } from '../server/src/core/config/config';
import { fixAllText } from '../server/src/core/lint/fixAll';
import { Locale } from '../server/src/core/text/i18n';
import { diffEdit } from '../server/src/core/ide/sections/textDiff';
import { PageAnalysis } from './analysis';
import type { FromWorker, ToWorker } from './protocol';

const config = defaultConfig();
const analysis = new PageAnalysis();

function fixAll(version: number, text: string, locale: Locale): FromWorker {
  const { text: fixedText, fixed } = fixAllText(text, { config, locale });
  const e = diffEdit(text, fixedText);
  return { kind: 'fixedAll', version, fixed, edit: e && { from: e.span.start, to: e.span.end, insert: e.newText } };
}

const scope = self as unknown as { onmessage: ((ev: MessageEvent<ToWorker>) => void) | null; postMessage(m: FromWorker): void };

scope.onmessage = (ev) => {
  const m = ev.data;
  try {
    scope.postMessage(m.kind === 'analyse' ? analysis.analyse(m.version, m.text, m.locale, m.change) : fixAll(m.version, m.text, m.locale));
  } catch (e) {
    scope.postMessage({ kind: 'failed', version: m.version, message: e instanceof Error ? e.message : String(e) });
  }
};
