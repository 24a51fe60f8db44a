// A paragraph memo may read the document's text around its paragraph (number-usage: the character
// before a year; punctuation-usage: the mark before a quote), but a memo outlives the version, so it
// must not hold the text: the text is lent for the call that fills the memo and taken back after it.
// The rule run may be lent with it, for what the run's character pass has seen of the paragraph
// (characterPass.ts): a hint that spares searches, never needed for the memo's answer.

import type { RuleContext } from '../rule';
import type { TextSource } from '../../text/textSource';

export class LentText {
  private text: TextSource | undefined;
  private run: RuleContext | undefined;

  /** The text lent now (only inside `reading`). */
  get(): TextSource {
    if (this.text === undefined) throw new Error('LentText read outside reading()');
    return this.text;
  }

  /** The run lent with the text, if one was. */
  lentRun(): RuleContext | undefined {
    return this.run;
  }

  /** Runs `fn` with `text` (and `run`) lent, and never leaves them held. */
  reading<R>(text: TextSource, fn: () => R, run?: RuleContext): R {
    const outer = { text: this.text, run: this.run };
    this.text = text;
    this.run = run;
    try {
      return fn();
    } finally {
      this.text = outer.text;
      this.run = outer.run;
    }
  }
}
