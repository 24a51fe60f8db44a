// Reading and writing report files for the command line. Every user error (missing file, a
// directory, a binary or non-UTF-8 file) becomes a UserError with one clear line; writes are atomic
// (temporary file in the same folder, then rename), so a report is never left half-written.

import { readFileSync, statSync, readdirSync, writeFileSync, renameSync, unlinkSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Locale, pick } from '../core/text/i18n';
import { minimatch } from 'minimatch';

export class UserError extends Error {}

export interface ReportFile {
  path: string;
  text: string;
  /** The file started with a BOM (stripped from `text`, restored on write). */
  bom: boolean;
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
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new UserError(pick(locale, { zh: `${path} 是二进制文件，不是纯文本报告（Word 文档请先用 baogao import 转换）`, en: `${path} is a binary file, not a plain-text report (convert Word files with baogao import first)` }));
  }
  // TextDecoder consumes a BOM silently; it is noted from the bytes so --fix can write it back.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(pick(locale, { zh: `${path} 不是有效的 UTF-8 文本（可能是 GBK 编码，请先另存为 UTF-8）`, en: `${path} is not valid UTF-8 (perhaps GBK: save it as UTF-8 first)` }));
  }
  return { path, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, bom };
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

/** Writes through a temporary file in the same folder and a rename: all or nothing. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.baogao-${process.pid}.tmp`);
  try {
    let mode: number | undefined;
    if (existsSync(path)) mode = statSync(path).mode;
    writeFileSync(tmp, content, typeof content === 'string' ? { encoding: 'utf8', mode } : { mode });
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing was written */
    }
    throw e;
  }
}
