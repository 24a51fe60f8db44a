// Zip bombs in Word's clothes, built at test time (nothing big is committed): a real exported .docx
// whose word/document.xml is replaced by a deflate stream of spaces. 1 MiB of spaces deflates to
// about 1 KiB, and the deflated MiB is repeated, so a 200 MB document.xml takes a 200 KB file and
// no time to build.

import { constants, crc32, deflateRawSync } from 'node:zlib';
import { unzipSync, zipSync } from 'fflate';
import { exportDocx } from '../../server/src/core/docx/exportDocx';
import { parseReport } from '../../server/src/core/model/reportModel';

export interface ZipEntry {
  name: string;
  /** Deflated (method 8) data. */
  data: Buffer;
  crc: number;
  /** The size the archive declares; a bomb may lie. */
  declaredSize: number;
}

const MiB = 1024 * 1024;

/** prefix + `fillMiB` MiB of spaces + suffix, deflated, with its true CRC and size. */
export function deflatedFill(prefix: string, fillMiB: number, suffix: string): { data: Buffer; crc: number; size: number } {
  const sync = { finishFlush: constants.Z_SYNC_FLUSH };
  const fill = Buffer.alloc(MiB, 0x20);
  const fillDeflated = deflateRawSync(fill, { ...sync, level: 9 });
  const head = Buffer.from(prefix);
  const tail = Buffer.from(suffix);
  // Each piece is deflated on its own and ends byte-aligned (sync flush), so they concatenate.
  const parts = [deflateRawSync(head, sync)];
  let crc = crc32(head);
  for (let i = 0; i < fillMiB; i++) {
    parts.push(fillDeflated);
    crc = crc32(fill, crc);
  }
  parts.push(deflateRawSync(tail));
  crc = crc32(tail, crc);
  return { data: Buffer.concat(parts), crc, size: head.length + fillMiB * MiB + tail.length };
}

export function zipArchive(entries: ZipEntry[]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(0x0800, 6); // UTF-8 names
    h.writeUInt16LE(8, 8);
    h.writeUInt32LE(e.crc >>> 0, 14);
    h.writeUInt32LE(e.data.length, 18);
    h.writeUInt32LE(Math.min(e.declaredSize, 0xfffffffe), 22);
    h.writeUInt16LE(name.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(e.crc >>> 0, 16);
    c.writeUInt32LE(e.data.length, 20);
    c.writeUInt32LE(Math.min(e.declaredSize, 0xfffffffe), 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    local.push(h, name, e.data);
    central.push(c, name);
    offset += 30 + name.length + e.data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, dir, end]);
}

/**
 * A .docx exported from `report` whose word/document.xml holds `documentMiB` MiB of spaces inside
 * one paragraph (declaring `declaredSize` bytes if given), plus `extraParts` more XML parts of
 * `extraMiB` each.
 */
export async function docxBomb(report: string, opts: { documentMiB: number; declaredSize?: number; extraParts?: number; extraMiB?: number }): Promise<Buffer> {
  const parts = unzipSync(await exportDocx(parseReport(report)));
  const entries: ZipEntry[] = [];
  for (const [name, bytes] of Object.entries(parts)) {
    if (name === 'word/document.xml') {
      const xml = Buffer.from(bytes).toString('utf8');
      const body = xml.indexOf('<w:body>') + '<w:body>'.length;
      const bomb = deflatedFill(xml.slice(0, body) + '<w:p><w:r><w:t xml:space="preserve">', opts.documentMiB, '</w:t></w:r></w:p>' + xml.slice(body));
      entries.push({ name, data: bomb.data, crc: bomb.crc, declaredSize: opts.declaredSize ?? bomb.size });
    } else {
      entries.push({ name, data: deflateRawSync(bytes), crc: crc32(bytes), declaredSize: bytes.length });
    }
  }
  for (let i = 0; i < (opts.extraParts ?? 0); i++) {
    const extra = deflatedFill('<?xml version="1.0"?><item>', opts.extraMiB ?? 1, '</item>');
    entries.push({ name: `word/custom${i + 1}.xml`, data: extra.data, crc: extra.crc, declaredSize: extra.size });
  }
  return zipArchive(entries);
}

/** A .docx exported from `report` with `count` copies of the XML `unit` added to its body. */
export async function denseDocx(report: string, unit: string, count: number): Promise<Buffer> {
  const parts = unzipSync(await exportDocx(parseReport(report)));
  const xml = Buffer.from(parts['word/document.xml']).toString('utf8');
  const body = xml.indexOf('<w:body>') + '<w:body>'.length;
  parts['word/document.xml'] = Buffer.from(xml.slice(0, body) + unit.repeat(count) + xml.slice(body));
  return Buffer.from(zipSync(parts));
}
