// punctuation-usage (标点用法, GB/T 15834-2011):
//  - an ellipsis together with 等/等等 ("……等");
//  - doubled or clashing pause marks (，， 。。 ，。 、、 ；。);
//  - a heading standing on its own line that ends in 。 or ，, when most of its siblings carry no end
//    mark (the government work reports end every （一） heading of a list with 。: that is the
//    document's style, not a slip; run-in headings "（一）坚持…。正文…" always keep theirs);
//  - 顿号 between items each in quotes or 《》 (hint), when the document elsewhere writes such items
//    side by side without one — the standard says 通常不用, and edited reports use both.
// A whole-document rule because two sub-checks weigh the document. Data: data/punctuationUsage.json.

import { startsWithAt, unitAt } from '../text/textSource';
import { Paragraph, toDocOffset, toDocSpan } from '../model/paragraphs';
import { HeadingNode, SiblingList } from '../model/outlineTree';
import { Finding, paragraphRule, RuleContext } from './rule';
import { LentText } from './shared/lentText';
import { keyedParagraphMemo, paragraphMemo } from '../model/paragraphMemo';
import { documentSum, sumKind } from '../model/documentSums';
import { detach } from '../text/detach';
import data from './data/punctuationUsage.json';
import { knownRareCharactersOf, PAUSE_RUN, QUOTE_AFTER_QUOTE } from './shared/characterPass';

const basis = (id: string): string => data.checks.find((c) => c.id === id)!.basis;

const RANK = data.pauseRank as Record<string, number>;
/**
 * The one regex: a run of pause marks, or a closing quote or 》 before an opening one (with or
 * without a 顿号), run where such a pair may be (see scanMatches). indexOf finds the
 * rare ellipsis; searching 》 or 。 with indexOf is slower than a regex, because V8 looks for their
 * frequent upper byte.
 */
const SCAN = new RegExp(`[${data.pauseMarks}]{2,}|[”》]、?[“《]`, 'g');
const ELLIPSIS_DENG = new RegExp(`^(?:…+|\\.{3,}|。{3,})[ \\t\\u3000]*(等等|等)(?![${data.notAfterEllipsis}])`);
const SENTENCE_INSIDE = /[。！？；]/;
/** The ellipses 等 may follow. */
const ELLIPSES = ['…', '...'];
const CLAUSE_END = new Set([...'。！？，；：'].map((c) => c.charCodeAt(0)));

/** Quoted items side by side without a 顿号 ("”“", "》《"), by kind: what decides the 顿号 hint. */
const SIDE_QUOTE = 1;
const SIDE_BOOK = 2;

interface ParagraphMarks {
  /** 顿号 between quoted items: offsets relative to the paragraph's start, and the closing mark's kind. */
  dunhao: { at: number; kind: string }[];
  /** SIDE_QUOTE | SIDE_BOOK: such items side by side without a 顿号 here. */
  sideBySide: number;
  /** Mark runs (relative offsets) for the paragraph's own findings. */
  runs: [number, string][];
}

/** The document's text, lent to the paragraph memos while they are filled (shared/lentText.ts). */
const lent = new LentText();

const newMarks = (): ParagraphMarks => ({ dunhao: [], sideBySide: 0, runs: [] });

/**
 * SCAN's matches in one paragraph. A match is made of marks only, so it lies inside one line's
 * content, hence inside a paragraph: the document's matches are the paragraphs' ones.
 */
const marksOf = paragraphMemo((p: Paragraph): ParagraphMarks => {
  // The run lent with the text (while the rule fills its sum): SCAN matches two marks side by side
  // in a line, which the run's character pass marks as PAUSE_RUN or QUOTE_AFTER_QUOTE (from the same
  // data), so a paragraph without either has no match. Without it SCAN runs; the facts are the same.
  const run = lent.lentRun();
  const seen = run && knownRareCharactersOf(p, run);
  if (seen !== undefined && !(seen & (PAUSE_RUN | QUOTE_AFTER_QUOTE))) return NO_MARKS;
  const text = lent.get();
  const base = p.span.start;
  // Made at the first match: most paragraphs have none (one shared NO_MARKS).
  let found: ParagraphMarks | undefined;
  const part = text.slice(base, p.span.end);
  SCAN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SCAN.exec(part))) {
    const at = base + m.index;
    const run = m[0];
    const first = run[0];
    if (first === '”' || first === '》') {
      if ((first === '”') !== (run[run.length - 1] === '“')) continue; // ”《 or 》“: not one kind of item
      if (run.length === 3) (found ??= newMarks()).dunhao.push({ at: at + 1 - base, kind: first });
      else if (!CLAUSE_END.has(text.charCodeAt(at - 1))) (found ??= newMarks()).sideBySide |= first === '”' ? SIDE_QUOTE : SIDE_BOOK; // not "。”“" between two quoted sentences
    } else (found ??= newMarks()).runs.push([at - base, detach(run)]);
  }
  return found ?? NO_MARKS;
});

