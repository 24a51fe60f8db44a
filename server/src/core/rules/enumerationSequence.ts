// enumeration-sequence: 一是/二是/三是 (also 第一/第二, 首先/其次/再次/最后) that skip, repeat or run
// backwards — inside a paragraph, or across the paragraphs that start with them in one section —
// and 第一 mixed with 首先 in one run.

import { EnumerationMarker, enumerationFamily, ORDER_LAST } from '../model/enumerations';
import { precedingMarker } from '../model/outlineTree';
import { Paragraph, toDocSpan } from '../model/paragraphs';
import { paragraphMemo } from '../model/paragraphMemo';
import { ListKind, paragraphsWhere } from '../model/documentSums';
import { enumerationWord, renumberMarkerEdits } from '../model/renumber';
import { Finding, Fix, Rule, RuleContext } from './rule';
import { ENUMERATION_PAIR, mayHold } from './shared/characterPass';

interface Entry {
  marker: EnumerationMarker;
  paragraph: Paragraph;
}

const family = (m: EnumerationMarker) => enumerationFamily(m.kind);
/** The word due at position n of a sequence started by `first` (past 再次, only 最后 remains). */
const expectedWord = (first: EnumerationMarker, n: number) => enumerationWord(first, n, false) ?? '最后';
const MAX_NESTING = 4;
/**
 * Runs found from 1 in order. A run is an object of one outline tree, which a keystroke that cannot
 * change it carries over whole (its item paragraphs, and so their markers, untouched): typing in a
 * 10 MB report no longer builds the sequence of each of its runs again (half a megabyte a keystroke).
 */
const runsInOrder = new WeakSet<object>();

export const enumerationSequence: Rule = {
  meta: {
    id: 'enumeration-sequence',
    defaultSeverity: 'warning',
    tags: ['numbering'],
    summary: { zh: '一是、二是……或第一、第二……序列跳号、重复、倒序，或第一与首先混用', en: 'An 一是/二是 or 第一/第二 sequence that skips, repeats, runs backwards or mixes 第一 with 首先' },
    fixable: true,
    formatting: true,
    ignorable: true,
  },
  check(ctx) {
    const out: Finding[] = [];
    const { model } = ctx;

    // Inside each paragraph, read as the outline is (inParagraphSequences). What is found there is
    // remembered on the paragraph; a paragraph whose sequences are all in order is skipped.
    for (const p of paragraphsWhere(model, UNCLEAN, ctx)) {
      for (const { markers, leadingIsItem } of sequencesOf(p).sequences) {
        checkSequence(ctx, markers.map((marker) => ({ marker, paragraph: p })), out, { isRun: false, leadingIsItem });
      }
    }

    // Across paragraph starts: each run of items in one section, where an item paragraph that
    // continues itself inline ("一是…。二是…" then a paragraph "三是…") counts up to its last marker.
    for (const run of model.runs) {
      if (runsInOrder.has(run)) continue;
      const seq: Entry[] = [];
      for (const item of run.items) {
        seq.push({ marker: item.marker, paragraph: item.paragraph });
        const inline = item.paragraph.markers.filter((m) => family(m) === family(item.marker));
        let last = item.marker.value;
        for (const m of inline.slice(1)) {
          if (m.value !== last + 1) break;
          last = m.value;
          seq.push({ marker: m, paragraph: item.paragraph });
        }
      }
      // A run from 1 in order has nothing to report and asks no paragraph outside it: remembered.
      if (seq[0]?.marker.value === 1 && inOrder(seq.map((e) => e.marker), false)) {
        runsInOrder.add(run);
        continue;
      }
      checkSequence(ctx, seq, out, { isRun: true, leadingIsItem: false });
    }
    return out;
  },
};

interface ParagraphSequences {
  sequences: { markers: EnumerationMarker[]; leadingIsItem: boolean }[];
  /** Every sequence starts at 1 (or is an item's own word) and runs in order: nothing to report. */
  clean: boolean;
}

/**
 * The enumeration sequences inside one paragraph. A marker that restarts at 1 opens a nested
 * sequence ("第二，……首先是……" in 1957.txt), one that continues an open sequence returns to it.
 * Whether the paragraph is an item (it opens with its own marker) is the paragraph's own fact: the
 * outline makes every paragraph that opens with a marker and has no heading ordinal an item.
 */
const sequencesOf = paragraphMemo((p: Paragraph): ParagraphSequences => {
  const isItem = !p.ordinal && p.leadingMarker !== undefined;
  const sequences: ParagraphSequences['sequences'] = [];
  // Nothing to check, or only an item's own leading word (the run judges that).
  if (p.markers.length === 1 && isItem) return { sequences, clean: true };
  for (const fam of ['shi', 'ordinal']) {
    const open: EnumerationMarker[][] = [];
    const done: EnumerationMarker[][] = [];
    for (const m of p.markers.filter((x) => family(x) === fam)) {
      const continues = (seq: EnumerationMarker[]) => {
        const last = seq[seq.length - 1].value;
        return last !== ORDER_LAST && (m.value === last + 1 || m.value === ORDER_LAST);
      };
      // Prefer the open sequence written with the same word (第三 returns to 第一、第二 rather
      // than continuing a nested 首先、其次), then any that it continues.
      let target = -1;
      for (let i = open.length - 1; i >= 0 && target < 0; i--) if (continues(open[i]) && open[i][0].kind === m.kind) target = i;
      for (let i = open.length - 1; i >= 0 && target < 0; i--) if (continues(open[i])) target = i;
      if (target >= 0) {
        done.push(...open.splice(target + 1));
        open[target].push(m);
      } else if (m.value === 1 || open.length === 0) {
        // Nested enumerations go two or three deep in real text; deeper is noise, and an
        // unbounded stack would make a paragraph of 70,000 一是 quadratic.
        if (open.length >= MAX_NESTING) done.push(open.shift()!);
        open.push([m]);
      } else open[open.length - 1].push(m); // a skip, repeat or step back: reported by checkSequence
    }
    for (const seq of [...done, ...open].sort((a, b) => a[0].start - b[0].start)) sequences.push({ markers: seq, leadingIsItem: seq[0].start === 0 && isItem });
  }
  return { sequences, clean: sequences.every((s) => inOrder(s.markers, s.leadingIsItem)) };
});

