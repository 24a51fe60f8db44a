// Reading and writing report files for the command line. Every user error (missing file, a
// directory, a binary file or one in an unknown encoding) becomes a UserError with one clear line;
// writes are atomic (atomicWrite.ts), so a report is never left half-written.

import { readFileSync, statSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Locale, pick } from '../core/text/i18n';
import { minimatch } from 'minimatch';
import { decodeText, encodeText, ENCODING_LABEL, TextEncodingName } from '../core/text/encoding';

const USER_ERROR = Symbol.for('baogao.UserError');

/**
 * A problem the user can fix (bad usage, a missing file): one line, exit 2. Recognised by a brand
 * rather than by class identity, because the Word commands are a bundle of their own
 * (dist/docxCommands.js) with their own copy of this class.
 */
export class UserError extends Error {
  readonly [USER_ERROR] = true;
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [USER_ERROR]?: boolean })[USER_ERROR] === true;
  }
}

export interface ReportFile {
  path: string;
  /** The text, without the BOM. */
  text: string;
  /** What the file was read as; --fix writes it back the same way. */
  encoding: TextEncodingName;
  /** The bytes read, kept for encodings other than UTF-8 to check they can be written back as read. */
  source?: Uint8Array;
}

const REPORT_EXT = /\.(txt|baogao)$/i;

export function readReportFile(path: string, locale: Locale): ReportFile {
  let bytes: Buffer;
  try {
    if (path === '-') bytes = readFileSync(0);
    else {
      const st = statSync(path);
      if (st.isDirectory()) throw new UserError(pick(locale, { zh: `${path} 是目录，不是文件`, en: `${path} is a directory, not a file` }));
      bytes = readFileSync(path);
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(pick(locale, { zh: `找不到文件：${path}`, en: `no such file: ${path}` }));
    if (code === 'EACCES' || code === 'EPERM') throw new UserError(pick(locale, { zh: `无权读取：${path}`, en: `permission denied: ${path}` }));
    throw new UserError(pick(locale, { zh: `无法读取 ${path}：${(e as Error).message}`, en: `cannot read ${path}: ${(e as Error).message}` }));
  }
  return decodeReport(path, bytes, locale);
}

export function decodeReport(path: string, bytes: Uint8Array, locale: Locale): ReportFile {
  const r = decodeText(bytes);
  if (r.ok) return { path, text: r.text, encoding: r.encoding, ...(r.encoding.startsWith('utf-8') ? {} : { source: bytes }) };
  if (r.reason === 'binary') {
    throw new UserError(pick(locale, { zh: `${path} 是二进制文件，不是纯文本报告（Word 文档请先用 baogao import 转换）`, en: `${path} is a binary file, not a plain-text report (convert Word files with baogao import first)` }));
  }
  if (r.reason === 'brokenUtf8') {
    throw new UserError(pick(locale, { zh: `${path} 第 ${r.line} 行有无效的 UTF-8 字节（文件可能已损坏或被截断）`, en: `${path}: invalid UTF-8 bytes on line ${r.line} (the file may be damaged or cut off)` }));
  }
  throw new UserError(pick(locale, { zh: `${path} 的编码无法识别（可读 UTF-8、UTF-16、GB18030/GBK），请另存为 UTF-8`, en: `${path}: unknown encoding (UTF-8, UTF-16 and GB18030/GBK are read); save it as UTF-8` }));
}

/**
 * The fixed text as bytes in the file's own encoding, or a UserError when the file would not come
 * back as it was read (a GB18030 file using a code the decoder maps elsewhere): never a silent change.
 */
export function encodeReport(file: ReportFile, text: string, locale: Locale): Uint8Array {
  if (file.source) {
    const same = encodeText(file.text, file.encoding);
    if (same.length !== file.source.length || same.some((b, i) => b !== file.source![i])) {
      throw new UserError(pick(locale, {
        zh: `未修改 ${file.path}：它的 ${ENCODING_LABEL[file.encoding]} 编码无法原样写回，请另存为 UTF-8 后再用 --fix`,
        en: `${file.path} left unchanged: its ${ENCODING_LABEL[file.encoding]} bytes cannot be written back as they were; save it as UTF-8, then use --fix`,
      }));
    }
  }
  return encodeText(text, file.encoding);
}

/** Files named on the command line, with directories expanded to the reports inside them. */
export function expandInputs(inputs: string[], locale: Locale): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      out.push(input);
      continue;
    }
    if (/[*?[{]/.test(input) && !existsSync(input)) {
      const found = expandGlob(input);
      if (found.length === 0) throw new UserError(pick(locale, { zh: `没有文件匹配 ${input}`, en: `no files match ${input}` }));
      out.push(...found);
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      out.push(input); // reported as missing when read
      continue;
    }
    if (!isDir) out.push(input);
    else {
      const found = walk(input).filter((p) => REPORT_EXT.test(p)).sort();
      if (found.length === 0) throw new UserError(pick(locale, { zh: `目录 ${input} 中没有 .txt 或 .baogao 文件`, en: `no .txt or .baogao files in ${input}` }));
      out.push(...found);
    }
  }
  return out;
}

/** "reports/**\/*.txt": walk from the part before the first wildcard and match the rest. */
function expandGlob(pattern: string): string[] {
  const normalized = pattern.split('\\').join('/');
  const parts = normalized.split('/');
  const firstGlob = parts.findIndex((p) => /[*?[{]/.test(p));
  const base = parts.slice(0, firstGlob).join('/') || (normalized.startsWith('/') ? '/' : '.');
  if (!existsSync(base)) return [];
  return walk(base)
    .map((p) => p.split('\\').join('/'))
    .filter((p) => minimatch(base === '.' && !normalized.startsWith('./') ? p.replace(/^\.\//, '') : p, normalized, { dot: false }))
    .sort();
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(p));
    else if (entry.isFile()) out.push(p);
  }
  return out;
}
