// A large report's first keystrokes after it opens run code V8 has not optimised yet: in a 10 MB
// report the first twenty or so took 30–110 ms to their diagnostics, against about 13 ms after
// (npm run bench). Two warm-ups run the keystroke path where nobody waits for it, publishing
// nothing: the same reparse, rules and conversion a keystroke runs.
//  - A sample, at the first keystroke: when a writer starts typing in a large report that has not
//    been warmed up, a copy of its first 200,000 characters is checked and typed into and undone,
//    a few dozen short rounds (a few ms each once warm). It is a document of its own, so it goes on
//    between the writer's keystrokes, in the pause right after each one's diagnostics (see
//    SAMPLE_WINDOW_MS), and the next keystrokes run warmer code (10 MB typed the moment it opened:
//    p95 33–35 → 18–29 ms; the second keystroke 39–54 → 32–37 ms with the window). A report opened to be
//    read costs nothing. Code warmed is warm for every later document, so it runs once per server.
//  - The document itself, when left alone for a moment (the writer finds the place to type): the
//    server types into its middle and takes it out again, a few times. Most rounds type a character
//    in body text (the outline is carried over); others break the paragraph in two, as Enter does,
//    or add a paragraph after it (the outline is built again). Any edit of the document ends it: real keystrokes warm the
//    same code, and a round of a 10 MB report is not short. The garbage the open and the rounds
//    made is collected before the first round and before the last three (serve.ts): code V8
//    optimised is thrown away where it depends on objects a full collection finds dead, and the
//    rounds after a collection warm what the writer's keystrokes then run.
// Each round is its own event-loop task, so a message that arrives waits for one round at most.

import { Paragraph, toDocOffset } from '../core/model/paragraphs';

/** Below this size a keystroke in code V8 has not optimised still takes only a few milliseconds. */
export const WARM_UP_MIN_CHARS = 300_000;
/** Quiet time after the open's diagnostics before the first round. */
export const WARM_UP_IDLE_MS = 300;
/** Rounds of type-and-undo (two keystrokes each); V8 has optimised the path by then (bench). */
export const WARM_UP_ROUNDS = 12;
/** Rounds after the warm-up's own garbage is collected, to warm what follows the collection. */
export const REWARM_ROUNDS = 3;
/**
 * What round k types, and where: a character in a paragraph of body text, again, a paragraph break
 * there (as Enter does), and a new paragraph after it (a writer adding one: the path of a paragraph
 * that grows from its first character; with it, 10 MB typed at once into a new line had p95 18–29 ms
 * over eight runs, against 24–35 without).
 */
export const WARM_UP_EDITS: readonly { where: 'middle' | 'after'; text: string }[] = [
  { where: 'middle', text: '字' },
  { where: 'middle', text: '字' },
  { where: 'middle', text: '\n\n' },
  { where: 'after', text: '\n\n字' },
];
/** Rounds on the sample (the first checks it, the others type and undo); twelve left p95 near 30 ms. */
export const SAMPLE_ROUNDS = 24;
/** The sample's size: past the patch limit, as large reports are, and a few ms a round. */
export const SAMPLE_CHARS = 200_000;
/**
 * From a keystroke's diagnostics to the next sample round: 150 KB of diagnostics do not fit in a
 * pipe, and a round run before the rest is written holds it back (the keystroke took 30 ms more).
 */
export const SAMPLE_DELAY_MS = 10;
/**
 * Sample rounds start only this soon after a keystroke's diagnostics, or once the writer has paused
 * (idleMs): the next keystroke of someone typing ten keys a second comes about 90 ms after the last
 * one's diagnostics, so a round begun in this window is over before it. Rounds run back to back
 * met the second to fifth keystrokes after the open and held one of them back by a whole round.
 */
export const SAMPLE_WINDOW_MS = 40;

export interface WarmUpOptions {
  minChars: number;
  idleMs: number;
  rounds: number;
  sampleRounds: number;
}

/** The sample warm-up: `round` checks (round 0) or types and undoes in a sample of `uri`; `done` frees it. */
export interface SampleWarmUp {
  round(uri: string, round: number): boolean;
  done(uri: string, rounds: number): void;
}

/**
 * When to warm up which document. `round` types and undoes once in the document's version given
 * and says whether it could (false: the document is gone or was edited, or is diagnosed elsewhere).
 */
export class KeystrokeWarmUp {
  private readonly active = new Map<string, { version: number; rounds: number; started?: boolean; cancel(): void }>();
  /** Rounds run (the tests read it). */
  roundsRun = 0;
  /** Sample rounds run (the tests read it). */
  sampleRoundsRun = 0;
  /** The sample warm-up has started (it runs once). */
  private sampled = false;
  /** A document typed in whose keystroke's diagnostics start the sample. */
  private sampleWanted: string | undefined;
  /** Ends the sample's rounds while they run (and frees the sample). */
  private sampleStop: (() => void) | undefined;
  /** Starts the sample's next round soon: a keystroke's diagnostics are out. */
  private sampleWake: (() => void) | undefined;
  /** When the last diagnostics were computed (this.now's clock). */
  private lastDiagnosedAt = -Infinity;

