// A dictionary of literal words matched in one pass over a paragraph: a trie whose transitions live
// in typed arrays (the first unit indexes a 65,536-entry table directly, the others go through an
// open-addressing hash), walked from each position while the text follows some word. Most positions
// end at the first table read. modern-ahocorasick was measured first and is not used: it matches
// grapheme clusters (Intl.Segmenter underneath), which cost 2.0 s for the wording words over the
// 10 MB bench text (3.5 million characters, 20,594 paragraphs) and did not finish a single 1 MB line
// within 25 s. Work here is linear in the text times the length of the longest word actually
// followed, with no per-entry loop, no regular expressions and no allocation unless a word is found.

const MIN_WORD = 2;
const PAIR_BITS = 18;
const pairHash = (a: number, b: number) => Math.imul((a << 16) | b, 0x9e3779b1) >>> (32 - PAIR_BITS);

export class WordMatcher<T> {
  /** State after the first unit (0: no word starts with it). */
  private readonly first = new Int32Array(65536);
  /**
   * A bit per hashed pair of first two units (2^18 bits, 32 KB: it stays in cache): a position
   * whose pair starts no word is rejected by one test. Rejection must be the rule and predictable —
   * a test on the first unit alone passes a quarter of all positions (社, 发, 经 … start terms) and
   * costs more in mispredicted branches than the walks it saves.
   */
  private readonly pairs = new Int32Array(1 << (PAIR_BITS - 5));
  private keyState: Int32Array;
  private keyUnit: Uint16Array;
  private next: Int32Array;
  private mask: number;
  /** 32 minus the table's bits: Fibonacci hashing takes the product's top bits. */
  private shift: number;
  /** Per state: index into `words`, or -1. */
  private terminal: Int32Array;
  private readonly words: T[][] = [];
  readonly size: number;

  constructor(words: Iterable<[word: string, entry: T]>) {
    const list = [...words].filter(([w]) => w.length >= MIN_WORD);
    const units = list.reduce((n, [w]) => n + w.length, 0);
    let tableSize = 1024;
    while (tableSize < units * 2) tableSize <<= 1;
    this.keyState = new Int32Array(tableSize);
    this.keyUnit = new Uint16Array(tableSize);
    this.next = new Int32Array(tableSize);
    this.mask = tableSize - 1;
    this.shift = 32 - Math.log2(tableSize);
    this.terminal = new Int32Array(units + 2).fill(-1);
    let states = 0;
    for (const [word, entry] of list) {
      const a = word.charCodeAt(0);
      const p = pairHash(a, word.charCodeAt(1));
      this.pairs[p >>> 5] |= 1 << (p & 31);
      let s = this.first[a] || (this.first[a] = ++states);
      for (let k = 1; k < word.length; k++) {
        const u = word.charCodeAt(k);
        let h = this.slot(s, u);
        if (this.keyState[h] === 0) {
          this.keyState[h] = s;
          this.keyUnit[h] = u;
          this.next[h] = ++states;
        }
        s = this.next[h];
      }
      if (this.terminal[s] < 0) {
        this.terminal[s] = this.words.length;
        this.words.push([]);
      }
      this.words[this.terminal[s]].push(entry);
    }
    this.size = list.length;
  }

  /** The slot of (state, unit): its own, or the empty one where it would go. */
  private slot(s: number, u: number): number {
    let h = Math.imul((s << 16) | u, 0x9e3779b1) >>> this.shift;
    while (this.keyState[h] !== 0 && (this.keyState[h] !== s || this.keyUnit[h] !== u)) h = (h + 1) & this.mask;
    return h;
  }

  /**
   * Calls `onHit` for every occurrence (overlapping ones too), in order of start, then shortest
   * first; entries filed under the same word in the order given.
   */
  scan(text: string, onHit: (start: number, end: number, entry: T) => void): void {
    const { first, pairs, keyState, keyUnit, next, mask, shift, terminal, words } = this;
    const n = text.length;
    let b = n > 0 ? text.charCodeAt(0) : 0;
    for (let i = 0; i + 1 < n; i++) {
      const a = b;
      b = text.charCodeAt(i + 1);
      const p = Math.imul((a << 16) | b, 0x9e3779b1) >>> (32 - PAIR_BITS);
      if ((pairs[p >>> 5] & (1 << (p & 31))) === 0) continue;
      let s = first[a];
      for (let k = i + 1; k < n; k++) {
        const u = text.charCodeAt(k);
        let h = Math.imul((s << 16) | u, 0x9e3779b1) >>> shift;
        let found = 0;
        for (let ks = keyState[h]; ks !== 0; ks = keyState[h]) {
          if (ks === s && keyUnit[h] === u) {
            found = next[h];
            break;
          }
          h = (h + 1) & mask;
        }
        if (found === 0) break;
        s = found;
        const t = terminal[s];
        if (t >= 0) for (const entry of words[t]) onHit(i, k + 1, entry);
      }
    }
  }

  /** The accepted hits with overlaps resolved: leftmost first, then longest. */
  leftmostLongest(text: string, accept: (hit: WordHit<T>) => boolean = () => true): WordHit<T>[] {
    const all: WordHit<T>[] = [];
    this.scan(text, (start, end, entry) => all.push({ start, end, entry }));
    return leftmostLongest(all, accept);
  }
}

export interface WordHit<T> {
  start: number;
  end: number;
  entry: T;
}

/** Hits in scan order with overlaps resolved: leftmost first, then longest (among those accepted). */
export function leftmostLongest<H extends { start: number; end: number }>(hits: readonly H[], accept: (hit: H) => boolean = () => true): H[] {
  const out: H[] = [];
  for (let i = 0; i < hits.length; ) {
    const start = hits[i].start;
    // The accepted hit that starts here and is longest (scan order is shortest first).
    let best: H | undefined;
    for (; i < hits.length && hits[i].start === start; i++) if ((!best || hits[i].end > best.end) && accept(hits[i])) best = hits[i];
    if (best && (out.length === 0 || best.start >= out[out.length - 1].end)) out.push(best);
  }
  return out;
}
