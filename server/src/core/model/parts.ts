// Unnumbered parts of a report (issue 15): a speech's closing after its last numbered section
// ("各位代表！" in 2024.txt, then 政府自身建设, 国防, 外交…), part titles above numbered lists
// ("关于国内建设" / "关于外交工作" in 1984.txt, "结束语"), a bare numeral alone on its line ("一" in
// 1960.txt) and a glossary after the body ("名词解释"). Without them their text is counted into the
// last section before them, which then shows 3,582 字 against ~800 for its siblings.
//
// Parts sit beside the heading tree, not in it: `roots` stays the list of top-level nodes that the
// numbering rules and section commands read; a part only ends the sections before it, closes the
// open lists (a list under a new part starts afresh) and groups the nodes after it in the outline.

import { parseChineseNumeral } from './numerals';
import { Paragraph } from './paragraphs';
import { paragraphMemo } from './paragraphMemo';

export type PartKind = 'closing' | 'title' | 'numeral' | 'appendix';

export interface PartMark {
  paragraph: Paragraph;
  kind: PartKind;
  /** The part's name as shown in the outline. */
  text: string;
}

/** "各位代表！" on its own line, or opening the closing paragraph (2025.txt). */
const CLOSING = /^(?:各位代表|同志们|各位委员|代表们|各位同志)[！!]/;
/** Part titles: short, unpunctuated, "关于…" or a named end part. */
const PART_TITLE = /^关于[\u4e00-\u9fa5]{2,10}$/;
const END_PART = /^(?:名词解释|注释|附件|附录|附表|结束语|结语)$/;
const BARE_NUMERAL = /^[一二三四五六七八九十]{1,3}$/;

/** First characters of CLOSING. */
const CLOSING_FIRST = new Set([...'各同代'].map((c) => c.charCodeAt(0)));

/**
 * Whether findParts needs to see the paragraph: a heading, a short paragraph that could open a part
 * (a bare numeral, a part title, an end part), or one that opens with "各位代表！". Read from the
 * paragraph alone, so a document keeps the list of them from version to version (documentSums.ts:
 * paragraphsWhere) and a keystroke does not look at 20,000 paragraphs. Short paragraphs of any other
 * text are left out: findParts passes over them, and a writer starting a new paragraph types
 * through a dozen of them (the outline tree, which lists these paragraphs, is carried over such an
 * edit only when the paragraph is not listed).
 */
export function partsRead(p: Paragraph): boolean {
  return p.ordinal !== undefined || (p.textLength <= 12 && shortKind(p) !== SHORT_NONE) || (CLOSING_FIRST.has(p.firstCode) && CLOSING.test(p.text));
}

const SHORT_NONE = 0;
const SHORT_NUMERAL = 1;
const SHORT_TITLE = 2;
const SHORT_END = 3;
/**
 * What a short paragraph could open, read from its text once and kept on it (findParts runs on
 * every keystroke; the tail's paragraphs are new objects whose text would be read again).
 */
const shortKind = paragraphMemo((p: Paragraph): number => {
  if (p.startLine === p.endLine && p.textLength <= 3 && BARE_NUMERAL.test(p.text)) return SHORT_NUMERAL;
  if (PART_TITLE.test(p.text)) return SHORT_TITLE;
  return END_PART.test(p.text) ? SHORT_END : SHORT_NONE;
});

/**
 * The paragraphs that open an unnumbered part, with what kind of part each opens, in document order.
 * `paragraphs`: every paragraph of the document, or in order at least those partsRead passes.
 */
export function findParts(paragraphs: Paragraph[]): PartMark[] {
  const parts = new Map<Paragraph, PartMark>();
  // One pass: the last numbered heading, and the few short unnumbered paragraphs that could open a
  // part (with their place in `paragraphs`).
  let lastHeading = -1;
  const numerals: Paragraph[] = [];
  const candidates: [Paragraph, number][] = [];
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    if (p.ordinal) lastHeading = k;
    else if (p.textLength <= 12) {
      const kind = shortKind(p);
      if (kind === SHORT_NUMERAL) numerals.push(p);
      else if (kind !== SHORT_NONE) candidates.push([p, k]);
    }
  }
  const nextHeading = (from: number) => {
    for (let i = from; i < paragraphs.length; i++) if (paragraphs[i].ordinal) return paragraphs[i];
    return undefined;
  };

  // Bare numerals count 一, 二, 三… in order; a lone "一" with nothing after it is no part.
  const values = numerals.map((p) => parseChineseNumeral(p.text));
  if (numerals.length >= 2 && values.every((v, i) => v === i + 1)) numerals.forEach((p) => parts.set(p, { paragraph: p, kind: 'numeral', text: p.text }));

  // A bare numeral is never a part title or an end part.
  for (const [p, k] of candidates) {
    if (shortKind(p) === SHORT_TITLE) {
      // A part title heads a list that starts at 1 ("关于外交工作" then 一、…).
      const next = nextHeading(k + 1);
      if (next && next.ordinal!.value === 1 && (next.ordinal!.family === 'cn' || next.ordinal!.family === 'parenCn')) parts.set(p, { paragraph: p, kind: 'title', text: p.text });
    } else {
      // After the body: no numbered heading of level 1 or 2 follows.
      const next = nextHeading(k + 1);
      if (p.index > 0 && (!next || next.ordinal!.family === 'digit' || next.ordinal!.family === 'parenDigit' || next.ordinal!.family === 'circled')) parts.set(p, { paragraph: p, kind: 'appendix', text: p.text });
    }
  }

  // The closing: the first "各位代表！" after the last numbered heading.
  // Under a "结束语" already there, it is that part's text, not a part of its own.
  const lastHeadingIndex = lastHeading >= 0 ? paragraphs[lastHeading].index : -1;
  const ended = [...parts.keys()].some((p) => p.index > lastHeadingIndex);
  if (lastHeading >= 0 && !ended) {
    for (let i = lastHeading + 1; i < paragraphs.length; i++) {
      if (CLOSING_FIRST.has(paragraphs[i].firstCode) && CLOSING.test(paragraphs[i].text)) {
        parts.set(paragraphs[i], { paragraph: paragraphs[i], kind: 'closing', text: CLOSING.exec(paragraphs[i].text)![0] });
        break;
      }
    }
  }
  return [...parts.values()].sort((a, b) => a.paragraph.index - b.paragraph.index);
}
