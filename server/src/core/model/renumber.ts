// Renumbering as plain edits, shared by the numbering rules' fixes and section moves:
// only the number changes, each ordinal keeps the style it was written in.

import { EnumerationMarker, ORDER_LAST } from './enumerations';
import { formatChineseNumeral } from './numerals';
import { renumberedOrdinal } from './ordinals';
import { SiblingList } from './outlineTree';
import { Paragraph, toDocSpan } from './paragraphs';
import { Edit } from '../text/edit';

/** Edits that number a sibling list 1, 2, 3… in document order. */
export function renumberListEdits(list: SiblingList): Edit[] {
  const edits: Edit[] = [];
  list.items.forEach((h, i) => {
    const newText = renumberedOrdinal(h.ordinal, i + 1);
    if (newText !== h.ordinal.raw) edits.push({ span: h.ordinalSpan, newText });
  });
  return edits;
}

const ORDER_WORD = ['', '首先', '其次', '再次'];

/** The enumeration word for position `n` (1-based) in the marker's own kind, or undefined. */
export function enumerationWord(marker: EnumerationMarker, n: number, isLast: boolean, kind = marker.kind): string | undefined {
  switch (kind) {
    case 'shi':
      return formatChineseNumeral(n) + '是';
    case 'di':
      return '第' + formatChineseNumeral(n);
    case 'order':
      if (marker.kind === 'order' && marker.value === ORDER_LAST && isLast) return '最后';
      return ORDER_WORD[n];
  }
}

/** Edits that renumber a sequence of markers 1, 2, 3… (each marker with its paragraph). */
export function renumberMarkerEdits(seq: { marker: EnumerationMarker; paragraph: Paragraph }[], kind?: EnumerationMarker['kind']): Edit[] | undefined {
  const edits: Edit[] = [];
  for (let i = 0; i < seq.length; i++) {
    const { marker, paragraph } = seq[i];
    const word = enumerationWord(marker, i + 1, i === seq.length - 1, kind ?? marker.kind);
    if (word === undefined) return undefined; // 首先…其次…再次 has no fourth word
    if (word !== marker.word) edits.push({ span: toDocSpan(paragraph, marker.start, marker.end), newText: word });
  }
  return edits;
}
