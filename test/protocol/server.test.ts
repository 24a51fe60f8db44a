// The language server as editors see it: dist/server.js over stdio, spoken to in LSP.

import assert from 'node:assert/strict';
import { TestLspClient, fileUri } from '../helpers/lspClient';
import { SEED, readText, seedFiles } from '../helpers/paths';

describe('language server over stdio', function () {
  let client: TestLspClient;

  before(async () => {
    client = new TestLspClient();
    const init = await client.initialize();
    assert.equal(init.capabilities.documentSymbolProvider.label, 'Baogao');
    assert.equal(init.capabilities.textDocumentSync, 2, 'incremental sync');
  });

  after(async () => {
    const code = await client.shutdown();
    assert.equal(code, 0);
  });

  it('returns the hierarchical outline of seed 000: title → 一、 → （一）, items under 三、', async () => {
    const uri = fileUri(SEED.finance);
    await client.open(uri, readText(SEED.finance));
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols.length, 1);
    const title = symbols[0];
    assert.equal(title.name, '财政局党组书记抓基层党建工作述职报告');
    assert.match(title.detail, /^[\d,]+ 字$/);
    assert.deepEqual(title.children.map((s: any) => s.name), ['一、主要工作', '二、存在的主要问题及原因', '三、下步工作思路和主要措施']);
    const first = title.children[0];
    assert.deepEqual(first.children.map((s: any) => s.name.slice(0, 3)), ['（一）', '（二）', '（三）', '（四）', '（六）', '（七）', '（八）']);
    assert.equal(title.children[1].children.length, 4);
    assert.equal(title.children[2].children.length, 5);
    assert.ok(title.children[2].children.every((s: any) => /^[一二三四五]是/.test(s.name)));
    // The （六） heading is on line 26 (0-based 25); its selection range covers ordinal and text.
    const six = first.children[4];
    assert.equal(six.selectionRange.start.line, 25);
    assert.equal(six.selectionRange.start.character, 0);
    assert.equal(six.range.start.line, 25);
    // Symbol kinds: the title a file, every heading level a String (the Markdown extension's heading
    // kind, not the `{ }` Namespace), enumeration items EnumMember.
    assert.equal(title.kind, 1 /* File */);
    const headingKinds = new Set([...title.children, ...title.children.flatMap((s: any) => s.children.filter((c: any) => /^（/.test(c.name)))].map((s: any) => s.kind));
    assert.deepEqual([...headingKinds], [15 /* String */]);
    assert.ok(title.children[2].children.every((s: any) => s.kind === 22 /* EnumMember */));
    // Details are the section's length in characters.
    assert.match(first.detail, /^\d{1,3}(,\d{3})* 字$/);
  });

  it('returns an outline for every seed', async () => {
    for (const f of seedFiles()) {
      const uri = fileUri(f);
      await client.open(uri, readText(f));
      const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      assert.equal(symbols.length, 1, f);
      assert.equal(symbols[0].children.length, 3, f);
    }
  });

  it('folds every section and expands selection sentence → paragraph → section', async () => {
    const uri = fileUri(SEED.finance);
    const folds = await client.request('textDocument/foldingRange', { textDocument: { uri } });
    const one = folds.find((f: any) => f.startLine === 19);
    assert.ok(one, 'section 一、 folds from its heading line');
    assert.equal(one.endLine, 27);
    const [sel] = await client.request('textDocument/selectionRange', { textDocument: { uri }, positions: [{ line: 25, character: 40 }] });
    const chain: any[] = [];
    for (let s = sel; s; s = s.parent) chain.push(s.range);
    // sentence within line 25, then the whole line (paragraph), then （六）'s section, then 一、's, …
    assert.equal(chain[0].start.line, 25);
    assert.ok(chain[0].end.character < chain[1].end.character);
    assert.deepEqual([chain[1].start.line, chain[1].end.line], [25, 25]);
    assert.ok(chain.some((r) => r.start.line === 19 && r.end.line === 27), 'section 一、 is in the chain');
  });

  it('gives every heading level, down to 1. and （1）, the String kind', async () => {
    const uri = 'untitled:kinds-test';
    await client.open(uri, '测试报告\n一、工作\n（一）甲\n1.子项\n（1）细项。\n');
    const [title] = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    const kinds: [string, number][] = [];
    const walk = (s: any) => (kinds.push([s.name, s.kind]), s.children.forEach(walk));
    title.children.forEach(walk);
    assert.deepEqual(kinds.map(([n]) => n.slice(0, 3)), ['一、工', '（一）', '1.子', '（1）']);
    assert.ok(kinds.every(([, k]) => k === 15), JSON.stringify(kinds));
  });

  it('answers a request about a document never opened with an empty result', async () => {
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///never/opened.txt' } });
    assert.deepEqual(symbols, []);
  });

  it('follows incremental edits: inserting （五） changes the outline', async () => {
    const uri = 'untitled:edit-test';
    const text = '测试报告\n一、工作\n（一）甲。\n（二）乙。\n';
    await client.open(uri, text);
    await client.change(uri, 2, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: '（三）丙。\n' }]);
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols[0].children[0].children.map((s: any) => s.name), ['（一）甲', '（二）乙', '（三）丙']);
  });
});
