// One pass over each paragraph's characters, shared by the content rules of a run. It finds
//  - which of a few rare characters (and pairs of neighbouring marks) the paragraph holds:
//    placeholder, halfwidth-punctuation, unpaired-punctuation and number-usage each used to scan all the text for
//    their trigger characters (a regex test costs as much as this pass), while most paragraphs hold
//    none of them; punctuation-usage reads what the pass already found in the run. A class table of
//    65,536 entries is read once per character; one regex over the union of the classes would be far
//    slower (mixing ASCII and CJK marks takes V8's regex engine off its quick path);
//  - doubled-word's candidates, every run of two to eight characters written twice in a row. This
//    reads every character too, and the class look-up rides along in the same loop at no measurable
//    cost, so the two passes are one.
//
// Remembered per run (per RuleContext), not on the paragraph: a run pays for the pass once, and a
// benchmark that reuses a model measures it every time.

import { Paragraph } from '../../model/paragraphs';
import { RuleContext } from '../rule';
import punctuationData from '../data/punctuationUsage.json';

/** , ; : ? ! ( ) " ' — halfwidth-punctuation's candidates. */
export const HALFWIDTH = 1;
/** X Ｘ × x ｘ * ＊ 【 _ ＿ — one of them, or DOUBLED_SLOT, is in every template slot but the empty bracket. */
export const SLOT = 2;
/** （ ( — with WHITESPACE, maybe an empty bracket "（ ）", a slot. */
export const OPEN_PAREN = 4;
/** What \s matches in a regular expression. */
export const WHITESPACE = 8;
/** “ ” 《 》 （ ） ( ) 【 】 ‘ ’ — unpaired-punctuation's marks. */
export const PAIRED_MARK = 16;
/** 月, 号, 百: number-usage looks for dates, document numbers and 百分之 only where they stand. */
export const YUE = 32;
export const HAO = 64;
export const BAI = 128;
/** 您 智 A ]: one is in every chat-assistant word draft-residue looks for anywhere (您, 人工智能, AI) and in a link's "](". */
export const DRAFT_WORD = 1 << 13;
/** 情: draft-residue's asides (可根据实际情况修改) are found from 情况. */
export const QING = 1 << 15;
/** 0-9, ０-９ and 年: number-usage's runs of digits, full-width numbers and years. */
export const ASCII_DIGIT = 1 << 16;
export const FULL_WIDTH_DIGIT = 1 << 17;
export const NIAN = 1 << 18;
/** Two pause marks in a row (，， 。， …): punctuation-usage's doubled or clashing marks. */
export const PAUSE_RUN = 1 << 10;
/** ” or 》 before 、 “ or 《: punctuation-usage's quoted items side by side. */
export const QUOTE_AFTER_QUOTE = 1 << 11;
/** Two of 某 ○ 〇 in a row: these are slots only doubled (某某, ○○), and 某 alone is common (某些). */
export const DOUBLED_SLOT = 1 << 14;
/**
 * A pair an enumeration word (model/enumerations.ts) is made around: a numeral before 是, 第 before
 * a numeral, or 首先 其次 再次 最后 (and a few pairs of the same characters, 首次, 最先). Without
 * one the paragraph has no marker: five in six paragraphs of the corpus, not searched for them.
 */
export const ENUMERATION_PAIR = (1 << 21) | (1 << 22) | (1 << 25);
/** 以下 如下 下列 个方(面) or a numeral or digit before 大: what declared-count's announcements hold. */
export const ANNOUNCEMENT_PAIR = 1 << 26;

// Bits 8, 9 and 12 mark a character as the first of a pair (a pause mark; ” 》; 某 ○ 〇), bits 10, 11
// and 14 as the second (a pause mark; 、 “ 《; 某 ○ 〇): the previous character's bits shifted by
// two, and-ed with the current one's, say that a pair stands there. Likewise bits 19, 20, 23 and 24
// for the pairs of ENUMERATION_PAIR (bits 21, 22, 25) and ANNOUNCEMENT_PAIR (26). A bit shifted onto
// another pair's first bit (21 → 23, 22 → 24) is no pair bit, and is dropped with the firsts.
const PAUSE_FIRST = 1 << 8;
const QUOTE_FIRST = 1 << 9;
const DOUBLED_FIRST = 1 << 12;
const NUMERAL_BEFORE_SHI = 1 << 19;
const DI_BEFORE_NUMERAL = 1 << 20;
const ORDER_FIRST = 1 << 23;
const ANNOUNCE_FIRST = 1 << 24;
const PAIR_BITS = PAUSE_RUN | QUOTE_AFTER_QUOTE | DOUBLED_SLOT | ENUMERATION_PAIR | ANNOUNCEMENT_PAIR;
/** The classes of single characters (bits 13, 15 and 16 on shift onto no pair bit). */
const SINGLE_BITS = 0xff | DRAFT_WORD | QING | ASCII_DIGIT | FULL_WIDTH_DIGIT | NIAN;

