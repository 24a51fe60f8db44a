// Diagnostics, code actions and configuration through the real stdio server.

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestLspClient, fileUri, PublishedDiagnostics } from '../helpers/lspClient';
import { SEED, readText } from '../helpers/paths';
import { applyLspEdits } from '../helpers/lspEdits';


const numbering = (d: PublishedDiagnostics) => d.diagnostics.filter((x) => String(x.code).startsWith('numbering-'));

describe('diagnostics and code actions over stdio', function () {
  let client: TestLspClient;
  const workspace = mkdtempSync(join(tmpdir(), 'baogao-ws-'));
  const seedPath = join(workspace, 'seed000.txt');
  copyFileSync(SEED.finance, seedPath);
  const uri = fileUri(seedPath);
  const text = readText(SEED.finance);

  before(async () => {
    client = new TestLspClient();
    client.settings = { rules: {} };
    await client.initialize({ rootPath: workspace, configuration: true });
    await client.open(uri, text);
  });

  after(() => client.shutdown());

  it('publishes numbering-gap on seed 000 at the （六） line, with source, code and docs link', async () => {
    const published = await client.waitForDiagnostics(uri, (d) => d.diagnostics.length > 0);
    assert.equal(published.version, 1);
    const gap = published.diagnostics.find((d) => d.code === 'numbering-gap')!;
    assert.ok(gap);
    assert.deepEqual(gap.range, { start: { line: 25, character: 0 }, end: { line: 25, character: 3 } });
    assert.equal(gap.source, 'baogao');
    assert.equal(gap.severity, 1);
    assert.equal(gap.message, '序号不连续：（四）之后应为（五）');
    assert.match((gap as any).codeDescription.href, /docs\/rules\/numbering-gap\.md$/);
  });

  it('offers 重新编号 as the preferred quick fix; applying it leaves no numbering diagnostic', async () => {
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 25, character: 1 }, end: { line: 25, character: 1 } },
      context: { diagnostics: [], only: ['quickfix'] },
    });
    const renumber = actions.find((a: any) => a.title === '重新编号');
    assert.ok(renumber, JSON.stringify(actions.map((a: any) => a.title)));
    assert.equal(renumber.kind, 'quickfix');
    assert.equal(renumber.isPreferred, true);
    const change = renumber.edit.documentChanges[0];
    assert.deepEqual(change.textDocument, { uri, version: 1 }, 'a versioned edit');
    const fixed = applyLspEdits(text, change.edits);
    await client.change(uri, 2, [{ text: fixed }]);
    const after = await client.waitForDiagnostics(uri, (d) => d.version === 2);
    assert.deepEqual(numbering(after), []);
    // Back to the original for the next tests.
    await client.change(uri, 3, [{ text }]);
    await client.waitForDiagnostics(uri, (d) => d.version === 3);
  });

  it('source.fixAll.baogao returns every safe fix at once', async () => {
    const doc = 'untitled:fixall';
    const body = '一、甲\n（一）a\n（三）b\n二、乙\n1、c\n2、d\n三、打算\n一是x。\n二是y。\n四是z。\n';
    await client.open(doc, body);
    await client.waitForDiagnostics(doc, (d) => d.diagnostics.length > 0);
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri: doc },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.baogao');
    const fixed = applyLspEdits(body, actions[0].edit.documentChanges[0].edits);
    assert.equal(fixed, '一、甲\n（一）a\n（二）b\n二、乙\n1.c\n2.d\n三、打算\n一是x。\n二是y。\n三是z。\n');
  });

  it('a settings change takes effect without reopening: numbering-gap off, then back', async () => {
    client.settings = { rules: { 'numbering-gap': 'off' } };
    const off = client.nextDiagnostics(uri);
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.ok(!(await off).diagnostics.some((x) => x.code === 'numbering-gap'));
    assert.ok((await off).diagnostics.some((x) => x.code === 'declared-count'));
    client.settings = { rules: {} };
    const on = client.nextDiagnostics(uri);
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.ok((await on).diagnostics.some((x) => x.code === 'numbering-gap'));
  });

  it('.baogaorc.json in the workspace: read on change; an invalid one gives one clear message and defaults', async () => {
    const rc = join(workspace, '.baogaorc.json');
    writeFileSync(rc, JSON.stringify({ rules: { 'numbering-gap': 'hint' } }));
    const hinted = client.nextDiagnostics(uri);
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc), type: 1 }] });
    assert.equal((await hinted).diagnostics.find((x) => x.code === 'numbering-gap')?.severity, 4);
    writeFileSync(rc, JSON.stringify({ rules: { 'numbering-gap': 'loud' } }));
    const loud = client.nextDiagnostics(uri);
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc), type: 2 }] });
    assert.equal((await loud).diagnostics.find((x) => x.code === 'numbering-gap')?.severity, 1, 'bad value: default severity');
    assert.ok(client.logs.some((m) => m.includes('.baogaorc.json') && m.includes('rules.numbering-gap')), client.logs.join('\n'));
    writeFileSync(rc, '{ not json');
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc), type: 2 }] });
    // The file is read when a report next needs its settings: wait for the message (a loaded machine is slow).
    for (let i = 0; i < 50 && !client.logs.some((m) => m.includes('不是有效的 JSON')); i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(client.logs.some((m) => m.includes('不是有效的 JSON')));
    // The server is still serving.
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols.length, 1);
  });

  it('never publishes results for an old version: a burst of edits ends with the newest version', async () => {
    const doc = 'untitled:burst';
    await client.open(doc, '一、甲\n');
    for (let v = 2; v <= 30; v++) await client.change(doc, v, [{ text: `一、甲\n${'（一）x\n'.repeat(v)}` }]);
    const last = await client.waitForDiagnostics(doc, (d) => d.version === 30);
    assert.ok(last);
    const versions = client.diagnostics.get(doc)!.map((d) => d.version!);
    assert.deepEqual([...versions].sort((a, b) => a - b), versions, 'versions only increase');
  });
});

