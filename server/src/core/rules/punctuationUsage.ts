// punctuation-usage (标点用法, GB/T 15834-2011):
//  - an ellipsis together with 等/等等 ("……等");
//  - doubled or clashing pause marks (，， 。。 ，。 、、 ；。);
//  - a heading standing on its own line that ends in 。 or ，, when most of its siblings carry no end
//    mark (the government work reports end every （一） heading of a list with 。: that is the
//    document's style, not a slip; run-in headings "（一）坚持…。正文…" always keep theirs);
//  - 顿号 between items each in quotes or 《》 (hint), when the document elsewhere writes such items
//    side by side without one — the standard says 通常不用, and edited reports use both.
// A whole-document rule because two sub-checks weigh the document. Data: data/punctuationUsage.json.

import { Paragraph, toDocSpan } from '../model/paragraphs';
import { HeadingNode, SiblingList } from '../model/outlineTree';
import { defineRule, Finding, RuleContext } from './rule';
import data from './data/punctuationUsage.json';

const basis = (id: string): string => data.checks.find((c) => c.id === id)!.basis;

const RANK = data.pauseRank as Record<string, number>;
const ELLIPSIS_DENG = new RegExp(`(……|…|\\.{3,}|。{3,})[ \\t\\u3000]*(等等|等)(?![${data.notAfterEllipsis}])`, 'g');
/** Two or more pause marks in a row ("。。。" of three or more is a home-made ellipsis: left to the writer). */
const MARK_RUN = new RegExp(`[${data.pauseMarks}]{2,}`, 'g');
const SENTENCE_INSIDE = /[。！？；]/;
const QUOTED_DUNHAO = /([”》])、([“《])/g;
const QUOTED_SIDE_BY_SIDE = /(?<![。！？，；：])([”》])([“《])/g;

export const punctuationUsage = defineRule({
  meta: {
    id: 'punctuation-usage',
    defaultSeverity: 'warning',
    tags: ['wording'],
    summary: { zh: '标点用法（GB/T 15834）：“……等”、重复或冲突的点号、独立标题末尾的句号、引号书名号间的顿号', en: 'Punctuation (GB/T 15834): ……等, doubled marks, end marks on standalone headings, 顿号 between quoted items' },
    fixable: true,
    formatting: false,
    ignorable: true,
  },
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    const dunhao: { p: Paragraph; at: number; kind: string }[] = [];
    const sideBySide = new Set<string>();
    for (const p of ctx.model.paragraphs) {
      const text = p.text;
      if (text.indexOf('等') >= 0 && (text.indexOf('…') >= 0 || text.indexOf('...') >= 0 || text.indexOf('。。。') >= 0)) ellipsisWithDeng(p, ctx, out);
      markRuns(p, ctx, out);
      if (text.indexOf('”') >= 0 || text.indexOf('》') >= 0) {
        for (const m of text.matchAll(QUOTED_DUNHAO)) if (pairOf(m[1]) === m[2]) dunhao.push({ p, at: m.index! + 1, kind: m[1] });
        for (const m of text.matchAll(QUOTED_SIDE_BY_SIDE)) if (pairOf(m[1]) === m[2]) sideBySide.add(m[1]);
      }
    }
    out.push(...headingEndMarks(ctx));
    for (const d of dunhao) {
      if (!sideBySide.has(d.kind)) continue;
      const pair = d.kind === '》' ? '《》' : '“”';
      out.push({
        span: toDocSpan(d.p, d.at, d.at + 1),
        severity: 'hint',
        message: ctx.t({ zh: `${pair}标出的并列成分之间通常不用顿号（本文其他处即未用）`, en: `Items each in ${pair} usually take no 顿号 between them (as elsewhere in this document)` }),
        fixes: [{ title: ctx.t({ zh: '删去顿号', en: 'Remove the 顿号' }), edits: [{ span: toDocSpan(d.p, d.at, d.at + 1), newText: '' }], preferred: true, safe: false }],
        basis: basis('quoted-items-dunhao'),
      });
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  },
});

const pairOf = (close: string): string => (close === '》' ? '《' : '“');

function ellipsisWithDeng(p: Paragraph, ctx: RuleContext, out: Finding[]): void {
  for (const m of p.text.matchAll(ELLIPSIS_DENG)) {
    const start = m.index!;
    const end = start + m[0].length;
    const dengStart = end - m[2].length;
    out.push({
      span: toDocSpan(p, start, end),
      message: ctx.t({ zh: `省略号与“${m[2]}”不同时使用：“${m[0]}”`, en: `An ellipsis and ${m[2]} are not used together: ${m[0]}` }),
      fixes: [
        { title: ctx.t({ zh: `删去“${m[2]}”`, en: `Remove ${m[2]}` }), edits: [{ span: toDocSpan(p, start + m[1].length, end), newText: '' }], preferred: true, safe: false },
        { title: ctx.t({ zh: `删去省略号`, en: 'Remove the ellipsis' }), edits: [{ span: toDocSpan(p, start, dengStart), newText: '' }], safe: false },
      ],
      basis: basis('ellipsis-deng'),
    });
  }
}

function markRuns(p: Paragraph, ctx: RuleContext, out: Finding[]): void {
  for (const m of p.text.matchAll(MARK_RUN)) {
    const run = m[0];
    if (/^。{3,}$/.test(run)) continue; // a home-made ellipsis, not a slip of the keyboard
    const span = toDocSpan(p, m.index!, m.index! + run.length);
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
}

/** A heading alone on its line whose section goes on below it (not a one-line list item). */
function standsAlone(h: HeadingNode, paragraphs: Paragraph[], headingOf: Map<Paragraph, HeadingNode>): boolean {
  const body = h.paragraph.text.slice(h.ordinal.raw.length);
  if (SENTENCE_INSIDE.test(body.slice(0, -1))) return false; // run-in: the body follows on the line
  const next = paragraphs[h.paragraph.index + 1];
  if (!next) return false;
  const nextHeading = headingOf.get(next);
  return !nextHeading || nextHeading.level > h.level;
}

function headingEndMarks(ctx: RuleContext): Finding[] {
  const { headings, paragraphs } = ctx.model;
  const headingOf = new Map(headings.map((h) => [h.paragraph, h]));
  const byList = new Map<SiblingList, { marked: HeadingNode[]; bare: number }>();
  for (const h of headings) {
    if (!standsAlone(h, paragraphs, headingOf)) continue;
    const last = h.paragraph.text[h.paragraph.text.length - 1];
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
