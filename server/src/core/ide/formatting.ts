// Formatting: every certain fix (ordinal punctuation, half-width punctuation in Chinese text,
// renumbering of headings and enumerations, one ordinal style per list) and tidy blank lines —
// runs of blank lines become one, trailing spaces go, the file ends with one line break.
// Formatting a formatted document changes nothing.

import { defaultConfig, ResolvedConfig } from '../config';
import { fixAllText } from '../fixAll';
import { allRules } from '../rules';
import { Locale } from '../i18n';
import { runRules } from '../diagnostics';
import { applyEdits } from '../edits';
import { safeFixEdits } from '../fixAll';
import { parseReport } from '../model/reportModel';

/** The rules whose safe fixes formatting applies (never deleting or rewording content). */
export const FORMATTING_RULES = new Set([
  'numbering-gap',
  'numbering-duplicate',
  'numbering-order',
  'numbering-start',
  'ordinal-punctuation',
  'ordinal-style-mixed',
  'enumeration-sequence',
  'halfwidth-punctuation',
]);

export function formatText(text: string, config: ResolvedConfig = defaultConfig(), locale: Locale = 'zh'): string {
  const rules = allRules.filter((r) => FORMATTING_RULES.has(r.id) && (config.rules[r.id] ?? r.defaultSeverity) !== 'off');
  const fixed = fixAllText(text, { config, locale, rules }).text;
  return tidyLines(fixed);
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
  const rules = allRules.filter((r) => FORMATTING_RULES.has(r.id) && (config.rules[r.id] ?? r.defaultSeverity) !== 'off');
  const diagnostics = runRules(parseReport(text), { config, locale, rules });
  const edits = safeFixEdits(text, diagnostics).filter((e) => e.span.start >= start && e.span.end <= end);
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
