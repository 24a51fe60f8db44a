// Hostile input through the real stdio server (issue 22): a folder's patterns in an untrusted
// workspace.

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestLspClient, fileUri, PublishedDiagnostics } from '../helpers/lspClient';
import { readText, SEED } from '../helpers/paths';
import { docxBomb } from '../helpers/zipBomb';
import { WORD_COMMANDS } from '../../server/src/protocol';

const residueLines = (d: PublishedDiagnostics) => d.diagnostics.filter((x) => x.code === 'template-residue').map((x) => x.range.start.line);

describe('untrusted workspace over stdio', function () {
  this.timeout(30000);
  let client: TestLspClient;
  const workspace = mkdtempSync(join(tmpdir(), 'baogao-untrusted-'));
  const rc = join(workspace, '.baogaorc.json');
  // The catastrophic pattern and a harmless one: neither may run before the user trusts the folder.
  writeFileSync(rc, JSON.stringify({ residue: { patterns: ['(a+)+$', '材料由.*提供'] } }));
  const uri = fileUri(join(workspace, '述职报告.txt'));
  const text = `述职报告\n一、工作\n本材料由某某文库提供\n${'a'.repeat(34)}!\n完成了材料的整理工作。\n`;

  before(async () => {
    client = new TestLspClient();
    await client.initialize({ rootPath: workspace, initializationOptions: { trusted: false } });
    await client.open(uri, text);
  });
  after(() => client.shutdown());

  it('ignores the folder’s patterns, says so once, and uses them once the workspace is trusted', async () => {
    const first = await client.waitForDiagnostics(uri);
    assert.deepEqual(residueLines(first), []);
    // A second reload (the file changed) does not repeat the message.
    const again = client.nextDiagnostics(uri);
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc), type: 2 }] });
    assert.deepEqual(residueLines(await again), []);
    const told = client.logs.filter((m) => m.includes('residue.patterns') && m.includes('不受信任'));
    assert.equal(told.length, 1, `said once (the log line; the window message is a request):\n${client.logs.join('\n')}`);
    const trusted = client.nextDiagnostics(uri);
    await client.conn.sendNotification('baogao/workspaceTrust', { trusted: true });
    assert.deepEqual(residueLines(await trusted), [2]);
  });
});

describe('a zip bomb through the editor’s “打开 Word 文档”', function () {
  this.timeout(60000);
  let client: TestLspClient;
  before(async () => {
    client = new TestLspClient();
    await client.initialize();
  });
  after(async () => assert.equal(await client.shutdown(), 0, 'still alive, exits cleanly'));

  it('answers with a message, and the server keeps serving', async () => {
    const bomb = await docxBomb(readText(SEED.town), { documentMiB: 200 });
    const r = await client.request('workspace/executeCommand', { command: WORD_COMMANDS.importDocx, arguments: [bomb.toString('base64')] });
    assert.equal(r.text, undefined);
    assert.match(r.error, /^该文档超出导入上限（word\/document\.xml > 16 MB），可能是恶意构造的文件（如“压缩炸弹”）/);
    await client.open('untitled:after', '一、甲\n（一）乙\n');
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: 'untitled:after' } });
    assert.equal(symbols[0].name, '一、甲');
  });
});

describe('code actions on a selection grow linearly', function () {
  this.timeout(60000);
  let client: TestLspClient;
  before(async () => {
    client = new TestLspClient();
    await client.initialize();
  });
  after(() => client.shutdown());

  /** A pasted list that repeats "1." n times (and 1．: ordinal-style-mixed too), all selected, Ctrl+. */
  async function selectAllActions(n: number): Promise<{ bytes: number; actions: any[] }> {
    const uri = `untitled:repeated-${n}`;
    const items = Array.from({ length: n }, (_, i) => `${i % 3 === 2 ? '1．' : '1.'}第${i + 1}项工作。`);
    const text = `工作总结\n一、主要工作\n${items.join('\n')}\n`;
    await client.open(uri, text);
    const lines = text.split('\n').length;
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: lines - 1, character: 0 } },
      context: { diagnostics: [] },
    });
    return { bytes: JSON.stringify(actions).length, actions };
  }

  it('a list of 100 and of 400 repeated “1.”: four times the list, at most about four times the JSON', async () => {
    const small = await selectAllActions(100);
    const large = await selectAllActions(400);
    const ratio = large.bytes / small.bytes;
    assert.ok(ratio < 5, `400 items: ${large.bytes} bytes, 100 items: ${small.bytes} bytes (×${ratio.toFixed(1)}; quadratic would be ×16)`);
    // The list-wide fixes are still there, once each.
    const titles = large.actions.map((a: any) => a.title);
    assert.equal(titles.filter((t: string) => t === '重新编号').length, 1);
    assert.equal(titles.filter((t: string) => t === '统一本级序号样式').length, 1);
    const renumber = large.actions.find((a: any) => a.title === '重新编号');
    assert.equal(renumber.edit.documentChanges[0].edits.length, 399, 'every item after the first renumbered');
    assert.ok(renumber.diagnostics.length >= 399, 'the one action names every finding it fixes');
  });
});

