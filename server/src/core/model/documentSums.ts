// Sums over a document's paragraphs (how many years it names, in which form; how many full-width
// numbers…) that a whole-document rule weighs before judging one paragraph. A sum is kept per model
// and, after an edit, made from the previous version's sum: minus what the paragraphs the edit
// removed held, plus what the paragraphs it read again hold. So a keystroke costs a sum the edited
// paragraph, not a pass over 20,000 paragraphs. What each paragraph holds is remembered on it (a
// slot of its memos, as paragraphMemo does), and sums hold numbers only: no text of any version.

import { ParagraphMemo } from './paragraphMemo';
import { Paragraph, ParagraphShape } from './paragraphs';

export interface SumKind<T> {
  /** Length of the sum vector. */
  readonly length: number;
  /** What one paragraph holds (read from its text alone), remembered on it. */
  of: ParagraphMemo<T>;
  /** Adds (sign 1) or removes (sign -1) a paragraph's part. */
  add(sum: Float64Array, part: T, sign: 1 | -1): void;
}

interface Kind<T> extends SumKind<T> {
  readonly slot: number;
}

/** What an incremental parse tells the new model about the version it came from. */
export interface ModelOrigin {
  /** The previous version's sums and lists (numbers only: the old model and its text are not kept). */
  sums: Map<object, Float64Array | Int32Array>;
  /** Index of the first paragraph the edit removed (and of the first one read again). */
  at: number;
  /** Shapes of the paragraphs the edit removed (their parts are on them). */
  removed: ParagraphShape[];
  /** The paragraphs read again. */
  added: Paragraph[];
}

export interface Summed {
  paragraphs: Paragraph[];
  /** Sums and lists of this version, by kind. */
  sums: Map<object, Float64Array | Int32Array>;
  origin?: ModelOrigin;
}

/** Declares a kind of sum; a paragraph's part is read from the memo's slot when the paragraph is gone. */
export function sumKind<T>(kind: SumKind<T>): SumKind<T> {
  return { ...kind, slot: kind.of.slot } as Kind<T>;
}

/** The document's sum of this kind (made once per version). */
export function documentSum<T>(model: Summed, sumKind: SumKind<T>): Float64Array {
  const kind = sumKind as Kind<T>;
  const known = model.sums.get(kind) as Float64Array | undefined;
  if (known) return known;
  const sum = fromOrigin(model, kind) ?? fresh(model, kind);
  model.sums.set(kind, sum);
  return sum;
}

function fromOrigin<T>(model: Summed, kind: Kind<T>): Float64Array | undefined {
  const origin = model.origin;
  const base = origin?.sums.get(kind) as Float64Array | undefined;
  if (!origin || !base) return undefined;
  const sum = base.slice();
  for (const shape of origin.removed) {
    const part = shape.memos?.[kind.slot] as T | undefined;
    if (part === undefined) return undefined; // never summed: count afresh
    kind.add(sum, part, -1);
  }
  for (const p of origin.added) kind.add(sum, kind.of(p), 1);
  return sum;
}

function fresh<T>(model: Summed, kind: Kind<T>): Float64Array {
  const sum = new Float64Array(kind.length);
  for (const p of model.paragraphs) kind.add(sum, kind.of(p), 1);
  return sum;
}

/** Which paragraphs a whole-document rule needs to visit (most visit few of 20,000). */
export interface ListKind<H = never> {
  /**
   * Read from the paragraph's text alone (memoised by the caller). The hint (a rule run's character
   * pass) may spare it work, never change its answer: the list outlives the run.
   */
  test(p: Paragraph, hint?: H): boolean;
}

/**
 * The paragraphs that pass the kind's test, in order, made once per version: after an edit, from the
 * previous version's list (indices before the edit kept, the re-read paragraphs tested, those after
 * it moved by the change in count), so a keystroke does not test every paragraph.
 */
export function paragraphsWhere<H>(model: Summed, kind: ListKind<H>, hint?: H): Paragraph[] {
  const list = indicesWhere(model, kind, hint);
  const ps = model.paragraphs;
  // A loop, not Array.from(list, …): that iterates the typed array through the iterator protocol,
  // an object per element (a few thousand per keystroke for the tree's list).
  const out: Paragraph[] = new Array(list.length);
  for (let k = 0; k < list.length; k++) out[k] = ps[list[k]];
  return out;
}

/** The indices of the paragraphs that pass the kind's test (see paragraphsWhere), made once per version. */
export function indicesWhere<H>(model: Summed, kind: ListKind<H>, hint?: H): Int32Array {
  let list = model.sums.get(kind) as Int32Array | undefined;
  if (!list) {
    const out: number[] = [];
    const origin = model.origin;
    const base = origin?.sums.get(kind) as Int32Array | undefined;
    if (origin && base) {
      const shift = origin.added.length - origin.removed.length;
      let k = 0;
      while (k < base.length && base[k] < origin.at) out.push(base[k++]);
      origin.added.forEach((p, i) => kind.test(p, hint) && out.push(origin.at + i));
      while (k < base.length && base[k] < origin.at + origin.removed.length) k++;
      while (k < base.length) out.push(base[k++] + shift);
    } else {
      model.paragraphs.forEach((p, i) => kind.test(p, hint) && out.push(i));
    }
    model.sums.set(kind, (list = Int32Array.from(out)));
  }
  return list;
}

