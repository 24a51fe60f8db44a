// Runs the enabled rules over one model. A rule that throws loses only its own results for that
// document (reported through onRuleError); the others still arrive.

import { IgnoreEntry, ResolvedConfig } from './config';
import { matchingIgnoreEntry } from './ignoreEntry';
import { Locale, pick } from './i18n';
import { ReportModel } from './model/reportModel';
import { allRules } from './rules';
import { Diagnostic, Finding, Rule, RuleContext, Severity } from './rules/types';
import { ParagraphFindingsCache } from './paragraphCache';

export interface RunOptions {
  config: ResolvedConfig;
  locale: Locale;
  rules?: Rule[];
  onRuleError?: (rule: Rule, error: unknown) => void;
  /** Reuse paragraph rules' findings from the previous run on the same document. */
  cache?: ParagraphFindingsCache;
  /** The document's path or file: URI, for `ignore` entries that name a file. */
  documentPath?: string;
  /** Called for each finding an `ignore` entry silenced (the CLI counts them per entry). */
  onIgnored?: (entry: IgnoreEntry, diagnostic: Diagnostic) => void;
}

export function effectiveSeverity(rule: Rule, config: ResolvedConfig): Severity | 'off' {
  return config.rules[rule.id] ?? rule.defaultSeverity;
}

export function runRules(model: ReportModel, opts: RunOptions): Diagnostic[] {
  const ctx: RuleContext = { model, config: opts.config, locale: opts.locale, t: (text) => pick(opts.locale, text) };
  const out: Diagnostic[] = [];
  const cache = opts.cache;
  cache?.begin(opts.locale);
  for (const rule of opts.rules ?? allRules) {
    const severity = effectiveSeverity(rule, opts.config);
    if (severity === 'off') continue;
    let findings: Finding[];
    try {
      const perParagraph = rule.checkParagraph;
      findings = cache && perParagraph ? model.paragraphs.flatMap((p) => cache.findings(rule.id, p, () => perParagraph(p, ctx))) : rule.check(ctx);
    } catch (error) {
      opts.onRuleError?.(rule, error);
      continue;
    }
    for (const f of findings) {
      const ignoredBy = matchingIgnoreEntry(opts.config.ignore, rule.id, model.text, f.span, opts.documentPath);
      if (ignoredBy) opts.onIgnored?.(ignoredBy, { ...f, rule: rule.id, severity });
      else out.push({ ...f, rule: rule.id, severity });
    }
  }
  cache?.end();
  out.sort((a, b) => a.span.start - b.span.start || a.rule.localeCompare(b.rule));
  return out;
}

