// Import a .docx to check it: one paragraph per line, with Word's automatic heading numbers written
// out. Corrupt files, password-protected files and old .doc files get a clear error.

import JSZip from 'jszip';
import mammoth from 'mammoth';
import { Text } from '../text/i18n';
import { writeOutNumbering } from './wordNumbering';

export type WordErrorKind = 'password' | 'oldDoc' | 'notDocx' | 'corrupt';

export class WordError extends Error {
  constructor(readonly kind: WordErrorKind, detail?: string) {
    super(detail ?? kind);
  }
}

/** What to tell the user, naming the file when there is one (the CLI) or not (the editor). */
export function wordErrorText(e: WordError, file?: string): Text {
  const zh = file ? `${file} ` : '该文档';
  const en = file ?? 'The document';
  switch (e.kind) {
    case 'password':
      return { zh: `${zh}受密码保护，请先在 Word 中取消密码`, en: `${en} is password-protected; remove the password in Word first` };
    case 'oldDoc':
      return { zh: `${zh}是旧版 .doc 文件，请在 Word 中另存为 .docx`, en: `${en} is an old .doc file; save it as .docx in Word first` };
    case 'notDocx':
      return { zh: `${file ? `${file} ` : '这'}不是 Word 文档（.docx）`, en: `${en} is not a Word document (.docx)` };
    case 'corrupt':
      return { zh: `${zh}已损坏，无法读取（${e.message}）`, en: `${en} is damaged and cannot be read (${e.message})` };
  }
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Plain byte search (no Buffer, so the import also runs in a browser). */
function containsUtf16(bytes: Uint8Array, s: string): boolean {
  const needle = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    needle[2 * i] = s.charCodeAt(i) & 0xff;
    needle[2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export async function importDocx(bytes: Uint8Array): Promise<string> {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    // An OLE compound file: an encrypted .docx (EncryptedPackage) or a Word 97–2003 .doc.
    throw new WordError(containsUtf16(bytes, 'EncryptedPackage') ? 'password' : 'oldDoc');
  }
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) throw new WordError('notDocx');
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new WordError('corrupt', (e as Error).message);
  }
  const documentXml = await zip.file('word/document.xml')?.async('string');
  if (!documentXml) throw new WordError('corrupt', 'word/document.xml is missing');
  const numbering = await zip.file('word/numbering.xml')?.async('string');
  const styles = await zip.file('word/styles.xml')?.async('string');
  zip.file('word/document.xml', writeOutNumbering(documentXml, numbering, styles));
  const rewritten = await zip.generateAsync({ type: 'uint8array' });
  let raw: string;
  try {
    // Node's mammoth reads `buffer`, its browser build `arrayBuffer`; JSZip takes a Uint8Array for either.
    const input = { buffer: rewritten, arrayBuffer: rewritten } as unknown as Parameters<typeof mammoth.extractRawText>[0];
    raw = (await mammoth.extractRawText(input)).value;
  } catch (e) {
    throw new WordError('corrupt', (e as Error).message);
  }
  // mammoth ends every paragraph with a blank line; a line break inside a paragraph is a "\n".
  const paragraphs = raw.replace(/\r\n?/g, '\n').split(/\n\n/).map((p) => p.replace(/\n/g, '').replace(/[ \t]+$/, ''));
  while (paragraphs.length && paragraphs[paragraphs.length - 1] === '') paragraphs.pop();
  return paragraphs.join('\n') + '\n';
}
