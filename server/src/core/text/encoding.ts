// The encodings a report arrives in, read and written back the same way. UTF-8 is the default;
// Notepad's "Unicode" save is UTF-16 with a BOM; Chinese Windows and WPS save GBK, read here as
// GB18030 (its superset). Decoding uses the platform's TextDecoder (Node and every browser carry
// these decoders), so this module has no Node dependency and goes into the browser bundle too.

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** How the encoding is named to the user (in `--verbose` and messages). */
export const ENCODING_LABEL: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (BOM)',
  'utf-16le': 'UTF-16 LE (BOM)',
  'utf-16be': 'UTF-16 BE (BOM)',
  gb18030: 'GB18030/GBK',
};

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName }
  /** binary: NUL bytes without a UTF-16 BOM; unknown: neither UTF-8 nor plausible GB18030 text. */
  | { ok: false; reason: 'binary' | 'unknown' }
  /** UTF-8 but for a few broken bytes (a file cut off mid-character, a stray byte): where the first is. */
  | { ok: false; reason: 'brokenUtf8'; line: number };

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** Detects the encoding from the bytes (a BOM, valid UTF-8, else GB18030) and decodes. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  // The BOM decides first: UTF-16 text is full of NUL bytes and must not be called binary.
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'binary' };
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  try {
    // TextDecoder drops the BOM; the encoding name remembers it so it is written back.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    /* not UTF-8: a damaged UTF-8 file, or GB18030 (below) */
  }
  const broken = brokenUtf8Line(bytes);
  if (broken !== undefined) return { ok: false, reason: 'brokenUtf8', line: broken };
  if (!looksLikeGb(bytes)) return { ok: false, reason: 'unknown' };
  try {
    return { ok: true, text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
  } catch {
    return { ok: false, reason: 'unknown' };
  }
}

/**
 * A GBK file read as UTF-8 breaks at nearly every Chinese character; a UTF-8 file with a damaged
 * byte or two breaks at those only. The latter is reported as such (with the first bad line), not
 * guessed to be another encoding.
 */
function brokenUtf8Line(bytes: Uint8Array): number | undefined {
  const lossy = new TextDecoder('utf-8').decode(bytes);
  let bad = 0;
  let nonAscii = 0;
  let first = -1;
  for (let i = 0; i < lossy.length; i++) {
    const c = lossy.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (c === 0xfffd) {
      bad++;
      if (first < 0) first = i;
    }
  }
  // At least 95 % of the non-ASCII characters intact: damaged UTF-8, not another encoding.
  if (first < 0 || bad * 20 > nonAscii - bad) return undefined;
  let line = 1;
  for (let i = lossy.indexOf('\n'); i >= 0 && i < first; i = lossy.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * GB18030 accepts most byte soups (Latin-1 "é" + "s" is a valid pair), so it is taken only when
 * most multi-byte characters sit in the GB2312 block (lead A1–F7, trail A1–FE: the hanzi and the
 * full-width punctuation a Chinese report is made of).
 */
function looksLikeGb(bytes: Uint8Array): boolean {
  let gb2312 = 0;
  let other = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    const t = bytes[i + 1] ?? 0;
    if (b >= 0xa1 && b <= 0xf7 && t >= 0xa1 && t <= 0xfe) gb2312++;
    else other++;
    i += t >= 0x30 && t <= 0x39 ? 3 : 1;
  }
  return gb2312 > 0 && gb2312 >= other;
}

/** The text as bytes in the given encoding, with the BOM the encoding name carries. */
export function encodeText(text: string, encoding: TextEncodingName): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode('\uFEFF' + text);
    case 'utf-16le':
    case 'utf-16be': {
      const out = new Uint8Array(2 * (text.length + 1));
      const view = new DataView(out.buffer);
      const le = encoding === 'utf-16le';
      view.setUint16(0, 0xfeff, le);
      for (let i = 0; i < text.length; i++) view.setUint16(2 * (i + 1), text.charCodeAt(i), le);
      return out;
    }
    case 'gb18030':
      return encodeGb18030(text);
  }
}

// GB18030 encoding, built as the inverse of the platform's own decoder (the one the text was read
// with), so a character is written back as the bytes it was read from.
let gbTable: Uint32Array | undefined;

/** For each BMP code unit: its GB18030 bytes packed (1, 2 or 4 of them, high byte first), or 0. */
function buildGbTable(): Uint32Array {
  const table = new Uint32Array(0x10000);
  for (let c = 0; c < 0x80; c++) table[c] = c;
  const decoder = new TextDecoder('gb18030');
  // Every candidate sequence followed by "\n", decoded in one call and split: one entry per line.
  const run = (codes: number[], width: number) => {
    const buf = new Uint8Array(codes.length * (width + 1));
    codes.forEach((code, i) => {
      for (let k = 0; k < width; k++) buf[i * (width + 1) + k] = (code >>> (8 * (width - 1 - k))) & 0xff;
      buf[i * (width + 1) + width] = 0x0a;
    });
    const lines = decoder.decode(buf).split('\n');
    codes.forEach((code, i) => {
      const ch = lines[i];
      if (ch.length !== 1 || ch === '\uFFFD') return;
      const unit = ch.charCodeAt(0);
      if (table[unit] === 0) table[unit] = code; // the first form read wins over a later alias
    });
  };
  const two: number[] = [];
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) two.push(a * 0x100 + b);
  run(two, 2);
  const four: number[] = [];
  for (let a = 0x81; a <= 0x84; a++) for (let b = 0x30; b <= 0x39; b++) for (let c = 0x81; c <= 0xfe; c++) for (let d = 0x30; d <= 0x39; d++) four.push(((a << 24) | (b << 16) | (c << 8) | d) >>> 0);
  run(four, 4);
  // U+FFFD is skipped above (it is also what the decoder writes for bad bytes); its own code:
  table[0xfffd] = 0x8431a437;
  return table;
}

function encodeGb18030(text: string): Uint8Array {
  gbTable ??= buildGbTable();
  const out = new Uint8Array(text.length * 4);
  let n = 0;
  const put = (v: number, len: number) => {
    for (let s = (len - 1) * 8; s >= 0; s -= 8) out[n++] = (v >>> s) & 0xff;
  };
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) {
      // Astral characters: four bytes counted linearly from 90 30 81 30 (GB18030-2005 §6.3.3).
      i++;
      let p = cp - 0x10000;
      const d = p % 10;
      p = (p - d) / 10;
      const c = p % 126;
      p = (p - c) / 126;
      const b = p % 10;
      const a = (p - b) / 10;
      out[n++] = 0x90 + a;
      out[n++] = 0x30 + b;
      out[n++] = 0x81 + c;
      out[n++] = 0x30 + d;
      continue;
    }
    const v = gbTable[cp];
    // A lone surrogate has no GB18030 form; "?" as every encoder writes for the unencodable.
    if (v === 0 && cp !== 0) put(0x3f, 1);
    else put(v, v > 0xffff ? 4 : v > 0xff ? 2 : 1);
  }
  return out.slice(0, n);
}
