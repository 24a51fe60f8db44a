// max-length: many units cap a 述职报告 at 3,000 or 5,000 字. With `maxLength` set (one number, or
// one per genre) a report over it gets one finding on its title. The count is the status bar's:
// every character but white space, over the whole document (countChars; here from the model's
// section counter, which gives the same number without reading the text again), so the two never differ.

import { groupThousands } from '../text/charCount';
import { sectionCounterOf } from '../model/sectionCounts';
import { ReportModel } from '../model/reportModel';
import { ResolvedConfig } from '../config/config';
import { lengthLimit, recogniseGenre } from './shared/genre';
import { defineRule } from './rule';

/** The count and the limit that apply to this report, or undefined when no limit is set. */
export function lengthStatus(model: ReportModel, config: ResolvedConfig): { count: number; limit: number } | undefined {
  const limit = lengthLimit(recogniseGenre(model, config)?.id, config);
  return limit === undefined ? undefined : { count: sectionCounterOf(model).count(0, model.source.length), limit };
}

export const maxLength = defineRule({
  meta: {
    id: 'max-length',
    defaultSeverity: 'warning',
    tags: ['whole'],
    summary: { zh: '字数超过设定的限制（baogao.maxLength，默认不限）', en: 'Longer than the set limit (baogao.maxLength; no limit by default)' },
    fixable: false,
    formatting: false,
    ignorable: false,
  },
  check(ctx) {
    const status = lengthStatus(ctx.model, ctx.config);
    if (!status || status.count <= status.limit) return [];
    const { count, limit } = status;
    const first = ctx.model.lines.find((l) => !l.blank);
    const span = ctx.model.title?.span ?? (first ? { start: first.start, end: first.end } : { start: 0, end: 0 });
    return [
      {
        span,
        message: ctx.t({
          zh: `全文${groupThousands(count)}字，超过限制${groupThousands(limit)}字（多${groupThousands(count - limit)}字；不计空格）`,
          en: `${groupThousands(count)} characters, over the limit of ${groupThousands(limit)} by ${groupThousands(count - limit)} (spaces not counted)`,
        }),
      },
    ];
  },
});
