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

// A marker counts only at a clause boundary: the start of the paragraph, or after a sentence or
// clause mark, so 统一是, 之一是, 第一时间 and 最后一天 stay words. The scan jumps between the few
// characters a marker can contain (是 第 首 其 再 最) with a table lookup per unit: on a fresh model's
// paragraphs the regex /[是第首其再最]/g took about 3× as long, and text[i] makes a string per CJK unit.

/** [。；;：:，,！？!?\s）)”’」]: the units a marker may follow (\s as JavaScript has it; enumerations.test.ts checks every unit). */
const BOUNDARY_BEFORE = new Uint8Array(65536);
for (const c of '。；;：:，,！？!?）)”’」\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff') BOUNDARY_BEFORE[c.charCodeAt(0)] = 1;
for (let c = 0x2000; c <= 0x200a; c++) BOUNDARY_BEFORE[c] = 1;

const SHI = 0x662f; // 是
const DI = 0x7b2c; // 第
const SHOU = 0x9996; // 首
const QI = 0x5176; // 其
const ZAI = 0x518d; // 再
const ZUI = 0x6700; // 最
/** The anchors, looked up in a table (six comparisons per unit cost three times the lookup). */
const ANCHOR = new Uint8Array(65536);
for (const c of [SHI, DI, SHOU, QI, ZAI, ZUI]) ANCHOR[c] = 1;

/** 一二三四五六七八九十 */
function isNumeral(u: number): boolean {
  return u === 0x4e00 || u === 0x4e8c || u === 0x4e09 || u === 0x56db || u === 0x4e94 || u === 0x516d || u === 0x4e03 || u === 0x516b || u === 0x4e5d || u === 0x5341;
}
/** [，,、：:] after 第一 and 最后 (NaN past the end: false). */
function afterDi(u: number): boolean {
  return u === 0xff0c || u === 0x2c || u === 0x3001 || u === 0xff1a || u === 0x3a;
}
/** [，,、：:要是] after 首先 其次 再次. */
function afterOrder(u: number): boolean {
  return afterDi(u) || u === 0x8981 || u === SHI;
}

function atBoundary(text: string, i: number): boolean {
  return i === 0 || BOUNDARY_BEFORE[text.charCodeAt(i - 1)] === 1;
}

/** 首先 1, 其次 2, 再次 3, 最后 ORDER_LAST, else 0. */
function orderValue(a: number, b: number): number {
  if (a === SHOU) return b === 0x5148 ? 1 : 0; // 先
  if (a === QI) return b === 0x6b21 ? 2 : 0; // 次
  if (a === ZAI) return b === 0x6b21 ? 3 : 0;
  return b === 0x540e ? ORDER_LAST : 0; // 最后
}

export function findEnumerationMarkers(text: string): EnumerationMarker[] {
  const out: EnumerationMarker[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (ANCHOR[c] === 0) continue;
    if (c === SHI) {
      // 一是 … 十是: up to three numerals before 是, at a boundary.
      let s = i;
      while (s > 0 && i - s < 3 && isNumeral(text.charCodeAt(s - 1))) s--;
      if (s === i || !atBoundary(text, s)) continue;
      const numeral = text.slice(s, i);
      const value = parseChineseNumeral(numeral);
      // "一是一，二是二" is an idiom, not a list.
      if (value === undefined || text.startsWith(numeral, i + 1)) continue;
      out.push({ kind: 'shi', value, word: numeral + '是', start: s, end: i + 1 });
    } else if (c === DI) {
      if (!atBoundary(text, i)) continue;
      let e = i + 1;
      while (e < n && e - i <= 3 && isNumeral(text.charCodeAt(e))) e++;
      if (e === i + 1 || !afterDi(text.charCodeAt(e))) continue;
      const value = parseChineseNumeral(text.slice(i + 1, e));
      if (value === undefined) continue;
      out.push({ kind: 'di', value, word: text.slice(i, e), start: i, end: e });
      i = e - 1;
    } else {
      const value = orderValue(c, text.charCodeAt(i + 1));
      if (value === 0 || !atBoundary(text, i)) continue;
      if (!(value === ORDER_LAST ? afterDi : afterOrder)(text.charCodeAt(i + 2))) continue;
      out.push({ kind: 'order', value, word: text.slice(i, i + 2), start: i, end: i + 2 });
      i += 1;
    }
  }
  return out;
}

/** 一是… is one family; 第一… and 首先… are another (they continue each other, and must not mix). */
export type EnumerationFamily = 'shi' | 'ordinal';

export function enumerationFamily(kind: EnumerationKind): EnumerationFamily {
  return kind === 'shi' ? 'shi' : 'ordinal';
}
