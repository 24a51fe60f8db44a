// Unfilled slots a template left in a report — X月X日, X人, XX, XXXX案, ××同志, **年, ○○局, 某某,
// 20XX年, 【】 or 【请填写…】, an empty （ ）, ____, and in lower case or with one star "xx余篇", "x次",
// "20*年", "*个" — a fact of the model that the placeholder rule,
// hover, `stats` and the Word export read. Not slots: X射线, X光, Latin words and model names (X5),
// ○ inside a Chinese year (二○○○年), 某 in ordinary words (某些, 某种), programme names with X or ×
// (“数据要素×”行动, “415X”产业集群), Markdown bold (**12**).

import { Paragraph, toDocSpan } from './paragraphs';
import { Position } from '../text/lineIndex';
import { Span } from '../text/edit';
import { ReportModel } from './reportModel';
import { Text } from '../text/i18n';

export type SlotKind = 'date' | 'count' | 'person' | 'place' | 'text';

export interface Slot {
  span: Span;
  text: string;
  kind: SlotKind;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/;
/** Full-width punctuation before a slot ("述职人：XXX", "（X）") is Chinese text too. */
const CJK_PUNCT = /[\u3001-\u303f\uff01-\uff0f\uff1a-\uff20“‘（]/;
const DIGIT = /[0-9０-９]/;
const CN_NUMERAL = /[〇○零一二三四五六七八九十百千万两]/;

// One alternation, scanned once per paragraph. Dates are whole slots ("X月X日", "20XX年XX月XX日",
// and in lower case "20xx年x月"; a Latin letter before or after keeps them out).
const X = '[XＸ×]{1,4}';
const DX = '[XＸ×xｘ]{1,4}';
const DATE = `(?:(?:[0-9０-９]{2}|${DX})?${DX}年)?${DX}月(?:${DX}日)?|${DX}年(?:${DX}月(?:${DX}日)?)?|[0-9０-９]{2}(?:${DX}|[*＊])年|${DX}日`;
const SLOT = new RegExp(
  [
    `(?<date>${DATE})`,
    `(?<x>${X})`,
    // Lower-case "xx余篇", "x次": only between Chinese text and a count word (see below).
    `(?<lx>[xｘ]{1,4})`,
    `(?<star>[*＊]{2,})`,
    // One star: "*个", "*次" (a count slot); "20*年" is a date above.
    `(?<star1>[*＊])`,
    `(?<circle>[○〇]{2,})`,
    `(?<mou>某某+)`,
    `(?<bracket>【\\s*】|【(?:请填写|请输入|填写|待填|此处|在此)[^】]{0,20}】)`,
    `(?<paren>[（(][\\s\\u3000]+[）)])`,
    `(?<line>[_＿]{3,})`,
  ].join('|'),
  'g',
);

/** Words that begin with X and are no slot. */
const X_WORDS = /^(?:射线|光|线|型|形|轴|染色体|先生|女士)/;

const COUNT_AFTER = /^(?:余|多)?(?:人|个|次|件|篇|项|元|万|亿|%|％|户|名|场|期|条|家|所|批|天|小时|份|台|辆|吨|亩|公里|平方米|倍|本|起|处|座|支|套|余次|余人|余件)/;
const PERSON_AFTER = /^(?:同志|书记|局长|主任|县长|镇长|部长|处长|科长|经理|老师|先生|女士)/;
const PLACE_AFTER = /^(?:省|市|区|县|镇|乡|村|街道|社区|局|委|办|厅|部|处|科|院|校|公司|单位|中心|支部|党委|党组|政府|案)/;

/**
 * Programme names written with ×, quoted or not: "数据要素×" (《“数据要素×”三年行动计划（2024—2026
 * 年）》, 国家数据局等十七部门, 2023年12月), in nearly every 2026 work report.
 */
const PROGRAMME_X = /数据要素$/;
function isProgrammeName(text: string, start: number, end: number): boolean {
  return end - start === 1 && text[start] === '×' && PROGRAMME_X.test(text.slice(Math.max(0, start - 4), start));
}

/**
 * An X or × that closes a quoted name with other text in it — “数据要素×”行动 — is part of the
 * name. A quote holding nothing but the slot (“XX”) is still a slot.
 */
function endsQuotedName(text: string, start: number, end: number): boolean {
  if (!/^[”」』》"]/.test(text[end] ?? '')) return false;
  const open = Math.max(text.lastIndexOf('“', start), text.lastIndexOf('「', start), text.lastIndexOf('《', start), text.lastIndexOf('"', start - 1));
  if (open < 0 || start - open > 20) return false;
  const inside = text.slice(open + 1, start);
  return (inside.match(/[\u3400-\u9fff]/g)?.length ?? 0) >= 2;
}

/**
 * Where Markdown bold that starts at `start` ends (after its closing **), or 0. Bold holds a number
 * ("**12**", "**3.5%**") or a phrase of two or more characters without a comma or full stop; "**年"
 * and "完成**个项目，投资**万元" stay slots.
 */
function boldEnd(text: string, start: number, stars: string): number {
  if (stars !== '**') return 0;
  const m = /^\*\*([^*\n]{1,40}?)\*\*(?!\*)/.exec(text.slice(start, start + 46));
  if (!m) return 0;
  const inner = m[1];
  if (/^\s|\s$/.test(inner)) return 0;
  const isNumber = /^[0-9０-９][0-9０-９.．,，%％]*$/.test(inner);
  const isPhrase = inner.length >= 2 && !/[，,。；;]/.test(inner) && !COUNT_AFTER.test(inner) && !/^[年月日]/.test(inner);
  return isNumber || isPhrase ? start + m[0].length : 0;
}

function classify(after: string, before: string): SlotKind {
  if (COUNT_AFTER.test(after)) return 'count';
  if (PERSON_AFTER.test(after)) return 'person';
  if (PLACE_AFTER.test(after)) return 'place';
  if (/[第]$/.test(before)) return 'count';
  return 'text';
}

export function findSlots(p: Paragraph): Slot[] {
  const text = p.text;
  // Cheap pre-check: the trigger characters are rare in finished text.
  if (!/[XＸ×xｘ*＊○〇某【（(_＿]/.test(text)) return [];
  const out: Slot[] = [];
  SLOT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SLOT.exec(text))) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1] ?? '';
    const after = text.slice(end, end + 4);
    const next = text[end] ?? '';
    let kind: SlotKind | undefined;
    if (g.date !== undefined) {
      if (LATIN.test(before) || (LATIN.test(next) && !/[XＸ]/.test(next))) continue;
      kind = 'date';
    } else if (g.x !== undefined) {
      // A slot sits beside Chinese text or %, never inside a Latin word or a model name, and never
      // beside digits: "415X"/"555X" 产业集群 and "1+N+X" are programme names, "3×4" a product.
      if (LATIN.test(before) || LATIN.test(next) || DIGIT.test(next) || DIGIT.test(before)) continue;
      if (before === '+' || next === '+') continue;
      if (/^[-‐][A-Za-z]/.test(text.slice(end, end + 2))) continue; // X-ray
      if (!(CJK.test(before) || CJK.test(next) || CJK_PUNCT.test(before) || /[%％]/.test(next))) continue;
      if (X_WORDS.test(after)) continue;
      if (endsQuotedName(text, start, end) || isProgrammeName(text, start, end)) continue;
      kind = classify(after, before);
    } else if (g.lx !== undefined) {
      // Lower case is a slot only where a template puts one: after Chinese text, before a count
      // word ("撰写心得体会xx余篇", "学习x次", "x条").
      if (!CJK.test(before) || !COUNT_AFTER.test(after)) continue;
      kind = 'count';
    } else if (g.star !== undefined) {
      // Markdown bold ("**12**", "**一、主要工作**") is a draft mark around text, not two slots.
      const bold = boldEnd(text, start, m[0]);
      if (bold > 0) {
        SLOT.lastIndex = bold;
        continue;
      }
      if (!(CJK.test(before) || CJK.test(next) || DIGIT.test(next))) continue;
      kind = /^年/.test(after) ? 'date' : classify(after, before);
    } else if (g.star1 !== undefined) {
      if (!(CJK.test(before) || CJK_PUNCT.test(before)) || !COUNT_AFTER.test(after) || /^[%％]/.test(after)) continue;
      kind = 'count';
    } else if (g.circle !== undefined) {
      // ○ is a zero inside Chinese years: 二○○○年, 一九○○年.
      if (CN_NUMERAL.test(before) || CN_NUMERAL.test(next) || /^年/.test(after)) continue;
      kind = classify(after, before);
    } else if (g.mou !== undefined) {
      const k = classify(after, before);
      kind = k === 'text' ? 'person' : k; // 某某 alone stands for a name
    } else if (g.bracket !== undefined || g.paren !== undefined || g.line !== undefined) {
      kind = 'text';
    }
    if (!kind) continue;
    out.push({ span: toDocSpan(p, start, end), text: m[0], kind });
  }
  return out;
}

/** Every unfilled slot of the report with its position: what `stats` and the Word export list. */
export function placeholdersOf(model: ReportModel): (Slot & { position: Position })[] {
  return model.paragraphs.flatMap((p) => findSlots(p)).map((s) => ({ ...s, position: model.index.positionAt(s.span.start) }));
}

export const SLOT_KIND_TEXT: Record<SlotKind, Text> = {
  date: { zh: '日期', en: 'a date' },
  count: { zh: '数量', en: 'a number' },
  person: { zh: '人名', en: "a person's name" },
  place: { zh: '单位、地名或名称', en: 'a name (organisation, place, case…)' },
  text: { zh: '内容', en: 'text' },
};

