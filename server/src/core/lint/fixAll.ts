// Fix-all: the safe fixes of every finding, combined. One round is what source.fixAll.baogao
// returns; the CLI repeats rounds until nothing changes (a fix can expose another, e.g. a
// punctuation fix that makes two lists one), at most MAX_ROUNDS.

import { runRules, RunOptions } from './runRules';
import { applyEdits, isNoop, normalizeEdits } from '../text/edit';
import { TextSource } from '../text/textSource';
import { parseReport } from '../model/reportModel';
import { Diagnostic, Fix } from '../rules/rule';
import { Edit } from '../text/edit';

const MAX_ROUNDS = 5;

export function safeFixEdits(text: TextSource, diagnostics: Diagnostic[], onlyRule?: string): Edit[] {
  const edits: Edit[] = [];
  const taken = new Set<Fix>(); // findings of one list share its renumbering fix
  for (const d of diagnostics) {
    if (onlyRule && d.rule !== onlyRule) continue;
    const fix = d.fixes?.find((f) => f.safe);
    if (!fix || taken.has(fix)) continue;
    taken.add(fix);
    edits.push(...fix.edits.filter((e) => !isNoop(text, e)));
  }
  return normalizeEdits(edits);
}

export function fixAllText(text: string, opts: RunOptions): { text: string; fixed: number } {
  let current = text;
  let fixed = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const diagnostics = runRules(parseReport(current), opts);
    const edits = safeFixEdits(current, diagnostics);
    if (edits.length === 0) break;
    current = applyEdits(current, edits);
    fixed += edits.length;
  }
  return { text: current, fixed };
}
