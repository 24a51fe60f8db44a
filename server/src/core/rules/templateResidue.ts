// template-residue: what a website or template left behind — "仅供学习 禁止外传 用后删除",
// "…整理，咨询QQ206157060", 会员群 lines, "本文来源：<url>", "下面是小编为大家整理的…", copyright
// notes, QQ or WeChat numbers, 范文-site URLs, advertising in 【…】. A line sandwiched between
// residue lines (the site's name and slogans: "酷乐文行", "自建平台、实时分享") belongs to the block.
// Web-page chrome pasted with a report (toolbar, 【字号：大 中 小】, breadcrumbs, banners, footers,
// paywalls) is residue too. A block is one finding; its fix deletes it (never in fix-all).

import { Finding, Rule, RuleContext } from './rule';
import { Edit } from '../text/edit';
import { findResidueBlocks } from '../model/residue';
import { ReportModel } from '../model/reportModel';

function lineDeletion(model: ReportModel, first: number, last: number, withBlanksAfter: boolean): Edit {
  const { index, lines } = model;
  let end = last + 1;
  // A block takes the blank lines after it, so the report does not start with a gap.
  while (withBlanksAfter && end < lines.length && lines[end].blank && end < index.lineCount - 1) end++;
  const stop = end < index.lineCount ? index.starts[end] : model.source.length;
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
      const firstText = model.source.slice(model.lines[first].start, model.lines[first].end);
      if (block.lines.length === 1) {
        out.push({
          span: { start: model.lines[first].start, end: model.lines[first].end },
          message: ctx.t({ zh: `模板或网站残留：“${preview(firstText)}”`, en: `Template or website residue: "${preview(firstText)}"` }),
          fixes: [{ title: ctx.t({ zh: '删除此行', en: 'Delete this line' }), edits: [lineDeletion(model, first, first, false)], preferred: true, safe: false }],
        });
        continue;
      }
      // A block (a pasted page's toolbar and banner, a 范文 site's advert) is one finding: one
      // look, one delete, instead of a squiggle on each of "下载", "打印", "全屏"….
      const fillers = block.lines.length - block.matched.size;
      out.push({
        span: { start: model.lines[first].start, end: model.lines[last].end },
        message: ctx.t({
          zh: `模板或网站残留（第${first + 1}–${last + 1}行，${block.lines.length}行${fillers ? `，其中${fillers}行夹在残留之间` : ''}）：“${preview(firstText)}”`,
          en: `Template or website residue (lines ${first + 1}–${last + 1}, ${block.lines.length} lines${fillers ? `, ${fillers} of them between residue lines` : ''}): "${preview(firstText)}"`,
        }),
        fixes: [{ title: ctx.t({ zh: `删除整块模板残留（第${first + 1}–${last + 1}行）`, en: `Delete the whole residue block (lines ${first + 1}–${last + 1})` }), edits: [lineDeletion(model, first, last, true)], preferred: true, safe: false }],
      });
    }
    return out;
  },
};
