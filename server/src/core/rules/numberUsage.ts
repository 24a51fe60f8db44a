// number-usage (数字用法, GB/T 15835-2011; 发文字号 GB/T 9704-2012 7.2.5):
//  - "○" (U+25CB, a drawn circle) or "零" as the zero of a year in Chinese numerals → "〇";
//  - full-width digits in numbers (１２亿元); heading ordinals （１） １． are accepted (conventions §1);
//  - dates that do not exist (2月30日, 2023年2月29日, 13月) and a weekday that contradicts its date;
//  - 百分之98 → 98%; years written both as 二〇二四年 and 2024年 (info, on the minority form);
//  - 发文字号 in 〔2024〕 with no 第 and no padded serial.
// A whole-document rule: two sub-checks weigh the document (which year form is the minority, whether
// full-width digits are the document's own style), and a document of the year 2000 or before (the
// median year it names) follows the older norms (GB 2312 has no 〇): its ○ years, full-width digits
// and mixed year forms are not reported. indexOf walks find the few characters a finding can hang
// on (年 月 百分之 号, full-width digits) and the rest is read around them: one regex with tens of
// thousands of hits costs more on 10 MB. The data and its basis are in data/numberUsage.json.

import { startsWithAt, TextSource, unitAt } from '../text/textSource';
import { parseDigits } from '../model/numerals';
import { Span } from '../text/edit';
import { Finding, paragraphRule, RuleContext } from './rule';
import { LentText } from './shared/lentText';
import { ASCII_DIGIT, BAI, FULL_WIDTH_DIGIT as FULL_WIDTH_CLASS, HAO, knownRareCharactersOf, NIAN, YUE } from './shared/characterPass';
import { Paragraph, toDocOffset } from '../model/paragraphs';
import { paragraphMemo } from '../model/paragraphMemo';
import { documentSum, SumKind, sumKind } from '../model/documentSums';
import { ReportModel } from '../model/reportModel';
import data from './data/numberUsage.json';

const basis = (id: string): string => data.checks.find((c) => c.id === id)!.basis;

const CN_DIGIT_VALUE: Record<string, number> = { '〇': 0, '○': 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** Characters of a Chinese numeral: a year written with one of them before it is part of a longer number. */
const CN_NUMERAL = new Set('〇○零一二三四五六七八九十百千万亿两');
const CN_MONTH_DAY = new Set('一二三四五六七八九十');
const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/;
const LUNAR = /(?:农历|阴历|旧历)$/;
const WEEKDAY_AFTER = /^[ \t\u3000]*[（(]?[ \t\u3000]*(星期|周|礼拜)([一二三四五六日天])/;
const OPEN_FOR: Record<string, string> = { '〕': '〔', ']': '[', '］': '［', '】': '【', '）': '（', ')': '(', '﹞': '﹝' };
const NOT_SERIAL_AFTER = new Set('楼院线门房室机位码');

const isDigit = (c: string | undefined) => c !== undefined && ((c >= '0' && c <= '9') || (c >= '０' && c <= '９'));
const isHan = (c: string | undefined) => c !== undefined && c >= '\u4e00' && c <= '\u9fff';

function toAscii(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48)).replace(/．/g, '.').replace(/，/g, ',');
}

