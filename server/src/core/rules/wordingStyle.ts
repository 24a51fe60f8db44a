// wording-style: forms that today's norms replace (其它 → 其他, 好象 → 好像, 帐户 → 账户, the
// non-recommended forms of GF 1001-2001) — correct under the norms of their time, hence info and
// a rule of its own that a user can switch off. Also 象 used as a comparison (象……一样 →
// 像……一样), but never 象 in 现象, 形象, 象征 ….
// A document is held to the norms of its own year (the median year it names, as number-usage
// reads it): one of 2000 or before is not checked at all (像 and 覆 came back in 1986, the
// 异形词 table in 2002), and an entry with `since` is not applied to a document older than that.

import { Paragraph, toDocSpan } from '../model/paragraphs';
import { ReportModel } from '../model/reportModel';
import { Finding, paragraphRule, RuleContext } from './rule';
import { wordFindings } from './shared/wordFindings';
import { paragraphWords, wordingDictionaries, WordEntry } from './shared/wordingData';
import { documentYearOf } from './numberUsage';
import numberData from './data/numberUsage.json';

/** The document's year (made from per-paragraph sums once per version). */
const modelYear = (model: ReportModel): number | undefined => documentYearOf(model);

/** Which entries apply to a document of this year (undefined: no year, today's norms). */
const olderNorms = (year: number | undefined) => year !== undefined && year <= numberData.olderNormsUntilYear;
const applies = (year: number | undefined) => (e: WordEntry) => year === undefined || e.since === undefined || year >= e.since;

/** 象 … 一样/那样/似的: the comparison, when 象 is not part of a noun (现象, 对象, 象征, 象棋 …). */
const XIANG_COMPARISON = /(?<![现形对气印景抽大万想迹表意具假物天星险乱脉心图征血病卦兆表好就不很也都真])象(?![征牙形限棋素])[^，。；！？、：,.;!?:]{1,12}?(?:一样|那样|这样|似的|一般)/g;

function xiangComparisons(p: Paragraph, ctx: RuleContext, words: Finding[]): Finding[] {
  if (!p.text.includes('象')) return [];
  const out: Finding[] = [];
  for (const m of p.text.matchAll(XIANG_COMPARISON)) {
    const span = toDocSpan(p, m.index, m.index + 1);
    if (words.some((w) => w.span.start <= span.start && span.start < w.span.end)) continue;
    out.push({
      span,
      message: ctx.t({ zh: '比况用“像”：“象……一样”宜作“像……一样”', en: 'A comparison takes 像: 像……一样, not 象……一样' }),
      basis: ctx.t({ zh: '“象”只用于名词（现象、形象）；比况、好像用“像”\n依据：现行规范词形（《现代汉语词典》第7版）', en: '象 is only a noun (现象, 形象); comparisons take 像\nBasis: current standard word forms' }),
      fixes: [{ title: ctx.t({ zh: '改为“像”', en: 'Change to 像' }), edits: [{ span, newText: '像' }], preferred: true, safe: false }],
    });
  }
  return out;
}

export const wordingStyle = paragraphRule({
  meta: {
    id: 'wording-style',
    defaultSeverity: 'info',
    tags: ['wording'],
    summary: { zh: '公文用字倾向：其它→其他、象→像、帐→账等（旧规范写法）', en: 'Preferred forms of official writing: 其他 for 其它, 像 for 象, 账 for 帐' },
    fixable: true,
    formatting: false,
    ignorable: true,
  },
  // The era decides which entries apply; when an edit moves the document across one, paragraphs
  // checked before are checked again.
  paragraphKey(ctx) {
    return String(modelYear(ctx.model) ?? '');
  },
  checkParagraph(p, ctx) {
    const year = modelYear(ctx.model);
    if (olderNorms(year)) return [];
    const style = paragraphWords(p, wordingDictionaries(ctx.config)).style;
    // Most paragraphs hold no style word and no 象: nothing made for them.
    if (style.length === 0 && !p.text.includes('象')) return [];
    const words = wordFindings(p, ctx, style, 'style', applies(year));
    const found = [...words, ...xiangComparisons(p, ctx, words)];
    return found.sort((a, b) => a.span.start - b.span.start);
  },
});
