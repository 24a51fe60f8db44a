// Hostile and unlucky input through the command line (issue 22): a folder's .baogaorc.json, a
// zip bomb, symlinks, read-only files, failed writes. dist/cli.js runs in a child process, as a
// user runs it; a child that hangs is killed and the test fails.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir, readText, SEED } from './helpers/paths';
import { docxBomb } from './helpers/zipBomb';

function cli(args: string[], opts: { cwd?: string; shell?: string } = {}) {
  const env = { ...process.env, LANG: 'zh_CN.UTF-8', NO_COLOR: '1' };
  const r = opts.shell
    ? spawnSync('/bin/sh', ['-c', `${opts.shell} "$@"`, 'sh', process.execPath, join(distDir, 'cli.js'), ...args], { encoding: 'utf8', env, cwd: opts.cwd, timeout: 30000 })
    : spawnSync(process.execPath, [join(distDir, 'cli.js'), ...args], { encoding: 'utf8', env, cwd: opts.cwd, timeout: 30000 });
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

describe('hostile input: user patterns', () => {
  it('a catastrophic pattern in a folder’s .baogaorc.json cannot stall check; a back-reference is refused by name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baogao-redos-'));
    writeFileSync(join(dir, '.baogaorc.json'), JSON.stringify({ residue: { patterns: ['(a+)+$', '(材料)\\1'] } }));
    const f = join(dir, '述职报告.txt');
    writeFileSync(f, `述职报告\n一、工作\n${'a'.repeat(34)}!\n${'a'.repeat(20)}\n`);
    const r = cli(['check', f]);
    assert.equal(r.signal, null, 'finished');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /:4:1 {2}警告 {2}template-residue/);
    assert.doesNotMatch(r.out, /:3:1 /);
    assert.match(r.err, /“residue\.patterns”无效（pattern "\(材料\)\\1" uses a back-reference/);
    assert.deepEqual(readdirSync(dir).sort(), ['.baogaorc.json', '述职报告.txt']);
    assert.ok(readFileSync(f, 'utf8').startsWith('述职报告'));
  });
});

describe('hostile input: a zip bomb in Word’s clothes', () => {
  it('import stops at the limit: one clear line, exit 2, no output file, nothing left behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baogao-bomb-'));
    const bomb = join(dir, '述职报告.docx');
    writeFileSync(bomb, await docxBomb(readText(SEED.town), { documentMiB: 200 }));
    for (const args of [['import', bomb], ['import', bomb, '-o', join(dir, 'out.txt')]]) {
      const r = cli(args);
      assert.equal(r.signal, null);
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, /^baogao: .*述职报告\.docx 超出导入上限（word\/document\.xml > 16 MB），可能是恶意构造的文件（如“压缩炸弹”），已停止读取/);
      assert.doesNotMatch(r.err, /内部错误|\n\s+at /);
    }
    assert.deepEqual(readdirSync(dir), ['述职报告.docx']);
  });
});
