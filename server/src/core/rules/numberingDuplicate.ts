// numbering-duplicate: the same ordinal twice in a row among siblings.

import { siblingPairRule } from './siblingNumbering';

export const numberingDuplicate = siblingPairRule({
  id: 'numbering-duplicate',
  defaultSeverity: 'error',
  summary: { zh: '同级序号重复，如两个（三）', en: 'The same ordinal twice among siblings' },
  applies: (prev, cur) => cur === prev,
  message: (prev, _cur, expected) => ({ zh: `序号重复：${prev}已用过，此处应为${expected}`, en: `Duplicate ordinal: ${prev} is used twice; ${expected} expected` }),
});
