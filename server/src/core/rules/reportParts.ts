// report-parts: a 述职报告 or 工作总结 without its part on problems or on what comes next (a
// 述职述廉报告 also without 廉洁自律) is sent back before anyone reads a line. The genre comes from
// the title or the `genre` setting; the parts and their heading words from config/genres.json or the
// office's .baogaorc.json "parts". One finding per missing part, on the title.

import { BUILTIN_GENRES, findPart, recogniseGenre, requiredParts } from './shared/genre';
import { defineRule, Finding } from './rule';

export const reportParts = defineRule({
  meta: {
    id: 'report-parts',
    defaultSeverity: 'info',
    tags: ['whole'],
    summary: { zh: '报告缺少其文种通常有的部分：述职报告、工作总结的“存在的问题”“下一步打算”，述职述廉报告的“廉洁自律”', en: 'A part the genre expects is missing: problems and plans in a 述职报告 or 工作总结, integrity in a 述职述廉报告' },
    fixable: false,
    formatting: false,
    // The finding covers the title, so an ignore entry (keyed on that text) would silence the whole report.
    ignorable: false,
  },
  check(ctx) {
    const { model } = ctx;
    const genre = recogniseGenre(model, ctx.config);
    if (!genre) return [];
    const parts = requiredParts(genre.id, ctx.config);
    if (parts.length === 0) return [];
    // On the title; a report without one (genre from the setting) gets it on its first line.
    const first = model.lines.find((l) => !l.blank);
    const span = model.title?.span ?? (first ? { start: first.start, end: first.end } : { start: 0, end: 0 });
    const builtin = BUILTIN_GENRES.find((g) => g.id === genre.id);
    const genreName = ctx.locale === 'en' ? (builtin?.en ?? genre.id) : genre.id;
    // An office's own list has no note of ours behind it.
    const basis = builtin && !ctx.config.parts[genre.id] ? ctx.t(builtin.basis) : undefined;
    const out: Finding[] = [];
    for (const part of parts) {
      if (findPart(model, part)) continue;
      const name = ctx.t(part.name);
      const usually = part.usually ? ctx.t(part.usually) : undefined;
      out.push({
        span,
        message: ctx.t({
          zh: `${genre.id}通常有“${name}”部分${usually ? `（${usually}）` : ''}，本文未找到这一部分`,
          en: `A ${genreName} usually has a part on ${name}${usually ? ` (${usually})` : ''}; none found`,
        }),
        ...(basis ? { basis } : {}),
      });
    }
    return out;
  },
});
