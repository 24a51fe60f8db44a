// Runs the enabled rules over one model. A rule that throws loses only its own results for that
// document (reported through onRuleError); the others still arrive.

import { ResolvedConfig, Severity } from '../config/config';
import { Locale, pick } from '../text/i18n';
import { ReportModel } from '../model/reportModel';
import { allRules } from '../rules';
import { Diagnostic, Finding, Rule, RuleContext } from '../rules/rule';
import { ParagraphFindingsCache } from './paragraphCache';
import { Paragraph } from '../model/paragraphs';

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
  const rules = (opts.rules ?? allRules).filter((r) => effectiveSeverity(r, opts.config) !== 'off');
  // With a cache, the paragraph rules run together: one look-up per paragraph for all of them.
  const fromCache = new Map<string, Finding[]>();
  const failed = new Set<string>();
  if (cache) {
    const perParagraph = rules.filter((r) => r.checkParagraph).map((r) => ({ id: r.meta.id, check: (p: Paragraph) => r.checkParagraph!(p, ctx) }));
    cache.findingsOfAll(perParagraph, model.paragraphs, fromCache, (id, error) => {
      if (!failed.has(id)) opts.onRuleError?.(rules.find((r) => r.meta.id === id)!, error);
      failed.add(id);
    });
  }
  for (const rule of rules) {
    const id = rule.meta.id;
    if (failed.has(id)) continue; // a rule that throws loses its results for this document
    const severity = effectiveSeverity(rule, opts.config) as Severity;
    // A finding's own (milder) severity holds unless the user chose the rule's severity.
    const userChose = opts.config.rules[id] !== undefined;
    let findings: Finding[];
    try {
      findings = fromCache.get(id) ?? rule.check(ctx);
    } catch (error) {
      opts.onRuleError?.(rule, error);
      continue;
    }
    for (const f of findings) {
      if (isIgnored(model.text, id, f.span, opts.config)) continue;
      out.push({ ...f, rule: id, severity: userChose || !f.severity ? severity : f.severity });
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
