// Is this plain text a report? Used by the extension to switch .txt files to the baogao language,
// so a wrong "yes" turns a note, a notice or a novel into a report with squiggles: measured on the
// texts of test/fixtures/detection (notices, minutes, agendas, novels, code, recipes… and reports).
// A report has more than two numbered lines — a list of 一、 or （一） headings from 1, a run of
// 第一，第二，第三，, or 一是… items — and either a report title (报告, 总结, 述职…) or prose
// under its headings. A document titled as another kind (纪要, 通知, 议程, 说明书…) is not one.

import { parseReport } from './reportModel';

const REPORT_TITLE = /报告|总结|述职|汇报|讲话|发言|方案|规划|计划/;
/** Titles of other kinds of document that are numbered the same way. */
const OTHER_TITLE = /纪要|记录|通知|通告|公告|通报|议程|说明书|合同|协议|章程|简历|试题|复习题|习题|试卷|须知|指南|清单/;
/** More than two numbered lines: two ("一、参会人员 / 二、议题") are a note's. */
const MIN_NUMBERED = 3;
/** Enough of the text to decide; the rest cannot change the answer much and costs time. */
const SAMPLE = 200_000;

export function looksLikeReport(text: string): boolean {
  const model = parseReport(text.length > SAMPLE ? text.slice(0, SAMPLE) : text);
  // Titles are compared without spaces ("述 职 报 告"); a short first line counts as a title too
  // ("电热水壶使用说明书" right above "一、产品简介" is no report title for the model).
  const first = model.lines.find((l) => !l.blank);
  const firstLine = first && first.end - first.start <= 30 ? model.text.slice(first.start, first.end) : '';
  const title = (model.title?.text ?? firstLine).replace(/[\s\u3000]+/g, '');
  const reportTitle = REPORT_TITLE.test(title);
  if (!reportTitle && OTHER_TITLE.test(title)) return false;

  const list = model.lists.some((l) => (l.family === 'cn' || l.family === 'parenCn') && l.items.length >= MIN_NUMBERED && l.items[0].ordinal.value === 1 && l.items[1].ordinal.value === 2);
  // Paragraphs 第一，第二，第三， (1964.txt) or 一是… structure a report as well as headings do.
  const run = model.runs.some((r) => r.kind !== 'order' && r.items.length >= MIN_NUMBERED && r.items[0].marker.value === 1 && r.items[1].marker.value === 2);
  // Under a report title every numbered line counts (1. 2. 3., 首先/其次 too).
  const numbered = model.headings.length + model.items.length;
  if (reportTitle && numbered >= MIN_NUMBERED) return true;
  // A report title with two sections of prose ("一、…。二、…。") is a short report; without the
  // title, the numbered lines must be a list of three or more heading prose (an agenda or a code
  // comment's "# 一、读取数据" heads none).
  if (reportTitle ? numbered < 2 : !list && !run) return false;
  return proseSentences(model) >= 2;
}

/** Paragraphs ending a sentence outside the headings, counted up to two. */
function proseSentences(model: ReturnType<typeof parseReport>): number {
  const headingParagraphs = new Set(model.headings.map((h) => h.paragraph));
  let sentences = 0;
  for (const p of model.paragraphs) {
    if (headingParagraphs.has(p) && !/[。！？]/.test(p.text.slice(p.ordinal?.raw.length ?? 0, -1))) continue;
    if (/[。！？；]$/.test(p.text) && ++sentences >= 2) break;
  }
  return sentences;
}
