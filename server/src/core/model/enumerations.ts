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
// clause mark, so 统一是, 之一是, 第一时间 and 最后一天 stay words. The scan jumps between the few
// characters a marker can contain (是 第 首 其 再 最) instead of trying a regex at every position.
const BOUNDARY_BEFORE = /[。；;：:，,！？!?\s）)”’」]/;
const CN_NUMERAL = /[一二三四五六七八九十]/;
const ANCHOR = /[是第首其再最]/g;
const AFTER_DI = /[，,、：:]/;
const AFTER_ORDER = /[，,、：:要是]/;

function atBoundary(text: string, i: number): boolean {
  return i === 0 || BOUNDARY_BEFORE.test(text[i - 1]);
}

export function findEnumerationMarkers(text: string): EnumerationMarker[] {
  const out: EnumerationMarker[] = [];
  ANCHOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANCHOR.exec(text))) {
    const i = m.index;
    const c = m[0];
    if (c === '是') {
      // 一是 … 十是: up to three numerals before 是, at a boundary.
      let s = i;
      while (s > 0 && i - s < 3 && CN_NUMERAL.test(text[s - 1])) s--;
      if (s === i || !atBoundary(text, s)) continue;
      const numeral = text.slice(s, i);
      const value = parseChineseNumeral(numeral);
      // "一是一，二是二" is an idiom, not a list.
      if (value === undefined || text.startsWith(numeral, i + 1)) continue;
      out.push({ kind: 'shi', value, word: numeral + '是', start: s, end: i + 1 });
    } else if (c === '第') {
      if (!atBoundary(text, i)) continue;
      let e = i + 1;
      while (e < text.length && e - i <= 3 && CN_NUMERAL.test(text[e])) e++;
      if (e === i + 1 || !AFTER_DI.test(text[e] ?? '')) continue;
      const value = parseChineseNumeral(text.slice(i + 1, e));
      if (value === undefined) continue;
      out.push({ kind: 'di', value, word: text.slice(i, e), start: i, end: e });
      ANCHOR.lastIndex = e;
    } else {
      const word = text.slice(i, i + 2);
      const value = ORDER_WORDS[word];
      if (value === undefined || !atBoundary(text, i)) continue;
      if (!(value === ORDER_LAST ? AFTER_DI : AFTER_ORDER).test(text[i + 2] ?? '')) continue;
      out.push({ kind: 'order', value, word, start: i, end: i + 2 });
      ANCHOR.lastIndex = i + 2;
    }
  }
  return out;
}

/** 一是… is one family; 第一… and 首先… are another (they continue each other, and must not mix). */
export type EnumerationFamily = 'shi' | 'ordinal';

export function enumerationFamily(kind: EnumerationKind): EnumerationFamily {
  return kind === 'shi' ? 'shi' : 'ordinal';
}
