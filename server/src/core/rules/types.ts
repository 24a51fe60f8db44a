// What a rule is: a stable id, a default severity, a check over the report model, and fixes
// described as plain text edits — so "fix this", "fix all of this rule" and source.fixAll are the
// same edits combined (markdownlint's model).

import { Locale, Text } from '../i18n';
import { ReportModel } from '../model/reportModel';
import { Paragraph } from '../model/paragraphs';
import { Span } from '../text/lineIndex';
import { ResolvedConfig } from '../config';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type RuleSetting = Severity | 'off';

/** A replacement of a span of the document text. */
export interface Edit {
  span: Span;
  newText: string;
}

export interface Fix {
  title: string;
  edits: Edit[];
  /** The one obvious fix (VS Code applies it with Ctrl+. Enter and marks it ★). */
  preferred?: boolean;
  /** Safe to apply without review, so it joins source.fixAll.baogao and `check --fix`. */
  safe: boolean;
}

/** Another place a finding is about ("the signature says 2023年"), shown as related information. */
export interface RelatedPlace {
  span: Span;
  message: string;
}

export interface Finding {
  span: Span;
  message: string;
  fixes?: Fix[];
  related?: RelatedPlace[];
}

export interface RuleContext {
  model: ReportModel;
  config: ResolvedConfig;
  locale: Locale;
  /** Picks the locale's text. */
  t(text: Text): string;
}

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  /** One line for docs, settings and `baogao rules`. */
  summary: Text;
  check(ctx: RuleContext): Finding[];
  /**
   * For rules that look at one paragraph at a time: the same check for a single paragraph, so the
   * server can reuse the findings of paragraphs an edit did not touch.
   */
  checkParagraph?(p: Paragraph, ctx: RuleContext): Finding[];
}

export interface Diagnostic extends Finding {
  rule: string;
  severity: Severity;
}

/** A rule that judges each paragraph on its own. */
export function paragraphRule(rule: Omit<Rule, 'check' | 'checkParagraph'> & { checkParagraph(p: Paragraph, ctx: RuleContext): Finding[] }): Rule {
  return {
    ...rule,
    check: (ctx) => ctx.model.paragraphs.flatMap((p) => rule.checkParagraph(p, ctx)),
  };
}
