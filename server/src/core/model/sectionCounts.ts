// Character counts of spans of a report (the outline's "1,203 字" for every section and item), from
// counts kept per paragraph. A paragraph's count is remembered on its shape, so after a keystroke in
// a 10 MB report only the edited paragraph is counted again; the counts between paragraphs (line
// breaks, indentation, a bullet before a line) are read from the few characters there.

import { countChars } from '../text/charCount';
import { TextSource } from '../text/textSource';
import { Paragraph, shapeOf } from './paragraphs';

/**
 * A paragraph's count, kept on its shape: what its span holds (its lines, their indentation and
 * marks) is the shape's, wherever the paragraph moves. A field of the shape, not a memo slot: an
 * outline of a report that has not been checked would make every paragraph's memo array.
 */
function spanCount(p: Paragraph, text: TextSource): number {
  const shape = shapeOf(p);
  if (shape.counted < 0) shape.counted = countChars(text, p.span.start, p.span.end);
  return shape.counted;
}

export class SectionCounter {
  /** before[k]: count of the text before paragraph k's span. */
  private readonly before: Float64Array;

  constructor(
    private readonly text: TextSource,
    private readonly paragraphs: readonly Paragraph[],
  ) {
    const n = paragraphs.length;
    const before = new Float64Array(n);
    let running = n ? countChars(text, 0, paragraphs[0].span.start) : 0;
    for (let k = 0; k < n; k++) {
      const p = paragraphs[k];
      before[k] = running;
      running += spanCount(p, text) + countChars(text, p.span.end, k + 1 < n ? paragraphs[k + 1].span.start : p.span.end);
    }
    this.before = before;
  }

  /** Counted characters in [start, end): the same as countChars(text, start, end). */
  count(start: number, end: number): number {
    return end <= start ? 0 : this.countBefore(end) - this.countBefore(start);
  }

  /** Count of [0, offset). Of a paragraph cut by the offset only the shorter side is read. */
  private countBefore(offset: number): number {
    const ps = this.paragraphs;
    let lo = 0;
    let hi = ps.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ps[mid].span.start <= offset) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k < 0) return countChars(this.text, 0, offset);
    const p = ps[k];
    const { start, end } = p.span;
    if (offset > end) return this.before[k] + spanCount(p, this.text) + countChars(this.text, end, offset);
    return offset - start <= end - offset ? this.before[k] + countChars(this.text, start, offset) : this.before[k] + spanCount(p, this.text) - countChars(this.text, offset, end);
  }
}

/**
 * The counter of a model, made once per version however many features count (the outline's
 * sections, the page's total, max-length, hover, stats): building it visits every paragraph.
 * Keyed by the model, not its paragraphs: an incremental parse writes the paragraphs of the
 * previous version's array in place.
 */
export function sectionCounterOf(model: { source: TextSource; paragraphs: readonly Paragraph[] }): SectionCounter {
  let counter = counters.get(model);
  if (!counter) counters.set(model, (counter = new SectionCounter(model.source, model.paragraphs)));
  return counter;
}

const counters = new WeakMap<object, SectionCounter>();
