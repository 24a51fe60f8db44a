// Heading ordinals at the start of a line: the five GB/T 9704 forms and their common wrong
// variants. A wrong variant is still a heading at its level (so outline and numbering keep
// working); the parsed ordinal records exactly which marks were used so rules can flag them.

import {
  formatChineseNumeral,
  formatCircled,
  formatDigits,
  isFullWidthDigits,
  parseChineseNumeral,
  parseCircled,
  parseDigits,
} from './numerals';

/** cn: 一、  parenCn: （一）  digit: 1.  parenDigit: （1）  circled: ① */
export type OrdinalFamily = 'cn' | 'parenCn' | 'digit' | 'parenDigit' | 'circled';

export const FAMILY_LEVEL: Record<OrdinalFamily, number> = {
  cn: 1,
  parenCn: 2,
  digit: 3,
  parenDigit: 4,
  circled: 5,
};

export const LEVEL_FAMILY: OrdinalFamily[] = ['cn', 'cn', 'parenCn', 'digit', 'parenDigit', 'circled'];

export interface Ordinal {
  family: OrdinalFamily;
  value: number;
  /** The ordinal exactly as written, with its brackets and trailing mark: "（一）、", "1、". */
  raw: string;
  /** The numeral inside: "一", "1", "１", "①". */
  numeral: string;
  open: string; // "（", "(" or ""
  close: string; // "）", ")" or ""
  /** The mark written after the ordinal ("、", ".", "．", "，", …) or "". */
  mark: string;
  fullWidthDigits: boolean;
}

const CN = '[一二三四五六七八九十]{1,3}';
const DIG = '(?:[0-9]{1,2}|[０-９]{1,2})';
// Each pattern is anchored at the start of the trimmed line content.
const RE_CN = new RegExp(`^(${CN})([、，,.．:：])`);
const RE_PAREN_CN = new RegExp(`^([（(])(${CN})([）)])([、，,.．]?)`);
// "1。" is a typo for "1." seen in pasted drafts: read as an ordinal so ordinal-punctuation fixes it.
const RE_DIGIT = new RegExp(`^(${DIG})([.．、，,。])`);
// Only the full-width point: a decimal is written "2.5", while "3．10种" is item 3 in GB/T style.
const RE_DIGIT_BEFORE_NUMBER = /^([0-9]{1,2})(．)(?=[0-9])/;
const RE_PAREN_DIGIT = new RegExp(`^([（(])(${DIG})([）)])([、，,.．]?)`);
const RE_CIRCLED = /^([\u2460-\u2473])([.．、，,]?)/;
const DIGIT_CHAR = /[0-9０-９]/;
const CN_NUMERAL_CHAR = /[一二三四五六七八九十]/;
const RANGE_AFTER_CN = /^([一二三四五六七八九十]{1,3})(?:线|季度|月|年级|类|级|等|产业|期|批)/;

/**
 * Parses a heading ordinal at the start of `s` (already trimmed of leading space).
 * Returns undefined for text that merely starts with a number: "2.5", "1.5倍", "3、4月份",
 * "一、二线城市", a year, or an enumeration word (一是, 第一).
 */
