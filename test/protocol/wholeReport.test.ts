// The whole-report rules through the real stdio server: year-consistency's second place arrives as
// relatedInformation, and the 字数 limit reaches the client (baogao/lengthLimit) for its status bar.

import assert from 'node:assert/strict';
import { mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestLspClient, fileUri } from '../helpers/lspClient';
import { fixturesDir, readText } from '../helpers/paths';
import { LENGTH_LIMIT_NOTIFICATION, LengthLimitParams } from '../../server/src/protocol';

describe('whole-report rules over stdio', function () {
  let client: TestLspClient;
  const limits: LengthLimitParams[] = [];
  const workspace = mkdtempSync(join(tmpdir(), 'baogao-whole-'));
  const source = join(fixturesDir, 'whole', '04-述职-打算写成本年.txt');
  const path = join(workspace, 'report.txt');
  copyFileSync(source, path);
  const uri = fileUri(path);

  before(async () => {
    client = new TestLspClient();
    client.conn.onNotification(LENGTH_LIMIT_NOTIFICATION, (p: LengthLimitParams) => void limits.push(p));
    client.settings = { rules: {}, maxLength: { 述职报告: 100, '*': 5000 } };
    await client.initialize({ rootPath: workspace, configuration: true });
    await client.open(uri, readText(source));
  });

  after(() => client.shutdown());

  it('publishes year-consistency with the title as related information, and max-length on the title', async () => {
    const published = await client.waitForDiagnostics(uri, (d) => d.diagnostics.some((x) => x.code === 'max-length'));
    const year = published.diagnostics.find((d) => d.code === 'year-consistency') as any;
    assert.deepEqual(year.range, { start: { line: 8, character: 2 }, end: { line: 8, character: 7 } });
    assert.deepEqual(year.relatedInformation, [{ location: { uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } } }, message: '标题表明报告年份是2024年（“2024年度”）' }]);
    const length = published.diagnostics.find((d) => d.code === 'max-length')!;
    assert.equal(length.range.start.line, 0);
    assert.match(length.message, /超过限制100字/);
  });

  it('hover on the stale year shows the finding and the note behind it', async () => {
    await client.waitForDiagnostics(uri, (d) => d.diagnostics.some((x) => x.code === 'year-consistency'));
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 4 } });
    assert.match(hover.contents.value, /打算部分写的是2024年/);
    assert.match(hover.contents.value, /报告常由上一年的稿子改成，年份最容易漏改/);
  });

  it('tells the client the limit of the document’s genre, and that there is none once the setting goes', async () => {
    await client.waitForDiagnostics(uri);
    assert.deepEqual(limits[limits.length - 1], { uri, limit: 100 });
    client.settings = { rules: {} };
    const next = client.nextDiagnostics(uri);
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.ok(!(await next).diagnostics.some((d) => d.code === 'max-length'));
    // The limit is sent before the diagnostics it goes with.
    assert.deepEqual(limits[limits.length - 1], { uri, limit: null });
  });
});
