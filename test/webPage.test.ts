// The offline checking page (dist/web/) in a real Chromium: served from 127.0.0.1 and opened from
// disk, it checks a pasted report in its worker, applies 重新编号, opens .txt (GB18030) and .docx,
// exports a .docx that imports back, remembers the text, speaks English to an English browser, and
// asks for nothing outside dist/web/.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { parseReport } from '../server/src/core/model/reportModel';
import { countChars } from '../server/src/core/text/charCount';
import { exportDocx } from '../server/src/core/docx/exportDocx';
import { importDocx } from '../server/src/core/docx/importDocx';
import { readText, repoRoot, SEED } from './helpers/paths';
import { editorText, loadPage, missingWebPrerequisites, openWebSession, pasteText, waitForCheck, WebSession } from './helpers/webPage';

const paragraphsOf = (t: string) => t.split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);

const problemTexts = (page: Page) => page.locator('#problems .problem').allTextContents();
const outlineNames = (page: Page) => page.locator('#outline .node-name').allTextContents();

describe('checking page (dist/web) in headless Chromium', function () {
  this.timeout(120_000);
  let session: WebSession;
  let scratch: string;

  before(async function () {
    const missing = missingWebPrerequisites();
    if (missing.length) {
      const hint = `the page test needs:\n  ${missing.join('\n  ')}`;
      if (process.env.CI) throw new Error(hint);
      console.log(`      skipped: ${hint}`);
      this.skip();
    }
    session = await openWebSession({ locale: 'zh-CN' });
    scratch = mkdtempSync(join(tmpdir(), 'baogao-web-files-'));
  });

  after(async () => {
    await session?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  afterEach(() => {
    assert.deepEqual(session?.outside() ?? [], [], 'the page asked for something outside dist/web/');
  });

  it('pasted seed 000: the （六） finding, 重新编号 removes it and the outline shows （五）; the text is remembered', async () => {
    const page = await session.context.newPage();
    await loadPage(page, session.httpUrl);
    assert.equal(await page.locator('#fix-all').textContent(), '修复全部');
    assert.match(await page.locator('.privacy').textContent() ?? '', /文本不离开本机/);

    const seed = readText(SEED.finance);
    await pasteText(page, seed);
    assert.equal(await editorText(page), seed.replace(/\r\n?/g, '\n'), 'the paste kept the text');
    const gap = (await problemTexts(page)).find((p) => p.includes('numbering-gap'));
    assert.ok(gap, 'a numbering-gap finding is listed');
    assert.match(gap, /第 26 行.*序号不连续：（四）之后应为（五）/);
    // Clicking the finding shows its place in the text, marked (the editor renders only what is in view).
    await page.locator('#problems .problem', { hasText: 'numbering-gap' }).locator('.message').click();
    assert.equal(await page.locator('.cm-lintRange-error', { hasText: '（六）' }).count(), 1, 'the finding is marked in the text');
    assert.equal(await page.evaluate(() => getSelection()?.toString()), '（六）');
    await page.screenshot({ path: join(repoRoot, 'out', 'web-page.png') }); // docs/web-page.png is a copy of it
    assert.ok((await outlineNames(page)).some((n) => n.startsWith('（六）坚持主动担当')));
    assert.equal(await page.locator('#status-count').textContent(), `字数 ${countChars(seed).toLocaleString('en-US')}`);

    await page.locator('#problems .problem', { hasText: 'numbering-gap' }).getByRole('button', { name: '重新编号' }).click();
    await waitForCheck(page);
    assert.ok(!(await problemTexts(page)).some((p) => p.includes('numbering-gap')), 'no numbering-gap left');
    const names = await outlineNames(page);
    assert.ok(names.some((n) => n.startsWith('（五）坚持主动担当')), names.join(' | '));
    assert.ok(!names.some((n) => n.startsWith('（六）坚持主动担当')));

    // Reloading restores the text from local storage and says so.
    const text = await editorText(page);
    await page.waitForFunction(() => document.getElementById('status-saved')!.textContent !== '');
    await loadPage(page, session.httpUrl);
    assert.equal(await editorText(page), text);
    assert.match(await page.locator('#toast').textContent() ?? '', /已恢复上次的文本/);
    await page.close();
  });

  it('修复全部 applies the safe fixes of seed 000 in one press', async () => {
    const page = await session.context.newPage();
    await loadPage(page, session.httpUrl);
    await page.locator('#clear').click();
    await waitForCheck(page);
    await pasteText(page, readText(SEED.finance));
    const before = (await problemTexts(page)).length;
    await page.locator('#fix-all').click();
    await page.waitForFunction(() => document.getElementById('toast')!.textContent!.startsWith('已修复'));
    await waitForCheck(page);
    const after = await problemTexts(page);
    assert.ok(after.length < before, `${after.length} < ${before}`);
    assert.ok(!after.some((p) => p.includes('numbering-gap')));
    await page.close();
  });

  it('opens a .docx and a GB18030 .txt, exports a .docx and imports it back; a dropped file opens', async () => {
    const page = await session.context.newPage();
    await loadPage(page, session.httpUrl);
    // A .docx written by the exporter in Node reads as the Node import reads it.
    const seed = readText(SEED.audit);
    const docxPath = join(scratch, '审计局述职报告.docx');
    const docx = await exportDocx(parseReport(seed));
    writeFileSync(docxPath, docx);
    await page.locator('#file-input').setInputFiles(docxPath);
    await page.waitForFunction(() => document.getElementById('file-name')!.textContent === '审计局述职报告.docx');
    await waitForCheck(page);
    const opened = await editorText(page);
    assert.equal(opened, await importDocx(docx));
    assert.deepEqual(paragraphsOf(opened), paragraphsOf(seed));

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export').click()]);
    assert.equal(download.suggestedFilename(), '审计局述职报告.docx');
    const exportedPath = join(scratch, 'exported.docx');
    await download.saveAs(exportedPath);
    const exported = new Uint8Array(readFileSync(exportedPath));
    assert.deepEqual(paragraphsOf(await importDocx(exported)), paragraphsOf(seed), 'the exported .docx holds the report');

    await page.locator('#clear').click();
    await page.locator('#file-input').setInputFiles(exportedPath);
    await page.waitForFunction(() => document.getElementById('file-name')!.textContent === 'exported.docx');
    await waitForCheck(page);
    assert.deepEqual(paragraphsOf(await editorText(page)), paragraphsOf(seed), 'imported back in the page');

    const gbPath = join(scratch, '民政局述职报告.txt');
    const gbText = readText(SEED.minzheng);
    writeFileSync(gbPath, iconv.encode(gbText, 'gb18030'));
    await page.locator('#file-input').setInputFiles(gbPath);
    await page.waitForFunction(() => document.getElementById('file-name')!.textContent === '民政局述职报告.txt');
    await waitForCheck(page);
    assert.equal(await editorText(page), gbText.replace(/\r\n?/g, '\n'));

    // Dropped on the editor, a file replaces the text (it is not inserted where it fell).
    const dropped = readText(SEED.town);
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], '乡镇述职报告.txt', { type: 'text/plain' }));
      document.querySelector('.cm-content')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, dropped);
    await page.waitForFunction(() => document.getElementById('file-name')!.textContent === '乡镇述职报告.txt');
    await waitForCheck(page);
    assert.equal(await editorText(page), dropped.replace(/\r\n?/g, '\n'));
    await page.close();
  });

  it('works opened from disk (file://): the worker checks and Word export loads', async () => {
    const page = await session.context.newPage();
    await loadPage(page, session.fileUrl);
    await pasteText(page, readText(SEED.finance));
    assert.ok((await problemTexts(page)).some((p) => p.includes('numbering-gap')));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export').click()]);
    const path = join(scratch, 'from-file.docx');
    await download.saveAs(path);
    assert.deepEqual(paragraphsOf(await importDocx(new Uint8Array(readFileSync(path)))), paragraphsOf(readText(SEED.finance)));
    assert.equal(download.suggestedFilename(), '财政局党组书记抓基层党建工作述职报告.docx', 'named after the report’s title');
    await page.close();
  });

  it('speaks English to an English browser', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(() => Object.defineProperty(navigator, 'language', { get: () => 'en-US' }));
    await loadPage(page, session.httpUrl);
    await page.locator('#clear').click();
    await pasteText(page, readText(SEED.finance));
    assert.equal(await page.locator('#fix-all').textContent(), 'Fix all' + (await page.locator('#fix-all-count').textContent()));
    assert.match(await page.locator('.privacy').textContent() ?? '', /never leaves this computer/);
    const gap = (await problemTexts(page)).find((p) => p.includes('numbering-gap'));
    assert.ok(gap && /line 26/.test(gap) && /Renumber this list/.test(gap), gap);
    await page.close();
  });
});
