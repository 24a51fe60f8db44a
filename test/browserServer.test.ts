// The web extension's language server, as bundled for the browser, in headless Chromium at the
// protocol level: the server of VS Code for the Web without VS Code. The code-server run with the
// extension in the web extension host (vscodeWebIntegration.test.ts) is the end-to-end proof; this
// is the quick one that runs in every `npm test`.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { readText, repoRoot, SEED } from './helpers/paths';
import { applyLspEdits } from './helpers/lspEdits';
import { CHROMIUM, missingWebPrerequisites } from './helpers/webPage';
import { SECTION_COMMANDS, WORD_COMMANDS } from '../server/src/protocol';

const URI = 'vscode-vfs://github/example/reports/000.txt';

type Lsp = { request(m: string, p: unknown): Promise<any>; notify(m: string, p: unknown): void; diagnostics(uri: string): any[] | undefined; appliedEdits(): any[] };

describe('web extension language server (browser bundle) in headless Chromium', function () {
  this.timeout(60_000);
  let browser: Browser;
  let page: Page;
  const request = (method: string, params: unknown) => page.evaluate(([m, p]) => (globalThis as unknown as { lsp: Lsp }).lsp.request(m as string, p), [method, params] as const);
  const notify = (method: string, params: unknown) => page.evaluate(([m, p]) => (globalThis as unknown as { lsp: Lsp }).lsp.notify(m as string, p), [method, params] as const);
  const diagnosticsUntil = async (ok: (d: any[]) => boolean) => {
    await page.waitForFunction(([uri, src]) => {
      const d = (globalThis as unknown as { lsp: Lsp }).lsp.diagnostics(uri);
      return d !== undefined && new Function('d', `return (${src})(d)`)(d);
    }, [URI, ok.toString()] as const);
    return page.evaluate((uri) => (globalThis as unknown as { lsp: Lsp }).lsp.diagnostics(uri)!, URI);
  };
  const names = (symbols: any[]): string[] => symbols.flatMap((s) => [s.name, ...names(s.children ?? [])]);

  before(async function () {
    if (!missingWebPrerequisites().every((m) => m.startsWith('dist/web'))) {
      if (process.env.CI) throw new Error(missingWebPrerequisites().join('; '));
      this.skip();
    }
    const nodeShims = Object.fromEntries(['node:fs', 'node:path', 'node:url'].map((m) => [m, join(repoRoot, 'server/src/lsp/browser/nodeShims.ts')])); // as esbuild.mjs
    const bundle = await esbuild.build({ entryPoints: [join(repoRoot, 'test/browser/lspHarness.ts')], bundle: true, platform: 'browser', format: 'iife', target: 'es2022', write: false, alias: nodeShims, logLevel: 'error' });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
    page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setContent('<!doctype html><title>lsp</title>');
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    assert.deepEqual(errors, []);
    const init = await request('initialize', { processId: null, rootUri: null, capabilities: { workspace: { configuration: true, applyEdit: true } }, initializationOptions: { locale: 'zh-cn' } });
    assert.ok(init.capabilities.documentSymbolProvider);
    assert.ok(!init.capabilities.executeCommandProvider.commands.includes(WORD_COMMANDS.exportDocx));
    await notify('initialized', {});
  });

  after(async () => {
    await browser?.close();
  });

  it('seed 000: outline, the （六） finding, 重新编号 and the outline then shows （五）', async () => {
    const text = readText(SEED.finance);
    await notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'baogao', version: 1, text } });
    const diags = await diagnosticsUntil((d) => d.some((x: any) => x.code === 'numbering-gap'));
    const gap = diags.find((d) => d.code === 'numbering-gap');
    assert.equal(gap.range.start.line, 25);
    assert.equal(gap.message, '序号不连续：（四）之后应为（五）');
    assert.equal(gap.codeDescription.href, 'https://extension.invalid/baogao/docs/rules/numbering-gap.md');

    const symbols = await request('textDocument/documentSymbol', { textDocument: { uri: URI } });
    assert.ok(names(symbols).some((n) => n.startsWith('（六）坚持主动担当')));

    const actions = await request('textDocument/codeAction', { textDocument: { uri: URI }, range: gap.range, context: { diagnostics: [gap], only: ['quickfix'] } });
    const renumber = actions.find((a: any) => a.title === '重新编号');
    assert.ok(renumber, actions.map((a: any) => a.title).join(' | '));
    const fixed = applyLspEdits(text, renumber.edit.documentChanges[0].edits);
    await notify('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: fixed }] });
    await diagnosticsUntil((d) => !d.some((x: any) => String(x.code).startsWith('numbering-')));
    const after = names(await request('textDocument/documentSymbol', { textDocument: { uri: URI } }));
    assert.ok(after.some((n) => n.startsWith('（五）坚持主动担当')), after.join(' | '));
  });

  it('completion and a section move work in the browser; Word is not offered', async () => {
    const uri = 'vscode-vfs://github/example/reports/new.txt';
    const text = '测试报告\n一、工作\n（一）甲。\n（二）乙。\n';
    await notify('textDocument/didOpen', { textDocument: { uri, languageId: 'baogao', version: 1, text } });
    const list = await request('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 0 } });
    const labels = (Array.isArray(list) ? list : list.items).map((i: any) => i.label);
    assert.ok(labels.includes('（三）'), labels.join(' '));

    const moved = await request('workspace/executeCommand', { command: SECTION_COMMANDS.moveUp, arguments: [uri, { line: 3, character: 1 }] });
    assert.equal(moved.applied, true);
    const [edit] = await page.evaluate(() => (globalThis as unknown as { lsp: Lsp }).lsp.appliedEdits());
    const change = edit.documentChanges?.[0]?.edits ?? edit.changes[uri];
    assert.equal(applyLspEdits(text, change), '测试报告\n一、工作\n（一）乙。\n（二）甲。\n');

    // No Word libraries in the web build (the client says so): the command is not offered.
    assert.equal(await request('workspace/executeCommand', { command: WORD_COMMANDS.exportDocx, arguments: [uri] }), null);
  });
});
