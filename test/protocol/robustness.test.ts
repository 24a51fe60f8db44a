// Bad input never stops the server: unknown methods, documents never opened, malformed messages,
// a 20 MB document, and a rule that throws.

import assert from 'node:assert/strict';
import { TestLspClient } from '../helpers/lspClient';
import { corpusFiles, readText } from '../helpers/paths';
import { parseReport } from '../../server/src/core/model/reportModel';
import { runRules } from '../../server/src/core/lint/runRules';
import { defaultConfig } from '../../server/src/core/config/config';
import { TextDocument } from 'vscode-languageserver-textdocument';

describe('server robustness over stdio', function () {
  this.timeout(60000);
  let client: TestLspClient;
  before(async () => {
    client = new TestLspClient();
    await client.initialize();
  });
  after(async () => assert.equal(await client.shutdown(), 0, 'exits cleanly after all of it'));

  it('answers an unknown method with MethodNotFound', async () => {
    await assert.rejects(client.request('baogao/noSuchMethod', {}), (e: any) => e.code === -32601);
  });

  it('logs a malformed message and keeps serving', async () => {
    const body = '{"jsonrpc":"2.0","id":99,"method":';
    client.proc.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///never.txt' } });
    assert.deepEqual(symbols, []);
    await new Promise((r) => setTimeout(r, 100));
    assert.ok(client.logs.some((m) => m.includes('malformed message')), client.logs.join('\n'));
  });

  it('handles a 20 MB document, typed into through the worker thread, and still answers requests about other documents', async () => {
    let big = '';
    const texts = corpusFiles().map(readText);
    for (let i = 0; big.length < 7_000_000; i++) big += texts[i % texts.length] + '\n'; // ~20 MB of UTF-8
    assert.ok(Buffer.byteLength(big) >= 20_000_000);
    const uri = 'untitled:huge';
    await client.open(uri, big);
    const small = 'untitled:small';
    await client.open(small, '一、甲\n（一）乙\n');
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: small } });
    assert.equal(symbols[0].name, '一、甲');
    const published = await client.waitForDiagnostics(uri, () => true, 30000);
    // Computed in the worker thread (the document is past WORKER_THRESHOLD): the same findings
    // the core gives on the main thread.
    const expected = runRules(parseReport(big), { config: defaultConfig(), locale: 'zh' });
    assert.equal(published.diagnostics.length, expected.length);
    assert.deepEqual(published.diagnostics.slice(0, 20).map((d) => [d.code, d.message]), expected.slice(0, 20).map((d) => [d.rule, d.message]));
    const bigSymbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(bigSymbols.length > 0);

    // Typing into it: the worker is sent each keystroke's edit and parses incrementally; what it
    // publishes is what a fresh check of the edited text gives.
    const line = Math.floor(big.split('\n').length / 2);
    const edits = [
      { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '字' },
      { range: { start: { line, character: 1 }, end: { line, character: 1 } }, text: '\n（九）' },
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, text: '' },
    ];
    let edited = TextDocument.create(uri, 'baogao', 1, big);
    for (const [k, change] of edits.entries()) {
      const typed = client.nextDiagnostics(uri, (d) => d.version === k + 2, 30000);
      await client.change(uri, k + 2, [change]);
      edited = TextDocument.update(edited, [change], k + 2);
      const after = await typed;
      const fresh = runRules(parseReport(edited.getText()), { config: defaultConfig(), locale: 'zh' });
      assert.equal(after.diagnostics.length, fresh.length);
      const at = (d: { range: { start: { line: number; character: number } } }) => edited.offsetAt(d.range.start);
      assert.deepEqual(after.diagnostics.map((d) => [d.code, at(d), d.message]).sort(), fresh.map((d) => [d.rule, d.span.start, d.message]).sort());
    }
  });

  it('survives documents made of NUL, lone surrogates, CR-only lines and astral characters', async () => {
    const nasty = ['\u0000\u0000一、\u0000', '\ud800（一）\udc00', '一、甲\r（一）乙\r（三）丙\r', '𠮷'.repeat(1000) + '\n一、𠮷\n', '（'.repeat(10000), '一是'.repeat(5000)];
    for (const [i, text] of nasty.entries()) {
      const uri = `untitled:nasty${i}`;
      await client.open(uri, text);
      await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      await client.request('textDocument/foldingRange', { textDocument: { uri } });
      await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 1 } });
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
      await client.waitForDiagnostics(uri);
    }
    assert.equal(client.proc.exitCode, null, 'still running');
  });
});