const CLASS = new Int32Array(65536);
function mark(chars: string, bit: number): void {
  for (const c of chars) CLASS[c.charCodeAt(0)] |= bit;
}
mark(',;:?!()"\'', HALFWIDTH);
mark('XＸ×xｘ*＊【_＿', SLOT);
mark('某○〇', DOUBLED_FIRST | DOUBLED_SLOT);
mark('（(', OPEN_PAREN);
mark('“”《》（）()【】‘’', PAIRED_MARK);
mark(punctuationData.pauseMarks, PAUSE_FIRST | PAUSE_RUN);
mark('”》', QUOTE_FIRST);
mark('、“《', QUOTE_AFTER_QUOTE);
mark('月', YUE);
mark('号', HAO);
mark('百', BAI);
mark('您智A]', DRAFT_WORD);
mark('情', QING);
mark('0123456789', ASCII_DIGIT);
mark('０１２３４５６７８９', FULL_WIDTH_DIGIT);
mark('年', NIAN);
const NUMERALS = '一二三四五六七八九十';
mark(NUMERALS, NUMERAL_BEFORE_SHI);
mark('是', NUMERAL_BEFORE_SHI << 2);
mark('第', DI_BEFORE_NUMERAL);
mark(NUMERALS, DI_BEFORE_NUMERAL << 2);
mark('首其再最', ORDER_FIRST);
mark('先次后', ORDER_FIRST << 2);
mark(`以如下个两${NUMERALS}0123456789０１２３４５６７８９`, ANNOUNCE_FIRST);
mark('下列方大', ANNOUNCE_FIRST << 2);
// The characters \s matches (ECMAScript's WhiteSpace and LineTerminator).
mark('\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff', WHITESPACE);
for (let c = 0x2000; c <= 0x200a; c++) CLASS[c] |= WHITESPACE;

/** text[i..i+L) followed by itself. */
export interface Repeat {
  i: number;
  L: number;
}

// The repeats of the paragraph being scanned, in the order found. One array for all scans, created
// holding an object so that its shape never changes: a fresh [] per paragraph would change shape at
// its first repeat, and the optimised loop would be thrown away mid-run (measured: twice as slow).
const found: Repeat[] = [{ i: 0, L: 0 }];
found.length = 0;

/**
 * The pass: returns the classes of the characters of `text` or-ed together (and the pairs found),
 * and leaves in `found` every text[i..i+L) that is followed by itself (2 ≤ L ≤ 8, text[i] a Chinese
 * character).
 *
 * Repeats: the pairs of neighbouring characters, the last eight kept in locals. A repeat of two or
 * more characters repeats its first pair L later, and ordinary text seldom does, so each character
 * costs one read and a few comparisons of registers (no tables, no allocation).
 */
function scan(text: string): number {
  found.length = 0;
  const n = text.length;
  if (n === 0) return 0;
  let prev = text.charCodeAt(0);
  let prevClass = CLASS[prev];
  let chars = prevClass;
  let pairs = 0;
  // The pair ending at k as one int (previous code << 16 | code); p1 … p8: the pairs ending at
  // k-1 … k-8 (-1 before the start; a pair of two U+FFFF is no Chinese character, so -1 never counts).
  let p1 = -1, p2 = -1, p3 = -1, p4 = -1, p5 = -1, p6 = -1, p7 = -1, p8 = -1;
  for (let k = 1; k < n; k++) {
    const c = text.charCodeAt(k);
    const cls = CLASS[c];
    chars |= cls;
    pairs |= (prevClass << 2) & cls;
    prevClass = cls;
    const pair = (prev << 16) | c;
    // The unit starts with a Chinese character (text[j - L] === text[j], j = k - 1).
    if ((pair === p2 || pair === p3 || pair === p4 || pair === p5 || pair === p6 || pair === p7 || pair === p8) && prev >= 0x3400 && prev <= 0xfaff) {
      if (pair === p2) tryUnit(text, k - 1, 2);
      if (pair === p3) tryUnit(text, k - 1, 3);
      if (pair === p4) tryUnit(text, k - 1, 4);
      if (pair === p5) tryUnit(text, k - 1, 5);
      if (pair === p6) tryUnit(text, k - 1, 6);
      if (pair === p7) tryUnit(text, k - 1, 7);
      if (pair === p8) tryUnit(text, k - 1, 8);
    }
    p8 = p7;
    p7 = p6;
    p6 = p5;
    p5 = p4;
    p4 = p3;
    p3 = p2;
    p2 = p1;
    p1 = pair;
    prev = c;
  }
  return (chars & SINGLE_BITS) | (pairs & PAIR_BITS);
}

