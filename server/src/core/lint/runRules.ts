// Runs the enabled rules over one model. A rule that throws loses only its own results for that
// document (reported through onRuleError); the others still arrive.

import { IgnoreEntry, ResolvedConfig, Severity } from '../config/config';
import { matchingIgnoreEntry } from '../config/ignoreEntry';
import { Locale, pick } from '../text/i18n';
import { ReportModel } from '../model/reportModel';
import { allRules } from '../rules';
import { Diagnostic, Finding, Rule, RuleContext } from '../rules/rule';
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
  return config.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
}

export function runRules(model: ReportModel, opts: RunOptions): Diagnostic[] {
  const ctx: RuleContext = { model, config: opts.config, locale: opts.locale, t: (text) => pick(opts.locale, text) };
  const out: Diagnostic[] = [];
  const cache = opts.cache;
  cache?.begin(opts.locale);
  for (const rule of opts.rules ?? allRules) {
    const severity = effectiveSeverity(rule, opts.config);
    if (severity === 'off') continue;
    // A finding's own (milder) severity holds unless the user chose the rule's severity.
    const userChose = opts.config.rules[rule.meta.id] !== undefined;
    let findings: Finding[];
    try {
      const perParagraph = rule.checkParagraph;
      findings = cache && perParagraph ? model.paragraphs.flatMap((p) => cache.findings(rule.meta.id, p, () => perParagraph(p, ctx))) : rule.check(ctx);
    } catch (error) {
      opts.onRuleError?.(rule, error);
      continue;
    }
    for (const f of findings) {
      const d: Diagnostic = { ...f, rule: rule.meta.id, severity: userChose || !f.severity ? severity : f.severity };
      const ignoredBy = matchingIgnoreEntry(opts.config.ignore, rule.meta.id, model.text, f.span, opts.documentPath);
      if (ignoredBy) opts.onIgnored?.(ignoredBy, d);
      else out.push(d);
    }
  }
  cache?.end();
  out.sort((a, b) => a.span.start - b.span.start || a.rule.localeCompare(b.rule));
  return out;
}

