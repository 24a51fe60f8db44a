// numbering-duplicate: the same ordinal twice in a row among siblings.

import { siblingPairRule } from './shared/siblingNumbering';

export const numberingDuplicate = siblingPairRule({
  meta: {
    id: 'numbering-duplicate',
    defaultSeverity: 'error',
    tags: ['numbering'],
    summary: { zh: '同级序号重复，如两个（三）', en: 'The same ordinal twice among siblings' },
    fixable: true,
    formatting: true,
    ignorable: false,
  },
  applies: (prev, cur) => cur === prev,
  message: (prev, _cur, expected) => ({ zh: `序号重复：${prev}已用过，此处应为${expected}`, en: `Duplicate ordinal: ${prev} is used twice; ${expected} expected` }),
});
