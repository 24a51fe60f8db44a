import assert from 'node:assert/strict';
import { crc32, deflateRawSync } from 'node:zlib';
import { DOCX_LIMITS, unzipBounded, UnzipLimitError } from './boundedUnzip';
import { importDocx, MAX_XML_ELEMENTS, WordError, wordErrorText } from './importDocx';
import { deflatedFill, denseDocx, docxBomb, zipArchive } from '../../../../test/helpers/zipBomb';
import { readText, SEED } from '../../../../test/helpers/paths';

const MiB = 1024 * 1024;
const all = () => true;
const small = { maxEntryBytes: 3 * MiB, maxTotalBytes: 5 * MiB, maxEntries: 10 };

function fillEntry(name: string, mib: number, declaredSize?: number) {
  const f = deflatedFill('<x>', mib, '</x>');
  return { name, data: f.data, crc: f.crc, declaredSize: declaredSize ?? f.size };
}

describe('reading a .docx within limits (zip bombs)', () => {
  it('stops an entry at its limit while inflating, whatever size it declares', () => {
    for (const declared of [undefined, 1000]) {
      const zip = zipArchive([fillEntry('word/document.xml', 8, declared)]);
      assert.throws(() => unzipBounded(zip, all, small), (e: unknown) => e instanceof UnzipLimitError && e.which === 'entry' && e.entry === 'word/document.xml');
    }
    const fits = unzipBounded(zipArchive([fillEntry('word/document.xml', 2, 10)]), all, small);
    assert.equal(fits.get('word/document.xml')!.length, 2 * MiB + 7, 'the true size, not the declared one');
  });

  it('stops at the total when many entries each stay under the per-entry limit', () => {
    const zip = zipArchive([1, 2, 3].map((i) => fillEntry(`customXml/item${i}.xml`, 2)));
    assert.throws(() => unzipBounded(zip, all, small), (e: unknown) => e instanceof UnzipLimitError && e.which === 'total' && e.entry === 'customXml/item3.xml');
    const tooMany = zipArchive(Array.from({ length: 11 }, (_, i) => ({ name: `p${i}.xml`, data: deflateRawSync('x'), crc: crc32('x'), declaredSize: 1 })));
    assert.throws(() => unzipBounded(tooMany, all, small), (e: unknown) => e instanceof UnzipLimitError && e.which === 'entries');
  });

  it('never opens an entry it was not asked for', () => {
    const zip = zipArchive([fillEntry('word/media/image1.png', 8), { name: 'word/document.xml', data: deflateRawSync('<w/>'), crc: crc32('<w/>'), declaredSize: 4 }]);
    const parts = unzipBounded(zip, (n) => n.endsWith('.xml'), small);
    assert.deepEqual([...parts.keys()], ['word/document.xml']);
  });

  it('import refuses a 200 MB document.xml in a small .docx with a clear message, and still imports the real report', async () => {
    const bomb = await docxBomb(readText(SEED.town), { documentMiB: 200, declaredSize: 4096 });
    assert.ok(bomb.length < 400_000, `${bomb.length} bytes`);
    await assert.rejects(importDocx(bomb), (e: unknown) => {
      assert.ok(e instanceof WordError && e.kind === 'tooLarge', String(e));
      const text = wordErrorText(e, 'bomb.docx');
      assert.match(text.zh, /^bomb\.docx 超出导入上限（word\/document\.xml > 16 MB），可能是恶意构造的文件（如“压缩炸弹”）/);
      assert.match(text.en, /zip bomb/);
      return true;
    });
    assert.equal(DOCX_LIMITS.maxEntryBytes, 16 * MiB);
    // The same report with a 1 MiB paragraph of spaces is an ordinary document: it imports.
    const fine = await importDocx(await docxBomb(readText(SEED.town), { documentMiB: 1 }));
    assert.ok(fine.includes('2018抓基层党建工作述职报告'));
  });

  it('import refuses a small document.xml packed with elements (the Word reader spends ~2 KB on each)', async () => {
    const dense = await denseDocx(readText(SEED.town), '<w:p/>', MAX_XML_ELEMENTS + 1); // 1.5 MB of XML
    await assert.rejects(importDocx(dense), (e: unknown) => e instanceof WordError && e.kind === 'tooLarge' && /^word\/document\.xml: > 180,000 XML elements$/.test(e.message));
  });
});
