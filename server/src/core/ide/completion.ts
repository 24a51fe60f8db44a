// What to offer where the writer is about to number something:
//  - at the start of a line: the next ordinal of each open list, innermost first (after （四）
//    under 一、: （五）, then 二、), and the first ordinal one level down (1.);
//  - after a sentence end inside a paragraph that enumerates (…。一是……。二是……。): 三是;
//  - at the start of a line after item paragraphs (一是… / 二是…): the next word.
// Nowhere else: completion in the middle of a sentence would only be noise.

import { enumerationFamily, EnumerationMarker } from '../model/enumerations';
import { FAMILY_LEVEL, formatOrdinal, LEVEL_FAMILY, renumberedOrdinal } from '../model/ordinals';
import { HeadingNode } from '../model/outlineTree';
import { paragraphAt, ReportModel } from '../model/reportModel';
import { toTextOffset } from '../model/paragraphs';
import { enumerationWord } from '../model/renumber';

export interface OrdinalSuggestion {
  label: string;
  /** Why it is offered: "continue" the innermost list, an "outer" list, a "sub" list, or an "enumeration". */
  reason: 'continue' | 'outer' | 'sub' | 'enumeration';
  /** The heading whose list it continues, for the detail text. */
  after?: string;
}

export interface CompletionContext {
  /** Offset where the inserted text starts (the line's content start, or the cursor). */
  replaceFrom: number;
  suggestions: OrdinalSuggestion[];
}

export function suggestAt(model: ReportModel, offset: number): CompletionContext | undefined {
  const line = model.index.lineAt(offset);
  const lineStart = model.index.starts[line];
  const before = model.source.slice(lineStart, offset);
  const typed = before.replace(/^[\s\u3000]+/, '');
  // At the start of a line, possibly after an opening bracket typed as the trigger.
  if (/^[（(]?$/.test(typed)) {
    const suggestions = [...itemSuggestions(model, line), ...headingSuggestions(model, line)];
    return suggestions.length ? { replaceFrom: offset - typed.length, suggestions } : undefined;
  }
  // Right after a sentence end inside a paragraph that enumerates.
  if (/[。；;]$/.test(before)) {
    const p = paragraphAt(model, offset - 1);
    if (!p) return undefined;
    const upTo = toTextOffset(p, offset);
    const markers = p.markers.filter((m) => m.end <= upTo);
    const last = markers[markers.length - 1];
    if (!last) return undefined;
    const word = nextWord(last, markers);
    return word ? { replaceFrom: offset, suggestions: [{ label: word, reason: 'enumeration' }] } : undefined;
  }
  return undefined;
}

function nextWord(last: EnumerationMarker, seq: EnumerationMarker[]): string | undefined {
  const fam = seq.filter((m) => enumerationFamily(m.kind) === enumerationFamily(last.kind));
  return enumerationWord(last, fam.length ? last.value + 1 : 1, false);
}

function headingSuggestions(model: ReportModel, line: number): OrdinalSuggestion[] {
  // The heading sections open at this line: the last heading above it and its ancestors.
  let h: HeadingNode | undefined;
  for (const x of model.headings) if (x.paragraph.startLine < line) h = x;
  const out: OrdinalSuggestion[] = [];
  const seen = new Set<string>();
  const add = (s: OrdinalSuggestion) => {
    if (!seen.has(s.label)) {
      seen.add(s.label);
      out.push(s);
    }
  };
  if (!h) {
    add({ label: formatOrdinal('cn', 1), reason: 'sub' });
    return out;
  }
  for (let n: HeadingNode | undefined = h, first = true; n; n = n.parent, first = false) {
    add({ label: renumberedOrdinal(n.ordinal, n.ordinal.value + 1), reason: first ? 'continue' : 'outer', after: n.ordinal.raw + n.text });
  }
  const sub = LEVEL_FAMILY[FAMILY_LEVEL[h.ordinal.family] + 1];
  if (sub) add({ label: formatOrdinal(sub, 1, { point: '.' }), reason: 'sub', after: h.ordinal.raw + h.text });
  return out;
}

function itemSuggestions(model: ReportModel, line: number): OrdinalSuggestion[] {
  // After item paragraphs of a run (一是… / 二是…), the next item word comes first.
  const prev = [...model.paragraphs].reverse().find((p) => p.endLine < line);
  if (!prev) return [];
  const item = model.items.find((i) => i.paragraph === prev);
  if (!item) return [];
  const fam = prev.markers.filter((m) => enumerationFamily(m.kind) === enumerationFamily(item.marker.kind));
  const last = fam[fam.length - 1] ?? item.marker;
  const word = enumerationWord(last, last.value + 1, false);
  return word ? [{ label: word, reason: 'enumeration' }] : [];
}
