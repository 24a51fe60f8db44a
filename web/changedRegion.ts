// The one region that covers a set of CodeMirror changes, as the worker's incremental parse takes
// it (analysis.ts): old text [start, oldEnd) became new text [start, newEnd).

import type { ChangeSet } from '@codemirror/state';
import type { TextChange } from './protocol';

export function changedRegion(changes: ChangeSet): TextChange {
  let start = Infinity;
  let oldEnd = -1;
  let newEnd = -1;
  // Ranges come in document order: the first starts the region, the last ends it in both texts
  // (before the first change and after the last one, old and new text agree).
  changes.iterChangedRanges((fromA, toA, _fromB, toB) => {
    if (start === Infinity) start = fromA;
    oldEnd = toA;
    newEnd = toB;
  });
  // A set that changes nothing (an empty insert): an empty region, still read incrementally.
  return start === Infinity ? { start: 0, oldEnd: 0, newEnd: 0 } : { start, oldEnd, newEnd };
}
