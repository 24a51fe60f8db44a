// Import a .docx to check it: one paragraph per line, with Word's automatic heading numbers written
// out. Corrupt files, password-protected files and old .doc files get a clear error.

import { zipSync } from 'fflate';
import mammoth from 'mammoth';
import { DOCX_LIMITS, unzipBounded, UnzipLimitError } from './boundedUnzip';
import { Text } from '../text/i18n';
import { writeOutNumbering } from './wordNumbering';

export type WordErrorKind = 'password' | 'oldDoc' | 'notDocx' | 'corrupt' | 'tooLarge';

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
    case 'tooLarge':
      return {
        zh: `${zh}超出导入上限（${e.message}），可能是恶意构造的文件（如“压缩炸弹”），已停止读取。如确是正常文档，请在 Word 中另存为纯文本（.txt）后再检查`,
        en: `${en} exceeds the import limits (${e.message}); it may be a crafted file such as a zip bomb, so reading stopped. If it is a genuine document, save it as plain text (.txt) in Word and check that`,
      };
  }
}

/** The parts the Word reader opens: content types, relationships and word/*.xml (no pictures, no customXml). */
function isTextPart(name: string): boolean {
  return name === '[Content_Types].xml' || name.endsWith('.rels') || /^word\/[^/]+\.xml$/.test(name);
}

/**
 * At most this many XML elements in all parts: a million-character report (some 600 pages) as
 * Baogao exports it has about 167,000; at this limit the reader peaks near 470 MB.
 */
export const MAX_XML_ELEMENTS = 180_000;

/** Start tags: "<" followed by a name (not "</", "<?", "<!"). */
function countElements(b: Uint8Array): number {
  let n = 0;
  for (let i = b.indexOf(0x3c); i >= 0; i = b.indexOf(0x3c, i + 1)) {
    const c = b[i + 1];
    if (c !== 0x2f && c !== 0x3f && c !== 0x21) n++;
  }
  return n;
}

function limitText(e: UnzipLimitError): string {
  const mb = `${Math.round(e.limit / (1024 * 1024))} MB`;
  if (e.which === 'entries') return `more than ${e.limit} parts`;
  return e.which === 'entry' ? `${e.entry} > ${mb}` : `> ${mb} in all`;
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
  // Only the XML parts are inflated, each within DOCX_LIMITS; mammoth then reads an archive rebuilt
  // from exactly those parts, so nothing it opens was left uncounted.
  let parts: Map<string, Uint8Array>;
  try {
    parts = unzipBounded(bytes, isTextPart, DOCX_LIMITS);
  } catch (e) {
    if (e instanceof UnzipLimitError) throw new WordError('tooLarge', limitText(e));
    throw new WordError('corrupt', (e as Error).message);
  }
  const text = (name: string) => {
    const b = parts.get(name);
    return b && new TextDecoder('utf-8').decode(b);
  };
  const documentXml = text('word/document.xml');
  if (!documentXml) throw new WordError('corrupt', 'word/document.xml is missing');
  // The Word reader builds a tree of every element, about 2 KB each: elements are counted so a
  // small but dense part cannot take gigabytes either.
  let elements = 0;
  for (const [name, b] of parts) {
    elements += countElements(b);
    if (elements > MAX_XML_ELEMENTS) throw new WordError('tooLarge', `${name}: > ${MAX_XML_ELEMENTS.toLocaleString('en-US')} XML elements`);
  }
  const files: Record<string, Uint8Array> = Object.fromEntries(parts);
  files['word/document.xml'] = new TextEncoder().encode(writeOutNumbering(documentXml, text('word/numbering.xml'), text('word/styles.xml')));
  parts.clear();
  const rewritten = zipSync(files, { level: 0 });
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
