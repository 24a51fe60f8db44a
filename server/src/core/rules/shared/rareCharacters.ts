// Which of a few rare characters a paragraph holds, found in one pass over its text that the
// paragraph rules of a run share: placeholder, halfwidth-punctuation and unpaired-punctuation each
// used to scan every paragraph for their trigger characters (a regex test costs as much as the
// pass), while most paragraphs hold none of them. A class table of 65,536 entries is read once per
// character; one regex over the union of the classes would be far slower (mixing ASCII and CJK
// marks takes V8's regex engine off its quick path).
//
// Remembered per run (per RuleContext), not on the paragraph: a run pays for the pass once, and a
// benchmark that reuses a model measures it every time.

import { Paragraph } from '../../model/paragraphs';
import { RuleContext } from '../rule';

/** , ; : ? ! ( ) " ' — halfwidth-punctuation's candidates. */
export const HALFWIDTH = 1;
/** X Ｘ × x ｘ * ＊ ○ 〇 某 【 _ ＿ — one of them is in every template slot but the empty bracket. */
export const SLOT = 2;
/** （ ( — with WHITESPACE, maybe an empty bracket "（ ）", a slot. */
export const OPEN_PAREN = 4;
/** What \s matches in a regular expression. */
export const WHITESPACE = 8;
/** “ ” 《 》 （ ） ( ) 【 】 ‘ ’ — unpaired-punctuation's marks. */
export const PAIRED_MARK = 16;

const CLASS = new Uint8Array(65536);
function mark(chars: string, bit: number): void {
  for (const c of chars) CLASS[c.charCodeAt(0)] |= bit;
}
mark(',;:?!()"\'', HALFWIDTH);
mark('XＸ×xｘ*＊○〇某【_＿', SLOT);
mark('（(', OPEN_PAREN);
mark('“”《》（）()【】‘’', PAIRED_MARK);
// The characters \s matches (ECMAScript's WhiteSpace and LineTerminator).
mark('\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff', WHITESPACE);
for (let c = 0x2000; c <= 0x200a; c++) CLASS[c] |= WHITESPACE;

/** The classes of the characters of `text`, or-ed together. */
export function rareCharacters(text: string): number {
  let found = 0;
  for (let i = 0, n = text.length; i < n; i++) found |= CLASS[text.charCodeAt(i)];
  return found;
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
