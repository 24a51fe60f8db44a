// Every rule, in the order the docs list them. A rule's id names its file: numbering-gap →
// numberingGap.ts, with its tests in numberingGap.test.ts beside it and docs/rules/numbering-gap.md.

import { Rule } from './types';

export const allRules: Rule[] = [];

export const ruleIds = (): Set<string> => new Set(allRules.map((r) => r.id));