  constructor(
    private readonly round: (uri: string, version: number, round: number) => boolean,
    /** Called when a warm-up ran its rounds or was ended by its document, with the rounds it ran. */
    private readonly done: (uri: string, rounds: number) => void = () => undefined,
    private readonly options: WarmUpOptions = { minChars: WARM_UP_MIN_CHARS, idleMs: WARM_UP_IDLE_MS, rounds: WARM_UP_ROUNDS, sampleRounds: SAMPLE_ROUNDS },
    private readonly sample?: SampleWarmUp,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** A document opened: warmed up once its diagnostics are out (`diagnosed`), if it is large. */
  opened(uri: string, version: number, length: number): void {
    this.stop(uri);
    if (length >= this.options.minChars) this.active.set(uri, { version, rounds: 0, cancel: () => undefined });
  }

  /**
   * A version's diagnostics are computed. The opened version's start the pause its warm-up waits
   * for, so a writer who types at once after opening is never kept waiting by a round; a typed
   * version's start the sample (see `changed`), once they are on their way.
   */
  diagnosed(uri: string, version: number): void {
    this.lastDiagnosedAt = this.now();
    if (this.sampleWanted === uri) {
      this.sampleWanted = undefined;
      this.warmSample(uri);
    } else this.sampleWake?.();
    const warming = this.active.get(uri);
    if (!warming || warming.version !== version || warming.started) return;
    // One document at a time: what is warmed is code, shared by every document, and a session
    // restoring several large reports should not pay for each.
    for (const [other, w] of this.active) if (w.started) this.stop(other);
    warming.started = true;
    const rounds = runRounds(
      this.options.rounds,
      this.options.idleMs,
      (k) => {
        if (!this.round(uri, version, k)) return false;
        this.roundsRun++;
        warming.rounds++;
        return true;
      },
      () => this.stop(uri),
    );
    warming.cancel = rounds.cancel;
  }

  /**
   * The sample rounds, each its own task, in the pauses between the writer's keystrokes: right
   * after a keystroke's diagnostics (SAMPLE_WINDOW_MS), or once the writer has stopped a moment.
   */
  private warmSample(uri: string): void {
    const sample = this.sample;
    this.sampled = true;
    if (!sample || this.options.sampleRounds <= 0) return;
    const end = () => {
      this.sampleStop = this.sampleWake = undefined;
      sample.done(uri, this.sampleRoundsRun);
    };
    const rounds = runRounds(
      this.options.sampleRounds,
      SAMPLE_DELAY_MS,
      (k) => {
        if (!sample.round(uri, k)) return false;
        this.sampleRoundsRun++;
        return true;
      },
      end,
      () => {
        // The writer's next keystroke may come any moment: wait for its diagnostics, or for a pause.
        const since = this.now() - this.lastDiagnosedAt;
        return since > SAMPLE_WINDOW_MS && since < this.options.idleMs ? this.options.idleMs - since : 0;
      },
    );
    this.sampleWake = () => rounds.wake(SAMPLE_DELAY_MS);
    this.sampleStop = () => {
      rounds.cancel();
      end();
    };
  }

  /**
   * The document has this version now (opening it reports the opened one): an edit ends the
   * warm-up, and the first edit of a large report not warmed up all through asks for the sample,
   * which starts once that keystroke's diagnostics are out.
   */
  changed(uri: string, version: number): void {
    const warming = this.active.get(uri);
    if (!warming || warming.version === version) return;
    if (!this.sampled) this.sampleWanted = uri;
    this.stop(uri);
  }

  /** The document was closed, or its warm-up is over: no more rounds. */
  stop(uri: string): void {
    const warming = this.active.get(uri);
    if (!warming) return;
    warming.cancel();
    this.active.delete(uri);
    this.done(uri, warming.rounds);
  }

  dispose(): void {
    for (const uri of [...this.active.keys()]) this.stop(uri);
    this.sampleStop?.();
  }
}

/**
 * Runs round(0), round(1)… each as its own event-loop task (setTimeout, as the browser build has no
 * setImmediate: messages come first), the first after `delayMs`, until `count` have run or one says
 * it could not or throws (a warm-up is never worth an error: the document is diagnosed as ever);
 * then `end`. Before each round `wait` may put it off by the ms it returns; `wake` brings the next
 * round forward. `cancel` stops the rounds left (without `end`).
 */
function runRounds(count: number, delayMs: number, round: (k: number) => boolean, end: () => void, wait: () => number = () => 0): { cancel(): void; wake(delayMs: number): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let k = 0;
  const schedule = (ms: number) => {
    if (timer) clearTimeout(timer);
    timer = unref(setTimeout(next, ms));
  };
  const next = () => {
    timer = undefined;
    const later = wait();
    if (later > 0) return schedule(later);
    let ran = false;
    try {
      ran = round(k);
    } catch {
      ran = false;
    }
    if (!ran || ++k >= count) return end();
    schedule(0);
  };
  schedule(delayMs);
  return {
    cancel() {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
    wake(ms) {
      if (timer) schedule(ms); // only while rounds are left: a timer is set between rounds, never after the last
    },
  };
}

/** Never what keeps the process alive (the server exits when its client goes). */
function unref<T>(timer: T): T {
  (timer as { unref?: () => void }).unref?.();
  return timer;
}

/**
 * Where the warm-up types: a paragraph of body text near the middle of the document, where most
 * typing happens (no heading, no item: the outline is carried over, as it is then).
 */
function warmUpParagraph(paragraphs: readonly Paragraph[]): Paragraph | undefined {
  const mid = paragraphs.length >> 1;
  for (let d = 0; d < 200 && d <= mid; d++) {
    for (const i of [mid + d, mid - d]) {
      const p = paragraphs[i];
      if (p && p.ordinal === undefined && p.leadingMarker === undefined && p.textLength > 40) return p;
    }
  }
  return undefined;
}

/** Round k's edit (WARM_UP_EDITS): the offset where it types and what. */
export function warmUpEdit(paragraphs: readonly Paragraph[], round: number): { at: number; text: string } | undefined {
  const p = warmUpParagraph(paragraphs);
  if (!p) return undefined;
  const edit = WARM_UP_EDITS[round % WARM_UP_EDITS.length];
  return { at: edit.where === 'middle' ? toDocOffset(p, p.textLength >> 1) : p.span.end, text: edit.text };
}
