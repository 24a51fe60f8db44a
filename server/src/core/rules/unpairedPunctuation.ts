// unpaired-punctuation: an opening “ 《 （ 【 ‘ without its closing mark in the same paragraph, or a
// closing mark without its opening one. Paragraphs are the joined, hard-wrap-free ones, so a title
// broken around a former link (1979.txt: "《" / title / "》和《") still pairs up.

import { Paragraph, toDocSpan } from '../model/paragraphs';
import { Finding, paragraphRule } from './rule';
import { isResidueLine } from '../model/residue';
import { PAIRED_MARK, rareCharactersOf } from './shared/characterPass';

const OPEN: Record<string, string> = { '“': '”', '《': '》', '（': '）', '(': '）', '【': '】', '‘': '’' };
const CLOSE_OF: Record<string, string> = { '”': '“', '》': '《', '）': '（', ')': '（', '】': '【', '’': '‘' };

/** Kind of a mark: openers 1…5, their closers -1…-5 (( and ) count as （ and ）), 0 for the rest. */
function kindOf(c: number): number {
  switch (c) {
    case 0x201c: return 1; // “
    case 0x201d: return -1;
    case 0x300a: return 2; // 《
    case 0x300b: return -2;
    case 0xff08: case 0x28: return 3; // （ (
    case 0xff09: case 0x29: return -3;
    case 0x3010: return 4; // 【
    case 0x3011: return -4;
    case 0x2018: return 5; // ‘
    case 0x2019: return -5;
    default: return 0;
  }
}

const isLatin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

// Scratch for the scan, reused across paragraphs: the positions of the openers on the stack, their
// kinds, and how many of each kind are on it (a closer with none is unmatched at once, so a run of
// unmatched marks stays linear).
let stackAt = new Int32Array(256);
let stackKind = new Int8Array(256);
const openCount = new Int32Array(6);

// The marks, found by the regex engine: its scan is faster than a loop of charCodeAt in JavaScript,
// and test() with a global regex moves lastIndex without building a match array.
const ANY = /[“”《》（）()【】‘’]/g;

/** Positions of the marks without a partner, in order. One scan, no allocation on the way. */
function unpairedMarks(text: string): number[] {
  const bad: number[] = [];
  let top = 0;
  openCount.fill(0);
  ANY.lastIndex = 0;
  while (ANY.test(text)) {
    const i = ANY.lastIndex - 1;
    const c = text.charCodeAt(i);
    const k = kindOf(c);
    if (c === 0x2019) {
      // ’ between Latin letters is an apostrophe (don’t), not a closing quote; so is ’99, a century
      // (“中国’99昆明世界园艺博览会”, 1999.txt).
      if (isLatin(text.charCodeAt(i - 1)) && isLatin(text.charCodeAt(i + 1))) continue;
      if (isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2))) continue;
    }
    if (k > 0) {
      if (top === stackAt.length) grow();
      stackAt[top] = i;
      stackKind[top++] = k;
      openCount[k]++;
      continue;
    }
    if (openCount[-k] === 0) {
      bad.push(i);
      continue;
    }
    // Openers left between the partner and here were never closed.
    while (stackKind[--top] !== -k) {
      openCount[stackKind[top]]--;
      bad.push(stackAt[top]);
    }
    openCount[-k]--;
  }
  for (let s = 0; s < top; s++) bad.push(stackAt[s]);
  return bad.length > 1 ? bad.sort((a, b) => a - b) : bad;
}

function grow(): void {
  const at = new Int32Array(stackAt.length * 2);
  const kind = new Int8Array(stackAt.length * 2);
  at.set(stackAt);
  kind.set(stackKind);
  stackAt = at;
  stackKind = kind;
}

export const unpairedPunctuation = paragraphRule({
  meta: {
    id: 'unpaired-punctuation',
    defaultSeverity: 'warning',
    tags: ['content'],
    summary: { zh: '引号、书名号、括号不成对', en: 'Quotes, title marks or brackets without their partner' },
    fixable: false,
    formatting: false,
    ignorable: true,
  },
  checkParagraph(p: Paragraph, ctx) {
    const out: Finding[] = [];
    if (!(rareCharactersOf(p, ctx) & PAIRED_MARK)) return out;
    const text = p.text;
    const bad = unpairedMarks(text);
    if (bad.length === 0) return out;
    // A pasted page's font-size widget spreads "【字号：" … "】" over residue lines; template-residue
    // reports those lines (a residue line is one by its own text, so cached findings stay right).
    // Asked only when a mark is unpaired: the patterns cost more than the scan.
    if (p.segments.every((seg) => isResidueLine(text.slice(seg.textStart, seg.textStart + seg.length), ctx.config.residue.patterns))) return out;
    for (const at of bad) {
      const ch = text[at];
      const opening = kindOf(text.charCodeAt(at)) > 0;
      const partner = opening ? OPEN[ch] : CLOSE_OF[ch];
      out.push({
        span: toDocSpan(p, at, at + 1),
        message: opening
          ? ctx.t({ zh: `“${ch}”没有对应的“${partner}”`, en: `"${ch}" is never closed with "${partner}"` })
          : ctx.t({ zh: `“${ch}”前面没有对应的“${partner}”`, en: `"${ch}" has no opening "${partner}"` }),
      });
    }
    return out;
  },
});
