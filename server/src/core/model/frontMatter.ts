// The parts of a report around its sections: title, addressee, signature and date.

import { LineInfo } from './paragraphs';
import { isResidueLine } from './residue';
import { Span } from '../text/lineIndex';
import { TextSource } from '../text/textSource';
import { parseDateNumber, parseDigitString } from './numerals';

/** A date as written in a report (成文日期 "2024年1月5日", "二〇二四年一月五日"); the day may be left out. */
export interface CalendarDate {
  year: number;
  month: number;
  day?: number;
}

export interface TitleInfo {
  text: string;
  lines: number[];
  span: Span;
  /** "——2023年3月5日在第十四届全国人民代表大会第一次会议上", "（2020年12月）" */
  subtitle?: { text: string; line: number; span: Span; dated?: CalendarDate };
  /** "县财政局局长  王五", "述职人：王五": the author line under a 述职报告's title. */
  author?: LineRef;
}

export interface LineRef {
  text: string;
  line: number;
  span: Span;
}

export interface SignatureInfo {
  /** The signing unit or person, one or two lines above the date. */
  signer: LineRef[];
  date: LineRef;
  /** The 成文日期 the date line states; undefined while it is a placeholder (X月X日). */
  dated?: CalendarDate;
  span: Span;
}

const TITLE_WORD = /报告|总结|述职|汇报|讲话|发言|意见|方案|规划|计划|纲要|公报|决定|通知|请示|心得|体会/;
const SENTENCE_MARK = /[。！？!?；;]/;
/** "述职人：张三", "报告单位：XX局" */
const SIGNER_LABEL = /^(?:述职人|报告人|汇报人|发言人|署名|报告单位|单位)[：:]/;
const SUBTITLE = /^(?:——|—|--|[（(])/;
const DATE_LINE = /^[0-9０-９XＸ×*＊〇○零一二三四五六七八九十]{2,4}年[0-9０-９XＸ×*＊一二三四五六七八九十]{1,2}月(?:[0-9０-９XＸ×*＊一二三四五六七八九十]{1,3}日)?$/;

const DATE_IN_TEXT = /([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?:([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日)?/;

/** The first date in `text` ("——2023年3月5日在…", "2024年1月5日"), if it is a real calendar date. */
export function parseDate(text: string): CalendarDate | undefined {
  const m = DATE_IN_TEXT.exec(text);
  if (!m) return undefined;
  const year = parseDigitString(m[1]);
  const month = parseDateNumber(m[2]);
  const day = m[3] === undefined ? undefined : parseDateNumber(m[3]);
  if (year === undefined || month === undefined || month < 1 || month > 12) return undefined;
  if (day !== undefined && (day < 1 || day > 31)) return undefined;
  return { year, month, day };
}

/** "述职人：王五", or a unit and post, a space, and a name: "县财政局局长  王五". */
const AUTHOR_LINE = /^(?:述职人|报告人|汇报人|发言人)[：:]\s*\S{2,6}$|^\S{2,20}[\s\u3000]+\S{2,4}$/;

/** Title words are looked for with spaces removed: a title is often spaced out ("述 职 报 告"). */
function hasTitleWord(t: string): boolean {
  return TITLE_WORD.test(t.replace(/[\s\u3000]+/g, ''));
}

function isTitleCandidate(t: string): boolean {
  return t.length <= 50 && !SENTENCE_MARK.test(t) && !/[：:]$/.test(t);
}

export function findTitle(text: TextSource, lines: LineInfo[], firstHeadingLine: number): TitleInfo | undefined {
  const content = (l: number) => text.slice(lines[l].start, lines[l].end);
  // The title comes before the addressee and the body: stop at the first prose line or "各位代表：".
  // A web page's chrome above the title (toolbar, breadcrumbs, "来源：… 发表时间：…") is skipped:
  // the title is found after it, and a banner never becomes the title.
  const chrome = (l: number) => isResidueLine(content(l));
  let limit = Math.min(firstHeadingLine, lines.length, 60);
  for (let l = 0; l < limit; l++) {
    if (lines[l].blank) continue;
    const t = content(l);
    if (chrome(l)) continue;
    if (t.length > 50 || /[。]$/.test(t) || isAddressee(t)) limit = l;
  }
  let titleLine = -1;
  let firstCandidate = -1;
  for (let l = 0; l < limit; l++) {
    if (lines[l].blank) continue;
    const t = content(l);
    if (!isTitleCandidate(t) || chrome(l)) continue;
    if (firstCandidate < 0) firstCandidate = l;
    if (hasTitleWord(t)) {
      titleLine = l;
      break;
    }
  }
  // Without a title word, only the very first line can be the title, and only if it stands alone.
  if (titleLine < 0) {
    const firstLine = lines.findIndex((li, l) => !li.blank && !chrome(l));
    if (firstCandidate < 0 || firstCandidate !== firstLine || firstCandidate >= limit) return undefined;
    const next = lines[firstCandidate + 1];
    if (next && !next.blank) return undefined;
    titleLine = firstCandidate;
  }
  const info: TitleInfo = {
    text: content(titleLine),
    lines: [titleLine],
    span: { start: lines[titleLine].start, end: lines[titleLine].end },
  };
  let next = titleLine + 1;
  for (let l = titleLine + 1; l < limit; l++) {
    if (lines[l].blank || chrome(l)) continue;
    const t = content(l);
    if (SUBTITLE.test(t) && isTitleCandidate(t) && t.length <= 60) {
      info.subtitle = { text: t, line: l, span: { start: lines[l].start, end: lines[l].end }, dated: parseDate(t) };
      next = l + 1;
    }
    break;
  }
  // The author line comes right under the title (or its subtitle), before the addressee.
  for (let l = next; l < Math.min(limit, lines.length); l++) {
    if (lines[l].blank) continue;
    const t = content(l);
    if (t.length <= 30 && !SENTENCE_MARK.test(t) && !lines[l].ordinal && AUTHOR_LINE.test(t) && !isAddressee(t)) {
      info.author = { text: t, line: l, span: { start: lines[l].start, end: lines[l].end } };
    }
    break;
  }
  return info;
}

function isAddressee(t: string): boolean {
  return t.length <= 30 && /[：:]$/.test(t) && !/[，,。；;\s]/.test(t);
}

export function findAddressee(text: TextSource, lines: LineInfo[], from: number, firstHeadingLine: number): LineRef | undefined {
  const limit = Math.min(firstHeadingLine, lines.length, from + 40);
  for (let l = from; l < limit; l++) {
    if (lines[l].blank) continue;
    const t = text.slice(lines[l].start, lines[l].end);
    if (isAddressee(t)) {
      return { text: t, line: l, span: { start: lines[l].start, end: lines[l].end } };
    }
  }
  return undefined;
}

export function findSignature(text: TextSource, lines: LineInfo[], lastStructuralLine: number): SignatureInfo | undefined {
  let l = lines.length - 1;
  while (l >= 0 && lines[l].blank) l--;
  if (l <= lastStructuralLine) return undefined;
  const dateText = text.slice(lines[l].start, lines[l].end);
  if (!DATE_LINE.test(dateText.replace(/\s/g, ''))) return undefined;
  const date: LineRef = { text: dateText, line: l, span: { start: lines[l].start, end: lines[l].end } };
  const signer: LineRef[] = [];
  for (let k = l - 1; k > lastStructuralLine && signer.length < 2; k--) {
    if (lines[k].blank) break;
    const t = text.slice(lines[k].start, lines[k].end);
    if (t.length > 25 || SENTENCE_MARK.test(t) || (/[，,：:]/.test(t) && !SIGNER_LABEL.test(t)) || lines[k].ordinal) break;
    signer.unshift({ text: t, line: k, span: { start: lines[k].start, end: lines[k].end } });
  }
  const start = signer.length ? signer[0].span.start : date.span.start;
  return { signer, date, dated: parseDate(dateText.replace(/\s/g, '')), span: { start, end: date.span.end } };
}
