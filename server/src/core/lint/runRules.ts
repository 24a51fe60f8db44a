// Runs the enabled rules over one model. A rule that throws loses only its own results for that
// document (reported through onRuleError); the others still arrive.

import { ResolvedConfig, Severity } from '../config/config';
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
      if (isIgnored(model.text, rule.meta.id, f.span, opts.config)) continue;
      out.push({ ...f, rule: rule.meta.id, severity: userChose || !f.severity ? severity : f.severity });
    }
  }
  cache?.end();
  out.sort((a, b) => a.span.start - b.span.start || a.rule.localeCompare(b.rule));
  return out;
}

/** An `ignore` entry silences a rule wherever its exact text is what the finding covers. */
function isIgnored(text: string, rule: string, span: { start: number; end: number }, config: ResolvedConfig): boolean {
  if (config.ignore.length === 0) return false;
  const covered = text.slice(span.start, span.end);
  return config.ignore.some((e) => e.rule === rule && e.text === covered);
}
