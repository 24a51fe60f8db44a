// draft-residue (草稿残留): what a chat assistant leaves in a draft pasted into the report.
//  - Markdown marks: **粗体**, __粗体__, leading # / ##, leading "- " "* " "• " bullets, ``` fences,
//    | table | rows, [text](url). The fix strips the marks and keeps the text: safe, so it joins
//    fix-all, Format Document and `check --fix`.
//  - The assistant's frame around the report ("以下是一份…述职报告：", "好的，…", "希望这份报告对您有所
//    帮助", "如需进一步修改…", "作为一个人工智能…", "注：以上内容仅供参考") and its asides
//    ("（可根据实际情况修改）"). Frames are looked for in their typical form, most of them only among
//    the first or last lines (a report's own "注：" lines and "好的" in its sentences stay silent).
//    The fix deletes the line (or the aside); it is not safe: a person confirms it.
// "**" standing alone ("**年") is a placeholder and the placeholder rule's. Line-based and
// whole-document (a frame is judged by where it stands). Data: data/draftResidue.json.

import { defineRule, Finding, RuleContext } from './rule';
import { Edit } from '../text/edit';
import { ReportModel } from '../model/reportModel';
import { DEFAULT_RESIDUE_PATTERNS } from '../model/residue';
import data from './data/draftResidue.json';

const markdownBasis = (id: string): string => data.markdown.find((c) => c.id === id)!.basis;

const HEADING = /^(#{1,6})[ \t\u3000]*(?=[^#\s])/;
const BULLET = /^(?:[-*][ \t\u3000]+|•[ \t\u3000]*)(?=\S)/;
const FENCE = /^(?:```|~~~)/;
const TABLE_SEPARATOR = /^\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?$/;
const EMPHASIS = /\*\*(?![\s*])([^*\r\n]{2,200}?)(?<![\s*])\*\*|__(?![\s_])([^_\r\n]{2,200}?)(?<![\s_])__/g;
const LINK = /!?\[([^\]\r\n]{1,200})\]\(([^()\s]{1,500})\)/g;
const SLOT_FOLLOWER = new Set(data.slotFollowers);
/** First characters of a line that can start a Markdown mark. */
const LINE_MARK_START = new Set(['#', '-', '*', '•', '`', '~', '|']);

interface Frame {
  where: 'start' | 'end' | 'anywhere';
  re: RegExp;
  note: string;
}
const FRAMES: Frame[] = data.frames.map((f) => ({ where: f.where as Frame['where'], re: new RegExp(f.pattern), note: f.note }));
const INLINE_FRAMES = data.inlineFrames.map((f) => ({ re: new RegExp(f.pattern, 'g'), note: f.note }));
/** Cheap pre-check for the "anywhere" frames: each holds one of these words. */
const ANYWHERE_HINT = /希望|告诉我|我可以|我将|我会|人工智能|AI|ＡＩ|仅供参考|情况/;
/** Lines the template-residue rule already reports ("以下是小编为大家整理的…"). */
const TEMPLATE_RESIDUE = new RegExp(DEFAULT_RESIDUE_PATTERNS.join('|'));

export const draftResidue = defineRule({
  meta: {
    id: 'draft-residue',
    defaultSeverity: 'warning',
    tags: ['content', 'wording'],
    summary: { zh: '草稿残留：Markdown 标记（**粗体**、## 标题、- 列表、表格、链接）和对话助手的开场白、结束语', en: 'Draft leftovers: Markdown marks and a chat assistant’s frame sentences' },
    fixable: true,
    formatting: true,
    ignorable: true,
  },
  check(ctx: RuleContext): Finding[] {
    const { model } = ctx;
    const text = model.text;
    const out: Finding[] = [];
    const content: number[] = []; // non-blank lines
    for (let l = 0; l < model.lines.length; l++) if (!model.lines[l].blank) content.push(l);
    const edge = data.edgeLines;
    content.forEach((l, k) => {
      const info = model.lines[l];
      const first = text[info.start];
      if (LINE_MARK_START.has(first)) lineMarks(model, l, ctx, out);
      const atStart = k < edge;
      const atEnd = k >= content.length - edge;
      const line = atStart || atEnd || ANYWHERE_HINT.test(text.slice(info.start, Math.min(info.end, info.start + 400))) ? text.slice(info.start, info.end) : undefined;
      if (line === undefined) return;
      const frame = FRAMES.find((f) => (f.where === 'anywhere' || (f.where === 'start' && atStart) || (f.where === 'end' && atEnd)) && f.re.test(line));
      if (frame && !TEMPLATE_RESIDUE.test(line)) {
        out.push({
          span: { start: info.start, end: info.end },
          message: ctx.t({ zh: `对话助手的话留在了报告里：${frame.note}`, en: `A chat assistant’s words left in the report (${frame.note})` }),
          fixes: [{ title: ctx.t({ zh: '删除此行', en: 'Delete the line' }), edits: [deleteLine(model, l)], preferred: true, safe: false }],
          basis: frame.note,
        });
        return;
      }
      if (line.indexOf('情况') < 0) return;
      for (const f of INLINE_FRAMES) {
        for (const m of line.matchAll(f.re)) {
          const start = info.start + m.index!;
          const whole = m[0].length === line.length;
          out.push({
            span: { start, end: start + m[0].length },
            message: ctx.t({ zh: `对话助手的话留在了报告里：${f.note}`, en: `A chat assistant’s aside left in the report (${f.note})` }),
            fixes: [{ title: ctx.t({ zh: whole ? '删除此行' : '删去括注', en: whole ? 'Delete the line' : 'Remove the aside' }), edits: [whole ? deleteLine(model, l) : { span: { start, end: start + m[0].length }, newText: '' }], preferred: true, safe: false }],
            basis: f.note,
          });
        }
      }
    });
    if (text.indexOf('**') >= 0 || text.indexOf('__') >= 0) emphasis(text, ctx, out);
    if (text.indexOf('](') >= 0) links(text, ctx, out);
    return out.sort((a, b) => a.span.start - b.span.start);
  },
});

/** The line and its line break (the last line: the break before it). */
function deleteLine(model: ReportModel, l: number): Edit {
  const { index } = model;
  if (l + 1 < index.lineCount) return { span: { start: index.starts[l], end: index.starts[l + 1] }, newText: '' };
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

function lineMarks(model: ReportModel, l: number, ctx: RuleContext, out: Finding[]): void {
  const { start, end } = model.lines[l];
  const line = model.text.slice(start, end);
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
function isSlot(text: string, start: number, end: number): boolean {
  if (SLOT_FOLLOWER.has(text[start + 2]) || SLOT_FOLLOWER.has(text[end])) return true;
  return data.slotWords.some((w) => text.startsWith(w, start + 2) || text.startsWith(w, end));
}

function emphasis(text: string, ctx: RuleContext, out: Finding[]): void {
  for (const m of text.matchAll(EMPHASIS)) {
    const start = m.index!;
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

function links(text: string, ctx: RuleContext, out: Finding[]): void {
  for (const m of text.matchAll(LINK)) {
    const start = m.index!;
    out.push(markFinding(ctx, { start, end: start + m[0].length }, { zh: `链接“[${m[1]}](…)”`, en: `link [${m[1]}](…)` }, [{ span: { start, end: start + m[0].length }, newText: m[1] }], 'link'));
  }
}
