// What a reviewer would send back, listed before a report goes to Word: every error-level finding
// (a 序号不连续 printed on paper is worse than one on screen) and every piece of template residue (a
// "本文来源" line in a handed-in report), whatever severity the user gave that rule.
// Placeholders are listed on their own, by slot, and are highlighted in the export.

import { Diagnostic } from '../rules/rule';

export const RESIDUE_RULE = 'template-residue';
const PLACEHOLDER_RULE = 'placeholder';

/** The findings that should be fixed before export, in document order. */
export function findingsBeforeExport(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error' || d.rule === RESIDUE_RULE);
}

/** The same without placeholder findings, for a list that already shows the placeholders by slot. */
export function findingsToList(diagnostics: Diagnostic[]): Diagnostic[] {
  return findingsBeforeExport(diagnostics).filter((d) => d.rule !== PLACEHOLDER_RULE);
}
