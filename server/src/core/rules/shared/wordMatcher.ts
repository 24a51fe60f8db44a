// A dictionary of literal words matched in one pass over a paragraph. modern-ahocorasick was
// measured first and is not used: it matches grapheme clusters (Intl.Segmenter underneath), which
// cost 2.0 s for the wording words over the 10 MB bench text (3.5 million characters, 20,594
// paragraphs) against 40 ms here, and did not finish a single 1 MB line within 25 s. Here every
// word is filed under its first two UTF-16 units: a scan reads each position once and rejects it
// with one hashed bit test unless some word starts with those two units, and only then compares the
// few words filed there. Work is linear in the text (times the small, fixed bucket size), with no
// per-entry loop and no regular expressions.

export interface WordHit<T> {
  start: number;
  end: number;
  entry: T;
}

const MIN_WORD = 2;
/** Bits of the bigram filter: 2^20 bits (128 KB) for about a thousand bigrams, so a miss is one test. */
const FILTER_BITS = 20;

const bigramHash = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) + Math.imul(b, 0x85ebca77)) >>> (32 - FILTER_BITS);

export class WordMatcher<T> {
  private readonly filter = new Uint32Array(1 << (FILTER_BITS - 5));
  /** Words by their first unit, then their second (small-integer keys), longest first. */
  private readonly buckets = new Map<number, Map<number, { word: string; entry: T }[]>>();
  readonly size: number;

  constructor(words: Iterable<[word: string, entry: T]>) {
    let size = 0;
    for (const [word, entry] of words) {
      if (word.length < MIN_WORD) continue;
      const a = word.charCodeAt(0);
      const b = word.charCodeAt(1);
      const h = bigramHash(a, b);
      this.filter[h >>> 5] |= 1 << (h & 31);
      let second = this.buckets.get(a);
      if (!second) this.buckets.set(a, (second = new Map()));
      let bucket = second.get(b);
      if (!bucket) second.set(b, (bucket = []));
      bucket.push({ word, entry });
      size++;
    }
    for (const second of this.buckets.values()) for (const bucket of second.values()) bucket.sort((x, y) => y.word.length - x.word.length);
    this.size = size;
  }

  /** Calls `onHit` for every occurrence (overlapping ones too), in order of start, longest first. */
  scan(text: string, onHit: (hit: WordHit<T>) => void): void {
    const filter = this.filter;
    const n = text.length - 1;
    let b = text.charCodeAt(0);
    for (let i = 0; i < n; i++) {
      const a = b;
      b = text.charCodeAt(i + 1);
      const h = bigramHash(a, b);
      if ((filter[h >>> 5] & (1 << (h & 31))) === 0) continue;
      const bucket = this.buckets.get(a)?.get(b);
      if (!bucket) continue;
      for (const { word, entry } of bucket) {
        if (i + word.length <= text.length && text.startsWith(word, i)) onHit({ start: i, end: i + word.length, entry });
      }
    }
  }

  /** The accepted hits of `scan` with overlaps resolved: leftmost first, then longest. */
  leftmostLongest(text: string, accept: (hit: WordHit<T>) => boolean = () => true): WordHit<T>[] {
    const all: WordHit<T>[] = [];
    this.scan(text, (hit) => all.push(hit));
    return leftmostLongest(all, accept);
  }
}

/** Hits in scan order (start, then longest first) with overlaps resolved: leftmost first, then longest. */
export function leftmostLongest<H extends { start: number; end: number }>(hits: readonly H[], accept: (hit: H) => boolean = () => true): H[] {
  const out: H[] = [];
  let until = 0;
  for (const hit of hits) {
    if (hit.start < until || !accept(hit)) continue;
    out.push(hit);
    until = hit.end;
  }
  return out;
}