function daysInMonth(month: number, year?: number): number {
  if (month === 2) {
    if (year === undefined) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

interface YearUse {
  start: number;
  value: number;
  chinese: boolean;
}

/** Digit value of the character code (ASCII or full-width), or -1. */
function digitAt(text: TextSource, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

/** Value of a digit-by-digit Chinese numeral character (〇 ○ 零 一 … 九), or -1. */
function cnDigitAt(text: TextSource, i: number): number {
  const v = CN_DIGIT_VALUE[unitAt(text, i)];
  return v === undefined ? -1 : v;
}

/** The year written just before the 年 at `at`, in Arabic digits or digit-by-digit Chinese numerals. */
function yearBefore(text: TextSource, at: number): YearUse | undefined {
  const start = at - 4;
  if (start < 0) return undefined;
  const d0 = digitAt(text, start);
  if (d0 >= 0) {
    const d1 = digitAt(text, start + 1);
    const d2 = digitAt(text, start + 2);
    const d3 = digitAt(text, start + 3);
    if (d1 < 0 || d2 < 0 || d3 < 0) return undefined;
    const b = text.charCodeAt(start - 1);
    if (digitAt(text, start - 1) >= 0 || b === 0x2e || b === 0xff0e || b === 0x2c || b === 0xff0c) return undefined; // 2.2024, 1,2024
    const value = d0 * 1000 + d1 * 100 + d2 * 10 + d3;
    return value >= 1800 && value <= 2099 ? { start, value, chinese: false } : undefined;
  }
  const c0 = text.charCodeAt(start);
  if (c0 !== 0x4e00 && c0 !== 0x4e8c) return undefined; // 一 二
  const d1 = cnDigitAt(text, start + 1);
  const d2 = cnDigitAt(text, start + 2);
  const d3 = cnDigitAt(text, start + 3);
  if (d1 < 0 || d2 < 0 || d3 < 0 || CN_NUMERAL.has(unitAt(text, start - 1))) return undefined;
  const value = (c0 === 0x4e00 ? 1000 : 2000) + d1 * 100 + d2 * 10 + d3;
  return value >= 1800 && value <= 2099 ? { start, value, chinese: true } : undefined;
}

/**
 * The year a document is "of": the median of the years it names, in either form. A work report names
 * its own year most, and a few targets (2010年远景目标 in the 1990s) or past years do not move it.
 */
const SPACED_YEAR = /(?<![0-9] ?)([12]) ([0-9]) ([0-9]) ([0-9]) ?年/g;

/** What one paragraph holds for the document-wide decisions (offsets relative to its start). */
interface ParagraphNumbers {
  years: YearUse[];
  /** Per year: counted when the document's year forms are weighed (not in 《…》 or a fixed title). */
  counted: boolean[];
  fullWidth: Span[];
  /** Runs of ASCII digits (the document's own style is weighed against them). */
  asciiRuns: number;
}

const FIRST_YEAR = 1800;
const YEARS = 2100 - FIRST_YEAR;
/** Sum slots: years named, years ≤ olderNormsUntilYear, counted Chinese, counted Arabic, full-width numbers, ASCII runs; then one per year value. */
const [YEAR_COUNT, OLD_YEARS, CHINESE, ARABIC, FULL_WIDTH, ASCII_RUNS, HISTOGRAM] = [0, 1, 2, 3, 4, 5, 6];

/** Document offsets of `needle` in the paragraph (found in its joined text, so a search stops at its end). */
function docHits(p: Paragraph, text: TextSource, needle: string): number[] {
  const out: number[] = [];
  const t = p.text;
  for (let i = t.indexOf(needle); i >= 0; i = t.indexOf(needle, i + needle.length)) {
    const at = toDocOffset(p, i);
    // A needle of several characters joined across a line break is not one in the document.
    if (needle.length === 1 || startsWithAt(text, needle, at)) out.push(at);
  }
  return out;
}

const isAsciiDigitCode = (c: number) => c >= 48 && c <= 57;
/** An empty list shared by the paragraphs with nothing in it (never written to). */
const NO_LIST: never[] = Object.freeze([]) as never[];
const FULL_WIDTH_DIGIT = /[０-９]/;
const ASCII_RUN = /[0-9]+/g;

/** The document's text, lent to the paragraph memos while they are filled (shared/lentText.ts). */
const lent = new LentText();

const numbersOf = paragraphMemo((p: Paragraph): ParagraphNumbers => {
  const text = lent.get();
  const base = p.span.start;
  // The run lent with the text (while this rule fills the sums): its character pass has seen which
  // paragraphs hold 年, a full-width or an ASCII digit. Without it every search runs.
  const run = lent.lentRun();
  const seen = (run && knownRareCharactersOf(p, run)) ?? -1;
  // The lists are made only for the paragraphs that have something to put in them.
  let years: YearUse[] = NO_LIST;
  let counted: boolean[] = NO_LIST;
  const t = p.text;
  for (let i = seen & NIAN ? t.indexOf('年') : -1; i >= 0; i = t.indexOf('年', i + 1)) {
    const y = yearBefore(text, toDocOffset(p, i));
    if (!y) continue;
    if (years === NO_LIST) (years = []), (counted = []);
    years.push({ ...y, start: y.start - base });
    counted.push(!inTitle(text, y.start) && !data.chineseYearTitles.some((title) => startsWithAt(text, title.text, y.start)));
  }
  let fullWidth: Span[] = NO_LIST;
  let skipTo = -1;
  // Few paragraphs hold a full-width digit: a regex test skips the others without a loop.
  for (let i = seen & FULL_WIDTH_CLASS && FULL_WIDTH_DIGIT.test(t) ? 0 : t.length; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 0xff10 || c > 0xff19) continue;
    const at = toDocOffset(p, i);
    if (at < skipTo) continue;
    const n = numberAt(text, at);
    skipTo = n.end;
    if (isOrdinal(text, n.start, n.end) || LATIN.test(unitAt(text, n.start - 1)) || LATIN.test(unitAt(text, n.end))) continue; // ＰＭ２．５: a code
    if (fullWidth === NO_LIST) fullWidth = [];
    fullWidth.push({ start: n.start - base, end: n.end - base });
  }
  let asciiRuns = 0;
  ASCII_RUN.lastIndex = 0;
  if (seen & ASCII_DIGIT) while (ASCII_RUN.test(t)) asciiRuns++; // test, not match: no array per run
  // Joined lines: "12" / "34" is one run in the joined text but two in the document.
  if (p.startLine !== p.endLine) {
    const segs = p.segments;
    for (let k = 1; k < segs.length; k++) {
      const at = segs[k].textStart;
      if (at > 0 && at < t.length && isAsciiDigitCode(t.charCodeAt(at - 1)) && isAsciiDigitCode(t.charCodeAt(at))) asciiRuns++;
    }
  }
  if (years.length || fullWidth.length) return { years, counted, fullWidth, asciiRuns };
  // Most paragraphs name no year and no full-width number: one shared object per count of digit runs.
  return (NO_NUMBERS[asciiRuns] ??= Object.freeze({ years: NO_LIST, counted: NO_LIST, fullWidth: NO_LIST, asciiRuns }) as ParagraphNumbers);
});

const NO_NUMBERS: ParagraphNumbers[] = [];

const NUMBER_SUMS = sumKind<ParagraphNumbers>({
  length: HISTOGRAM + YEARS,
  of: numbersOf,
  add(sum, part, sign) {
    const years = part.years;
    for (let i = 0; i < years.length; i++) {
      const y = years[i];
      sum[YEAR_COUNT] += sign;
      if (y.value <= data.olderNormsUntilYear) sum[OLD_YEARS] += sign;
      if (part.counted[i]) sum[y.chinese ? CHINESE : ARABIC] += sign;
      sum[HISTOGRAM + y.value - FIRST_YEAR] += sign;
    }
    sum[FULL_WIDTH] += sign * part.fullWidth.length;
    sum[ASCII_RUNS] += sign * part.asciiRuns;
  },
});

/** Digits spaced out by a text extraction ("1 9 9 7 年", corpus 1998): values by year, read only when no plain year is. */
const SPACED_SUMS = sumKind<number[]>({
  length: YEARS,
  of: paragraphMemo((p: Paragraph): number[] => {
    const text = lent.get();
    // Two characters before the paragraph for the look-behind: white space there, as in the whole text.
    const from = Math.max(0, p.span.start - 2);
    const out: number[] = [];
    for (const m of text.slice(from, p.span.end).matchAll(SPACED_YEAR)) {
      const value = Number(m[1] + m[2] + m[3] + m[4]);
      if (value >= FIRST_YEAR && value < 2100) out.push(value);
    }
    return out;
  }),
  add(sum, part, sign) {
    for (const v of part) sum[v - FIRST_YEAR] += sign;
  },
});

function sumsOf<T>(model: ReportModel, kind: SumKind<T>, ctx?: RuleContext): Float64Array {
  return lent.reading(model.source, () => documentSum(model, kind), ctx);
}

/** The median of the year values counted in a histogram (undefined when it is empty). */
function medianYear(histogram: Float64Array, offset: number, count: number): number | undefined {
  if (count === 0) return undefined;
  let seen = 0;
  for (let v = 0; v < YEARS; v++) {
    seen += histogram[offset + v];
    if (seen > count >> 1) return FIRST_YEAR + v;
  }
  return undefined;
}

/**
 * The year a document is "of": the median of the years it names, in either form (spaced-out digits
 * only when it names no year plainly). A work report names its own year most, and a few targets
 * (2010年远景目标 in the 1990s) or past years do not move it. Made from per-paragraph sums, so a
 * keystroke does not read the whole text again.
 */
export function documentYearOf(model: ReportModel): number | undefined {
  // Asked for every paragraph (wording-style's norms): worked out once per model.
  if (yearOf.has(model)) return yearOf.get(model);
  const year = yearFromSums(model);
  yearOf.set(model, year);
  return year;
}

const yearOf = new WeakMap<ReportModel, number | undefined>();

function yearFromSums(model: ReportModel): number | undefined {
  const sums = sumsOf(model, NUMBER_SUMS);
  if (sums[YEAR_COUNT] > 0) return medianYear(sums, HISTOGRAM, sums[YEAR_COUNT]);
  const spaced = sumsOf(model, SPACED_SUMS);
  let n = 0;
  for (const c of spaced) n += c;
  return medianYear(spaced, 0, n);
}

/** What number-usage decides for the whole document before it judges a paragraph. */
interface NumberDecisions {
  /** More than half of the years are 2000 or before: older norms, no ○, full-width or year-form findings. */
  older: boolean;
  /** More full-width numbers than ASCII ones: the document's own style, one finding for all. */
  fullWidthStyle: boolean;
  /** The minority year form, with how many years the other form has; undefined when not mixed. */
  minority?: { chinese: boolean; majorityCount: number };
}

/** Per model: asked once per paragraph, and the same for all of them. */
const decided = new WeakMap<ReportModel, NumberDecisions>();

function decisions(ctx: RuleContext): NumberDecisions {
  let d = decided.get(ctx.model);
  if (!d) decided.set(ctx.model, (d = decide(ctx)));
  return d;
}

function decide(ctx: RuleContext): NumberDecisions {
  const s = sumsOf(ctx.model, NUMBER_SUMS, ctx);
  const chinese = s[CHINESE];
  const arabic = s[ARABIC];
  return {
    older: s[YEAR_COUNT] > 0 && s[OLD_YEARS] > Math.floor(s[YEAR_COUNT] / 2),
    fullWidthStyle: s[FULL_WIDTH] > s[ASCII_RUNS],
    // The minority form is the slip; on a tie the Chinese form goes (GB/T 15835 prefers digits for years).
    minority: chinese > 0 && arabic > 0 ? { chinese: chinese <= arabic, majorityCount: chinese <= arabic ? arabic : chinese } : undefined,
  };
}

/** Inside 《…》 on the same line (a title keeps its own year form). */
function inTitle(text: TextSource, at: number): boolean {
  // Codes, not text[k]: a one-character string per CJK unit read, for every year named.
  for (let k = at - 1; k >= 0 && k >= at - 200; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x300b || c === 10 || c === 13) return false; // 》 \n \r
    if (c === 0x300a) return true; // 《
  }
  return false;
}

/** An ordinal (（１）, １．, ２、 at a line start or after a clause): accepted with full-width digits. */
function isOrdinal(text: TextSource, start: number, end: number): boolean {
  if (end - start > 2) return false;
  const before = unitAt(text, start - 1);
  const after = unitAt(text, end);
  if ((before === '（' || before === '(') && (after === '）' || after === ')')) return true;
  return /[．.、]/.test(after) && !isDigit(unitAt(text, end + 1)) && (before === '' || /[：:；;。，,\s　]/.test(before));
}

/** A number token around the full-width digit at `at`: digits, 1,038,000-style groups, a decimal part. */
function numberAt(text: TextSource, at: number): Span {
  let start = at;
  while (isDigit(unitAt(text, start - 1))) start--;
  let end = at;
  while (isDigit(unitAt(text, end))) end++;
  if (end - start <= 3) {
    while ((unitAt(text, end) === '，' || unitAt(text, end) === ',') && isDigit(unitAt(text, end + 1)) && isDigit(unitAt(text, end + 2)) && isDigit(unitAt(text, end + 3)) && !isDigit(unitAt(text, end + 4))) end += 4;
  }
  if ((unitAt(text, end) === '．' || unitAt(text, end) === '.') && isDigit(unitAt(text, end + 1))) {
    end++;
    while (isDigit(unitAt(text, end))) end++;
  }
  return { start, end };
}

export const numberUsage = paragraphRule({
  meta: {
    id: 'number-usage',
    defaultSeverity: 'warning',
    tags: ['wording'],
    summary: { zh: '数字用法（GB/T 15835）：年份中的“○”、全角数字、不存在的日期、星期不符、发文字号格式', en: 'Numbers (GB/T 15835): ○ in years, full-width digits, impossible dates, weekdays, document numbers' },
    fixable: true,
    formatting: false,
    ignorable: true,
  },
  // The document-wide decisions a paragraph's findings follow: when one changes (a year typed
  // tips the majority), every paragraph is checked again.
  paragraphKey(ctx) {
    const d = decisions(ctx);
    return `${d.older}|${d.fullWidthStyle}|${d.minority ? `${d.minority.chinese}:${d.minority.majorityCount}` : ''}`;
  },
  checkParagraph(p: Paragraph, ctx: RuleContext): Finding[] {
    const text = ctx.model.source;
    const out: Finding[] = [];
    // Searches of the few characters a finding hangs on, in the paragraphs the character pass saw
    // them in (a regex with tens of thousands of hits costs more); the document's text is read around
    // them. The pass is read if the run has made it (placeholder and others come first), not made
    // for this rule alone: run by itself the rule searches every paragraph (-1: every class).
    const chars = knownRareCharactersOf(p, ctx) ?? -1;
    if (chars & YUE) for (const at of docHits(p, text, '月')) checkDate(text, at, ctx, out);
    if (chars & BAI) for (const at of docHits(p, text, '百分之')) checkPercent(text, at, ctx, out);
    if (chars & HAO) for (const at of docHits(p, text, '号')) checkDocumentNumber(text, at, ctx, out);
    const d = decisions(ctx);
    const facts = d.older ? undefined : lent.reading(text, () => numbersOf(p));
    // Most paragraphs name no year and no full-width number.
    if (facts && (facts.years.length || facts.fullWidth.length)) {
      const base = p.span.start;
      const years = facts.years.map((y) => ({ ...y, start: y.start + base }));
      out.push(...yearZeroFindings(text, years, ctx));
      if (!d.fullWidthStyle) out.push(...fullWidthFindings(text, facts.fullWidth.map((n) => ({ start: n.start + base, end: n.end + base })), ctx));
      if (d.minority) {
        const chinese = d.minority.chinese;
        const minority = years.filter((y, i) => facts.counted[i] && y.chinese === chinese);
        out.push(...mixedYearFindings(text, minority, d.minority.majorityCount, ctx));
      }
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  },
  // A document that writes its numbers in full-width digits: one finding, one fix for all of them.
  checkDocument(ctx: RuleContext): Finding[] {
    const d = decisions(ctx);
    if (d.older || !d.fullWidthStyle) return [];
    const numbers: Span[] = [];
    lent.reading(ctx.model.source, () => {
      for (const p of ctx.model.paragraphs) for (const n of numbersOf(p).fullWidth) numbers.push({ start: n.start + p.span.start, end: n.end + p.span.start });
    });
    return fullWidthStyleFinding(ctx.model.source, numbers, ctx);
  },
});

const yearText = (text: TextSource, y: YearUse) => text.slice(y.start, y.start + 4);
const hasZeroSlip = (text: TextSource, y: YearUse) => y.chinese && /[○零]/.test(yearText(text, y));

function yearZeroFindings(text: TextSource, years: YearUse[], ctx: RuleContext): Finding[] {
  return years.filter((y) => hasZeroSlip(text, y)).map((y) => {
    const wrong = yearText(text, y);
    const right = wrong.replace(/[○零]/g, '〇');
    const span = { start: y.start, end: y.start + 4 };
    return {
      span,
      message: ctx.t({ zh: `年份中的零应写作“〇”：“${wrong}年”应为“${right}年”`, en: `The zero of a year in Chinese numerals is 〇 (U+3007): ${wrong}年 → ${right}年` }),
      fixes: [{ title: ctx.t({ zh: `改为“${right}”`, en: `Change to ${right}` }), edits: [{ span, newText: right }], preferred: true, safe: true }],
      basis: basis('year-zero'),
    };
  });
}

/** The document's own style is full-width digits (older typesetting): one finding, one fix for all. */
function fullWidthStyleFinding(text: TextSource, numbers: Span[], ctx: RuleContext): Finding[] {
  if (numbers.length === 0) return [];
  return [
    {
      span: numbers[0],
      message: ctx.t({ zh: `全文数字用了全角（共${numbers.length}处），阿拉伯数字应为半角`, en: `The document writes its numbers in full-width digits (${numbers.length}); Arabic digits are half-width` }),
      fixes: [{ title: ctx.t({ zh: '全文改为半角数字', en: 'Make every number half-width' }), edits: numbers.map((n) => ({ span: n, newText: toAscii(text.slice(n.start, n.end)) })), preferred: true, safe: true }],
      basis: basis('fullwidth-digit'),
    },
  ];
}

function fullWidthFindings(text: TextSource, numbers: Span[], ctx: RuleContext): Finding[] {
  return numbers.map((n) => {
    const wrong = text.slice(n.start, n.end);
    const right = toAscii(wrong);
    return {
      span: n,
      message: ctx.t({ zh: `全角数字：“${wrong}”应为“${right}”`, en: `Full-width digits: ${wrong} → ${right}` }),
      fixes: [{ title: ctx.t({ zh: `改为“${right}”`, en: `Change to ${right}` }), edits: [{ span: n, newText: right }], preferred: true, safe: true }],
      basis: basis('fullwidth-digit'),
    };
  });
}

/** The years of the minority form (counted ones), against `majorityCount` years of the other form. */
function mixedYearFindings(text: TextSource, minority: YearUse[], majorityCount: number, ctx: RuleContext): Finding[] {
  return minority
    .filter((y) => !hasZeroSlip(text, y)) // its warning says enough
    .map((y) => {
      const wrong = yearText(text, y);
      const right = y.chinese ? String(y.value) : [...String(y.value)].map((d) => '〇一二三四五六七八九'[Number(d)]).join('');
      const span = { start: y.start, end: y.start + 4 };
      return {
        span,
        severity: 'info' as const,
        message: ctx.t({
          zh: `年份写法不一致：此处“${wrong}年”，全文另有${majorityCount}处写作“${right}年”式`,
          en: `Years are written two ways: ${wrong}年 here, ${majorityCount} elsewhere like ${right}年`,
        }),
        fixes: [{ title: ctx.t({ zh: `改为“${right}”`, en: `Change to ${right}` }), edits: [{ span, newText: right }], preferred: true, safe: false }],
        basis: basis('year-forms-mixed'),
      };
    });
}

/** Reads the month before the 月 at `at` (and a year before it, a day after it) and judges the date. */
function checkDate(text: TextSource, at: number, ctx: RuleContext, out: Finding[]): void {
  let start = at;
  let month: number | undefined;
  let day: number | undefined;
  let end = at + 1;
  let year: YearUse | undefined;
  let chinese = false;
  if (isDigit(unitAt(text, at - 1))) {
    while (start > at - 2 && isDigit(unitAt(text, start - 1))) start--;
    const before = unitAt(text, start - 1);
    if (isDigit(before) || before === '.' || before === '．') return;
    month = parseDigits(text.slice(start, at))!;
    let d = end;
    while (d < end + 2 && isDigit(unitAt(text, d))) d++;
    if (d > end && !isDigit(unitAt(text, d)) && (unitAt(text, d) === '日' || (unitAt(text, d) === '号' && unitAt(text, d + 1) !== '码'))) {
      day = parseDigits(text.slice(end, d))!;
      end = d + 1;
    }
  } else if (CN_MONTH_DAY.has(unitAt(text, at - 1))) {
    while (start > at - 2 && CN_MONTH_DAY.has(unitAt(text, start - 1))) start--;
    if (CN_NUMERAL.has(unitAt(text, start - 1))) return;
    month = chineseNumber(text.slice(start, at));
    let d = end;
    while (d < end + 3 && CN_MONTH_DAY.has(unitAt(text, d))) d++;
    if (d === end || unitAt(text, d) !== '日') return; // a Chinese month alone (一月一次) is not judged
    day = chineseNumber(text.slice(end, d));
    end = d + 1;
    chinese = true;
  } else return;
  if (month === undefined || (chinese && day === undefined)) return;
  if (unitAt(text, start - 1) === '年') {
    year = yearBefore(text, start - 1);
    if (year && year.chinese === chinese) start = year.start;
    else year = undefined;
  }
  if (LUNAR.test(text.slice(Math.max(0, start - 3), start))) return; // lunar months have 29 or 30 days
  const shown = text.slice(start, end);
  const span = { start, end };
  const impossible = (why: { zh: string; en: string }) =>
    out.push({ span, message: ctx.t({ zh: `日期不存在：“${shown}”，${why.zh}`, en: `No such date: ${shown} (${why.en})` }), basis: basis('impossible-date') });
  if (month < 1 || month > 12) return void impossible({ zh: '月份只有1至12月', en: 'months run 1 to 12' });
  if (day === undefined) return;
  const max = daysInMonth(month, year?.value);
  if (day < 1 || day > max) {
    return void impossible(
      month === 2 && day === 29 ? { zh: `${year!.value}年不是闰年，2月只有28天`, en: `${year!.value} is not a leap year` } : { zh: `${month}月只有${max}天`, en: `month ${month} has ${max} days` },
    );
  }
  if (year) checkWeekday(text, ctx, out, shown, year.value, month, day, span);
}

/** 一 … 三十一 (days and months); 十三 → 13 so that 十三月 is caught. */
function chineseNumber(s: string): number | undefined {
  const units = '一二三四五六七八九';
  if (s === '十') return 10;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? units.indexOf(s) + 1 : undefined;
  const tens = ten === 0 ? 1 : units.indexOf(s[0]) + 1;
  const unit = ten === s.length - 1 ? 0 : units.indexOf(s[ten + 1]) + 1;
  if (tens < 1 || unit < 0 || s.length - ten > 2 || ten > 1) return undefined;
  return tens * 10 + unit;
}

function checkWeekday(text: TextSource, ctx: RuleContext, out: Finding[], shown: string, year: number, month: number, day: number, date: Span): void {
  const after = WEEKDAY_AFTER.exec(text.slice(date.end, date.end + 12));
  if (!after || year < 1583) return; // Gregorian dates only
  const prefix = after[1] as keyof typeof data.weekdayNames;
  const names = data.weekdayNames[prefix];
  const written = after[2] === '天' ? 0 : names.indexOf(after[2]);
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year);
  const actual = d.getUTCDay();
  if (written === actual) return;
  const nameAt = date.end + after[0].length - 1;
  const right = names[actual];
  out.push({
    span: { start: date.start, end: nameAt + 1 },
    message: ctx.t({
      zh: `星期与日期不符：${shown}是${prefix}${right}，不是${prefix}${after[2]}`,
      en: `Weekday does not match the date: ${shown} is a ${['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][actual]}`,
    }),
    fixes: [{ title: ctx.t({ zh: `改为“${prefix}${right}”`, en: `Change to ${prefix}${right}` }), edits: [{ span: { start: nameAt, end: nameAt + 1 }, newText: right }], preferred: true, safe: false }],
    basis: basis('weekday'),
  });
}

function checkPercent(text: TextSource, at: number, ctx: RuleContext, out: Finding[]): void {
  let end = at + 3;
  if (!isDigit(unitAt(text, end))) return;
  while (isDigit(unitAt(text, end))) end++;
  if ((unitAt(text, end) === '.' || unitAt(text, end) === '．') && isDigit(unitAt(text, end + 1))) {
    end++;
    while (isDigit(unitAt(text, end))) end++;
  }
  const wrong = text.slice(at, end);
  const right = toAscii(wrong.slice(3)) + '%';
  const span = { start: at, end };
  out.push({
    span,
    message: ctx.t({ zh: `“百分之”后接阿拉伯数字：“${wrong}”应为“${right}”`, en: `百分之 with Arabic digits: ${wrong} → ${right}` }),
    fixes: [{ title: ctx.t({ zh: `改为“${right}”`, en: `Change to ${right}` }), edits: [{ span, newText: right }], preferred: true, safe: true }],
    basis: basis('percent-mixed'),
  });
}

/** 发文字号 ending at the 号 at `at`: 财预[2024]05号, 县政办发（2023）第12号, 〔24〕3号. */
function checkDocumentNumber(text: TextSource, at: number, ctx: RuleContext, out: Finding[]): void {
  if (NOT_SERIAL_AFTER.has(unitAt(text, at + 1))) return;
  let s = at;
  while (s > at - 6 && isDigit(unitAt(text, s - 1))) s--;
  if (s === at) return;
  const serial = text.slice(s, at);
  const di = unitAt(text, s - 1) === '第';
  const closeAt = di ? s - 2 : s - 1;
  const close = unitAt(text, closeAt);
  const open0 = OPEN_FOR[close];
  if (open0 === undefined) return;
  let y = closeAt;
  while (y > closeAt - 5 && isDigit(unitAt(text, y - 1))) y--;
  const yearDigits = text.slice(y, closeAt);
  if ((yearDigits.length !== 4 && yearDigits.length !== 2) || !isHan(unitAt(text, y - 2))) return;
  const open = unitAt(text, y - 1);
  if (open !== open0) return;
  const problems: { zh: string; en: string }[] = [];
  if (open !== '〔') problems.push({ zh: `年份应用六角括号“〔〕”，不用“${open}${close}”`, en: `the year goes in 〔〕, not ${open}${close}` });
  if (yearDigits.length !== 4) problems.push({ zh: '年份应标全称（四位）', en: 'the year is written in full (four digits)' });
  if (di) problems.push({ zh: '顺序号前不加“第”', en: 'no 第 before the serial' });
  if (serial.length > 1 && (serial[0] === '0' || serial[0] === '０')) problems.push({ zh: '顺序号不编虚位（01应为1）', en: 'no leading zeros in the serial' });
  if (/[０-９]/.test(yearDigits + serial)) problems.push({ zh: '数字用半角', en: 'half-width digits' });
  if (problems.length === 0) return;
  const span = { start: y - 1, end: at + 1 };
  const right = `〔${toAscii(yearDigits)}〕${String(parseDigits(serial))}号`;
  out.push({
    span,
    message: ctx.t({ zh: `发文字号格式：${problems.map((x) => x.zh).join('；')}`, en: `Document number: ${problems.map((x) => x.en).join('; ')}` }),
    fixes: yearDigits.length === 4 ? [{ title: ctx.t({ zh: `改为“${right}”`, en: `Change to ${right}` }), edits: [{ span, newText: right }], preferred: true, safe: true }] : undefined,
    basis: basis('document-number'),
  });
}
