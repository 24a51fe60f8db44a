// formulation: fixed political and official terms written as they are fixed.
// - Congress and plenum: 十九大 is the 19th Party Congress; the plenary sessions of the Central
//   Committee it elected are 十九届×中全会. "十九大四中、五中全会" (seed 000) mixes the two.
// - A long canonical term (≥ 6 characters, rules/data/formulations.json) with exactly one
//   character substituted (中国特色社会主意): one-character variants of such terms are almost never
//   right. Found without a loop over terms: each term is filed under its two halves, and one
//   substitution leaves one half intact, so a half found in the text names the few candidates.
// - A counted formulation (四个意识, 四个自信 …) followed by its members in parentheses or after
//   "：" that miss, add or change a member.

import { Paragraph, toDocSpan } from '../model/paragraphs';
import { Finding, paragraphRule, RuleContext } from './rule';
import { CountedEntry, paragraphWords, TermVariant, wordingDictionaries } from './shared/wordingData';
import { WordHit } from './shared/wordMatcher';

const NUMERAL = '一二三四五六七八九';
const PLENUM = `[${NUMERAL}十]{1,2}中`;
/** 十九大四中全会, 二十大三中全会, 十九大四中、五中全会 (the numeral must be whole: not …九大 of 十九大). */
const CONGRESS_PLENUM = new RegExp(`(?<![〇零${NUMERAL}十百])((?:二十|十)[${NUMERAL}]?|[${NUMERAL}])大(${PLENUM}(?:全会)?(?:[、和及]${PLENUM}(?:全会)?)*全会)`, 'g');

function congressPlenum(p: Paragraph, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const m of p.text.matchAll(CONGRESS_PLENUM)) {
    const wrong = m[0];
    const right = `${m[1]}届${m[2]}`;
    const span = toDocSpan(p, m.index, m.index + wrong.length);
    out.push({
      span,
      message: ctx.t({ zh: `“${wrong}”应为“${right}”：“${m[1]}大”是党的全国代表大会，其后的中央全会称“${m[1]}届×中全会”`, en: `"${wrong}" should be "${right}": ${m[1]}大 is the Party Congress; the plenary sessions of its Central Committee are ${m[1]}届×中全会` }),
      basis: ctx.t({ zh: `“${m[1]}大”指党的第${m[1]}次全国代表大会，“${m[1]}届×中全会”指第${m[1]}届中央委员会第×次全体会议\n依据：固定提法`, en: `${m[1]}大: the ${m[1]}th National Congress; ${m[1]}届×中全会: a plenary session of the Central Committee it elected\nBasis: fixed official usage` }),
      fixes: span.end - span.start === wrong.length ? [{ title: ctx.t({ zh: `改为“${right}”`, en: `Change to "${right}"` }), edits: [{ span, newText: right }], preferred: true, safe: false }] : undefined,
    });
  }
  return out;
}

function misspeltTerms(p: Paragraph, ctx: RuleContext, variants: readonly TermVariant[]): Finding[] {
  return variants.map(({ start, end, term }) => {
    const word = term.term;
    const variant = p.text.slice(start, end);
    const span = toDocSpan(p, start, end);
    return {
      span,
      message: ctx.t({ zh: `“${variant}”应为“${word}”（固定提法）`, en: `"${variant}" should be "${word}" (a fixed term)` }),
      basis: ctx.t({ zh: `固定提法：${word}${term.source ? `\n出处：${term.source}` : ''}`, en: `Fixed term: ${word}${term.source ? `\nSource: ${term.source}` : ''}` }),
      fixes: span.end - span.start === word.length ? [{ title: ctx.t({ zh: `改为“${word}”`, en: `Change to "${word}"` }), edits: [{ span, newText: word }], preferred: true, safe: false }] : undefined,
    };
  });
}

interface Listing {
  start: number;
  end: number;
  items: { text: string; start: number; end: number }[];
}

const CLOSERS: Record<string, string> = { '（': '）', '(': ')' };

