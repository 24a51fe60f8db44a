// numbering-order: an ordinal lower than the one before it in the same list. A restart under a
// new parent, or a nested list after a lead-in ("如下："), is a list of its own and never reaches
// this rule (the model puts it in a separate sibling list).

import { siblingPairRule } from './shared/siblingNumbering';

export const numberingOrder = siblingPairRule({
  meta: {
    id: 'numbering-order',
    defaultSeverity: 'error',
    tags: ['numbering'],
    summary: { zh: '同级序号顺序颠倒，如三、排在二、之前', en: 'An ordinal lower than the one before it' },
    fixable: true,
    formatting: true,
    ignorable: false,
  },
  applies: (prev, cur) => cur < prev,
  message: (prev, cur, expected) => ({ zh: `序号顺序颠倒：${cur}排在${prev}之后，此处应为${expected}`, en: `Numbering runs backwards: ${cur} comes after ${prev}; ${expected} expected` }),
});
