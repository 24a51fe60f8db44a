// Runs the enabled rules over one model. A rule that throws loses only its own results for that
// document (reported through onRuleError); the others still arrive.

import { IgnoreEntry, ResolvedConfig, Severity } from '../config/config';
import { matchingIgnoreEntry } from '../config/ignoreEntry';
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
  const rules = (opts.rules ?? allRules).filter((r) => effectiveSeverity(r, opts.config) !== 'off');
  // With a cache, the paragraph rules run together: one look-up per paragraph for all of them.
  const fromCache = new Map<string, Finding[]>();
  const failed = new Set<string>();
  if (cache) {
    const perParagraph = rules.filter((r) => r.checkParagraph).map((r) => ({ id: r.meta.id, key: r.paragraphKey?.(ctx), check: (p: Paragraph) => r.checkParagraph!(p, ctx) }));
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
      const cached = fromCache.get(id);
      findings = cached ? (rule.checkDocument ? cached.concat(rule.checkDocument(ctx)) : cached) : rule.check(ctx);
    } catch (error) {
      opts.onRuleError?.(rule, error);
      continue;
    }
    for (const f of findings) {
      const d: Diagnostic = { ...f, rule: id, severity: userChose || !f.severity ? severity : f.severity };
      const ignoredBy = matchingIgnoreEntry(opts.config.ignore, id, model.source, f.span, opts.documentPath);
      if (ignoredBy) opts.onIgnored?.(ignoredBy, d);
      else out.push(d);
    }
  }
  // Rule ids are ASCII: compared by code unit (localeCompare would start ICU's collator, and costs
  // more per call).
  out.sort((a, b) => a.span.start - b.span.start || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return out;
}

