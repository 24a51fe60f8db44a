// A large report opened is warmed up for typing (lsp/keystrokeWarmUp.ts): left alone, the server types
// into a copy of it and takes that out again; typed in at once, it checks a sample of it and types into
// that. What the writer then sees must be what a server that never warmed up shows.

import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestLspClient } from '../helpers/lspClient';
import { corpusOfSize } from '../helpers/corpusText';
import { SAMPLE_ROUNDS, WARM_UP_IDLE_MS, WARM_UP_ROUNDS } from '../../server/src/lsp/keystrokeWarmUp';

describe('warming a large report up for typing, over stdio', function () {
  this.timeout(120000);

  it('after the warm-up, an edit gets the diagnostics and outline a fresh server gives its text', async () => {
    const text = corpusOfSize(1_500_000);
    const uri = 'untitled:warm';
    const warm = new TestLspClient();
    const fresh = new TestLspClient();
    try {
      await Promise.all([warm.initialize(), fresh.initialize()]);
      await warm.open(uri, text, 1);
      await warm.waitForDiagnostics(uri, (d) => d.version === 1, 60000);
      for (let waited = 0; !warm.logs.some((m) => m.includes(`warmed up for typing: ${uri}`)) && waited < 30000; waited += 100) await new Promise((r) => setTimeout(r, 100));
      assert.ok(warm.logs.some((m) => m.includes(`warmed up for typing: ${uri} (${WARM_UP_ROUNDS} rounds)`)), warm.logs.join('\n'));

      // A heading typed into the middle: the outline changes too.
      const lines = TextDocument.create(uri, 'baogao', 1, text);
      let line = Math.floor(lines.lineCount / 2);
      while (lines.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).trim() !== '') line++;
      const typed = '（九）加强财政管理';
      const change = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: typed };
      await warm.change(uri, 2, [change]);
      // The text the warm server now holds, made as it makes it (the corpus has lone CRs: its lines
      // are not split('\n')'s).
      const edited = TextDocument.update(TextDocument.create(uri, 'baogao', 1, text), [change], 2).getText();
      await fresh.open(uri, edited, 2);
      const [a, b] = await Promise.all([warm.waitForDiagnostics(uri, (d) => d.version === 2, 60000), fresh.waitForDiagnostics(uri, (d) => d.version === 2, 60000)]);
      assert.ok(a.diagnostics.length > 0);
      const symbolsText = JSON.stringify(await warm.request('textDocument/documentSymbol', { textDocument: { uri } }));
      assert.ok(symbolsText.includes('加强财政管理'), 'the typed heading is in the outline');
      assert.deepEqual(a.diagnostics, b.diagnostics);
      const symbols = (c: TestLspClient) => c.request('textDocument/documentSymbol', { textDocument: { uri } });
      assert.deepEqual(await symbols(warm), await symbols(fresh));
    } finally {
      await Promise.all([warm.shutdown(), fresh.shutdown()]);
    }
  });

  it('a document edited at once is not warmed up itself (its keystrokes warm the same code), a sample of it is', async () => {
    const text = corpusOfSize(1_500_000);
    const uri = 'untitled:typed';
    const client = new TestLspClient();
    try {
      await client.initialize();
      await client.open(uri, text, 1);
      await client.change(uri, 2, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '字' }]);
      await client.waitForDiagnostics(uri, (d) => d.version === 2, 60000);
      await new Promise((r) => setTimeout(r, WARM_UP_IDLE_MS + 1000));
      assert.ok(!client.logs.some((m) => m.includes(`warmed up for typing: ${uri}`)), client.logs.join('\n'));
      // A sample of it is, between the keystrokes: checked, then typed into and undone.
      assert.ok(client.logs.some((m) => m.includes(`warmed up for typing on a sample of ${uri} (${SAMPLE_ROUNDS} rounds)`)), client.logs.join('\n'));
    } finally {
      await client.shutdown();
    }
  });
});
