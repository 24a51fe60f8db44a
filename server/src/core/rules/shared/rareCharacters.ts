// Which of a few rare characters (and pairs of neighbouring marks) a paragraph holds, found in one
// pass over its text that the rules of a run share: placeholder, halfwidth-punctuation,
// unpaired-punctuation and punctuation-usage each used to scan all the text for their trigger
// characters (a regex test costs as much as the pass), while most paragraphs hold none of them. A class table of 65,536 entries is read once per
// character; one regex over the union of the classes would be far slower (mixing ASCII and CJK
// marks takes V8's regex engine off its quick path).
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
/** Two pause marks in a row (，， 。， …): punctuation-usage's doubled or clashing marks. */
export const PAUSE_RUN = 1 << 10;
/** ” or 》 before 、 “ or 《: punctuation-usage's quoted items side by side. */
export const QUOTE_AFTER_QUOTE = 1 << 11;
/** Two of 某 ○ 〇 in a row: these are slots only doubled (某某, ○○), and 某 alone is common (某些). */
export const DOUBLED_SLOT = 1 << 14;

// Bits 8, 9 and 12 mark a character as the first of a pair (a pause mark; ” 》; 某 ○ 〇), bits 10, 11
// and 14 as the second (a pause mark; 、 “ 《; 某 ○ 〇): the previous character's bits shifted by
// two, and-ed with the current one's, say that a pair stands there.
const PAUSE_FIRST = 1 << 8;
const QUOTE_FIRST = 1 << 9;
const DOUBLED_FIRST = 1 << 12;
const PAIR_BITS = PAUSE_RUN | QUOTE_AFTER_QUOTE | DOUBLED_SLOT;

const CLASS = new Uint16Array(65536);
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
// The characters \s matches (ECMAScript's WhiteSpace and LineTerminator).
mark('\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff', WHITESPACE);
for (let c = 0x2000; c <= 0x200a; c++) CLASS[c] |= WHITESPACE;

/** The classes of the characters of `text`, or-ed together, and the pairs found. */
export function rareCharacters(text: string): number {
  let found = 0;
  let pairs = 0;
  let previous = 0;
  for (let i = 0, n = text.length; i < n; i++) {
    const c = CLASS[text.charCodeAt(i)];
    found |= c;
    pairs |= (previous << 2) & c;
    previous = c;
  }
  return (found & 0xff) | (pairs & PAIR_BITS);
}

// Per run: the classes of each paragraph of the run's model by index, -1 until asked.
const perRun = new WeakMap<RuleContext, Int32Array>();

/** The classes of the paragraph's text, computed once per run (a paragraph of another model: every time). */
export function rareCharactersOf(p: Paragraph, ctx: RuleContext): number {
  const paragraphs = ctx.model.paragraphs;
  if (paragraphs[p.index] !== p) return rareCharacters(p.text);
  let known = perRun.get(ctx);
  if (!known || known.length !== paragraphs.length) perRun.set(ctx, (known = new Int32Array(paragraphs.length).fill(-1)));
  let found = known[p.index];
  if (found < 0) known[p.index] = found = rareCharacters(p.text);
  return found;
}
