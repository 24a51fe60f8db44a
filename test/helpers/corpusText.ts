// Large documents built from the corpus, for the bench and the tests of large reports: real report
// text repeated to a target size.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from './paths';

export function corpusOfSize(bytes: number): string {
  const files = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
  const texts = files.map((f) => readFileSync(join(corpusDir, f), 'utf8'));
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = texts[i % texts.length];
    parts.push(t);
    size += Buffer.byteLength(t) + 1;
  }
  // Cut at a line end so the last line is whole.
  let text = parts.join('\n');
  while (Buffer.byteLength(text) > bytes) text = text.slice(0, text.lastIndexOf('\n', text.length - 2000));
  // A flat string, as an editor's message (JSON.parse) or a file read hands it over: the cut above
  // leaves a sliced string, on which every charCodeAt goes through its parent (1.8× slower per
  // character in a scan; regex engines unpack it once), so the bench timed an input nobody has.
  return Buffer.from(text, 'utf16le').toString('utf16le');
}
