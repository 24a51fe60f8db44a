// A paragraph memo may read the document's text around its paragraph (number-usage: the character
// before a year; punctuation-usage: the mark before a quote), but a memo outlives the version, so it
// must not hold the text: the text is lent for the call that fills the memo and taken back after it.

export class LentText {
  private text: string | undefined;

  /** The text lent now (only inside `reading`). */
  get(): string {
    if (this.text === undefined) throw new Error('LentText read outside reading()');
    return this.text;
  }

  /** Runs `fn` with `text` lent, and never leaves it held. */
  reading<R>(text: string, fn: () => R): R {
    this.text = text;
    try {
      return fn();
    } finally {
      this.text = undefined;
    }
  }
}
