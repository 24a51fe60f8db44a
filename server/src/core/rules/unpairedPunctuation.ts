// unpaired-punctuation: an opening “ 《 （ 【 ‘ without its closing mark in the same paragraph, or a
// closing mark without its opening one. Paragraphs are the joined, hard-wrap-free ones, so a title
// broken around a former link (1979.txt: "《" / title / "》和《") still pairs up.

import { Paragraph, toDocSpan } from '../model/paragraphs';
import { Finding, paragraphRule } from './rule';
import { isResidueLine } from '../model/residue';

const OPEN: Record<string, string> = { '“': '”', '《': '》', '（': '）', '(': '）', '【': '】', '‘': '’' };
const CLOSE_OF: Record<string, string> = { '”': '“', '》': '《', '）': '（', ')': '（', '】': '【', '’': '‘' };
const ANY = /[“”《》（）()【】‘’]/g;
const LATIN = /[A-Za-z]/;

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
    const text = p.text;
    if (!/[“”《》（）()【】‘’]/.test(text)) return out;
    // A pasted page's font-size widget spreads "【字号：" … "】" over residue lines; template-residue
    // reports those lines (a residue line is one by its own text, so cached findings stay right).
    if (p.segments.every((seg) => isResidueLine(text.slice(seg.textStart, seg.textStart + seg.length), ctx.config.residue.patterns))) return out;
    const stack: { at: number; ch: string }[] = [];
    // How many of each opener are on the stack: a closer with none is unmatched at once, so a run
    // of unmatched marks stays linear.
    const open = new Map<string, number>();
    const bad: { at: number; ch: string; opening: boolean }[] = [];
    ANY.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ANY.exec(text))) {
      const ch = m[0] === '(' ? '（' : m[0] === ')' ? '）' : m[0];
      // ’ between Latin letters is an apostrophe (don’t), not a closing quote.
      if (ch === '’' && LATIN.test(text[m.index - 1] ?? '') && LATIN.test(text[m.index + 1] ?? '')) continue;
      // ’99: an apostrophe standing for a century (“中国’99昆明世界园艺博览会”, 1999.txt).
      if (ch === '’' && /^[0-9]{2}/.test(text.slice(m.index + 1, m.index + 3))) continue;
      if (OPEN[ch]) {
        stack.push({ at: m.index, ch });
        open.set(ch, (open.get(ch) ?? 0) + 1);
        continue;
      }
      const opener = CLOSE_OF[ch];
      if (!open.get(opener)) {
        bad.push({ at: m.index, ch: m[0], opening: false });
        continue;
      }
      let k = stack.length - 1;
      while (stack[k].ch !== opener) k--;
      // Openers left between the partner and here were never closed.
      const [, ...unclosed] = stack.splice(k);
      open.set(opener, open.get(opener)! - 1);
      for (const s of unclosed) {
        open.set(s.ch, open.get(s.ch)! - 1);
        bad.push({ at: s.at, ch: text[s.at], opening: true });
      }
    }
    for (const s of stack) bad.push({ at: s.at, ch: text[s.at], opening: true });
    bad.sort((a, b) => a.at - b.at);
    for (const b of bad) {
      const partner = b.opening ? OPEN[b.ch === '(' ? '（' : b.ch] : CLOSE_OF[b.ch === ')' ? '）' : b.ch];
      out.push({
        span: toDocSpan(p, b.at, b.at + 1),
        message: b.opening
          ? ctx.t({ zh: `“${b.ch}”没有对应的“${partner}”`, en: `"${b.ch}" is never closed with "${partner}"` })
          : ctx.t({ zh: `“${b.ch}”前面没有对应的“${partner}”`, en: `"${b.ch}" has no opening "${partner}"` }),
      });
    }
    return out;
  },
});
