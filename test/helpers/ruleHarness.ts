// Running rules on a text in tests: one rule's findings, a fix applied, fix-all.

import { defaultConfig, mergeConfig, ResolvedConfig } from '../../server/src/core/config/config';
import { runRules } from '../../server/src/core/lint/runRules';
import { applyEdits } from '../../server/src/core/text/edit';
import { fixAllText } from '../../server/src/core/lint/fixAll';
import { Locale } from '../../server/src/core/text/i18n';
import { parseReport } from '../../server/src/core/model/reportModel';
import { allRules, ruleIds } from '../../server/src/core/rules';
import { Diagnostic } from '../../server/src/core/rules/rule';

export interface Found extends Diagnostic {
  line: number; // 0-based
  text: string; // what the finding covers
}

export function config(overrides: unknown = {}): ResolvedConfig {
  return mergeConfig(defaultConfig(), overrides, ruleIds()).config;
}

export function check(text: string, ruleId?: string | string[], opts: { config?: ResolvedConfig; locale?: Locale } = {}): Found[] {
  const ids = ruleId === undefined ? undefined : new Set(Array.isArray(ruleId) ? ruleId : [ruleId]);
  const model = parseReport(text);
  return runRules(model, {
    config: opts.config ?? defaultConfig(),
    locale: opts.locale ?? 'zh',
    rules: ids ? allRules.filter((r) => ids.has(r.meta.id)) : allRules,
    onRuleError: (r, e) => {
      throw new Error(`rule ${r.meta.id} threw: ${e}`);
    },
  }).map((d) => ({ ...d, line: model.index.positionAt(d.span.start).line, text: text.slice(d.span.start, d.span.end) }));
}

/** Applies the finding's fix whose title matches (or its first fix). */
export function applyFix(text: string, finding: Diagnostic, title?: string | RegExp): string {
  const fix = finding.fixes?.find((f) => title === undefined || (typeof title === 'string' ? f.title === title : title.test(f.title)));
  if (!fix) throw new Error(`no fix ${title ?? ''} on ${finding.rule}: ${finding.message}`);
  return applyEdits(text, fix.edits);
}

export function fixAll(text: string, cfg: ResolvedConfig = defaultConfig()): string {
  return fixAllText(text, { config: cfg, locale: 'zh' }).text;
}

export function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`not in text: ${needle}`);
  return text.slice(0, i).split(/\r\n|\r|\n/).length - 1;
}
