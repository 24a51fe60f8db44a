// One edit that turns `before` into `after`: the span between their common prefix and suffix.
// Editing operations compute the whole new text (simple and testable) and send only this edit,
// so the editor keeps the cursor, folding and undo granularity outside the changed region.

import { Edit } from '../../text/edit';

export function diffEdit(before: string, after: string): Edit | undefined {
  if (before === after) return undefined;
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  // Never split a surrogate pair.
  if (p > 0 && isHigh(before.charCodeAt(p - 1))) p--;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  if (s > 0 && isLow(before.charCodeAt(before.length - s))) s--;
  return { span: { start: p, end: before.length - s }, newText: after.slice(p, after.length - s) };
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