const NO_MARKS: ParagraphMarks = Object.freeze({ dunhao: [], sideBySide: 0, runs: [] }) as unknown as ParagraphMarks;

/** How many paragraphs write quoted items side by side without a 顿号, by kind. */
const SIDE_BY_SIDE = sumKind<ParagraphMarks>({
  length: 2,
  of: marksOf,
  add(sum, part, sign) {
    if (part.sideBySide & SIDE_QUOTE) sum[0] += sign;
    if (part.sideBySide & SIDE_BOOK) sum[1] += sign;
  },
});

function sideBySide(ctx: RuleContext): Float64Array {
  return lent.reading(ctx.model.source, () => documentSum(ctx.model, SIDE_BY_SIDE), ctx);
}

export const punctuationUsage = paragraphRule({
  meta: {
    id: 'punctuation-usage',
    defaultSeverity: 'warning',
    tags: ['wording'],
    summary: { zh: '标点用法（GB/T 15834）：“……等”、重复或冲突的点号、独立标题末尾的句号、引号书名号间的顿号', en: 'Punctuation (GB/T 15834): ……等, doubled marks, end marks on standalone headings, 顿号 between quoted items' },
    fixable: true,
    formatting: false,
    ignorable: true,
  },
  // The 顿号 hint depends on whether the document elsewhere writes such items without one.
  paragraphKey(ctx) {
    const sums = sideBySide(ctx);
    return `${sums[0] > 0}|${sums[1] > 0}`;
  },
  checkParagraph(p: Paragraph, ctx: RuleContext): Finding[] {
    const text = ctx.model.source;
    const out: Finding[] = [];
    // Most paragraphs hold no two marks in a row: the character pass, when it has run, says so.
    const chars = knownRareCharactersOf(p, ctx);
    const base = p.span.start;
    if (chars === undefined || chars & (PAUSE_RUN | QUOTE_AFTER_QUOTE)) {
      const marks = lent.reading(text, () => marksOf(p));
      for (const [rel, run] of marks.runs) {
        const at = base + rel;
        if (!/^。{3,}$/.test(run)) markRun(at, run, ctx, out);
        else {
          const deng = ELLIPSIS_DENG.exec(text.slice(at, at + 40)); // a home-made ellipsis 。。。 before 等
          if (deng) ellipsisWithDeng(at, deng[0], ctx, out);
        }
      }
      const sums = sideBySide(ctx);
      for (const d of marks.dunhao) {
        if (!sums[d.kind === '”' ? 0 : 1]) continue;
        const pair = d.kind === '》' ? '《》' : '“”';
        const span = { start: base + d.at, end: base + d.at + 1 };
        out.push({
          span,
          severity: 'hint',
          message: ctx.t({ zh: `用${pair}标出的并列成分之间通常不用顿号（本文其他处即未用）`, en: `Items each in ${pair} usually take no 顿号 between them (as elsewhere in this document)` }),
          fixes: [{ title: ctx.t({ zh: '删去顿号', en: 'Remove the 顿号' }), edits: [{ span, newText: '' }], preferred: true, safe: false }],
          basis: basis('quoted-items-dunhao'),
        });
      }
    }
    // An ellipsis (……, ...) then 等: found from its first mark.
    const t = p.text;
    for (const mark of ELLIPSES) {
      for (let i = t.indexOf(mark); i >= 0; i = t.indexOf(mark, i + 1)) {
        const at = toDocOffset(p, i);
        if (!startsWithAt(text, mark, at)) continue; // joined across a line break
        if (text.charCodeAt(at - 1) === mark.charCodeAt(0)) continue; // inside the same ellipsis
        const m = ELLIPSIS_DENG.exec(text.slice(at, at + 40));
        if (m) ellipsisWithDeng(at, m[0], ctx, out);
      }
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  },
  // Headings ending in 。 or ， are weighed against their siblings: the document's lists decide.
  checkDocument: (ctx) => headingEndMarks(ctx),
});

function ellipsisWithDeng(start: number, found: string, ctx: RuleContext, out: Finding[]): void {
  const deng = found.endsWith('等等') ? '等等' : '等';
  const end = start + found.length;
  const ellipsisEnd = start + found.search(/[^….。]/);
  out.push({
    span: { start, end },
    message: ctx.t({ zh: `省略号与“${deng}”不同时使用：“${found}”`, en: `An ellipsis and ${deng} are not used together: ${found}` }),
    fixes: [
      { title: ctx.t({ zh: `删去“${deng}”`, en: `Remove ${deng}` }), edits: [{ span: { start: ellipsisEnd, end }, newText: '' }], preferred: true, safe: false },
      { title: ctx.t({ zh: '删去省略号', en: 'Remove the ellipsis' }), edits: [{ span: { start, end: end - deng.length }, newText: '' }], safe: false },
    ],
    basis: basis('ellipsis-deng'),
  });
}

/** Two or more pause marks; "。。。" (a home-made ellipsis, not a slip of the keyboard) never comes here. */
function markRun(start: number, run: string, ctx: RuleContext, out: Finding[]): void {
  const span = { start, end: start + run.length };
  const same = [...run].every((c) => c === run[0]);
  const keep = same ? run[0] : [...run].reduce((a, b) => (RANK[b] > RANK[a] ? b : a));
  out.push({
    span,
    message: same
      ? ctx.t({ zh: `标点重复：“${run}”`, en: `Doubled mark: ${run}` })
      : ctx.t({ zh: `标点连用：“${run}”，一处停顿只用一个点号`, en: `Clashing marks: ${run}; one pause takes one mark` }),
    fixes: [{ title: ctx.t({ zh: `改为“${keep}”`, en: `Change to ${keep}` }), edits: [{ span, newText: keep }], preferred: true, safe: same }],
    basis: basis(same ? 'doubled-mark' : 'clashing-marks'),
  });
}

/** A sentence break in the body before its last character: a run-in heading, its body on its line. */
const runIn = keyedParagraphMemo((p: Paragraph, ordinalLength: number) => SENTENCE_INSIDE.test(p.text.slice(ordinalLength, -1)));

/**
 * Each heading by its paragraph, per tree: a keystroke that cannot change the tree carries it over
 * whole (the same headings array, its paragraphs moved in place), and this is not built again.
 */
const headingsByParagraph = new WeakMap<readonly HeadingNode[], Map<Paragraph, HeadingNode>>();

function headingOfParagraph(headings: readonly HeadingNode[]): Map<Paragraph, HeadingNode> {
  let map = headingsByParagraph.get(headings);
  if (!map) headingsByParagraph.set(headings, (map = new Map(headings.map((h) => [h.paragraph, h]))));
  return map;
}

/** A heading alone on its line whose section goes on below it (not a one-line list item). */
function standsAlone(h: HeadingNode, paragraphs: Paragraph[], headingOf: Map<Paragraph, HeadingNode>): boolean {
  if (runIn(h.paragraph, h.ordinal.raw.length)) return false;
  const next = paragraphs[h.paragraph.index + 1];
  if (!next) return false;
  const nextHeading = headingOf.get(next);
  return !nextHeading || nextHeading.level > h.level;
}

function headingEndMarks(ctx: RuleContext): Finding[] {
  const { headings, paragraphs } = ctx.model;
  const text = ctx.model.source;
  const endsInMark = (h: HeadingNode) => {
    // The paragraph's last character, read in the document (its text is not joined for this).
    const c = text.charCodeAt(h.paragraph.span.end - 1);
    return c === 0x3002 || c === 0xff0c; // 。，
  };
  // Only lists with a heading ending in 。 or ， are weighed (most documents have none).
  const suspect = new Set(headings.filter(endsInMark).map((h) => h.list));
  if (suspect.size === 0) return [];
  const headingOf = headingOfParagraph(headings);
  const byList = new Map<SiblingList, { marked: HeadingNode[]; bare: number }>();
  for (const h of headings) {
    if (!suspect.has(h.list) || !standsAlone(h, paragraphs, headingOf)) continue;
    // The paragraph's last character, read in the document like endsInMark's.
    const last = unitAt(text, h.paragraph.span.end - 1);
    let entry = byList.get(h.list);
    if (!entry) byList.set(h.list, (entry = { marked: [], bare: 0 }));
    if (last === '。' || last === '，') entry.marked.push(h);
    else if (!/[\p{P}]/u.test(last)) entry.bare++;
  }
  const out: Finding[] = [];
  for (const { marked, bare } of byList.values()) {
    if (bare <= marked.length) continue; // ending with a mark is this list's style
    for (const h of marked) {
      const p = h.paragraph;
      const at = p.text.length - 1;
      const mark = p.text[at];
      out.push({
        span: toDocSpan(p, at, at + 1),
        message: ctx.t({
          zh: `单独成行的标题末尾不加“${mark}”（同级其他${bare}个标题未加）`,
          en: `A heading on its own line takes no final ${mark} (${bare} of its siblings have none)`,
        }),
        fixes: [{ title: ctx.t({ zh: `删去“${mark}”`, en: `Remove ${mark}` }), edits: [{ span: toDocSpan(p, at, at + 1), newText: '' }], preferred: true, safe: false }],
        basis: basis('heading-end-mark'),
      });
    }
  }
  return out;
}
