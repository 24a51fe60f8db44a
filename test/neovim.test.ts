// Neovim, a real LSP client nobody here wrote, attached to baogao-language-server on seed 000:
// the document symbols and the numbering-gap diagnostic it received.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir, repoRoot, SEED } from './helpers/paths';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const available = nvim.status === 0;

describe('Neovim as the LSP client', function () {
  this.timeout(60000);

  before(function () {
    if (available) return;
    const hint = 'Neovim is not installed: apt-get install -y neovim (Debian) to run this test.';
    if (process.env.CI) throw new Error(hint);
    console.log(`      skipped: ${hint}`);
    this.skip();
  });

  it('receives the outline and the numbering-gap diagnostic of seed 000', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baogao-nvim-'));
    const out = join(dir, 'result.json');
    // What `npm install -g` puts on PATH: an executable that runs the server over stdio.
    const server = join(dir, 'baogao-language-server');
    writeFileSync(server, `#!/bin/sh\nexec "${process.execPath}" "${join(distDir, 'server.js')}" "$@"\n`);
    chmodSync(server, 0o755);
    const r = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${join(repoRoot, 'test', 'neovim', 'baogaoClient.lua')}`], {
      env: { ...process.env, BAOGAO_SERVER: server, BAOGAO_OUT: out, BAOGAO_FILE: SEED.finance, HOME: dir, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir },
      encoding: 'utf8',
      timeout: 50000,
    });
    assert.equal(r.status, 0, r.stderr || r.stdout);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(result.error, null, result.error);
    const gap = result.diagnostics.find((d: any) => d.code === 'numbering-gap');
    assert.ok(gap, JSON.stringify(result.diagnostics));
    assert.equal(gap.lnum, 25);
    assert.equal(gap.col, 0);
    assert.equal(gap.message, '序号不连续：（四）之后应为（五）');
    assert.equal(gap.source, 'baogao');
    const title = result.symbols[0];
    assert.equal(title.name, '财政局党组书记抓基层党建工作述职报告');
    assert.deepEqual(title.children.map((s: any) => s.name), ['一、主要工作', '二、存在的主要问题及原因', '三、下步工作思路和主要措施']);
    assert.equal(title.children[0].children[4].name, '（六）坚持主动担当，全力支持防汛救灾');
  });
});
