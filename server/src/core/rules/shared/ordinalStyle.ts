// Ordinal style shared by ordinal-punctuation and ordinal-style-mixed: which level-3 point a
// document uses, and the style key that siblings should share.

import { ThirdLevelPoint } from '../../config/config';
import { isCorrectForm, Ordinal } from '../../model/ordinals';
import { HeadingNode, SiblingList } from '../../model/outlineTree';

/** Is the ordinal correct, given the configured level-3 point? */
export function isAcceptedForm(o: Ordinal, point: ThirdLevelPoint): boolean {
  if (!isCorrectForm(o)) return false;
  if (o.family !== 'digit' || point === 'either') return true;
  return o.mark === (point === 'ascii' ? '.' : '．');
}

/** The point a level-3 ordinal should get: configured, else what the list's correct items use. */
export function preferredPoint(list: SiblingList, o: Ordinal, point: ThirdLevelPoint): string {
  if (point === 'ascii') return '.';
  if (point === 'fullwidth') return '．';
  let ascii = 0;
  let full = 0;
  for (const h of list.items) {
    if (h.ordinal.mark === '.') ascii++;
    else if (h.ordinal.mark === '．') full++;
  }
  if (ascii !== full) return ascii > full ? '.' : '．';
  return o.fullWidthDigits ? '．' : '.';
}

/** What siblings must share: for digits, the point and the digit width; brackets are fixed forms. */
export function styleKey(h: HeadingNode): string {
  const o = h.ordinal;
  if (o.family === 'digit') return `${o.fullWidthDigits ? 'full' : 'ascii'}-digits${o.mark}`;
  if (o.family === 'parenDigit') return o.fullWidthDigits ? 'full-digits' : 'ascii-digits';
  return o.family;
}

/** The ordinal rewritten in the style of `model`, keeping its own value. */
export function inStyleOf(h: HeadingNode, model: HeadingNode): string {
  const o = h.ordinal;
  const m = model.ordinal;
  const digits = String(o.value).replace(/[0-9]/g, (d) => (m.fullWidthDigits ? String.fromCharCode(d.charCodeAt(0) - 48 + 0xff10) : d));
  if (o.family === 'digit') return digits + m.mark;
  if (o.family === 'parenDigit') return '（' + digits + '）';
  return o.raw;
}