/**
 * The paragraphs whose own sequences need a look (a list kept across versions). A paragraph without
 * a pair an enumeration word is made around (the run's character pass: ENUMERATION_PAIR) is not
 * searched for markers.
 */
const UNCLEAN: ListKind<RuleContext> = { test: (p, run) => mayHold(p, ENUMERATION_PAIR, run) && p.markers.length > 0 && !sequencesOf(p).clean };

/** A sequence checkSequence has nothing to say about, without looking outside the paragraph. */
function inOrder(seq: EnumerationMarker[], leadingIsItem: boolean): boolean {
  const first = seq[0];
  if (seq.length === 1 && (first.value === ORDER_LAST || leadingIsItem)) return true;
  // Starting past 1 asks the paragraphs before: judged on every check.
  if (first.value !== 1 && first.value !== ORDER_LAST && !leadingIsItem) return false;
  for (let i = 1; i < seq.length; i++) {
    const cur = seq[i];
    if (cur.kind !== first.kind && !(cur.kind === 'order' && cur.value === ORDER_LAST)) return false;
    if (cur.value !== ORDER_LAST && cur.value !== seq[i - 1].value + 1) return false;
  }
  return true;
}

function label(m: EnumerationMarker): string {
  return m.word;
}

function checkSequence(ctx: RuleContext, seq: Entry[], out: Finding[], opts: { isRun: boolean; leadingIsItem: boolean }): void {
  const first = seq[0].marker;
  // A lone 最后, or a lone inline marker that is an item's own leading word, is no sequence.
  if (seq.length === 1 && (first.value === ORDER_LAST || opts.leadingIsItem)) return;
  const fixFor = (): Fix[] => {
    const edits = renumberMarkerEdits(seq, first.kind);
    return edits && edits.length ? [{ title: ctx.t({ zh: '重新编号列举', en: 'Renumber the enumeration' }), edits, preferred: true, safe: true }] : [];
  };
  const report = (e: Entry, zh: string, en: string) =>
    out.push({ span: toDocSpan(e.paragraph, e.marker.start, e.marker.end), message: ctx.t({ zh, en }), fixes: fixFor() });

  if (first.value !== 1 && first.value !== ORDER_LAST && (opts.isRun || !opts.leadingIsItem)) {
    // Where did the sequence begin? Earlier in the paragraph, or a few paragraphs back.
    const before = markerBefore(ctx, seq[0]);
    if (!before || before.value !== first.value - 1) {
      const expected = expectedWord(first, 1);
      report(seq[0], `列举缺少开头：此处为“${label(first)}”，前面没有“${expected}”`, `Enumeration does not start at 1: "${label(first)}" with no "${expected}" before it`);
      return;
    }
    if (family(before) !== family(first)) {
      report(seq[0], `列举用词混用：前面用“${label(before)}”，此处用“${label(first)}”`, `Mixed enumeration words: "${label(first)}" continues "${label(before)}"`);
      return;
    }
  }
  for (let i = 1; i < seq.length; i++) {
    const prev = seq[i - 1].marker;
    const cur = seq[i].marker;
    if (cur.kind !== first.kind && !(cur.kind === 'order' && cur.value === ORDER_LAST)) {
      report(seq[i], `列举用词混用：“${label(first)}”开头的列举中出现“${label(cur)}”`, `Mixed enumeration words: "${label(cur)}" in a run that starts with "${label(first)}"`);
      return;
    }
    if (cur.value === ORDER_LAST || cur.value === prev.value + 1) continue;
    const expected = expectedWord(first, prev.value + 1);
    if (cur.value === prev.value) report(seq[i], `列举重复：“${label(prev)}”之后又是“${label(cur)}”，应为“${expected}”`, `Enumeration repeats: "${label(cur)}" again after "${label(prev)}"; "${expected}" expected`);
    else if (cur.value > prev.value) report(seq[i], `列举跳号：“${label(prev)}”之后应为“${expected}”，此处为“${label(cur)}”`, `Enumeration skips: "${expected}" expected after "${label(prev)}", not "${label(cur)}"`);
    else report(seq[i], `列举倒序：“${label(cur)}”排在“${label(prev)}”之后，应为“${expected}”`, `Enumeration runs backwards: "${label(cur)}" after "${label(prev)}"; "${expected}" expected`);
    return; // one finding per sequence: the renumbering fix repairs the rest
  }
}

/** The marker just before `e`: earlier in its paragraph, else the nearest in the paragraphs before. */
function markerBefore(ctx: RuleContext, e: Entry): EnumerationMarker | undefined {
  const inParagraph = e.paragraph.markers.filter((m) => m.start < e.marker.start);
  if (inParagraph.length) return inParagraph[inParagraph.length - 1];
  return precedingMarker(ctx.model.paragraphs, e.paragraph.index)?.marker;
}
