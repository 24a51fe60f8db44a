// Unfilled slots a template left in a report — X月X日, X人, XX, XXXX案, ××同志, **年, ○○局, 某某,
// 20XX年, 【】 or 【请填写…】, an empty （ ）, ____ — a fact of the model that the placeholder rule,
// hover, `stats` and the Word export read. Not slots: X射线, X光, Latin words and model names (X5),
// ○ inside a Chinese year (二○○○年), 某 in ordinary words (某些, 某种).

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

// One alternation, scanned once per paragraph. Dates are whole slots ("X月X日", "20XX年XX月XX日").
const X = '[XＸ×]{1,4}';
const DATE = `(?:(?:[0-9０-９]{2}|${X})?${X}年)?${X}月(?:${X}日)?|${X}年(?:${X}月(?:${X}日)?)?|[0-9０-９]{2}${X}年|${X}日`;
const SLOT = new RegExp(
  [
    `(?<date>${DATE})`,
    `(?<x>${X})`,
    `(?<star>[*＊]{2,})`,
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
  if (!/[XＸ×*＊○〇某【（(_＿]/.test(text)) return [];
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
      // A slot sits beside Chinese text, digits or %, never inside a Latin word or a model name.
      if (LATIN.test(before) || LATIN.test(next) || DIGIT.test(next)) continue;
      if (/^[-‐][A-Za-z]/.test(text.slice(end, end + 2))) continue; // X-ray
      if (g.x[0] === '×' && DIGIT.test(before)) continue; // 3×4
      if (!(CJK.test(before) || CJK.test(next) || CJK_PUNCT.test(before) || DIGIT.test(before) || /[%％]/.test(next))) continue;
      if (X_WORDS.test(after)) continue;
      kind = classify(after, before);
    } else if (g.star !== undefined) {
      if (!(CJK.test(before) || CJK.test(next) || DIGIT.test(next))) continue;
      kind = /^年/.test(after) ? 'date' : classify(after, before);
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

