// One resolver for the CLI and the server: each report gets the .baogaorc.json nearest to it, so two
// folders with different settings are checked differently in one run and in one editor window.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir, SEED, readText } from './helpers/paths';
import { TestLspClient, fileUri } from './helpers/lspClient';

/** A workspace with two departments: 财务科 turns numbering-gap off, 办公室 keeps the defaults. */
function twoFolders(): { root: string; quiet: string; loud: string } {
  const root = mkdtempSync(join(tmpdir(), 'baogao-folders-'));
  const quietDir = join(root, '财务科');
  const loudDir = join(root, '办公室');
  mkdirSync(quietDir);
  mkdirSync(loudDir);
  writeFileSync(join(quietDir, '.baogaorc.json'), JSON.stringify({ rules: { 'numbering-gap': 'off' } }));
  const quiet = join(quietDir, '述职报告.txt');
  const loud = join(loudDir, '述职报告.txt');
  writeFileSync(quiet, readText(SEED.finance));
  writeFileSync(loud, readText(SEED.finance));
  return { root, quiet, loud };
}

describe('configuration per folder (nearest .baogaorc.json)', () => {
  it('the CLI applies each file its own folder’s settings in one run', () => {
    const { quiet, loud } = twoFolders();
    const r = spawnSync(process.execPath, [join(distDir, 'cli.js'), 'check', quiet, loud, '--format', 'json'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const json = JSON.parse(r.stdout) as { file: string; diagnostics: { rule: string }[] }[];
    const gaps = (file: string) => json.find((f) => f.file === file)!.diagnostics.filter((d) => d.rule === 'numbering-gap').length;
    assert.equal(gaps(quiet), 0);
    assert.equal(gaps(loud), 1);
  });

  it('the server applies each document its own folder’s settings in one workspace', async () => {
    const { root, quiet, loud } = twoFolders();
    const client = new TestLspClient();
    try {
      await client.initialize({ rootPath: root });
      await client.open(fileUri(quiet), readText(quiet));
      await client.open(fileUri(loud), readText(loud));
      const q = await client.waitForDiagnostics(fileUri(quiet), (d) => d.diagnostics.length > 0);
      const l = await client.waitForDiagnostics(fileUri(loud), (d) => d.diagnostics.length > 0);
      assert.equal(q.diagnostics.filter((d) => d.code === 'numbering-gap').length, 0);
      assert.equal(l.diagnostics.filter((d) => d.code === 'numbering-gap').length, 1);
    } finally {
      await client.shutdown();
    }
  });
});
