// draft-residue (草稿残留): what a chat assistant leaves in a draft pasted into the report.
//  - Markdown marks: **粗体**, __粗体__, leading # / ##, leading "- " "* " "• " bullets, ``` fences,
//    | table | rows, [text](url). The fix strips the marks and keeps the text: safe, so it joins
//    fix-all, Format Document and `check --fix`.
//  - The assistant's frame around the report ("以下是一份…述职报告：", "好的，…", "希望这份报告对您有所
//    帮助", "如需进一步修改…", "作为一个人工智能…", "注：以上内容仅供参考") and its asides
//    ("（可根据实际情况修改）"). Frames are looked for in their typical form, most of them only among
//    the first or last lines (a report's own "注：" lines and "好的" in its sentences stay silent).
//    The fix deletes the line (or the aside); it is not safe: a person confirms it.
// "**" standing alone ("**年") is a placeholder and the placeholder rule's. Line-based, checked per
// paragraph; a frame is judged by where it stands (the first and last lines). Data: data/draftResidue.json.

import { startsWithAt, TextSource, unitAt } from '../text/textSource';
import { Finding, paragraphRule, RuleContext } from './rule';
import { Edit } from '../text/edit';
import { LineInfo, Paragraph } from '../model/paragraphs';
import { ReportModel } from '../model/reportModel';
import { DEFAULT_RESIDUE_PATTERNS } from '../model/residue';
import { DRAFT_WORD, knownRareCharactersOf, QING, SLOT } from './shared/characterPass';
import data from './data/draftResidue.json';

const markdownBasis = (id: string): string => data.markdown.find((c) => c.id === id)!.basis;

