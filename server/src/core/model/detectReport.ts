// Is this plain text a report? Used by the extension to switch .txt files to the baogao language.
// A report has a numbered list of 一、 or （一） headings starting at 1, a run of paragraphs
// 第一，第二，第三，, or a report title with headings; an ordinary note with "1. 2." lines or a
// stray "一、" stays plain text.

import { parseReport } from './reportModel';

const TITLE_WORD = /报告|总结|述职|汇报|讲话|发言|方案|规划|计划/;
/** Enough of the text to decide; the rest cannot change the answer much and costs time. */
const SAMPLE = 200_000;

export function looksLikeReport(text: string): boolean {
  const model = parseReport(text.length > SAMPLE ? text.slice(0, SAMPLE) : text);
  const hasList = model.lists.some(
    (l) => (l.family === 'cn' || l.family === 'parenCn') && l.items.length >= 2 && l.items[0].ordinal.value === 1 && l.items[1].ordinal.value === 2,
  );
  if (hasList) return true;
  // Paragraphs 第一，第二，第三， (1964.txt) structure a report as well as headings do.
  if (model.runs.some((r) => r.items.length >= 3 && r.items[0].marker.value === 1 && r.items[1].marker.value === 2)) return true;
  const titled = !!model.title && TITLE_WORD.test(model.title.text);
  return titled && (model.headings.length >= 1 || model.items.length >= 2);
}
