import assert from 'node:assert/strict';
import { countChars, formatCount, groupThousands } from './charCount';
import { isJsSpaceCode, isSpaceCode, WS } from './lineIndex';

describe('character count', () => {
  it('counts everything but white space; an astral character counts once', () => {
    assert.equal(countChars('一、主要 工作\n\u3000\u3000完成 100%。'), 6 + 7);
    assert.equal(countChars('𠮷野家'), 3);
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
