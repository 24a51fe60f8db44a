import assert from 'node:assert/strict';
import { findEnumerationMarkers } from './enumerations';

describe('findEnumerationMarkers', () => {
  it('a marker follows exactly the units of [。；;：:，,！？!?\\s）)”’」] (the table is that class)', () => {
    const boundary = /[。；;：:，,！？!?\s）)”’」]/;
    for (let c = 0; c < 65536; c++) {
      const before = String.fromCharCode(c);
      if (/[一二三四五六七八九十]/.test(before)) continue; // part of the numeral
      assert.equal(findEnumerationMarkers(before + '一是').length, boundary.test(before) ? 1 : 0, c.toString(16));
    }
  });

  it('reads 一是, 第一，, 首先 … 最后 at boundaries only', () => {
    const words = (t: string) => findEnumerationMarkers(t).map((m) => `${m.kind}:${m.value}:${m.word}@${m.start}-${m.end}`);
    assert.deepEqual(words('一是加强。二是完善；三十是'), ['shi:1:一是@0-2', 'shi:2:二是@5-7', 'shi:30:三十是@10-13']);
    assert.deepEqual(words('统一是，一是一，二是二'), []);
    assert.deepEqual(words('第一，第二：第一时间，第三'), ['di:1:第一@0-2', 'di:2:第二@3-5']);
    assert.deepEqual(words('首先，其次要，再次是，最后，最后一天，其中'), ['order:1:首先@0-2', 'order:2:其次@3-5', 'order:3:再次@7-9', 'order:1000:最后@11-13']);
    assert.deepEqual(words('最'), []);
    assert.deepEqual(words('第一'), []);
  });
});
