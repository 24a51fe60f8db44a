// confusable-word: common miswritten words whose wrong form is never right in a report
// (再接再励 → 再接再厉, 布署 → 部署, 截止目前 → 截至目前), from rules/data/confusables.json plus
// the user's "wording.add" and prh tables. Pairs where both forms are words (制定/制订, 以至/以致)
// are not in the list; see docs/wording-data.md for how an entry is chosen.

import { paragraphRule } from './rule';
import { wordFindings } from './shared/wordFindings';
import { paragraphWords, wordingDictionaries } from './shared/wordingData';

export const confusableWord = paragraphRule({
  meta: {
    id: 'confusable-word',
    defaultSeverity: 'warning',
    tags: ['wording'],
    summary: { zh: '常见错别字，如“再接再励”“布署”“截止目前”', en: 'Common miswritten words, e.g. 再接再励 for 再接再厉' },
    fixable: true,
    formatting: false,
    ignorable: true,
  },
  checkParagraph(p, ctx) {
    return wordFindings(p, ctx, paragraphWords(p, wordingDictionaries(ctx.config)).confusable, 'confusable');
  },
});