/** The repeats the last scan found, by start and then length (undefined: none). */
function takeRepeats(): Repeat[] | undefined {
  if (found.length === 0) return undefined;
  const repeats = found.slice().sort((a, b) => a.i - b.i || a.L - b.L);
  found.length = 0;
  return repeats;
}

/** text[j - L..j - L + 1] === text[j..j + 1]: a repeat when the whole unit repeats and fits in the text. */
function tryUnit(text: string, j: number, L: number): void {
  if (j + L <= text.length && sameRun(text, j - L + 1, j + 1, L - 1)) found.push({ i: j - L, L });
}

/** Do text[a..a+L) and text[b..b+L) hold the same characters? (No substrings are made.) */
function sameRun(text: string, a: number, b: number, L: number): boolean {
  for (let k = 0; k < L; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

const NONE: readonly Repeat[] = [];

/** A run's results for its model's paragraphs: each one's classes by index (-1 until scanned), and its repeats if any. */
interface RunFacts {
  paragraphs: readonly Paragraph[];
  chars: Int32Array;
  repeats: Map<number, Repeat[]>;
}
const perRun = new WeakMap<RuleContext, RunFacts>();

function factsOf(p: Paragraph, ctx: RuleContext): RunFacts | undefined {
  const paragraphs = ctx.model.paragraphs;
  if (paragraphs[p.index] !== p) return undefined; // a paragraph of another model: scanned every time
  let run = perRun.get(ctx);
  if (run?.paragraphs !== paragraphs) perRun.set(ctx, (run = { paragraphs, chars: new Int32Array(paragraphs.length).fill(-1), repeats: new Map() }));
  if (run.chars[p.index] < 0) {
    run.chars[p.index] = scan(p.text);
    const repeats = takeRepeats();
    if (repeats) run.repeats.set(p.index, repeats);
  }
  return run;
}

/** The classes of the paragraph's characters, from the pass (once per run). */
export function rareCharactersOf(p: Paragraph, ctx: RuleContext): number {
  const run = factsOf(p, ctx);
  if (run) return run.chars[p.index];
  const chars = scan(p.text);
  found.length = 0;
  return chars;
}

/**
 * The classes of the paragraph's characters if the pass has already run on it in this run, else
 * undefined: for a rule over the whole document, which would otherwise scan every paragraph on
 * every keystroke (the paragraph rules then see only the paragraphs an edit touched).
 */
export function knownRareCharactersOf(p: Paragraph, ctx: RuleContext): number | undefined {
  const run = perRun.get(ctx);
  const chars = run?.paragraphs === ctx.model.paragraphs && run.paragraphs[p.index] === p ? run.chars[p.index] : -1;
  return chars < 0 ? undefined : chars;
}

/**
 * Whether the paragraph may hold one of `bits` (classes or pairs of the pass): false only when the
 * pass, run on it in `run`, found none. The gate of a whole-document rule's list test (its hint,
 * model/documentSums.ts); without a run, every paragraph may.
 */
export function mayHold(p: Paragraph, bits: number, run: RuleContext | undefined): boolean {
  return run === undefined || (rareCharactersOf(p, run) & bits) !== 0;
}

/** The paragraph's repeats, from the pass (once per run). */
export function repeatsOf(p: Paragraph, ctx: RuleContext): readonly Repeat[] {
  const run = factsOf(p, ctx);
  if (!run) {
    scan(p.text);
    return takeRepeats() ?? NONE;
  }
  return run.repeats.get(p.index) ?? NONE;
}
