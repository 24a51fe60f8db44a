import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { exportDocx, SHARED_PUNCTUATION } from './exportDocx';
import { importDocx, WordError } from './importDocx';
import { formatNumber } from './wordNumbering';
import { parseReport } from '../model/reportModel';
import { fixturesDir, seedFiles, readText, SEED } from '../../../../test/helpers/paths';
import { join } from 'node:path';
import { outlineLines } from '../../../../test/helpers/outlineText';

/** The text as paragraphs: what survives a trip through Word (blank lines and indentation do not). */
const paragraphsOf = (t: string) => t.split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);

describe('Word export and import', () => {
  it('round trip: every seed exported and imported back has the same outline and the same text', async () => {
    for (const f of seedFiles()) {
      const text = readText(f);
      const back = await importDocx(await exportDocx(parseReport(text)));
      assert.deepEqual(paragraphsOf(back), paragraphsOf(text), f);
      assert.deepEqual(outlineLines(parseReport(back)), outlineLines(parseReport(text)), f);
    }
  });

  it('writes the GB/T 9704 page: A4, margins, 22 × 28 grid, fonts by level, page numbers — 1 —', async () => {
    const zip = await JSZip.loadAsync(await exportDocx(parseReport(readText(SEED.finance))));
    const doc = await zip.file('word/document.xml')!.async('string');
    assert.match(doc, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(doc, /<w:pgMar w:top="2098" w:right="1475" w:bottom="1984" w:left="1587"/);
    assert.match(doc, /<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-848"\/>/);
    // Title 二号 centred in 方正小标宋简体; 一、 in 黑体, （一） in 楷体, body 仿宋, 2-character indent.
    assert.match(doc, /<w:jc w:val="center"\/>.*?<w:rFonts[^>]*w:eastAsia="方正小标宋简体"[^>]*\/>.*?<w:sz w:val="44"\/>.*?财政局党组书记抓基层党建工作述职报告/);
    assert.match(doc, /w:eastAsia="黑体"[^>]*\/>(?:(?!<\/w:r>).)*<w:t[^>]*>一、主要工作<\/w:t>/);
    assert.match(doc, /w:eastAsia="楷体_GB2312"[^>]*\/>(?:(?!<\/w:r>).)*<w:t[^>]*>（一）坚持多措并举，压实疫情防控责任。<\/w:t>/);
    assert.match(doc, /<w:ind w:firstLine="640"\/>/);
    // Placeholders are highlighted.
    assert.match(doc, /<w:highlight w:val="yellow"\/>(?:(?!<\/w:r>).)*<w:t[^>]*>X月X日<\/w:t>/);
    const footers = await Promise.all(Object.keys(zip.files).filter((n) => /footer\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
    assert.equal(footers.length, 2, 'odd and even page footers');
    for (const f of footers) assert.match(f, /— <\/w:t>.*PAGE.*<w:t[^>]*> —<\/w:t>/s);
    assert.ok(footers.some((f) => f.includes('w:val="right"')) && footers.some((f) => f.includes('w:val="left"')));
    const settings = await zip.file('word/settings.xml')!.async('string');
    assert.match(settings, /evenAndOddHeaders/);
  });

  it('a spaced title "述 职 报 告", its "（2024年度）" subtitle and the author line are centred, not indented body text', async () => {
    const text = readText(join(fixturesDir, 'realworld', 'rw12_spaced_title.txt'));
    const zip = await JSZip.loadAsync(await exportDocx(parseReport(text)));
    const doc = await zip.file('word/document.xml')!.async('string');
    const paragraph = (t: string) => doc.split('</w:p>').find((p) => p.includes(`>${t}</w:t>`)) ?? '';
    assert.match(paragraph('述 职 报 告'), /<w:jc w:val="center"\/>.*w:eastAsia="方正小标宋简体"/s);
    assert.match(paragraph('（2024年度）'), /<w:jc w:val="center"\/>/);
    assert.match(paragraph('县财政局局长  王五'), /<w:jc w:val="center"\/>/);
    assert.doesNotMatch(paragraph('县财政局局长  王五'), /w:firstLine/);
  });

  it('headings carry Word’s built-in heading styles 1–4, restyled to GB/T 9704, so the navigation pane and a TOC see them', async () => {
    const text = '关于2024年工作的述职报告\n一、主要工作\n（一）加强学习。组织学习12次。\n1.集中学习\n（1）专题研讨\n（2）读书班\n2.个人自学\n（二）改进作风。\n二、存在问题\n学习不够深入。\n';
    const zip = await JSZip.loadAsync(await exportDocx(parseReport(text)));
    const styles = await zip.file('word/styles.xml')!.async('string');
    const fonts = ['黑体', '楷体_GB2312', '仿宋_GB2312', '仿宋_GB2312'];
    for (let level = 1; level <= 4; level++) {
      const style = new RegExp(`<w:style [^>]*w:styleId="Heading${level}">.*?</w:style>`).exec(styles)?.[0] ?? '';
      assert.match(style, new RegExp(`<w:name w:val="[Hh]eading ${level}"/>`), `Heading${level} is Word’s built-in style`);
      assert.match(style, new RegExp(`<w:outlineLvl w:val="${level - 1}"/>`));
      assert.match(style, new RegExp(`w:eastAsia="${fonts[level - 1]}"`));
      assert.match(style, /<w:sz w:val="32"\/>/);
      assert.match(style, /<w:b w:val="false"\/>/);
      assert.match(style, /<w:color w:val="000000"\/>/);
    }
    const doc = await zip.file('word/document.xml')!.async('string');
    const styleOf = new Map([...doc.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => [[...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''), /<w:pStyle w:val="(\w+)"\/>/.exec(m[1])?.[1]]));
    assert.deepEqual(
      ['关于2024年工作的述职报告', '一、主要工作', '（一）加强学习。组织学习12次。', '1.集中学习', '（1）专题研讨', '2.个人自学', '二、存在问题', '学习不够深入。'].map((p) => styleOf.get(p)),
      [undefined, 'Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading3', 'Heading1', undefined],
    );
    // Every heading of a seed is styled, and nothing else is.
    const model = parseReport(readText(SEED.finance));
    const seedDoc = await (await JSZip.loadAsync(await exportDocx(model))).file('word/document.xml')!.async('string');
    assert.equal((seedDoc.match(/<w:pStyle w:val="Heading\d"\/>/g) ?? []).length, model.headings.filter((h) => h.level <= 4).length);
  });

  it('punctuation both scripts share (“ ” ‘ ’ — …… ·) prints in the Chinese font, marked East Asian', async () => {
    const text = readText(SEED.finance) + '\n他说：‘好’——就这样……张·三\n';
    const doc = await (await JSZip.loadAsync(await exportDocx(parseReport(text)))).file('word/document.xml')!.async('string');
    const runs = [...doc.matchAll(/<w:r>(.*?)<\/w:r>/g)].map((m) => ({ fonts: /<w:rFonts ([^>]*)\/>/.exec(m[1])?.[1] ?? '', text: [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('') }));
    const shared = runs.filter((r) => new RegExp(SHARED_PUNCTUATION.source).test(r.text));
    const expected = (text.match(SHARED_PUNCTUATION) ?? []).join('');
    assert.equal(shared.map((r) => r.text).join(''), expected, 'each such character sits in a run of its own');
    assert.ok(expected.length > 40, `the seed has quotes: ${expected.length}`);
    for (const r of shared) {
      assert.match(r.fonts, /w:hint="eastAsia"/, r.text);
      const east = /w:eastAsia="([^"]+)"/.exec(r.fonts)![1];
      assert.match(r.fonts, new RegExp(`w:ascii="${east}"`), r.text);
      assert.match(r.fonts, new RegExp(`w:hAnsi="${east}"`), r.text);
    }
    // Latin letters and digits keep Times New Roman.
    assert.ok(runs.some((r) => /QQ206157060/.test(r.text) && /w:ascii="Times New Roman"/.test(r.fonts)));
  });

  it('fonts can be changed; the LibreOffice variant writes a line grid only', async () => {
    const model = parseReport(readText(SEED.town));
    const zip = await JSZip.loadAsync(await exportDocx(model, { fonts: { body: '仿宋', heading1: '方正黑体_GBK' }, characterGrid: false }));
    const doc = await zip.file('word/document.xml')!.async('string');
    assert.match(doc, /w:eastAsia="方正黑体_GBK"/);
    assert.match(doc, /w:eastAsia="仿宋"/);
    assert.match(doc, /<w:docGrid w:type="lines" w:linePitch="579"\/>/);
  });

  it('import writes out Word’s automatic heading numbers so the checker sees them', async () => {
    const numbered = (text: string, level: number) => new Paragraph({ numbering: { reference: 'gbt', level }, children: [new TextRun(text)] });
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'gbt',
            levels: [
              { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
              { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
              { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph('关于2024年工作的述职报告'),
            numbered('主要工作', 0),
            numbered('加强学习。组织学习12次。', 1),
            numbered('改进作风。', 1),
            numbered('集中学习', 2),
            numbered('专题研讨', 2),
            numbered('存在问题', 0),
            numbered('学习不够深入。', 1),
          ],
        },
      ],
    });
    const text = await importDocx(new Uint8Array(await Packer.toBuffer(doc)));
    assert.equal(text, '关于2024年工作的述职报告\n一、主要工作\n（一）加强学习。组织学习12次。\n（二）改进作风。\n1.集中学习\n2.专题研讨\n二、存在问题\n（一）学习不够深入。\n');
    assert.deepEqual(outlineLines(parseReport(text)), ['一、主要工作', '  （一）加强学习', '  （二）改进作风', '    1.集中学习', '    2.专题研讨', '二、存在问题', '  （一）学习不够深入']);
  });

  it('formats Word’s number formats', () => {
    assert.deepEqual(
      [['chineseCounting', 12], ['decimalFullWidth', 3], ['decimalEnclosedCircle', 2], ['ideographTraditional', 3], ['upperRoman', 14], ['lowerLetter', 28], ['decimalZero', 7], ['chineseLegalSimplified', 3]].map(([f, n]) => formatNumber(n as number, f as string)),
      ['十二', '３', '②', '丙', 'XIV', 'bb', '07', '叁'],
    );
  });

  it('a damaged, password-protected, old .doc or non-Word file is a clear error', async () => {
    const kinds: [Uint8Array, string][] = [
      [new TextEncoder().encode('not a word file'), 'notDocx'],
      [Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), 'corrupt'],
      [Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from('EncryptedPackage', 'utf16le')]), 'password'],
      [Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from('WordDocument', 'utf16le')]), 'oldDoc'],
    ];
    for (const [bytes, kind] of kinds) await assert.rejects(importDocx(bytes), (e: unknown) => e instanceof WordError && e.kind === kind, kind);
    const zip = new JSZip();
    zip.file('hello.txt', 'no document.xml here');
    await assert.rejects(importDocx(await zip.generateAsync({ type: 'uint8array' })), (e: unknown) => e instanceof WordError && e.kind === 'corrupt');
  });
});
