// LSP over stdio frames each message as headers ("Content-Length: N", CRLF-separated, ending in an
// empty line) and N bytes of JSON. A frame that breaks this (a length that is no number, headers
// that never end) leaves a reader with no way to find the next message: the server would run on,
// deaf. This stream sits between stdin and the message reader, passes every byte through
// unchanged, and calls onBadFrame once at the first broken frame, so the server can say why and
// exit with an error (the editor then restarts it). Header size is capped; so is a body's length.

import { Transform, TransformCallback } from 'node:stream';

/** Real headers are under 100 bytes; anything this long without an end is not LSP. */
export const MAX_HEADER_BYTES = 8 * 1024;
/** Larger than any string V8 can hold (about 512 M characters). */
export const MAX_BODY_BYTES = 512 * 1024 * 1024;

const CRLFCRLF = Buffer.from('\r\n\r\n');

export class FrameGuard extends Transform {
  private header = Buffer.alloc(0);
  /** Body bytes still to pass; -1 while reading headers. */
  private bodyLeft = -1;
  private broken = false;

  constructor(private readonly onBadFrame: (reason: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.broken) return done();
    let at = 0;
    while (at < chunk.length) {
      if (this.bodyLeft >= 0) {
        const take = Math.min(this.bodyLeft, chunk.length - at);
        at += take;
        this.bodyLeft -= take;
        if (this.bodyLeft === 0) this.bodyLeft = -1;
        continue;
      }
      // In the headers: look for their end, counting what came in earlier chunks.
      const seen = this.header.length;
      const joined = seen ? Buffer.concat([this.header, chunk.subarray(at, at + MAX_HEADER_BYTES)]) : chunk.subarray(at, at + MAX_HEADER_BYTES + 4);
      const end = joined.indexOf(CRLFCRLF);
      if (end < 0) {
        if (joined.length > MAX_HEADER_BYTES) return this.fail(`a message header longer than ${MAX_HEADER_BYTES} bytes without an end`, done);
        this.header = Buffer.from(joined);
        at = chunk.length;
        continue;
      }
      const problem = checkHeaders(joined.subarray(0, end).toString('ascii'));
      if (typeof problem === 'string') return this.fail(problem, done);
      this.header = Buffer.alloc(0);
      at += end + 4 - seen;
      this.bodyLeft = problem.length;
      if (this.bodyLeft === 0) this.bodyLeft = -1;
    }
    done(null, chunk);
  }

  private fail(reason: string, done: TransformCallback): void {
    this.broken = true;
    this.onBadFrame(reason);
    done();
  }
}

/** The body length the headers announce, or what is wrong with them. */
function checkHeaders(text: string): { length: number } | string {
  let length: number | undefined;
  for (const line of text.split('\r\n')) {
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (!/^[A-Za-z0-9-]+$/.test(name)) return `a malformed message header line: ${JSON.stringify(line.slice(0, 80))}`;
    if (name.toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d{1,10}$/.test(value)) return `Content-Length is not a number: ${JSON.stringify(value.slice(0, 40))}`;
    length = Number(value);
    if (length > MAX_BODY_BYTES) return `Content-Length ${length} is larger than ${MAX_BODY_BYTES} bytes`;
  }
  return length === undefined ? 'a message without Content-Length' : { length };
}
