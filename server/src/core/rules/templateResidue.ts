// template-residue: what a website or template left behind — "仅供学习 禁止外传 用后删除",
// "…整理，咨询QQ206157060", 会员群 lines, "本文来源：<url>", "下面是小编为大家整理的…", copyright
// notes, QQ or WeChat numbers, 范文-site URLs, advertising in 【…】. A line sandwiched between
// residue lines (the site's name and slogans: "酷乐文行", "自建平台、实时分享") belongs to the block.
// Fixes delete the line or the whole block; neither joins fix-all (deleting needs a look).

import { Finding, Rule, RuleContext } from './rule';
import { Edit } from '../text/edit';
import { findResidueBlocks } from '../model/residue';
import { ReportModel } from '../model/reportModel';

function lineDeletion(model: ReportModel, first: number, last: number, withBlanksAfter: boolean): Edit {
  const { index, lines } = model;
  let end = last + 1;
  // A block takes the blank lines after it, so the report does not start with a gap.
  while (withBlanksAfter && end < lines.length && lines[end].blank && end < index.lineCount - 1) end++;
  const stop = end < index.lineCount ? index.starts[end] : model.text.length;
  return { span: { start: index.starts[first], end: stop }, newText: '' };
}

function preview(s: string): string {
  const t = s.trim();
  return t.length > 24 ? t.slice(0, 24) + '…' : t;
}

export const templateResidue: Rule = {
  meta: {
    id: 'template-residue',
    defaultSeverity: 'warning',
    tags: ['content'],
    summary: { zh: '网站或模板残留：广告、“仅供学习”、QQ号、本文来源、版权声明', en: 'Website or template residue: advertising, QQ numbers, source and copyright lines' },
    fixable: true,
    formatting: false,
    ignorable: true,
  },
  check(ctx: RuleContext) {
    const out: Finding[] = [];
    const { model } = ctx;
    for (const block of findResidueBlocks(model, ctx.config.residue.patterns)) {
      const first = block.lines[0];
      const last = block.lines[block.lines.length - 1];
      const blockFix = block.lines.length > 1
        ? [{ title: ctx.t({ zh: `删除整块模板残留（第${first + 1}–${last + 1}行）`, en: `Delete the whole residue block (lines ${first + 1}–${last + 1})` }), edits: [lineDeletion(model, first, last, true)], safe: false }]
        : [];
      for (const l of block.lines) {
        const info = model.lines[l];
        const text = model.text.slice(info.start, info.end);
        out.push({
          span: { start: info.start, end: info.end },
          message: block.matched.has(l)
            ? ctx.t({ zh: `模板或网站残留：“${preview(text)}”`, en: `Template or website residue: "${preview(text)}"` })
            : ctx.t({ zh: `疑似模板残留（夹在广告文字之间）：“${preview(text)}”`, en: `Probably template residue (between advertising lines): "${preview(text)}"` }),
          fixes: [
            { title: ctx.t({ zh: '删除此行', en: 'Delete this line' }), edits: [lineDeletion(model, l, l, false)], preferred: block.lines.length === 1, safe: false },
            ...blockFix,
          ],
        });
      }
    }
    return out;
  },
};
