// Enumeration words inside paragraphs: 一是/二是…, 第一，/第二，…, 首先/其次/再次/最后.

import { parseChineseNumeral } from './numerals';

/** shi: 一是  di: 第一，  order: 首先/其次/再次/最后 */
export type EnumerationKind = 'shi' | 'di' | 'order';

export interface EnumerationMarker {
  kind: EnumerationKind;
  /** 1-based position in its run; 最后 is ORDER_LAST. */
  value: number;
  /** The word as written: "三是", "第二", "其次". */
  word: string;
  /** Offsets of the word in the paragraph's joined text. */
  start: number;
  end: number;
}

/** 最后 closes a run whatever its length. */
export const ORDER_LAST = 1000;
const ORDER_WORDS: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: ORDER_LAST };

// A marker counts only at a clause boundary: the start of the paragraph, or after a sentence or
// clause mark, so 统一是, 之一是, 第一时间 and 最后一天 stay words.
const BOUNDARY = '(?:^|(?<=[。；;：:，,！？!?\\s）)”’」]))';
const MARKER = new RegExp(
  `${BOUNDARY}(?:([一二三四五六七八九十]{1,3})是|第([一二三四五六七八九十]{1,3})(?=[，,、：:])|(首先|其次|再次)(?=[，,、：:要是])|(最后)(?=[，,、：:]))`,
  'g',
);

export function findEnumerationMarkers(text: string): EnumerationMarker[] {
  const out: EnumerationMarker[] = [];
  // Cheap pre-check: most paragraphs hold none of the trigger characters.
  if (text.indexOf('是') < 0 && text.indexOf('第') < 0 && !/首先|其次|再次|最后/.test(text)) return out;
  MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKER.exec(text))) {
    if (m[1] !== undefined) {
      const value = parseChineseNumeral(m[1]);
      // "一是一，二是二" is an idiom, not a list.
      if (value === undefined || text.startsWith(m[1], m.index + m[0].length)) continue;
      out.push({ kind: 'shi', value, word: m[0], start: m.index, end: m.index + m[0].length });
    } else if (m[2] !== undefined) {
      const value = parseChineseNumeral(m[2]);
      if (value === undefined) continue;
      out.push({ kind: 'di', value, word: m[0], start: m.index, end: m.index + m[0].length });
    } else {
      const word = m[3] ?? m[4];
      out.push({ kind: 'order', value: ORDER_WORDS[word], word, start: m.index, end: m.index + word.length });
    }
  }
  return out;
}

/** 一是… is one family; 第一… and 首先… are another (they continue each other, and must not mix). */
export type EnumerationFamily = 'shi' | 'ordinal';

export function enumerationFamily(kind: EnumerationKind): EnumerationFamily {
  return kind === 'shi' ? 'shi' : 'ordinal';
}

/** The marker a paragraph starts with, if any (the paragraph is then an item of its section). */
export function leadingMarker(markers: EnumerationMarker[]): EnumerationMarker | undefined {
  return markers.length && markers[0].start === 0 ? markers[0] : undefined;
}
