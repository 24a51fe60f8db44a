// numbering-gap: a skipped ordinal among siblings, reported on the first heading after the gap
// (seed 000: （四） then （六）; 2007.txt: （二） then （四） under 三、).

import { siblingPairRule } from './shared/siblingNumbering';

export const numberingGap = siblingPairRule({
  meta: {
    id: 'numbering-gap',
    defaultSeverity: 'error',
    tags: ['numbering'],
    summary: { zh: '同级序号跳号，如（四）之后是（六）', en: 'A skipped ordinal among siblings, e.g. （六） right after （四）' },
    fixable: true,
    formatting: true,
    ignorable: false,
  },
  applies: (prev, cur) => cur > prev + 1,
  message: (prev, _cur, expected) => ({ zh: `序号不连续：${prev}之后应为${expected}`, en: `Numbering skips: ${expected} expected after ${prev}` }),
});
