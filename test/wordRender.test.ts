// An exported seed rendered by LibreOffice (headless) and read back with poppler: A4 pages, the
// text, Chinese fonts embedded, 22 lines on a full page, "— n —" page numbers.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportDocx } from '../server/src/core/docx/exportDocx';
import { parseReport } from '../server/src/core/model/reportModel';
import { SEED, readText } from './helpers/paths';

const have = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

describe('Word export rendered by LibreOffice', function () {
  this.timeout(180000);
  const dir = mkdtempSync(join(tmpdir(), 'baogao-render-'));
  let pdf = '';

  before(async function () {
    const missing = ['libreoffice', 'pdftotext', 'pdffonts', 'pdfinfo'].filter((c) => !have(c));
    if (missing.length) {
      const hint = `missing ${missing.join(', ')}: apt-get install -y libreoffice-writer poppler-utils fonts-noto-cjk`;
      if (process.env.CI) throw new Error(hint);
      console.log(`      skipped: ${hint}`);
      this.skip();
    }
    // LibreOffice does not compress characters into Word's character grid, so the render uses the
    // line-grid variant (see ExportOptions.characterGrid); Word and WPS use the default.
    writeFileSync(join(dir, 'seed000.docx'), await exportDocx(parseReport(readText(SEED.finance)), { characterGrid: false }));
    const r = spawnSync('libreoffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'seed000.docx')], { encoding: 'utf8', timeout: 170000 });
    pdf = join(dir, 'seed000.pdf');
    assert.ok(existsSync(pdf), r.stderr || r.stdout);
  });

  it('A4 pages, the report’s text, Chinese fonts embedded', () => {
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    assert.match(info, /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    // 5,974 characters at 22 × 28 per page is at least 10 pages; paragraph ends add some.
    assert.ok(pages >= 10 && pages <= 14, `pages: ${pages}`);
    const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
    for (const s of ['财政局党组书记抓基层党建工作述职报告', '一、主要工作', '（六）坚持主动担当，全力支持防汛救灾。', '—1—', '—2—']) assert.ok(text.includes(s), s);
    const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout;
    assert.match(fonts, /CJK/, fonts);
  });

  it('a full page holds 22 lines of text', () => {
    const page = spawnSync('pdftotext', ['-f', '3', '-l', '3', '-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    const lines = page.split('\n').filter((l) => l.trim() && !/^\s*—\s*\d+\s*—\s*$/.test(l));
    assert.equal(lines.length, 22, page);
  });

  it('headings are an outline: LibreOffice turns their heading styles into the PDF’s bookmarks, in order', () => {
    // Word's navigation pane and a TOC go by the same styles; a PDF export's bookmarks show that a
    // reader other than ours sees them. Bookmark titles are UTF-16BE hex strings (/Title <FEFF…>).
    const raw = readFileSync(pdf).toString('latin1');
    const titles = [...raw.matchAll(/\/Title\s*<([0-9A-Fa-f]+)>/g)].map((m) => Buffer.from(m[1], 'hex').swap16().toString('utf16le').replace(/^\uFEFF/, ''));
    const headings = parseReport(readText(SEED.finance)).headings.filter((h) => h.level <= 4);
    assert.equal(titles.length, headings.length, titles.join('\n'));
    headings.forEach((h, i) => assert.ok(titles[i].startsWith(h.ordinal.raw + h.text), `${titles[i].slice(0, 30)} ≠ ${h.ordinal.raw}${h.text}`));
    assert.ok(titles.includes('一、主要工作') && titles.includes('二、存在的主要问题及原因'));
  });

  it('shared punctuation (“ ” ‘ ’ — …… ·) is drawn in the Chinese font, never in Times New Roman’s stand-in', async function () {
    // A text with no Latin letters or digits: whatever Western font the PDF embeds for the body
    // would have drawn some of the punctuation. (The page number is 宋体 for every slot.)
    if (!have('fc-match')) this.skip();
    const serif = spawnSync('fc-match', ['-f', '%{family[0]}', 'Times New Roman'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
    writeFileSync(join(dir, 'quotes.docx'), await exportDocx(parseReport('测试报告\n一、主要工作\n落实“四方责任”——好……张·三‘甲’。\n'), { characterGrid: false }));
    const r = spawnSync('libreoffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'quotes.docx')], { encoding: 'utf8', timeout: 170000 });
    const fonts = spawnSync('pdffonts', [join(dir, 'quotes.pdf')], { encoding: 'utf8' }).stdout;
    assert.match(fonts, /CJK/, r.stderr + fonts);
    assert.ok(!fonts.replace(/\s+/g, ' ').includes(`+${serif} `), `${serif} (Times New Roman) drew some of the punctuation:\n${fonts}`);
  });
});