describe('hover and the ignore fix over stdio', function () {
  let client: TestLspClient;
  const workspace = mkdtempSync(join(tmpdir(), 'baogao-ws2-'));
  const path = join(workspace, 'r.txt');
  copyFileSync(SEED.finance, path);
  const uri = fileUri(path);

  before(async () => {
    client = new TestLspClient();
    await client.initialize({ rootPath: workspace });
    await client.open(uri, readText(SEED.finance));
  });
  after(() => client.shutdown());

  it('hover on X月X日 says a date is missing; on a heading, its path, length and sub-items', async () => {
    const line = readText(SEED.finance).split('\n')[21];
    const at = line.indexOf('X月X日');
    const slot = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 21, character: at + 1 } });
    assert.match(slot.contents.value, /未填写的占位符.*X月X日[\s\S]*日期/);
    assert.deepEqual(slot.range, { start: { line: 21, character: at }, end: { line: 21, character: at + 4 } });
    const heading = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 25, character: 4 } });
    assert.match(heading.contents.value, /^一、主要工作 › （六）坚持主动担当，全力支持防汛救灾\n\n本节 \d+ 字$/);
    const top = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 19, character: 1 } });
    assert.match(top.contents.value, /本节 [\d,]+ 字，7 个下级标题$/);
    const none = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 20, character: 3 } });
    assert.equal(none, null);
  });

  it('忽略此处 records this occurrence (file and its sentence) in .baogaorc.json, and only that finding is gone', async () => {
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 27, character: 297 }, end: { line: 27, character: 298 } },
      context: { diagnostics: [], only: ['quickfix'] },
    });
    const titles = actions.map((a: any) => a.title).join(' | ');
    const ignore = actions.find((a: any) => a.title.startsWith('忽略此处'));
    assert.ok(ignore, titles);
    // A bare "," is never offered for every report.
    assert.ok(!actions.some((a: any) => a.title.startsWith('在所有报告中忽略')), titles);
    const [create, edit] = ignore.edit.documentChanges;
    assert.equal(create.kind, 'create');
    assert.match(create.uri, /\.baogaorc\.json$/);
    const content = edit.edits[0].newText;
    const entries = JSON.parse(content).ignore;
    assert.equal(entries.length, 1);
    assert.deepEqual({ rule: entries[0].rule, text: entries[0].text, file: entries[0].file }, { rule: 'halfwidth-punctuation', text: ',', file: 'r.txt' });
    const line = readText(SEED.finance).split('\n')[27];
    assert.ok(line.includes(entries[0].context) && entries[0].context.length > 5, entries[0].context);
    const before = (await client.waitForDiagnostics(uri, () => true)).diagnostics.filter((d: any) => d.code === 'halfwidth-punctuation').length;
    // The editor applies the edit; the server re-reads the file and the finding disappears.
    writeFileSync(join(workspace, '.baogaorc.json'), content);
    const next = client.nextDiagnostics(uri);
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(join(workspace, '.baogaorc.json')), type: 1 }] });
    const after = (await next).diagnostics.filter((d) => d.code === 'halfwidth-punctuation');
    assert.equal(after.length, before - 1);
    assert.ok(!after.some((d) => d.range.start.line === 27 && d.range.start.character === 297));
  });
});