describe('a burst of edits', function () {
  this.timeout(60000);
  let client: TestLspClient;
  before(async () => {
    client = new TestLspClient();
    await client.initialize();
  });
  after(() => client.shutdown());

  it('50 edits arriving together are diagnosed as the newest version only, not one by one', async () => {
    const uri = 'untitled:burst-newest';
    let text = '';
    for (let i = 1; text.length < 200_000; i++) text += `（${i}）第${i}项工作。本段正文用于测试连续编辑时的诊断。\n`;
    await client.open(uri, '工作总结\n一、主要工作\n' + text);
    await client.waitForDiagnostics(uri, (d) => d.version === 1);
    const before = client.diagnostics.get(uri)!.length;
    // As a paste, a multi-cursor edit or an undo sends them: all written at once.
    const sent: Promise<void>[] = [];
    for (let v = 2; v <= 51; v++) sent.push(client.change(uri, v, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '改' }]));
    await Promise.all(sent);
    const last = await client.waitForDiagnostics(uri, (d) => d.version === 51);
    assert.ok(last.diagnostics.length > 0);
    await new Promise((r) => setTimeout(r, 300));
    const published = client.diagnostics.get(uri)!.slice(before).map((d) => d.version);
    assert.ok(published.length <= 3, `published for versions ${published.join(', ')}`);
    assert.equal(published[published.length - 1], 51);
  });
});

describe('a broken message frame', function () {
  this.timeout(30000);

  async function sendAndWaitForExit(raw: string): Promise<{ code: number | null; stderr: string; logs: string[] }> {
    const client = new TestLspClient();
    await client.initialize();
    // A good message first: the server is serving.
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///never.txt' } }), []);
    const exited = new Promise<number | null>((resolve) => client.proc.on('exit', (code) => resolve(code)));
    client.proc.stdin!.write(raw);
    const code = await Promise.race([exited, new Promise<'running'>((r) => setTimeout(() => r('running'), 10000))]);
    if (code === 'running') {
      client.proc.kill();
      assert.fail('the server kept running, deaf to every later message');
    }
    client.conn.dispose();
    return { code, stderr: client.stderr.join(''), logs: client.logs };
  }

  it('Content-Length: abc — logged, and the server exits with an error so the editor restarts it', async () => {
    const r = await sendAndWaitForExit('Content-Length: abc\r\n\r\n{"jsonrpc":"2.0","method":"initialized","params":{}}');
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /broken message frame \(Content-Length is not a number: "abc"\)/);
  });

  it('a header that never ends is capped, not buffered without limit', async () => {
    const r = await sendAndWaitForExit('Content-Length: 10\r\nX-Padding: ' + 'x'.repeat(100_000));
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /header longer than 8192 bytes/);
  });
});

describe('a client that reuses a version number', function () {
  this.timeout(30000);
  let client: TestLspClient;
  before(async () => {
    client = new TestLspClient();
    await client.initialize();
  });
  after(() => client.shutdown());

  it('gets the diagnostics of the new text, not those cached for the old text of that version', async () => {
    const uri = 'untitled:reused-version';
    await client.open(uri, '工作总结\n一、甲\n（一）a\n（三）b\n', 1);
    const first = await client.waitForDiagnostics(uri, (d) => d.diagnostics.some((x) => x.code === 'numbering-gap'));
    assert.equal(first.version, 1);
    const fixed = client.nextDiagnostics(uri);
    await client.change(uri, 1, [{ text: '工作总结\n一、甲\n（一）a\n（二）b\n' }]); // same version, other text
    const second = await fixed;
    assert.deepEqual(second.diagnostics.filter((x) => String(x.code).startsWith('numbering-')), []);
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 1 } });
    assert.doesNotMatch(JSON.stringify(hover ?? ''), /序号不连续/);
  });
});

describe('a pattern in the editor’s settings that the engine cannot run', function () {
  this.timeout(30000);
  const client = new TestLspClient();
  after(() => client.shutdown());
  it('is named in a warning, once, and the other patterns still apply', async () => {
    client.settings = { residue: { patterns: ['(?<!微信)公众号', '材料由.*提供'] } };
    await client.initialize({ configuration: true });
    const uri = 'untitled:settings-patterns';
    await client.open(uri, '述职报告\n一、工作\n本材料由某某文库提供\n');
    const d = await client.waitForDiagnostics(uri, (x) => x.diagnostics.some((y) => y.code === 'template-residue'));
    assert.deepEqual(residueLines(d), [2]);
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await new Promise((r) => setTimeout(r, 300));
    const told = client.logs.filter((m) => m.includes('baogao.residue.patterns') && m.includes('(?<!微信)公众号') && m.includes('环视'));
    assert.equal(told.length, 1, client.logs.join('\n'));
  });
});
