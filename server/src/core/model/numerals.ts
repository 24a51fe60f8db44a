// Chinese numerals as used in ordinals (一 … 九十九) and digits, ASCII or full-width.

const UNITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNIT_CHARS = '零一二三四五六七八九';

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 九十九 → 99; anything else → undefined. */
export function parseChineseNumeral(s: string): number | undefined {
  if (s.length === 0 || s.length > 3) return undefined;
  const ten = s.indexOf('十');
  if (ten < 0) {
    if (s.length !== 1) return undefined;
    const u = UNITS[s];
    return u && u > 0 ? u : undefined;
  }
  if (s.indexOf('十', ten + 1) >= 0) return undefined;
  const head = s.slice(0, ten);
  const tail = s.slice(ten + 1);
  let tens = 1;
  if (head) {
    const h = UNITS[head];
    if (!h || h < 2 || head.length !== 1) return undefined;
    tens = h;
  }
  let units = 0;
  if (tail) {
    const t = UNITS[tail];
    if (!t || tail.length !== 1) return undefined;
    units = t;
  }
  return tens * 10 + units;
}

export function formatChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return UNIT_CHARS[n];
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return (tens === 1 ? '' : UNIT_CHARS[tens]) + '十' + (units ? UNIT_CHARS[units] : '');
}

const FULLWIDTH_ZERO = 0xff10;

/**
 * A number written digit by digit: ASCII or full-width digits (2024, ２０２４) or Chinese digits
 * (二〇二四, also with the look-alike ○ and 零 that real text uses); calendar years are written so.
 */
export function parseDigitString(s: string): number | undefined {
  const d = parseDigits(s);
  if (d !== undefined) return d;
  let v = 0;
  for (const ch of s) {
    const u = ch === '○' ? 0 : UNITS[ch];
    if (u === undefined || ch === '两') return undefined;
    v = v * 10 + u;
  }
  return s.length ? v : undefined;
}

/** 5 → 5, "十二" → 12, "三十一" → 31, "１２" → 12: a month or day in a date. */
export function parseDateNumber(s: string): number | undefined {
  return parseDigits(s) ?? parseChineseNumeral(s);
}

export function isFullWidthDigits(s: string): boolean {
  return s.length > 0 && s.charCodeAt(0) >= FULLWIDTH_ZERO && s.charCodeAt(0) <= FULLWIDTH_ZERO + 9;
}

/** Parses ASCII or full-width digits (１２ → 12). */
export function parseDigits(s: string): number | undefined {
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= FULLWIDTH_ZERO && c <= FULLWIDTH_ZERO + 9) c = c - FULLWIDTH_ZERO + 48;
    if (c < 48 || c > 57) return undefined;
    v = v * 10 + (c - 48);
  }
  return s.length ? v : undefined;
}

export function formatDigits(n: number, fullWidth: boolean): string {
  const s = String(n);
  if (!fullWidth) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(s.charCodeAt(i) - 48 + FULLWIDTH_ZERO);
  return out;
}

const CIRCLED_ONE = 0x2460; // ① … ⑳

export function parseCircled(ch: string): number | undefined {
  const c = ch.charCodeAt(0);
  return ch.length === 1 && c >= CIRCLED_ONE && c < CIRCLED_ONE + 20 ? c - CIRCLED_ONE + 1 : undefined;
}

export function formatCircled(n: number): string {
  return n >= 1 && n <= 20 ? String.fromCharCode(CIRCLED_ONE + n - 1) : `(${n})`;
}
