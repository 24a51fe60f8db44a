// number-usage (数字用法, GB/T 15835-2011; 发文字号 GB/T 9704-2012 7.2.5):
//  - "○" (U+25CB, a drawn circle) or "零" as the zero of a year in Chinese numerals → "〇";
//  - full-width digits in numbers (１２亿元); heading ordinals （１） １． are accepted (conventions §1);
//  - dates that do not exist (2月30日, 2023年2月29日, 13月) and a weekday that contradicts its date;
//  - 百分之98 → 98%; years written both as 二〇二四年 and 2024年 (info, on the minority form);
//  - 发文字号 in 〔2024〕 with no 第 and no padded serial.
// A whole-document rule: two sub-checks weigh the document (which year form is the minority, whether
// full-width digits are the document's own style) and documents of the year 2000 or before (the median year they name)
// follow the older norms (no 〇 in GB 2312): their ○ years, full-width digits and mixed year forms
// are not reported. The data and its basis are in data/numberUsage.json.

import { Paragraph, toDocSpan } from '../model/paragraphs';
import { parseDigits } from '../model/numerals';
import { defineRule, Finding, RuleContext } from './rule';
import { Edit } from '../text/edit';
import data from './data/numberUsage.json';

const basis = (id: string): string => data.checks.find((c) => c.id === id)!.basis;

