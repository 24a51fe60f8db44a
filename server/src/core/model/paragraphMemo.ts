// Facts computed from one paragraph's text alone, remembered by paragraph id. An incremental parse
// carries unchanged paragraphs over with their id, so after a keystroke such a fact is computed
// again only for the paragraphs the edit touched. The values must hold no string cut from the text
// (a slice keeps the whole version of the document alive): offsets, counts and copies only.

import { Paragraph } from './paragraphs';

/** Entries kept before the memo starts afresh (a 10 MB report has about 20,000 paragraphs). */
const LIMIT = 200_000;

export function paragraphMemo<T>(compute: (p: Paragraph) => T): (p: Paragraph) => T {
  let memo = new Map<number, T>();
  return (p) => {
    let v = memo.get(p.id);
    if (v === undefined && !memo.has(p.id)) {
      if (memo.size >= LIMIT) memo = new Map();
      v = compute(p);
      memo.set(p.id, v);
    }
    return v as T;
  };
}
