import assert from 'node:assert/strict';
import fc from 'fast-check';
import { countChars, formatCount, groupThousands } from './charCount';
import { isJsSpaceCode, isSpaceCode, WS } from './lineIndex';
import { editSource } from './textSource';

/** The count as defined (white space: C0 controls, space, U+3000, NBSP, BOM, U+2028/9), one character at a time: what the table-driven countChars must equal. */
function countOneByOne(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || c === 0x3000 || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029) continue;
    const pairEnd = c >= 0xdc00 && c <= 0xdfff && i > start && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
    if (!pairEnd) n++;
  }
  return n;
}

// Pieces that matter to the count: counted characters, white space of each kind, pairs, and
// surrogate halves on their own (a broken pair counts each half).
const piece = fc.constantFrom('字', 'a', '。', ' ', '\u3000', '\n', '\r\n', '\t', '\u00a0', '\ufeff', '\u2028', '\u2029', '\u0085', '𠮷', '\ud842', '\udfb7');

describe('character count', () => {
  it('counts everything but white space; an astral character counts once', () => {
    assert.equal(countChars('一、主要 工作\n\u3000\u3000完成 100%。'), 6 + 7);
    assert.equal(countChars('𠮷野家'), 3);
  });

  it('equals the one-by-one count on any text and range, across the 16K-character chunks it sums', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 400 }), fc.integer({ min: 0, max: 2 }), fc.nat(40), fc.nat(), fc.nat(), (pieces, chunks, before, a, b) => {
        // Padding puts the pieces just before a chunk boundary of the whole text's count, so the
        // boundary falls among them (a pair may be split by it).
        const text = '文'.repeat(Math.max(0, chunks * (1 << 14) - before)) + pieces.join('') + pieces.join('');
        const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
        assert.equal(countChars(text, start, end), countOneByOne(text, start, end));
        assert.equal(countChars(text), countOneByOne(text, 0, text.length));
      }),
      { numRuns: 300 },
    );
  });

  it('a pair split by a chunk boundary counts once; a lone half at a range start counts', () => {
    const text = '文'.repeat((1 << 14) - 1) + '𠮷' + '文';
    assert.equal(countChars(text), (1 << 14) + 1);
    assert.equal(countChars(text, 1 << 14), 1 + 1); // the low half alone, then 文
    assert.equal(countChars('\udfb7\ud842'), 2);
  });

  it('reads an unjoined text (a patched version) as the string', () => {
    const base = '一、主要工作\n'.repeat(5000);
    const patched = editSource(base, 20_000, 20_010, '𠮷 新增\u3000内容', 1000);
    const joined = base.slice(0, 20_000) + '𠮷 新增\u3000内容' + base.slice(20_010);
    assert.equal(countChars(patched), countOneByOne(joined, 0, joined.length));
    assert.equal(countChars(patched, 19_990, 20_030), countOneByOne(joined, 19_990, 20_030));
  });

  it('formats with thousands separators in the locale’s word', () => {
    assert.equal(formatCount(1203, 'zh'), '1,203 字');
    assert.equal(formatCount(1203, 'en'), '1,203 chars');
  });
});

describe('white space by character code', () => {
  it('isSpaceCode agrees with the white-space pattern on every BMP character', () => {
    for (let c = 0; c < 0x10000; c++) {
      assert.equal(isSpaceCode(c), WS.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
      assert.equal(isJsSpaceCode(c), /\s/.test(String.fromCharCode(c)), `\\s U+${c.toString(16)}`);
    }
  });
});

describe('thousands grouping', () => {
  it('groups like toLocaleString("en-US")', () => {
    for (const n of [0, 7, 12, 999, 1000, 1203, 99999, 100000, 1234567, 10000000]) assert.equal(groupThousands(n), n.toLocaleString('en-US'), String(n));
  });
});
