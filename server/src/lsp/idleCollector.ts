// Gives memory back when the server goes quiet after edits. Typing in one place patches the text
// (core/text/textSource.ts), but edits far apart make the text whole again, and opening, warming up
// and re-reading a large report leave tens of megabytes of dead objects: V8 frees them in a full
// collection, which its heuristics put off, and keeps the pages it grew to long after. 40 edits of
// a 10 MB report once left the server at 360 MB, and it stayed there while the writer read. So once
// the server has been idle for a while and its heap (what V8 has committed, used or not) has grown
// well past what the last collection left, it collects once. Nothing is collected while anyone
// types: the check runs only after a pause, and a collection of a heap that size takes tens of ms.

/** How long without edits counts as a pause. */
export const IDLE_MS = 1000;
/**
 * Growth over what the last collection left that is worth a collection: about five whole texts of
 * a 10 MB report. (At 64 MB, a report warmed up for typing, whose warm-up ended in a collection, then
 * edited 30 times and left, stayed 55 MB up: V8's own collections had kept the growth just under it.)
 */
const GROWTH_BYTES = 32 * 1024 * 1024;
/**
 * …of which at least this much allocated since (the heap in use grew): right after a collection V8
 * may hold its pages for a while, and collecting again then would give nothing back.
 */
const ALLOCATED_BYTES = 8 * 1024 * 1024;

export class IdleCollector {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The heap in use (what was alive) after the last collection this made, or at the start. */
  private baseline: number;
  /** Collections made (the tests read it). */
  collections = 0;

  constructor(
    /** A full collection (Node's gc, exposed by --expose-gc); absent, this does nothing. */
    private readonly collect: (() => void) | undefined,
    /**
     * The heap in use and the heap V8 has committed. The growth is the committed heap over what was
     * in use after the last collection: after 30 edits down a 10 MB report V8's own collections had
     * kept the use under the threshold while it held on to 40–50 MB more pages, and right after a
     * collection V8 still holds pages it gives back later, so the committed heap then is no baseline.
     */
    private readonly heap: () => { used: number; committed: number },
    private readonly idleMs = IDLE_MS,
  ) {
    this.baseline = collect ? heap().used : 0;
  }

  /** A document changed, opened or closed: the pause starts again. */
  activity(): void {
    if (!this.collect) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.check(), this.idleMs);
    // Never what keeps the process alive (the server exits when its client goes).
    (this.timer as { unref?: () => void }).unref?.();
  }

  /** Collects now if a pause would (before a warm-up, so that the warm-up comes after it). */
  collectNow(): void {
    if (!this.collect) return;
    if (this.timer) clearTimeout(this.timer);
    this.check();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }

  private check(): void {
    this.timer = undefined;
    const { used, committed } = this.heap();
    if (committed < this.baseline + GROWTH_BYTES || used < this.baseline + ALLOCATED_BYTES) return;
    this.collect!();
    this.collections++;
    this.baseline = this.heap().used;
  }
}

/** Node's gc when the server was started with --expose-gc (SERVER_NODE_FLAGS), else undefined. */
export function exposedGc(): (() => void) | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  return typeof gc === 'function' ? () => gc() : undefined;
}
