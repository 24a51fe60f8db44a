// Every rule, in the order the docs list them. A rule's id names its file: numbering-gap →
// numberingGap.ts, with its tests in numberingGap.test.ts beside it and docs/rules/numbering-gap.md.

import { declaredCount } from './declaredCount';
import { doubledWord } from './doubledWord';
import { halfwidthPunctuation } from './halfwidthPunctuation';
import { placeholder } from './placeholder';
import { templateResidue } from './templateResidue';
import { unpairedPunctuation } from './unpairedPunctuation';
import { enumerationSequence } from './enumerationSequence';
import { numberingDuplicate } from './numberingDuplicate';
import { numberingGap } from './numberingGap';
import { numberingOrder } from './numberingOrder';
import { numberingStart } from './numberingStart';
import { ordinalPunctuation } from './ordinalPunctuation';
import { ordinalStyleMixed } from './ordinalStyleMixed';
import { draftResidue } from './draftResidue';
import { numberUsage } from './numberUsage';
import { formulation } from './formulation';
import { confusableWord } from './confusableWord';
import { wordingStyle } from './wordingStyle';
import { punctuationUsage } from './punctuationUsage';
import { maxLength } from './maxLength';
import { reportParts } from './reportParts';
import { yearConsistency } from './yearConsistency';
import { Rule, RuleTag } from './rule';

export const allRules: Rule[] = [
  numberingGap,
  numberingDuplicate,
  numberingOrder,
  numberingStart,
  ordinalPunctuation,
  ordinalStyleMixed,
  enumerationSequence,
  declaredCount,
  placeholder,
  templateResidue,
  halfwidthPunctuation,
  unpairedPunctuation,
  doubledWord,
  numberUsage,
  formulation,
  confusableWord,
  wordingStyle,
  punctuationUsage,
  draftResidue,
  reportParts,
  yearConsistency,
  maxLength,
];

export const ruleIds = (): Set<string> => new Set(allRules.map((r) => r.meta.id));

export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.meta.id === id);
}

export function rulesWithTag(tag: RuleTag): Rule[] {
  return allRules.filter((r) => r.meta.tags.includes(tag));
}

/** Where the doc pages live, relative to the package root (shipped in the .vsix and the npm package). */
export const RULE_DOCS_DIR = 'docs/rules';

/**
 * The doc page of a rule under `base`: the installed package's folder as a file: URL (the editor,
 * offline) or the repository's web address (SARIF on a code-scanning server).
 */
export function ruleDocUrl(id: string, base: string): string {
  return `${base.replace(/\/+$/, '')}/${RULE_DOCS_DIR}/${id}.md`;
}
