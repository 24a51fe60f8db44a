// Formatting: every certain fix (ordinal punctuation, half-width punctuation in Chinese text,
// renumbering of headings and enumerations, one ordinal style per list) and tidy blank lines —
// runs of blank lines become one, trailing spaces go, the file ends with one line break.
// Formatting a formatted document changes nothing.

import { defaultConfig, ResolvedConfig } from '../config/config';
import { fixAllText } from '../lint/fixAll';
import { allRules } from '../rules';
import { Locale } from '../text/i18n';
import { effectiveSeverity, runRules } from '../lint/runRules';
import { applyEdits } from '../text/edit';
import { safeFixEdits } from '../lint/fixAll';
import { parseReport, ReportModel } from '../model/reportModel';
import { Diagnostic } from '../rules/rule';

/** The rules whose safe fixes formatting applies (meta.formatting: never deleting or rewording content). */
function formattingRules(config: ResolvedConfig) {
  return allRules.filter((r) => r.meta.formatting && effectiveSeverity(r, config) !== 'off');
}

export function formatText(text: string, config: ResolvedConfig = defaultConfig(), locale: Locale = 'zh'): string {
  return formatReport(parseReport(text), undefined, config, locale);
}

/**
 * The formatted text of a report, starting from its model and, when the server has them, the
 * diagnostics of that version: a formatted report needs no parse at all, and one that needs fixes
 * is parsed again only to see whether a fix exposed another.
 */
export function formatReport(model: ReportModel, diagnostics: Diagnostic[] | undefined, config: ResolvedConfig = defaultConfig(), locale: Locale = 'zh'): string {
  const edits = formattingEdits(model, diagnostics, config, locale);
  const fixed = edits.length ? fixAllText(applyEdits(model.text, edits), { config, locale, rules: formattingRules(config) }).text : model.text;
  return tidyLines(fixed);
}

function formattingEdits(model: ReportModel, diagnostics: Diagnostic[] | undefined, config: ResolvedConfig, locale: Locale) {
  const rules = formattingRules(config);
  const ids = new Set(rules.map((r) => r.meta.id));
  const found = diagnostics ? diagnostics.filter((d) => ids.has(d.rule)) : runRules(model, { config, locale, rules });
  return safeFixEdits(model.text, found);
}

export function tidyLines(text: string): string {
  const eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const lines = (bom ? text.slice(1) : text).split(/\r\n|\r|\n/);
  const out: string[] = [];
  for (const raw of lines) {
    // Trailing white space goes (invisible U+FEFF and zero-width spaces too); the ideographic
    // indentation at the start stays.
    const line = raw.replace(/[\s\u200b-\u200d\u2060]+$/, '');
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.length ? bom + out.join(eol) + eol : bom;
}

/** Formatting of a range: the certain fixes whose edits lie inside it, and tidy lines inside it. */
export function formatRange(text: string, start: number, end: number, config: ResolvedConfig = defaultConfig(), locale: Locale = 'zh'): string {
  return formatReportRange(parseReport(text), undefined, start, end, config, locale);
}

export function formatReportRange(model: ReportModel, diagnostics: Diagnostic[] | undefined, start: number, end: number, config: ResolvedConfig = defaultConfig(), locale: Locale = 'zh'): string {
  const text = model.text;
  const edits = formattingEdits(model, diagnostics, config, locale).filter((e) => e.span.start >= start && e.span.end <= end);
  let out = applyEdits(text, edits);
  // Tidy the lines the range covers (their end shifts by what the fixes changed).
  const shift = out.length - text.length;
  const a = out.lastIndexOf('\n', start - 1) + 1;
  const bEnd = out.indexOf('\n', Math.max(a, end + shift));
  const b = bEnd < 0 ? out.length : bEnd;
  const middle = out.slice(a, b).replace(/[ \t\u3000]+(?=\r?$)/gm, '').replace(/(\r?\n)(?:[ \t\u3000]*\r?\n)+/g, '$1$1');
  out = out.slice(0, a) + middle + out.slice(b);
  return out;
}
