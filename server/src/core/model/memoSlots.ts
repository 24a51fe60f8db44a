// Slots of a paragraph's memos (paragraphMemo.ts): numbered as memos are made, when their modules
// load, so a paragraph's memo array can be sized once for all of them.

let nextSlot = 0;

export function newMemoSlot(): number {
  return nextSlot++;
}

/** How many slots the memos of a paragraph may use. */
export function memoSlots(): number {
  return nextSlot;
}
