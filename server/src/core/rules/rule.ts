// What a rule is: a `meta` that every other part reads (id, severity, tags, what its fixes may be
// used for, its doc page), a check over the report model, and fixes described as plain text edits —
// so "fix this", "fix all of this rule", source.fixAll, Format Document and `check --fix` are the
// same edits combined (markdownlint's model; the meta is ESLint's).

import { Text } from '../text/i18n';
import { ReportModel } from '../model/reportModel';
import { Paragraph } from '../model/paragraphs';
import { Edit, Span } from '../text/edit';
import { ResolvedConfig, Severity } from '../config/config';
import { Locale } from '../text/i18n';

/** Groups of rules, for `baogao check --only <tag>`, `baogao rules` and the docs. */
export type RuleTag = 'numbering' | 'content' | 'wording' | 'whole';
export const RULE_TAGS: readonly RuleTag[] = ['numbering', 'content', 'wording', 'whole'];

export interface RuleMeta {
  /** Stable id: configs, ignore entries and other tools name it. Names the file (numbering-gap → numberingGap.ts). */
  id: string;
  defaultSeverity: Severity;
  tags: RuleTag[];
  /** One line for docs, settings, hovers and `baogao rules`. */
  summary: Text;
  /** Offers fixes at all. */
  fixable: boolean;
  /** Its safe fixes never delete or reword content, so Format Document applies them. */
  formatting: boolean;
  /** A false positive can be ignored (the 忽略 actions). */
  ignorable: boolean;
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
  /** A sub-check milder than the rule's default; used unless the user set the rule's severity. */
  severity?: Severity;
  related?: RelatedPlace[];
  /** One or two lines shown on hover: the standard and clause, or the note behind the finding. */
  basis?: string;
}

export interface RuleContext {
  model: ReportModel;
  config: ResolvedConfig;
  locale: Locale;
  /** Picks the locale's text. */
  t(text: Text): string;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): Finding[];
  /**
   * For rules that look at one paragraph at a time: the same check for a single paragraph, so the
   * server can reuse the findings of paragraphs an edit did not touch.
   */
  checkParagraph?(p: Paragraph, ctx: RuleContext): Finding[];
  /**
   * What else of the document a paragraph check reads (wording-style: the era of the document's
   * year). When it changes, the findings remembered for every paragraph are dropped for this rule.
   */
  paragraphKey?(ctx: RuleContext): string;
}

export interface Diagnostic extends Finding {
  rule: string;
  severity: Severity;
}

/** A rule that judges the whole report (lists, sequences, the report's parts). */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** A rule that judges each paragraph on its own. */
export function paragraphRule(rule: { meta: RuleMeta; checkParagraph(p: Paragraph, ctx: RuleContext): Finding[]; paragraphKey?(ctx: RuleContext): string }): Rule {
  return {
    ...rule,
    // A loop, not flatMap: most paragraphs give no finding, and flatMap costs more per call.
    check: (ctx) => {
      const out: Finding[] = [];
      for (const p of ctx.model.paragraphs) {
        const found = rule.checkParagraph(p, ctx);
        for (let i = 0; i < found.length; i++) out.push(found[i]);
      }
      return out;
    },
  };
}
