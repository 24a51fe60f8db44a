// Facts computed from one paragraph's text alone, kept on the paragraph. An incremental parse
// carries unchanged paragraphs over (with their facts), so after a keystroke such a fact is
// computed again only for the paragraphs the edit touched, and the facts go when the paragraph
// goes: nothing grows with the number of versions. The values must hold no string cut from the
// text (a slice keeps the whole version of the document alive): offsets, counts and copies only.
// Each memo has a slot in the paragraph's small array (a Map per paragraph cost a 10 MB report
// megabytes), and an empty list is kept as one shared frozen array.

import { Paragraph } from './paragraphs';
import { newMemoSlot } from './memoSlots';


/** Stands for a computed value of undefined (a hole means "not computed"). */
const UNDEFINED = Symbol('undefined');
const EMPTY: readonly never[] = Object.freeze([]);

function stored(v: unknown): unknown {
  if (v === undefined) return UNDEFINED;
  return Array.isArray(v) && v.length === 0 ? EMPTY : v;
}

/** A memo's function, with the slot it keeps its values in (documentSums.ts reads it for removed paragraphs). */
export type ParagraphMemo<T> = ((p: Paragraph) => T) & { readonly slot: number };

export function paragraphMemo<T>(compute: (p: Paragraph) => T): ParagraphMemo<T> {
  const slot = newMemoSlot();
  const memo = (p: Paragraph): T => {
    const memos = p.memos;
    let v = memos[slot];
    if (v === undefined) memos[slot] = v = stored(compute(p));
    return (v === UNDEFINED ? undefined : v) as T;
  };
  return Object.assign(memo, { slot });
}


/**
 * A fact that also depends on something beside the text (the dictionaries of the configuration):
 * one value is kept, for the last key it was computed with.
 */
export function keyedParagraphMemo<K, T>(compute: (p: Paragraph, key: K) => T): (p: Paragraph, key: K) => T {
  // Two slots, the key and the value: no wrapper object per paragraph.
  const keySlot = newMemoSlot();
  const valueSlot = newMemoSlot();
  return (p, key) => {
    const memos = p.memos;
    if (memos[keySlot] === key) return memos[valueSlot] as T;
    const value = compute(p, key);
    memos[keySlot] = key;
    memos[valueSlot] = value;
    return value;
  };
}