/** # then a space, or # before text that is not a number ("#1机组" is a unit's name). */
const HEADING = /^(#{1,6})(?:[ \t\u3000]+(?=[^#\s])|(?=[^#\s\d]))/;
const BULLET = /^(?:[-*][ \t\u3000]+|•[ \t\u3000]*)(?=\S)/;
const FENCE = /^(?:```|~~~)/;
const TABLE_SEPARATOR = /^\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?$/;
const EMPHASIS = /\*\*(?![\s*])([^*\r\n]{2,200}?)(?<![\s*])\*\*|__(?![\s_])([^_\r\n]{2,200}?)(?<![\s_])__/g;
const LINK = /!?\[([^\]\r\n]{1,200})\]\(([^()\s]{1,500})\)/g;
const SLOT_FOLLOWER = new Set(data.slotFollowers);
/** First characters of a line that can start a Markdown mark. */
const LINE_MARK_START = new Set([...'#-*•`~|'].map((c) => c.charCodeAt(0)));

interface Frame {
  where: 'start' | 'end' | 'anywhere';
  re: RegExp;
  note: string;
}
const FRAMES: Frame[] = data.frames.map((f) => ({ where: f.where as Frame['where'], re: new RegExp(f.pattern), note: f.note }));
const INLINE_FRAMES = data.inlineFrames.map((f) => ({ re: new RegExp(f.pattern, 'g'), note: f.note }));
/**
 * A word every "anywhere" frame holds (您 in 对您有所帮助 and 我可以为您, 人工智能, AI): found with indexOf,
 * then the frames are tried on its line. "请随时告诉我", "以上内容仅供参考" are looked for at the end only.
 */
const ANYWHERE_WORDS = ['您', '人工智能', 'AI'];
/** Lines the template-residue rule already reports ("以下是小编为大家整理的…"). */
const TEMPLATE_RESIDUE = new RegExp(DEFAULT_RESIDUE_PATTERNS.join('|'));

/**
 * The first and last few lines, where the frames of the "start" and "end" kinds are looked for, and
 * the paragraphs holding them: a paragraph's findings depend on which of its lines are such lines,
 * so their ids are the rule's paragraph key (an edit near the start or the end checks again).
 */
const edgesByRun = new WeakMap<RuleContext, { edge: Map<number, 'start' | 'end'>; key: string }>();

function edgesOf(ctx: RuleContext): { edge: Map<number, 'start' | 'end'>; key: string } {
  let known = edgesByRun.get(ctx);
  if (known) return known;
  const { lines, paragraphs } = ctx.model;
  const edge = new Map<number, 'start' | 'end'>();
  for (let l = 0, n = 0; l < lines.length && n < data.edgeLines; l++) if (!lines[l].blank) edge.set(l, 'start'), n++;
  for (let l = lines.length - 1, n = 0; l >= 0 && n < data.edgeLines; l--) if (!lines[l].blank) edge.set(l, edge.get(l) ?? 'end'), n++;
  // Every non-blank line is in a paragraph: the first and last paragraphs hold the edge lines.
  const ids: number[] = [];
  for (let k = 0, n = 0; k < paragraphs.length && n < data.edgeLines; k++) ids.push(paragraphs[k].id), (n += paragraphs[k].endLine - paragraphs[k].startLine + 1);
  ids.push(-1);
  for (let k = paragraphs.length - 1, n = 0; k >= 0 && n < data.edgeLines; k--) ids.push(paragraphs[k].id), (n += paragraphs[k].endLine - paragraphs[k].startLine + 1);
  edgesByRun.set(ctx, (known = { edge, key: ids.join(',') }));
  return known;
}

export const draftResidue = paragraphRule({
  meta: {
    id: 'draft-residue',
    defaultSeverity: 'warning',
    tags: ['content', 'wording'],
    summary: { zh: '草稿残留：Markdown 标记（**粗体**、## 标题、- 列表、表格、链接）和对话助手的开场白、结束语', en: 'Draft leftovers: Markdown marks and a chat assistant’s frame sentences' },
    fixable: true,
    formatting: true,
    ignorable: true,
  },
  paragraphKey: (ctx) => edgesOf(ctx).key,
  // Everything it reports lies on one line (a mark, a frame, an aside): checked paragraph by
  // paragraph, on the paragraph's lines as written (marks included).
  checkParagraph(p: Paragraph, ctx: RuleContext): Finding[] {
    const { model } = ctx;
    const text = model.source;
    const out: Finding[] = [];
    // Markdown marks at line starts: one look at each line's first character.
    let marked = false;
    for (let l = p.startLine; l <= p.endLine; l++) {
      const info = model.lines[l];
      if (info.marks?.length) marked = true;
      if (!info.blank && LINE_MARK_START.has(text.charCodeAt(rawBounds(info).start))) lineMarks(model, l, ctx, out);
    }
    // The raw lines are the paragraph's text, its lines' marks (# - * + > • and **) and the white
    // space between lines: a word of CJK characters or of A I ] _ found in them is in the text,
    // where the character pass has seen whether its rarest character is. Most paragraphs hold none,
    // and the searches below are skipped for them. The pass is read if the run has made it (the
    // content rules before this one do), not made for this rule alone (-1: search everywhere).
    const chars = knownRareCharactersOf(p, ctx) ?? -1;
    const from = rawBounds(model.lines[p.startLine]).start;
    const to = rawBounds(model.lines[p.endLine]).end;
    const raw = text.slice(from, to);
    // Frames: the first and last lines, and lines holding a word of an "anywhere" frame.
    const { edge } = edgesOf(ctx);
    // A list made only when there is a line to try (most paragraphs have none).
    let lines: number[] | undefined;
    for (let l = p.startLine; l <= p.endLine; l++) if (edge.has(l)) (lines ??= []).push(l);
    if (chars & DRAFT_WORD) for (const w of ANYWHERE_WORDS) for (let i = raw.indexOf(w); i >= 0; i = raw.indexOf(w, i + w.length)) (lines ??= []).push(model.index.positionAt(from + i).line);
    if (lines) for (const l of [...new Set(lines)].sort((a, b) => a - b)) frameOnLine(model, l, edge, ctx, out);
    // Asides "（可根据实际情况修改）": found from 情况, read in the brackets around it.
    for (let k = chars & QING ? raw.indexOf('情况') : -1; k >= 0; k = raw.indexOf('情况', k + 2)) {
      const i = from + k;
      const start = Math.max(0, i - 16);
      const window = text.slice(start, i + 24);
      for (const f of INLINE_FRAMES) {
        f.re.lastIndex = 0;
        const m = f.re.exec(window);
        if (m && start + m.index! <= i && start + m.index! + m[0].length > i) aside(model, start + m.index!, m[0].length, f.note, ctx, out);
      }
    }
    // * and _ are slot characters to the pass; ** is also a mark (bold around a line).
    if ((chars & SLOT || marked) && (raw.indexOf('**') >= 0 || raw.indexOf('__') >= 0)) emphasis(text, raw, from, ctx, out);
    if (chars & DRAFT_WORD && raw.indexOf('](') >= 0) links(raw, from, ctx, out);
    return out.sort((a, b) => a.span.start - b.span.start);
  },
});

function frameOnLine(model: ReportModel, l: number, edge: Map<number, 'start' | 'end'>, ctx: RuleContext, out: Finding[]): void {
  const info = rawBounds(model.lines[l]);
  if (model.lines[l].blank) return;
  const line = model.source.slice(info.start, info.end);
  const where = edge.get(l);
  const frame = FRAMES.find((f) => (f.where === 'anywhere' || f.where === where) && f.re.test(line));
  if (!frame || TEMPLATE_RESIDUE.test(line)) return;
  out.push({
    span: { start: info.start, end: info.end },
    message: ctx.t({ zh: `对话助手的话留在了报告里：${frame.note}`, en: `A chat assistant’s words left in the report (${frame.note})` }),
    fixes: [{ title: ctx.t({ zh: '删除此行', en: 'Delete the line' }), edits: [deleteLine(model, l)], preferred: true, safe: false }],
    basis: frame.note,
  });
}

function aside(model: ReportModel, start: number, length: number, note: string, ctx: RuleContext, out: Finding[]): void {
  const l = model.index.positionAt(start).line;
  const info = rawBounds(model.lines[l]);
  if (out.some((f) => f.span.start === info.start && f.span.end === info.end)) return; // its line is a frame already
  const whole = start === info.start && start + length === info.end;
  const span = { start, end: start + length };
  out.push({
    span,
    message: ctx.t({ zh: `对话助手的话留在了报告里：${note}`, en: `A chat assistant’s aside left in the report (${note})` }),
    fixes: [{ title: ctx.t({ zh: whole ? '删除此行' : '删去括注', en: whole ? 'Delete the line' : 'Remove the aside' }), edits: [whole ? deleteLine(model, l) : { span, newText: '' }], preferred: true, safe: false }],
    basis: note,
  });
}

/** The line and its line break (the last line: the break before it). */
function deleteLine(model: ReportModel, l: number): Edit {
  const { index } = model;
  if (l + 1 < index.lineCount) return { span: { start: index.contentStart(l), end: index.starts[l + 1] }, newText: '' }; // a BOM stays
  return { span: { start: l > 0 ? index.ends[l - 1] : 0, end: index.ends[l] }, newText: '' };
}

function markFinding(ctx: RuleContext, span: { start: number; end: number }, what: { zh: string; en: string }, edits: Edit[], basisId: string): Finding {
  return {
    span,
    message: ctx.t({ zh: `Markdown 标记残留：${what.zh}`, en: `Markdown mark left in the text: ${what.en}` }),
    fixes: [{ title: ctx.t({ zh: '去掉标记，保留文字', en: 'Remove the mark, keep the text' }), edits, preferred: true, safe: true }],
    basis: markdownBasis(basisId),
  };
}

/**
 * The line as written, marks included: the model's line content starts after a draft mark
 * ("## 一、…" is read as the heading "一、…"), and this rule reports the mark itself.
 */
function rawBounds(info: LineInfo): { start: number; end: number } {
  if (!info.marks?.length) return info;
  return { start: Math.min(info.start, info.marks[0].start), end: Math.max(info.end, info.marks[info.marks.length - 1].end) };
}

function lineMarks(model: ReportModel, l: number, ctx: RuleContext, out: Finding[]): void {
  const { start, end } = rawBounds(model.lines[l]);
  const line = model.source.slice(start, end);
  const strip = (n: number): Edit[] => [{ span: { start, end: start + n }, newText: '' }];
  let m: RegExpExecArray | null;
  if ((m = HEADING.exec(line)) && !line.endsWith('#')) {
    out.push(markFinding(ctx, { start, end: start + m[1].length }, { zh: `标题标记“${m[1]}”`, en: `heading mark ${m[1]}` }, strip(m[0].length), 'heading'));
  } else if ((m = BULLET.exec(line)) && !/^[-*]{3,}$/.test(line.replace(/\s/g, ''))) {
    const mark = m[0].trim();
    out.push(markFinding(ctx, { start, end: start + mark.length }, { zh: `列表标记“${mark}”`, en: `list mark ${mark}` }, strip(m[0].length), 'bullet'));
  } else if (FENCE.test(line)) {
    out.push(markFinding(ctx, { start, end }, { zh: '代码块围栏', en: 'code fence' }, [deleteLine(model, l)], 'fence'));
  } else if (line.length >= 3 && line[0] === '|' && line[line.length - 1] === '|') {
    if (TABLE_SEPARATOR.test(line)) {
      out.push(markFinding(ctx, { start, end }, { zh: '表格分隔行', en: 'table separator row' }, [deleteLine(model, l)], 'table'));
    } else {
      const cells = line.slice(1, -1).split('|').map((c) => c.trim());
      out.push(markFinding(ctx, { start, end }, { zh: '表格行“| … |”', en: 'table row | … |' }, [{ span: { start, end }, newText: cells.join('\u3000') }], 'table'));
    }
  }
}

/** "**年**月**日", "由**同志主持": stars standing for a number or a name, the placeholder rule's. */
function isSlot(text: TextSource, start: number, end: number): boolean {
  // "**12**次": a number in bold is bold, whatever unit follows (the placeholder rule agrees).
  if (/^[0-9０-９][0-9０-９.．,，%％]*$/.test(text.slice(start + 2, end - 2))) return false;
  if (SLOT_FOLLOWER.has(unitAt(text, start + 2)) || SLOT_FOLLOWER.has(unitAt(text, end))) return true;
  return data.slotWords.some((w) => startsWithAt(text, w, start + 2) || startsWithAt(text, w, end));
}

/** Bold marks in `raw`, the document's text from `from` (matches stay on one line). */
function emphasis(text: TextSource, raw: string, from: number, ctx: RuleContext, out: Finding[]): void {
  for (const m of raw.matchAll(EMPHASIS)) {
    const start = from + m.index!;
    const end = start + m[0].length;
    if (isSlot(text, start, end)) continue;
    const mark = m[0].slice(0, 2);
    out.push(
      markFinding(
        ctx,
        { start, end },
        { zh: `粗体标记“${mark}…${mark}”`, en: `bold mark ${mark}…${mark}` },
        [
          { span: { start, end: start + 2 }, newText: '' },
          { span: { start: end - 2, end }, newText: '' },
        ],
        'emphasis',
      ),
    );
  }
}

function links(raw: string, from: number, ctx: RuleContext, out: Finding[]): void {
  for (const m of raw.matchAll(LINK)) {
    const start = from + m.index!;
    out.push(markFinding(ctx, { start, end: start + m[0].length }, { zh: `链接“[${m[1]}](…)”`, en: `link [${m[1]}](…)` }, [{ span: { start, end: start + m[0].length }, newText: m[1] }], 'link'));
  }
}