export function parseOrdinal(s: string): Ordinal | undefined {
  const c0 = s.charCodeAt(0);
  if (c0 === 0xff08 || c0 === 0x28) {
    // （ or (
    let m = RE_PAREN_CN.exec(s);
    if (m) {
      const value = parseChineseNumeral(m[2]);
      if (value === undefined) return undefined;
      return { family: 'parenCn', value, raw: m[0], numeral: m[2], open: m[1], close: m[3], mark: m[4], fullWidthDigits: false };
    }
    m = RE_PAREN_DIGIT.exec(s);
    if (m) {
      const value = parseDigits(m[2]);
      if (!value) return undefined;
      return { family: 'parenDigit', value, raw: m[0], numeral: m[2], open: m[1], close: m[3], mark: m[4], fullWidthDigits: isFullWidthDigits(m[2]) };
    }
    return undefined;
  }
  if (CN_NUMERAL_CHAR.test(s[0] ?? '')) {
    const m = RE_CN.exec(s);
    if (!m) return undefined;
    const value = parseChineseNumeral(m[1]);
    if (value === undefined) return undefined;
    const rest = s.slice(m[0].length);
    // "一、二线城市", "三、四月份": consecutive numerals before a unit word are a range, not a heading.
    const range = RANGE_AFTER_CN.exec(rest);
    if (range && parseChineseNumeral(range[1]) === value + 1) return undefined;
    if ((m[2] === '.' || m[2] === '．') && DIGIT_CHAR.test(rest[0] ?? '')) return undefined;
    return { family: 'cn', value, raw: m[0], numeral: m[1], open: '', close: '', mark: m[2], fullWidthDigits: false };
  }
  if (DIGIT_CHAR.test(s[0] ?? '')) {
    const m = RE_DIGIT.exec(s);
    if (!m) return undefined;
    const rest = s.slice(m[0].length);
    // "2.5", "1.5倍", "3、4月", "1,000": a digit after the mark makes it a number.
    if (DIGIT_CHAR.test(rest[0] ?? '')) return undefined;
    const value = parseDigits(m[1]);
    if (!value) return undefined;
    return { family: 'digit', value, raw: m[0], numeral: m[1], open: '', close: '', mark: m[2], fullWidthDigits: isFullWidthDigits(m[1]) };
  }
  const m = RE_CIRCLED.exec(s);
  if (m) {
    const value = parseCircled(m[1])!;
    return { family: 'circled', value, raw: m[0], numeral: m[1], open: '', close: '', mark: m[2], fullWidthDigits: false };
  }
  return undefined;
}

/**
 * "3．10种有色金属…": a level-3 ordinal whose text starts with a number, which parseOrdinal reads
 * as the decimal 3.10. Only the caller knows it is item 3 (the line before was item 2 with the same
 * mark), so this is asked only then.
 */
export function parseOrdinalBeforeNumber(s: string): Ordinal | undefined {
  const m = RE_DIGIT_BEFORE_NUMBER.exec(s);
  if (!m) return undefined;
  const value = parseDigits(m[1]);
  if (!value) return undefined;
  return { family: 'digit', value, raw: m[0], numeral: m[1], open: '', close: '', mark: m[2], fullWidthDigits: isFullWidthDigits(m[1]) };
}

/** The GB/T 9704 form of an ordinal of this family and value. `point` chooses "." or "．" for level 3. */
export function formatOrdinal(family: OrdinalFamily, value: number, opts: { fullWidthDigits?: boolean; point?: string } = {}): string {
  switch (family) {
    case 'cn':
      return formatChineseNumeral(value) + '、';
    case 'parenCn':
      return '（' + formatChineseNumeral(value) + '）';
    case 'digit':
      return formatDigits(value, !!opts.fullWidthDigits) + (opts.point ?? '.');
    case 'parenDigit':
      return '（' + formatDigits(value, !!opts.fullWidthDigits) + '）';
    case 'circled':
      return formatCircled(value);
  }
}

/** True when the ordinal is written in the correct GB/T 9704 form (level 3 accepts "." and "．"). */
export function isCorrectForm(o: Ordinal): boolean {
  switch (o.family) {
    case 'cn':
      return o.mark === '、';
    case 'parenCn':
    case 'parenDigit':
      return o.open === '（' && o.close === '）' && o.mark === '';
    case 'digit':
      return o.mark === '.' || o.mark === '．';
    case 'circled':
      return o.mark === '';
  }
}

/** The same ordinal rewritten in the correct form, keeping its value and digit width. */
export function correctedOrdinal(o: Ordinal, point?: string): string {
  const p = point ?? (o.mark === '．' ? '．' : o.mark === '.' ? '.' : o.fullWidthDigits ? '．' : '.');
  return formatOrdinal(o.family, o.value, { fullWidthDigits: o.fullWidthDigits, point: p });
}

/**
 * The ordinal with a new value in the style it was written in (its brackets and mark kept),
 * used by renumbering so a fix changes only the number.
 */
export function renumberedOrdinal(o: Ordinal, value: number): string {
  let numeral: string;
  switch (o.family) {
    case 'cn':
    case 'parenCn':
      numeral = formatChineseNumeral(value);
      break;
    case 'digit':
    case 'parenDigit':
      numeral = formatDigits(value, o.fullWidthDigits);
      break;
    case 'circled':
      numeral = formatCircled(value);
      break;
  }
  return o.open + numeral + o.close + o.mark;
}
