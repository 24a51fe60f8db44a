import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_RESIDUE_PATTERNS, isResidueLine, mayBeDefaultResidue } from './residue';

describe('residue screen', () => {
  // The screen decides which lines the default patterns are tried on: it must pass every string a
  // pattern matches (a pattern edited without its screen entry fails here).
  for (const [i, source] of DEFAULT_RESIDUE_PATTERNS.entries()) {
    it(`passes every string default pattern ${i} matches`, () => {
      const re = new RegExp(source, 'u');
      fc.assert(
        fc.property(fc.stringMatching(re), (s) => {
          if (!re.test(s)) return; // generated with a prefix or suffix that the test cannot see
          assert.ok(mayBeDefaultResidue(s, 0, s.length), JSON.stringify(s));
        }),
        { numRuns: 400 },
      );
    });
  }

  it('lines of prose do not pass it, residue lines are still found', () => {
    assert.equal(mayBeDefaultResidue('全面推进依法行政，加强政府自身建设。', 0, 18), false);
    assert.equal(isResidueLine('全面推进依法行政，加强政府自身建设。'), false);
    for (const line of ['返回', '当前位置：首页 > 工作动态', '来源：县政府办 发布时间：2023-01-02', '本文来源于www.wenku.com', '【字号：大 中 小】', '酷乐文行整理，咨询QQ206157060', 'XX县人民政府客户端'])
      assert.ok(isResidueLine(line), line);
  });
});
