// Facts computed from one paragraph's text alone, kept on the paragraph. An incremental parse
// carries unchanged paragraphs over (with their facts), so after a keystroke such a fact is
// computed again only for the paragraphs the edit touched, and the facts go when the paragraph
// goes: nothing grows with the number of versions. The values must hold no string cut from the
// text (a slice keeps the whole version of the document alive): offsets, counts and copies only.

import { Paragraph } from './paragraphs';

export function paragraphMemo<T>(compute: (p: Paragraph) => T): (p: Paragraph) => T {
  const key = {};
  return (p) => {
    const facts = p.facts;
    if (facts.has(key)) return facts.get(key) as T;
    const v = compute(p);
    facts.set(key, v);
    return v;
  };
}
