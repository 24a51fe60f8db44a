// Folding: unnumbered parts fold like sections (issue 15: they are outline nodes now).

import assert from 'node:assert/strict';
import { provideFoldingRanges } from './foldingRanges';
import { parseReport } from '../../core/model/reportModel';
import { corpus } from '../../../../test/helpers/paths';

describe('folding ranges of unnumbered parts', () => {
  it('2024: the closing from "各位代表！" to the end folds; 1984: each 关于… part folds', () => {
    const m2024 = parseReport(corpus('2024'));
    const closing = m2024.index.lineAt(m2024.parts[0].paragraph.span.start);
    const fold = provideFoldingRanges(m2024).find((f) => f.startLine === closing);
    assert.ok(fold && fold.endLine === m2024.index.lineAt(m2024.parts[0].sectionSpan.end) && fold.endLine > closing);
    const m1984 = parseReport(corpus('1984'));
    const starts = new Set(provideFoldingRanges(m1984).map((f) => f.startLine));
    for (const p of m1984.parts) assert.ok(starts.has(m1984.index.lineAt(p.paragraph.span.start)), p.text);
  });
});
