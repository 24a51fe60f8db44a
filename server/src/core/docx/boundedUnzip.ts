// Reading a .docx (a zip archive) without trusting it. A 1 MB file can hold a word/document.xml that
// inflates to gigabytes (a "zip bomb"): the sizes the archive declares are not believed; every entry
// is inflated here, counted while it inflates, and reading stops at the limit. Only the parts a
// text import needs (XML and relationship files) are inflated at all; pictures are never opened.
// Pure JavaScript (fflate), so the browser build reads .docx files the same way.

import { Inflate } from 'fflate';

export interface UnzipLimits {
  /** Most bytes one entry may inflate to. */
  maxEntryBytes: number;
  /** Most bytes all inflated entries together may take. */
  maxTotalBytes: number;
  /** Most entries the archive's directory may list. */
  maxEntries: number;
}

const MB = 1024 * 1024;

/**
 * The limits for a Word document's text parts. A million-character report (some 600 pages) as
 * Baogao exports it has a 4 MB document.xml; 16 MB per part and 32 MB in all leave room for any
 * real report. The import also counts XML elements (see importDocx): the Word reader spends about
 * 2 KB per element.
 */
export const DOCX_LIMITS: UnzipLimits = { maxEntryBytes: 16 * MB, maxTotalBytes: 32 * MB, maxEntries: 10_000 };

export class UnzipLimitError extends Error {
  constructor(
    readonly which: 'entry' | 'total' | 'entries',
    readonly entry: string,
    readonly limit: number,
  ) {
    super(`${which === 'entries' ? 'more than ' + limit + ' entries' : `${entry} inflates past ${limit} bytes`}`);
  }
}

/** The archive is not a zip we can read (truncated, encrypted entries, unknown compression). */
export class UnzipFormatError extends Error {}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;

/** Compressed bytes are fed in slices this big: one slice inflates to at most ~1032 times as much. */
const SLICE = 16 * 1024;

/**
 * The entries of a zip archive whose names `wanted` accepts, inflated within `limits`. Entries are
 * found through the central directory (as Word and every zip reader do), each one's data through
 * its local header; a name listed twice counts twice.
 */
export function unzipBounded(bytes: Uint8Array, wanted: (name: string) => boolean, limits: UnzipLimits): Map<string, Uint8Array> {
  // End of central directory: 22 bytes plus a comment of up to 65,535 bytes, at the end.
  let eocd = -1;
  for (let o = bytes.length - 22; o >= Math.max(0, bytes.length - 22 - 0xffff); o--) {
    if (u32(bytes, o) === 0x06054b50) {
      eocd = o;
      break;
    }
  }
  if (eocd < 0) throw new UnzipFormatError('no zip directory (the file is truncated)');
  const count = u16(bytes, eocd + 10);
  const dirOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw new UnzipFormatError('ZIP64 archives are not read');
  if (count > limits.maxEntries) throw new UnzipLimitError('entries', '', limits.maxEntries);

  const names = new TextDecoder('utf-8');
  const out = new Map<string, Uint8Array>();
  let total = 0;
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw new UnzipFormatError('damaged zip directory');
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const compressedSize = u32(bytes, p + 20);
    const nameLength = u16(bytes, p + 28);
    const next = p + 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
    const localOffset = u32(bytes, p + 42);
    const name = names.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    p = next;
    if (name.endsWith('/') || !wanted(name)) continue;
    if (flags & 1) throw new UnzipFormatError(`${name} is encrypted`);
    if (localOffset + 30 > bytes.length || u32(bytes, localOffset) !== 0x04034b50) throw new UnzipFormatError(`damaged entry ${name}`);
    const dataStart = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
    if (dataStart + compressedSize > bytes.length) throw new UnzipFormatError(`truncated entry ${name}`);
    const data = bytes.subarray(dataStart, dataStart + compressedSize);

    // Whichever limit is nearer applies to this entry, and is the one named when it is passed.
    const totalIsNearer = limits.maxTotalBytes - total < limits.maxEntryBytes;
    const entryLimit = totalIsNearer ? limits.maxTotalBytes - total : limits.maxEntryBytes;
    const over = () => (totalIsNearer ? new UnzipLimitError('total', name, limits.maxTotalBytes) : new UnzipLimitError('entry', name, limits.maxEntryBytes));
    let content: Uint8Array;
    if (method === 0) {
      if (data.length > entryLimit) throw over();
      content = data.slice();
    } else if (method === 8) {
      const chunks: Uint8Array[] = [];
      let size = 0;
      let exceeded = false;
      const inflate = new Inflate((chunk) => {
        if (exceeded) return;
        size += chunk.length;
        if (size > entryLimit) exceeded = true; // stop keeping output; the loop below stops feeding
        else chunks.push(chunk);
      });
      try {
        for (let o = 0; o < data.length && !exceeded; o += SLICE) inflate.push(data.subarray(o, o + SLICE), o + SLICE >= data.length);
      } catch (e) {
        throw new UnzipFormatError(`damaged entry ${name} (${(e as Error).message})`);
      }
      if (exceeded) throw over();
      content = new Uint8Array(size);
      let at = 0;
      for (const c of chunks) {
        content.set(c, at);
        at += c.length;
      }
    } else {
      throw new UnzipFormatError(`${name} uses an unknown compression method (${method})`);
    }
    total += content.length;
    if (!out.has(name)) out.set(name, content);
  }
  return out;
}
