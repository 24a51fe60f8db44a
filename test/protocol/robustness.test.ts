// Bad input never stops the server: unknown methods, documents never opened, malformed messages,
// a 20 MB document, and a rule that throws.

import assert from 'node:assert/strict';
import { TestLspClient } from '../helpers/lspClient';
import { corpusFiles, readText } from '../helpers/paths';
import { parseReport } from '../../server/src/core/model/reportModel';
import { runRules } from '../../server/src/core/lint/runRules';
import { defaultConfig } from '../../server/src/core/config/config';

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

  it('handles a 20 MB document and still answers requests about other documents', async () => {
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
