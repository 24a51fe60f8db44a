import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeText, encodeText, TextEncodingName } from './encoding';
import { corpusFiles, readText, SEED, seedFiles } from '../../../../test/helpers/paths';

const bytesEqual = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

describe('text encodings', () => {
  it('a report saved as GB18030 (by iconv-lite, an independent encoder) reads back and writes back byte for byte', () => {
    for (const f of [...seedFiles(), ...corpusFiles()]) {
      const text = readText(f).replace(/^\uFEFF/, '');
      const gbk = iconv.encode(text, 'gb18030');
      const r = decodeText(gbk);
      assert.ok(r.ok && r.encoding === 'gb18030', f);
      assert.equal(r.text, text, f);
      assert.ok(bytesEqual(encodeText(r.text, 'gb18030'), gbk), f);
    }
    // Mostly ASCII with two Chinese characters is still GBK, not "damaged UTF-8".
    assert.deepEqual(decodeText(iconv.encode('Report 2024: 完成 100%\n', 'gbk')), { ok: true, text: 'Report 2024: 完成 100%\n', encoding: 'gb18030' });
  });

  it('GB18030 writes every BMP character and astral ones back to what the decoder reads', () => {
    const decoder = new TextDecoder('gb18030');
    const lost: string[] = [];
    for (let c = 0x80; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCharCode(c);
      if (decoder.decode(encodeText(s, 'gb18030')) !== s) lost.push(c.toString(16));
    }
    // Only private-use code points that GB18030-2022 moved to standard characters have no bytes of their own.
    assert.ok(lost.every((h) => parseInt(h, 16) >= 0xe000 && parseInt(h, 16) <= 0xf8ff), lost.join(' '));
    assert.ok(lost.length < 40, `${lost.length} unencodable`);
    for (const s of ['𠮷', '\u{10000}', '\u{10FFFF}', '𪚥文']) assert.equal(decoder.decode(encodeText(s, 'gb18030')), s);
    // The four-byte form of 𠮷 (U+20BB7) as the standard counts it.
    assert.deepEqual([...encodeText('𠮷', 'gb18030')], [0x95, 0x34, 0xb2, 0x35]);
  });

  it('UTF-16 with a BOM (Notepad’s "Unicode"), little and big endian, is read and written back as it was', () => {
    const text = readText(SEED.town).replace(/\n/g, '\r\n') + '𠮷';
    for (const [encoding, iconvName] of [['utf-16le', 'utf16le'], ['utf-16be', 'utf16be']] as [TextEncodingName, string][]) {
      const bytes = iconv.encode('\uFEFF' + text, iconvName);
      const r = decodeText(bytes);
      assert.ok(r.ok && r.encoding === encoding, encoding);
      assert.equal(r.text, text);
      assert.ok(bytesEqual(encodeText(r.text, encoding), bytes), encoding);
    }
  });

  it('valid UTF-8 stays UTF-8 (with or without a BOM); GB18030 is only the fallback', () => {
    const text = readText(SEED.audit);
    const plain = decodeText(Buffer.from(text, 'utf8'));
    assert.ok(plain.ok && plain.encoding === 'utf-8' && plain.text === text);
    const bom = decodeText(Buffer.from('\uFEFF' + text, 'utf8'));
    assert.ok(bom.ok && bom.encoding === 'utf-8-bom' && bom.text === text);
    assert.ok(bytesEqual(encodeText(text, 'utf-8-bom'), Buffer.from('\uFEFF' + text, 'utf8')));
    // Pure ASCII is UTF-8 too.
    assert.deepEqual(decodeText(Buffer.from('1. abc\n')), { ok: true, text: '1. abc\n', encoding: 'utf-8' });
  });

  it('binary files and text in other encodings are refused, not read as GB18030 gibberish', () => {
    assert.deepEqual(decodeText(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2])), { ok: false, reason: 'binary' });
    // Latin-1: "é" + "s" is a valid GBK pair, but none of it is in the GB2312 hanzi block.
    assert.deepEqual(decodeText(Buffer.from('Résumé des activités, café, naïveté.\n', 'latin1')), { ok: false, reason: 'unknown' });
    assert.deepEqual(decodeText(iconv.encode('Привет, мир. Отчёт о работе.', 'koi8-r')), { ok: false, reason: 'unknown' });
  });

  it('a UTF-8 report with a damaged byte or cut off mid-character is called that, with the line', () => {
    const bytes = Buffer.from(readText(SEED.finance), 'utf8');
    const cut = Buffer.concat([bytes, Buffer.from('。').subarray(0, 2)]); // a last 。 cut after two of its three bytes
    assert.deepEqual(decodeText(cut), { ok: false, reason: 'brokenUtf8', line: readText(SEED.finance).split('\n').length });
    const stray = Buffer.from(bytes);
    stray[bytes.indexOf(Buffer.from('一、主要工作'))] = 0xff;
    const r = decodeText(stray);
    assert.ok(!r.ok && r.reason === 'brokenUtf8' && r.line === readText(SEED.finance).split('\n').findIndex((l) => l.startsWith('一、主要工作')) + 1, JSON.stringify(r));
  });
});
