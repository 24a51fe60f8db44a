// Completion, formatting, section commands and the English locale through the stdio server.

import assert from 'node:assert/strict';
import { TestLspClient } from '../helpers/lspClient';
import { SEED, readText } from '../helpers/paths';
import { applyLspEdits } from '../helpers/lspEdits';


describe('authoring over stdio', function () {
  let client: TestLspClient;
  before(async () => {
    client = new TestLspClient();
    const init = await client.initialize();
    assert.ok(init.capabilities.completionProvider);
    assert.ok(init.capabilities.documentFormattingProvider);
    // Five section commands, two Word commands, the folder check.
    assert.deepEqual([...init.capabilities.executeCommandProvider.commands].sort(), [
      'baogao.server.checkFiles',
      'baogao.server.demoteSection',
      'baogao.server.exportDocx',
      'baogao.server.importDocx',
      'baogao.server.insertSiblingHeading',
      'baogao.server.moveSectionDown',
      'baogao.server.moveSectionUp',
      'baogao.server.promoteSection',
    ]);
  });
  after(() => client.shutdown());

  it('completes the next ordinal at a line start', async () => {
    const uri = 'untitled:complete';
    await client.open(uri, '一、工作\n（一）甲。\n（二）乙。\n');
    const items = await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 0 } });
    assert.deepEqual(items.map((i: any) => i.label), ['（三）', '二、', '1.']);
    assert.equal(items[0].textEdit.newText, '（三）');
    assert.equal(items[0].preselect, true);
    const none = await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 4 } });
    assert.deepEqual(none, []);
  });

  it('formats seed 004 (",” → "，"); formatting the result returns no edit', async () => {
    const uri = 'untitled:seed004';
    const text = readText(SEED.town);
    await client.open(uri, text);
    const edits = await client.request('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
    assert.equal(edits.length, 1);
    const formatted = applyLspEdits(text, edits);
    assert.doesNotMatch(formatted, /[\u4e00-\u9fff],/);
    await client.change(uri, 2, [{ text: formatted }]);
    assert.deepEqual(await client.request('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } }), []);
  });

  it('move section up: the server applies one versioned edit and says where the cursor goes', async () => {
    const uri = 'untitled:seed001';
    const text = readText(SEED.zhengwu);
    await client.open(uri, text, 7);
    const result = await client.request('workspace/executeCommand', { command: 'baogao.server.moveSectionUp', arguments: [uri, { line: 10, character: 3 }] });
    assert.deepEqual(result, { applied: true, position: { line: 9, character: 0 } });
    const edit = client.appliedEdits[client.appliedEdits.length - 1];
    assert.deepEqual(edit.documentChanges[0].textDocument, { uri, version: 7 });
    const moved = applyLspEdits(text, edit.documentChanges[0].edits).split('\n');
    assert.ok(moved[9].startsWith('（二）突出抓好党建工作重点'));
    assert.ok(moved[10].startsWith('（三）认真履行党建工作职责'));
  });

  it('exports a report to .docx and imports it back through the server (the editor’s Word commands)', async () => {
    const uri = 'untitled:word';
    const text = readText(SEED.audit);
    await client.open(uri, text);
    const exported = await client.request('workspace/executeCommand', { command: 'baogao.server.exportDocx', arguments: [uri] });
    assert.deepEqual(exported.placeholders.map((p: any) => [p.line, p.text, p.what]), [[21, 'XXXX', '内容'], [24, 'XX月XX日', '日期'], [31, 'XXXX', '单位、地名或名称']]);
    // What the "先修复 / 仍然导出" dialog lists: template residue (and any error), never the warnings of other rules.
    // (A residue block is one finding: lines 1–15 of the seed, then the line 18 of its own.)
    assert.deepEqual(exported.findings.slice(0, 2).map((f: any) => [f.line, f.rule]), [[0, 'template-residue'], [17, 'template-residue']]);
    assert.ok(exported.findings.every((f: any) => f.severity === 'error' || f.rule === 'template-residue'));
    assert.ok(exported.findings.some((f: any) => f.line === 17 && f.message.includes('QQ206157060')));
    assert.equal(Buffer.from(exported.base64, 'base64').subarray(0, 2).toString('latin1'), 'PK');
    const imported = await client.request('workspace/executeCommand', { command: 'baogao.server.importDocx', arguments: [exported.base64] });
    const lines = (t: string) => t.split('\n').map((l) => l.trim()).filter(Boolean);
    assert.deepEqual(lines(imported.text), lines(text));
    const broken = await client.request('workspace/executeCommand', { command: 'baogao.server.importDocx', arguments: [Buffer.from('not a docx').toString('base64')] });
    assert.equal(broken.error, '这不是 Word 文档（.docx）');
  });

  it('a command on a document never opened or with no section applies nothing', async () => {
    assert.deepEqual(await client.request('workspace/executeCommand', { command: 'baogao.server.demoteSection', arguments: ['untitled:nope', { line: 0, character: 0 }] }), { applied: false });
  });
});

describe('English locale over stdio', function () {
  let client: TestLspClient;
  before(async () => {
    client = new TestLspClient();
    await client.initialize({ locale: 'en' });
  });
  after(() => client.shutdown());

  it('messages, outline details and hovers are in English', async () => {
    const uri = 'untitled:en';
    await client.open(uri, '测试报告\n一、工作\n（一）甲\n（三）乙\n');
    const d = await client.waitForDiagnostics(uri, (x) => x.diagnostics.length > 0);
    assert.equal(d.diagnostics.find((x) => x.code === 'numbering-gap')?.message, 'Numbering skips: （二） expected after （一）');
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.match(symbols[0].detail, /chars$/);
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 1 } });
    assert.match(hover.contents.value, /characters in this section/);
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 3, character: 1 }, end: { line: 3, character: 1 } }, context: { diagnostics: [], only: ['quickfix'] } });
    assert.ok(actions.some((a: any) => a.title === 'Renumber this list'));
  });
});