const CN_DIGIT_VALUE: Record<string, number> = { '〇': 0, '○': 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** A year in Chinese numerals, digit by digit (一九八〇年, 二〇二四年); not inside a longer numeral. */
const CN_YEAR = /(?<![〇○零一二三四五六七八九十百千万亿两])[一二][〇○零一二三四五六七八九]{3}(?=年)/g;
/** A four-digit year in Arabic digits, ASCII or full-width. */
const AR_YEAR = /(?<![0-9０-９.．,，])[0-9０-９]{4}(?=年)/g;
const FULLWIDTH_DIGIT = /[０-９]/;
/** A number with a full-width digit: 1,038,000 with separators (１，０３８，０００), or digits with a decimal part. */
const FW_NUMBER = /[0-9０-９]{1,3}(?:[，,][0-9０-９]{3})+(?![0-9０-９])(?:[．.][0-9０-９]+)?|[0-9０-９]*[０-９][0-9０-９]*(?:[．.][0-9０-９]+)?/g;
const ASCII_NUMBER = /[0-9]+/g;
const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/;
const DATE = /(?<![0-9０-９.．])(?:([0-9０-９]{4})年)?([0-9０-９]{1,2})月(?:([0-9０-９]{1,2})[日号](?!码))?/g;
const CN_DATE = /(?<![〇○零一二三四五六七八九十])(?:([一二][〇○零一二三四五六七八九]{3})年)?([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/g;
const LUNAR = /(?:农历|阴历|旧历|正月|腊月)$/;
const WEEKDAY_AFTER = /^[ \t\u3000]*([（(]?)[ \t\u3000]*(星期|周|礼拜)([一二三四五六日天])/;
const PERCENT = /百分之([0-9０-９]+(?:[.．][0-9０-９]+)?)/g;
/** 发文字号: organ code, a bracketed year, 第?, the serial, 号 (not 号楼, 号线 …). */
const DOC_NUMBER = /(?<=[\u4e00-\u9fff])([〔\[［【（(﹝])([0-9０-９]{4}|[0-9０-９]{2})([〕\]］】）)﹞])(第?)([0-9０-９]+)号(?![楼院线门房室机位码])/g;
const CN_NUMERAL_ONLY = /[〇○零一二三四五六七八九十]/;

function toAscii(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48)).replace(/．/g, '.').replace(/，/g, ',');
}

function cnYearValue(s: string): number {
  let v = 0;
  for (const c of s) v = v * 10 + CN_DIGIT_VALUE[c];
  return v;
}

function daysInMonth(month: number, year?: number): number {
  if (month === 2) {
    if (year === undefined) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The year a document is "of": the median of the years it names, in either form. A work report names
 * its own year most, and a few targets (2010年远景目标 in the 1990s) or past years do not move it.
 */
export function documentYear(text: string): number | undefined {
  const years: number[] = [];
  for (const m of text.matchAll(AR_YEAR)) {
    const y = parseDigits(m[0])!;
    if (y >= 1800 && y <= 2099) years.push(y);
  }
  for (const m of text.matchAll(CN_YEAR)) {
    const y = cnYearValue(m[0]);
    if (y >= 1800 && y <= 2099) years.push(y);
  }
  if (years.length === 0) return undefined;
  years.sort((a, b) => a - b);
  return years[years.length >> 1];
}

/** Documents of the year 2000 or before follow the older norms (data: olderNormsUntilYear). */
export function followsOlderNorms(text: string): boolean {
  const y = documentYear(text);
  return y !== undefined && y <= data.olderNormsUntilYear;
}

const inTitle = (text: string, at: number): boolean => text.lastIndexOf('《', at) > text.lastIndexOf('》', at);

/** An ordinal written inside a sentence (（１）, １．, ２、): accepted with full-width digits. */
function isInlineOrdinal(text: string, start: number, end: number): boolean {
  if (end - start > 2) return false;
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (/[（(]/.test(before) && /[）)]/.test(after)) return true;
  return /[．.、]/.test(after) && !/[0-9０-９]/.test(text[end + 1] ?? '') && (before === '' || /[：:；;。，,\s　]/.test(before));
}

interface YearUse {
  p: Paragraph;
  start: number;
  end: number;
  text: string;
  chinese: boolean;
  /** Already reported for its ○ or 零. */
  reported: boolean;
}

interface FullWidthNumber {
  p: Paragraph;
  start: number;
  end: number;
  text: string;
}

export const numberUsage = defineRule({
  meta: {
    id: 'number-usage',
    defaultSeverity: 'warning',
    tags: ['wording'],
    summary: { zh: '数字用法（GB/T 15835）：年份中的“○”、全角数字、不存在的日期、星期不符、发文字号格式', en: 'Numbers (GB/T 15835): ○ in years, full-width digits, impossible dates, weekdays, document numbers' },
    fixable: true,
    formatting: false,
    ignorable: true,
  },
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    const older = followsOlderNorms(ctx.model.text);
    const years: YearUse[] = [];
    const fullWidth: FullWidthNumber[] = [];
    let asciiNumbers = 0;
    for (const p of ctx.model.paragraphs) {
      const text = p.text;
      if (!/[0-9０-９年月百]/.test(text)) continue;
      for (const m of text.matchAll(CN_YEAR)) {
        const start = m.index!;
        const end = start + 4;
        if (!older && /[○零]/.test(m[0])) {
          const right = m[0].replace(/[○零]/g, '〇');
          out.push({
            span: toDocSpan(p, start, end),
            message: ctx.t({ zh: `年份中的零应写作“〇”：“${m[0]}年”应为“${right}年”`, en: `The zero of a year in Chinese numerals is 〇 (U+3007): ${m[0]}年 → ${right}年` }),
            fixes: [{ title: ctx.t({ zh: `改为“${right}”`, en: `Change to ${right}` }), edits: [{ span: toDocSpan(p, start, end), newText: right }], preferred: true, safe: true }],
            basis: basis('year-zero'),
          });
        }
        const reported = !older && /[○零]/.test(m[0]); // its warning says enough
        if (!inTitle(text, start) && !data.chineseYearTitles.some((t) => text.startsWith(t.text, start))) years.push({ p, start, end, text: m[0], chinese: true, reported });
      }
      for (const m of text.matchAll(AR_YEAR)) {
        const y = parseDigits(m[0])!;
        if (y < 1800 || y > 2099 || inTitle(text, m.index!)) continue;
        years.push({ p, start: m.index!, end: m.index! + 4, text: m[0], chinese: false, reported: false });
      }
      if (FULLWIDTH_DIGIT.test(text)) {
        const skip = p.ordinal ? p.ordinal.raw.length : 0;
        for (const m of text.matchAll(FW_NUMBER)) {
          const start = m.index!;
          const end = start + m[0].length;
          if (start < skip || isInlineOrdinal(text, start, end)) continue;
          if (LATIN.test(text[start - 1] ?? '') || LATIN.test(text[end] ?? '')) continue; // ＰＭ２．５: a code, not a number
          fullWidth.push({ p, start, end, text: m[0] });
        }
      }
      ASCII_NUMBER.lastIndex = 0;
      while (ASCII_NUMBER.exec(text)) asciiNumbers++;
      checkDates(p, ctx, out);
      checkPercent(p, ctx, out);
      checkDocumentNumbers(p, ctx, out);
    }
    if (!older) {
      out.push(...fullWidthFindings(fullWidth, asciiNumbers, ctx));
      out.push(...mixedYearFindings(years, ctx));
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  },
});

function fullWidthFindings(numbers: FullWidthNumber[], asciiNumbers: number, ctx: RuleContext): Finding[] {
  if (numbers.length === 0) return [];
  const edit = (n: FullWidthNumber): Edit => ({ span: toDocSpan(n.p, n.start, n.end), newText: toAscii(n.text) });
  // Full-width digits as the document's own style (older typesetting): one finding, one fix for all.
  if (numbers.length > asciiNumbers) {
    const first = numbers[0];
    return [
      {
        span: toDocSpan(first.p, first.start, first.end),
        message: ctx.t({ zh: `全文数字用了全角（共${numbers.length}处），阿拉伯数字应为半角`, en: `The document writes its numbers in full-width digits (${numbers.length}); Arabic digits are half-width` }),
        fixes: [{ title: ctx.t({ zh: '全文改为半角数字', en: 'Make every number half-width' }), edits: numbers.map(edit), preferred: true, safe: true }],
        basis: basis('fullwidth-digit'),
      },
    ];
  }
  return numbers.map((n) => {
    const right = toAscii(n.text);
    return {
      span: toDocSpan(n.p, n.start, n.end),
      message: ctx.t({ zh: `全角数字：“${n.text}”应为“${right}”`, en: `Full-width digits: ${n.text} → ${right}` }),
      fixes: [{ title: ctx.t({ zh: `改为“${right}”`, en: `Change to ${right}` }), edits: [edit(n)], preferred: true, safe: true }],
      basis: basis('fullwidth-digit'),
    };
  });
}

function mixedYearFindings(years: YearUse[], ctx: RuleContext): Finding[] {
  const chinese = years.filter((y) => y.chinese);
  const arabic = years.filter((y) => !y.chinese);
  if (chinese.length === 0 || arabic.length === 0) return [];
  // The minority form is the slip; on a tie the Chinese form goes (GB/T 15835 prefers digits for years).
  const minority = chinese.length <= arabic.length ? chinese : arabic;
  const majorityCount = minority === chinese ? arabic.length : chinese.length;
  return minority.filter((y) => !y.reported).map((y) => {
    const value = y.chinese ? cnYearValue(y.text) : parseDigits(y.text)!;
    const right = y.chinese ? String(value) : [...String(value)].map((d) => '〇一二三四五六七八九'[Number(d)]).join('');
    return {
      span: toDocSpan(y.p, y.start, y.end),
      severity: 'info' as const,
      message: ctx.t({
        zh: `年份写法不一致：此处“${y.text}年”，全文另有${majorityCount}处写作“${right}年”式`,
        en: `Years are written two ways: ${y.text}年 here, ${majorityCount} elsewhere like ${right}年`,
      }),
      fixes: [{ title: ctx.t({ zh: `改为“${right}”`, en: `Change to ${right}` }), edits: [{ span: toDocSpan(y.p, y.start, y.end), newText: right }], preferred: true, safe: false }],
      basis: basis('year-forms-mixed'),
    };
  });
}

function impossible(ctx: RuleContext, p: Paragraph, start: number, end: number, shown: string, why: { zh: string; en: string }): Finding {
  return {
    span: toDocSpan(p, start, end),
    message: ctx.t({ zh: `日期不存在：“${shown}”，${why.zh}`, en: `No such date: ${shown} (${why.en})` }),
    basis: basis('impossible-date'),
  };
}

function checkDates(p: Paragraph, ctx: RuleContext, out: Finding[]): void {
  const text = p.text;
  if (text.indexOf('月') < 0) return;
  const judge = (start: number, shown: string, year: number | undefined, month: number, day: number | undefined, end: number): boolean => {
    if (LUNAR.test(text.slice(Math.max(0, start - 3), start))) return true; // lunar months have 29 or 30 days
    if (month < 1 || month > 12) {
      out.push(impossible(ctx, p, start, end, shown, { zh: '月份只有1至12月', en: 'months run 1 to 12' }));
      return false;
    }
    if (day === undefined) return true;
    const max = daysInMonth(month, year);
    if (day < 1 || day > max) {
      const why =
        month === 2 && day === 29
          ? { zh: `${year}年不是闰年，2月只有28天`, en: `${year} is not a leap year` }
          : { zh: `${month}月只有${max}天`, en: `month ${month} has ${max} days` };
      out.push(impossible(ctx, p, start, end, shown, why));
      return false;
    }
    return true;
  };
  for (const m of text.matchAll(DATE)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (m[1] === undefined && /[0-9０-９]/.test(text[start - 1] ?? '')) continue;
    const year = m[1] !== undefined ? parseDigits(m[1]) : undefined;
    const month = parseDigits(m[2])!;
    const day = m[3] !== undefined ? parseDigits(m[3]) : undefined;
    if (!judge(start, m[0], year, month, day, end)) continue;
    if (year !== undefined && day !== undefined) checkWeekday(p, ctx, out, m[0], year, month, day, start, end);
  }
  if (!CN_NUMERAL_ONLY.test(text)) return;
  for (const m of text.matchAll(CN_DATE)) {
    const start = m.index!;
    const end = start + m[0].length;
    const year = m[1] !== undefined ? cnYearValue(m[1]) : undefined;
    const month = chineseNumber(m[2]);
    const day = chineseNumber(m[3]);
    if (month === undefined || day === undefined) continue;
    if (!judge(start, m[0], year, month, day, end)) continue;
    if (year !== undefined) checkWeekday(p, ctx, out, m[0], year, month, day, start, end);
  }
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

function checkWeekday(p: Paragraph, ctx: RuleContext, out: Finding[], shown: string, year: number, month: number, day: number, start: number, end: number): void {
  const after = WEEKDAY_AFTER.exec(p.text.slice(end, end + 12));
  if (!after || year < 1583) return; // Gregorian dates only
  const prefix = after[2] as keyof typeof data.weekdayNames;
  const names = data.weekdayNames[prefix];
  const written = after[3] === '天' ? 0 : names.indexOf(after[3]);
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  const actual = date.getUTCDay();
  if (written === actual) return;
  const nameStart = end + after[0].length - 1;
  const right = names[actual];
  out.push({
    span: toDocSpan(p, start, nameStart + 1),
    message: ctx.t({
      zh: `星期与日期不符：${shown}是${prefix}${right}，不是${prefix}${after[3]}`,
      en: `Weekday does not match the date: ${shown} is a ${['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][actual]}`,
    }),
    fixes: [{ title: ctx.t({ zh: `改为“${prefix}${right}”`, en: `Change to ${prefix}${right}` }), edits: [{ span: toDocSpan(p, nameStart, nameStart + 1), newText: right }], preferred: true, safe: false }],
    basis: basis('weekday'),
  });
}

function checkPercent(p: Paragraph, ctx: RuleContext, out: Finding[]): void {
  if (p.text.indexOf('百分之') < 0) return;
  for (const m of p.text.matchAll(PERCENT)) {
    const right = toAscii(m[1]) + '%';
    const span = toDocSpan(p, m.index!, m.index! + m[0].length);
    out.push({
      span,
      message: ctx.t({ zh: `“百分之”后接阿拉伯数字：“${m[0]}”应为“${right}”`, en: `百分之 with Arabic digits: ${m[0]} → ${right}` }),
      fixes: [{ title: ctx.t({ zh: `改为“${right}”`, en: `Change to ${right}` }), edits: [{ span, newText: right }], preferred: true, safe: true }],
      basis: basis('percent-mixed'),
    });
  }
}

function checkDocumentNumbers(p: Paragraph, ctx: RuleContext, out: Finding[]): void {
  if (!/号/.test(p.text)) return;
  for (const m of p.text.matchAll(DOC_NUMBER)) {
    const [whole, open, yearDigits, close, di, serial] = m;
    const problems: { zh: string; en: string }[] = [];
    if (open !== '〔' || close !== '〕') problems.push({ zh: `年份应用六角括号“〔〕”，不用“${open}${close}”`, en: `the year goes in 〔〕, not ${open}${close}` });
    if (yearDigits.length !== 4) problems.push({ zh: '年份应标全称（四位）', en: 'the year is written in full (four digits)' });
    if (di) problems.push({ zh: '顺序号前不加“第”', en: 'no 第 before the serial' });
    if (serial.length > 1 && /^[0０]/.test(serial)) problems.push({ zh: '顺序号不编虚位（01应为1）', en: 'no leading zeros in the serial' });
    if (/[０-９]/.test(yearDigits + serial)) problems.push({ zh: '数字用半角', en: 'half-width digits' });
    if (problems.length === 0) continue;
    const span = toDocSpan(p, m.index!, m.index! + whole.length);
    const right = `〔${toAscii(yearDigits)}〕${String(parseDigits(serial))}号`;
    out.push({
      span,
      message: ctx.t({ zh: `发文字号格式：${problems.map((x) => x.zh).join('；')}`, en: `Document number: ${problems.map((x) => x.en).join('; ')}` }),
      fixes: yearDigits.length === 4 ? [{ title: ctx.t({ zh: `改为“${right}”`, en: `Change to ${right}` }), edits: [{ span, newText: right }], preferred: true, safe: true }] : undefined,
      basis: basis('document-number'),
    });
  }
}
