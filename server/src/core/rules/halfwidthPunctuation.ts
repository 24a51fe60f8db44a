// halfwidth-punctuation: , ; : ? ! ( ) and straight quotes " ' typed in Chinese text (seed 004
// writes every comma as ","). Fixed to the full-width mark; " becomes “ or ” by position. Silent
// inside numbers (1,000, 8:30), Latin text, URLs and e-mail addresses. The fix is certain, so it
// joins fix-all. A "?" inside a word ("完成?水灌区") is a character lost to an encoding conversion:
// said so, with no "？" fix.

import { Paragraph, toDocSpan } from '../model/paragraphs';
import { Finding, paragraphRule } from './rule';
import { HALFWIDTH, rareCharactersOf } from './shared/characterPass';

/** Chinese characters and full-width punctuation: what makes a neighbour "Chinese text". */
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3001-\u303f\uff01-\uff5e“”‘’…—]/;
const DIGIT = /[0-9]/;
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const CANDIDATE = /[,;:?!()"']/g;
// Where half-width marks belong: URLs, e-mail addresses, runs of Latin text ("Note: see p. 3").
const PROTECTED = /(?:https?:\/\/|www\.)[^\s\u3400-\u9fff，。；）】》”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[A-Za-z][A-Za-z0-9 ,.;:'"!?()-]*[A-Za-z0-9.)!?]/g;

const IDEOGRAPH = /[\u3400-\u9fff\uf900-\ufaff]/;
/** Words that make a sentence a question, so a "?" after them is a question mark. */
const QUESTION_WORD = /吗|呢|吧|么|是否|能否|可否|有没有|是不是|什么|怎么|怎样|如何|为何|为什么|哪|谁|多少|几|难道|何/;

/**
 * A "?" inside a word — "完成?水灌区", "新建?塘" — is where a rare character was lost in an encoding
 * conversion (GBK has no 㵐, so it became "?"): between Chinese characters (or before one at the
 * start of a clause) in a clause that asks nothing.
 */
function isLostCharacter(text: string, i: number): boolean {
  let a = i;
  while (a > 0 && text[a - 1] === '?') a--;
  let b = i + 1;
  while (b < text.length && text[b] === '?') b++;
  const before = text[a - 1] ?? '';
  const after = text[b] ?? '';
  if (!IDEOGRAPH.test(after)) return false;
  if (before && !IDEOGRAPH.test(before) && !/[，。；：、“（\s]/.test(before)) return false;
  const clauseStart = Math.max(text.lastIndexOf('。', a), text.lastIndexOf('，', a), text.lastIndexOf('；', a), text.lastIndexOf('！', a), text.lastIndexOf('？', a)) + 1;
  return !QUESTION_WORD.test(text.slice(clauseStart, a));
}

interface Mark {
  at: number;
  char: string;
  replacement: string;
  chinese: boolean;
}

function marksIn(p: Paragraph, skipBefore: number): Mark[] {
  const text = p.text;
  const guarded: [number, number][] = [];
  PROTECTED.lastIndex = 0;
  let g: RegExpExecArray | null;
  while ((g = PROTECTED.exec(text))) guarded.push([g.index, g.index + g[0].length]);
  // Candidates come in order, so one pointer walks the (ordered) guarded spans: linear.
  let g0 = 0;
  const isGuarded = (i: number) => {
    while (g0 < guarded.length && guarded[g0][1] <= i) g0++;
    return g0 < guarded.length && guarded[g0][0] <= i;
  };

  const marks: Mark[] = [];
  const parens: number[] = [];
  let dq = -1; // index in marks of an open straight double quote
  let sq = -1;
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(text))) {
    const i = m.index;
    const c = m[0];
    if (i < skipBefore) continue;
    // A bracket inside Latin text ("(PM2.5)") still follows its partner; other marks stay.
    const guardedHere = isGuarded(i);
    if (guardedHere && c !== '(' && c !== ')') continue;
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    if ((c === ',' || c === ':') && DIGIT.test(before) && DIGIT.test(after)) continue; // 1,000  8:30
    const chinese = CJK.test(before) || CJK.test(after);
    if (c === '"' || c === "'") {
      const open = c === '"' ? dq : sq;
      // A quote after a sentence end or at the paragraph's end closes, whatever the count says.
      const closesHere = after === '' || /[。！？，；：、\s]/.test(after) && !/[\s（(《“]/.test(before) && before !== '';
      if (open < 0 && closesHere) {
        marks.push({ at: i, char: c, replacement: c === '"' ? '”' : '’', chinese }); // a lone closing quote
      } else if (open < 0) {
        marks.push({ at: i, char: c, replacement: c === '"' ? '“' : '‘', chinese });
        if (c === '"') dq = marks.length - 1;
        else sq = marks.length - 1;
      } else {
        marks.push({ at: i, char: c, replacement: c === '"' ? '”' : '’', chinese });
        // A pair is converted together when either of its marks touches Chinese text.
        const both = chinese || marks[open].chinese;
        marks[open].chinese = marks[marks.length - 1].chinese = both;
        if (c === '"') dq = -1;
        else sq = -1;
      }
      continue;
    }
    marks.push({ at: i, char: c, replacement: FULL[c], chinese: chinese && !guardedHere });
    if (c === '(') parens.push(marks.length - 1);
    else if (c === ')' && parens.length) {
      const open = parens.pop()!;
      const both = chinese || marks[open].chinese;
      marks[open].chinese = marks[marks.length - 1].chinese = both;
    }
  }
  return marks.filter((x) => x.chinese);
}

export const halfwidthPunctuation = paragraphRule({
  meta: {
    id: 'halfwidth-punctuation',
    defaultSeverity: 'warning',
    tags: ['content'],
    summary: { zh: '中文里的半角标点：, ; : ? ! ( ) " \'', en: 'Half-width punctuation in Chinese text: , ; : ? ! ( ) " \'' },
    fixable: true,
    formatting: true,
    ignorable: true,
  },
  checkParagraph(p: Paragraph, ctx) {
    if (!(rareCharactersOf(p, ctx) & HALFWIDTH)) return [];
    const out: Finding[] = [];
    // A heading's own ordinal, "(一)", is ordinal-punctuation's to report.
    for (const mark of marksIn(p, p.ordinal ? p.ordinal.raw.length : 0)) {
      const span = toDocSpan(p, mark.at, mark.at + 1);
      if (mark.char === '?' && isLostCharacter(p.text, mark.at)) {
        // Not punctuation at all: "？" would be wrong, so no fix — the writer restores the character.
        out.push({
          span,
          message: ctx.t({ zh: '“?”处可能是编码转换时丢失的字（乱码），请对照原文补上', en: '"?" is probably a character lost in an encoding conversion (mojibake); restore it from the original' }),
        });
        continue;
      }
      out.push({
        span,
        message: ctx.t({ zh: `中文里用了半角标点“${mark.char}”，应为“${mark.replacement}”`, en: `Half-width "${mark.char}" in Chinese text; use "${mark.replacement}"` }),
        fixes: [{ title: ctx.t({ zh: `改为“${mark.replacement}”`, en: `Change to "${mark.replacement}"` }), edits: [{ span, newText: mark.replacement }], preferred: true, safe: true }],
      });
    }
    return out;
  },
});