/** The members written right after a counted formulation: "（A、B、C）" or "：A、B和C。" */
function listingAfter(text: string, at: number, splitAnd: boolean): Listing | undefined {
  let i = at;
  if ('”’」'.includes(text[i] ?? '')) i++;
  const open = text[i];
  let end: number;
  if (CLOSERS[open]) {
    end = text.indexOf(CLOSERS[open], i + 1);
    if (end < 0) return undefined;
  } else if (open === '：' || open === ':') {
    const m = /[。；;！？!?）)]/.exec(text.slice(i + 1, i + 200));
    end = m ? i + 1 + m.index : Math.min(text.length, i + 200);
  } else return undefined;
  const start = i + 1;
  const body = text.slice(start, end);
  const items: Listing['items'] = [];
  const sep = splitAnd ? /[、，,；;]|以及|和|与|及/g : /[、，,；;]/g;
  let from = 0;
  const push = (to: number) => {
    const raw = body.slice(from, to);
    const trimmed = raw.replace(/^[\s“”‘’《》"']+|[\s“”‘’《》"']+$/g, '').replace(/等+$/, '');
    if (trimmed) {
      const lead = raw.indexOf(trimmed);
      items.push({ text: trimmed, start: start + from + lead, end: start + from + lead + trimmed.length });
    }
  };
  for (const m of body.matchAll(sep)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(body.length);
  return { start, end, items };
}

/** Whether a written item names a member: in full (增强政治意识) or abbreviated (政治、大局 …). */
function names(item: string, member: string): boolean {
  return item.includes(member) || (item.length >= 2 && member.startsWith(item));
}

interface Comparison {
  members: string[];
  missing: string[];
  extra: string[];
}

function compareItems(items: string[], members: string[]): Comparison {
  const used = new Set<string>();
  const extra: string[] = [];
  for (const item of items) {
    const m = members.find((x) => !used.has(x) && names(item, x));
    if (m) used.add(m);
    else extra.push(item);
  }
  return { members, missing: members.filter((m) => !used.has(m)), extra };
}

function countedFindings(p: Paragraph, ctx: RuleContext, hits: readonly WordHit<CountedEntry>[]): Finding[] {
  const out: Finding[] = [];
  for (const hit of hits) {
    const c: CountedEntry = hit.entry;
    const versions = c.versions?.map((v) => v.members) ?? (c.members ? [c.members] : []);
    const listing = listingAfter(p.text, hit.end, versions.length > 0);
    if (!listing) continue;
    const whole = c.text ?? versions[versions.length - 1]?.join('、') ?? '';
    let problem: string | undefined;
    let fixText: string | undefined;
    if (versions.length) {
      const items = listing.items.map((i) => i.text);
      if (items.length < 2) continue;
      const best = versions.map((v) => compareItems(items, v)).sort((a, b) => a.missing.length + a.extra.length - (b.missing.length + b.extra.length))[0];
      if (best.missing.length + best.extra.length === 0) continue;
      // Only a listing of these members, not some other parenthesis: most items must name one.
      if (items.length - best.extra.length < Math.ceil(items.length / 2)) continue;
      problem = [
        best.missing.length ? ctx.t({ zh: `缺少${best.missing.map((m) => `“${m}”`).join('')}`, en: `missing ${best.missing.join(', ')}` }) : '',
        best.extra.length ? ctx.t({ zh: `多出或写错${best.extra.map((m) => `“${m}”`).join('')}`, en: `extra or wrong: ${best.extra.join(', ')}` }) : '',
      ].filter(Boolean).join(ctx.t({ zh: '，', en: '; ' }));
      fixText = best.members.join('、');
    } else if (c.keys) {
      const body = p.text.slice(listing.start, listing.end);
      const missing = c.keys.filter((k) => !body.includes(k));
      if (missing.length === 0 || missing.length === c.keys.length) continue;
      problem = ctx.t({ zh: `缺少含${missing.map((k) => `“${k}”`).join('')}的一项`, en: `no member with ${missing.join(', ')}` });
    }
    if (!problem) continue;
    const span = toDocSpan(p, listing.start, listing.end);
    const since = c.versions?.map((v) => `${v.members.join('、')}（${v.from ?? ''}${v.until ? `—${v.until}` : '起'}）`).join('；');
    out.push({
      span,
      message: ctx.t({ zh: `“${c.name}”的内容是${whole}：此处${problem}`, en: `"${c.name}" stands for ${whole}: ${problem}` }),
      basis: ctx.t({ zh: `“${c.name}”：${since ?? whole}${c.note ? `；${c.note}` : ''}\n出处：${c.source ?? '固定提法'}`, en: `${c.name}: ${since ?? whole}${c.note ? `; ${c.note}` : ''}\nSource: ${c.source ?? 'fixed usage'}` }),
      fixes:
        fixText && span.end - span.start === listing.end - listing.start
          ? [{ title: ctx.t({ zh: `改为“${fixText}”`, en: `Change to "${fixText}"` }), edits: [{ span, newText: fixText }], preferred: true, safe: false }]
          : undefined,
    });
  }
  return out;
}

export const formulation = paragraphRule({
  meta: {
    id: 'formulation',
    defaultSeverity: 'warning',
    tags: ['wording'],
    summary: { zh: '规范表述：“十九大四中全会”应为“十九届四中全会”，固定提法写错字，数字概括提法的内容不全', en: 'Fixed official terms: 十九届四中全会 not 十九大四中全会, misspelt terms, counted formulations with wrong members' },
    fixable: true,
    formatting: false,
    ignorable: true,
  },
  checkParagraph(p, ctx) {
    const words = paragraphWords(p, wordingDictionaries(ctx.config));
    if (!words.plenum && words.variants.length === 0 && words.counted.length === 0) return [];
    const found = [...(words.plenum ? congressPlenum(p, ctx) : []), ...misspeltTerms(p, ctx, words.variants), ...countedFindings(p, ctx, words.counted)];
    return found.sort((a, b) => a.span.start - b.span.start);
  },
});
