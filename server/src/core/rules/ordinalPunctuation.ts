// ordinal-punctuation: the wrong mark after or around an ordinal — 一. 一， 一: 1、 1， （一）、
// （1）． (一) with half-width parentheses, ①. — with the correct form in the message and the fix.

import { correctedOrdinal } from '../model/ordinals';
import { isAcceptedForm, preferredPoint } from './shared/ordinalStyle';
import { Finding, Rule } from './rule';

export const ordinalPunctuation: Rule = {
  meta: {
    id: 'ordinal-punctuation',
    defaultSeverity: 'warning',
    tags: ['numbering'],
    summary: { zh: '序号后的标点或括号有误，如“1、”“一.”“(一)”“（一）、”', en: 'Wrong punctuation after or around an ordinal: 1、 一. (一) （一）、' },
    fixable: true,
    formatting: true,
    ignorable: false,
  },
  check(ctx) {
    const out: Finding[] = [];
    const point = ctx.config.numbering.thirdLevelPoint;
    for (const h of ctx.model.headings) {
      if (isAcceptedForm(h.ordinal, point)) continue;
      const correct = correctedOrdinal(h.ordinal, h.ordinal.family === 'digit' ? preferredPoint(h.list, h.ordinal, point) : undefined);
      out.push({
        span: h.ordinalSpan,
        message: ctx.t({
          zh: `序号标点有误：“${h.ordinal.raw}”应为“${correct}”`,
          en: `Wrong ordinal punctuation: "${h.ordinal.raw}" should be "${correct}"`,
        }),
        fixes: [{ title: ctx.t({ zh: `改为“${correct}”`, en: `Change to "${correct}"` }), edits: [{ span: h.ordinalSpan, newText: correct }], preferred: true, safe: true }],
      });
    }
    return out;
  },
};
