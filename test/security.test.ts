// Hostile and unlucky input through the command line (issue 22): a folder's .baogaorc.json, a
// zip bomb, symlinks, read-only files, failed writes. dist/cli.js runs in a child process, as a
// user runs it; a child that hangs is killed and the test fails.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, writeFileSync, readFileSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir, readText, SEED } from './helpers/paths';
import { docxBomb } from './helpers/zipBomb';
import { writeFileAtomic, WriteError } from '../server/src/cli/atomicWrite';

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
    assert.match(r.err, /“residue\.patterns”无效（模式“\(材料\)\\1”使用了反向引用/);
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

describe('hostile and unlucky writes: --fix, export, import', () => {
  // Seed 000 skips （五）: the renumbering is a safe fix, so --fix writes.
  const fixable = () => readText(SEED.finance);
  const tmpFiles = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

  it('a symlink planted at the old temporary name is not followed; the report stays a plain file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baogao-tmpname-'));
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, '别人的文件\n');
    const report = join(dir, 'r.txt');
    writeFileSync(report, 'old\n');
    // The name the old code used (the pid is known to whoever starts the process).
    symlinkSync(victim, join(dir, `.r.txt.baogao-${process.pid}.tmp`));
    writeFileAtomic(report, '新内容\n');
    assert.equal(readFileSync(victim, 'utf8'), '别人的文件\n');
    assert.equal(readFileSync(report, 'utf8'), '新内容\n');
    assert.ok(lstatSync(report).isFile());
    assert.deepEqual(tmpFiles(dir), [`.r.txt.baogao-${process.pid}.tmp`], 'only the planted link');
  });

  it('a write that fails leaves no temporary file and names the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baogao-fail-'));
    mkdirSync(join(dir, 'r.txt'));
    assert.throws(() => writeFileAtomic(join(dir, 'r.txt'), 'x'), (e: unknown) => e instanceof WriteError && e.message.includes('r.txt') && e.message.endsWith('未修改'));
    assert.deepEqual(tmpFiles(dir), []);
  });

  it('--fix on a symlinked report writes the target and keeps the link', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baogao-link-'));
    mkdirSync(join(dir, 'real'));
    const target = join(dir, 'real', 'target.txt');
    writeFileSync(target, fixable());
    const link = join(dir, 'report.txt');
    symlinkSync(join('real', 'target.txt'), link);
    const r = cli(['check', '--fix', link]);
    assert.match(r.err, /已修复/);
    assert.ok(lstatSync(link).isSymbolicLink(), 'still a link');
    assert.ok(readFileSync(target, 'utf8').includes('（五）坚持主动担当，全力支持防汛救灾'), 'the target is fixed');
    assert.deepEqual(tmpFiles(join(dir, 'real')), []);
  });

  it('--fix leaves a read-only report untouched and says so; the others are fixed; exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baogao-ro-'));
    const ro = join(dir, 'a.txt');
    const rw = join(dir, 'b.txt');
    writeFileSync(ro, fixable());
    writeFileSync(rw, fixable());
    chmodSync(ro, 0o444);
    const r = cli(['check', '--fix', ro, rw]);
    assert.equal(r.code, 2);
    assert.match(r.err, /a\.txt：只读，未修改/);
    assert.equal(readFileSync(ro, 'utf8'), fixable());
    assert.equal(statSync(ro).mode & 0o777, 0o444);
    assert.ok(readFileSync(rw, 'utf8').includes('（五）坚持主动担当'), 'b.txt fixed');
    assert.match(r.out, /a\.txt:26:1 {2}错误 {2}numbering-gap/, 'a.txt is still reported');
  });

  it('one failed write (file too large) is reported by name; the run goes on, prints every finding, exits 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baogao-efbig-'));
    const big = join(dir, 'big.txt');
    const small = join(dir, 'small.txt');
    const bigText = fixable() + '\n' + '正文。'.repeat(400_000); // 2.4 MB, over the limit set below
    writeFileSync(big, bigText);
    writeFileSync(small, fixable());
    // ulimit -f: the shell's file size limit (512- or 1024-byte blocks) — 1 MB at most.
    const r = cli(['check', '--fix', big, small], { shell: 'ulimit -f 1000; exec' });
    assert.equal(r.signal, null, r.err);
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /^baogao: 无法写入 .*big\.txt（文件超过系统允许的大小），未修改$/m);
    assert.doesNotMatch(r.err, /内部错误/);
    assert.match(r.err, /已修复 .*small\.txt/);
    assert.match(r.out, /big\.txt:26:1 {2}错误 {2}numbering-gap/);
    assert.match(r.err, /1 个文件未能写回修复/);
    assert.equal(readFileSync(big, 'utf8'), bigText);
    assert.deepEqual(tmpFiles(dir), []);
  });
});

describe('which .baogaorc.json applies (CLI)', () => {
  // Seed 000 skips （五）: numbering-gap, unless an rc file turns the rule off.
  const gapOff = JSON.stringify({ rules: { 'numbering-gap': 'off' } });

  it('stops at the repository root: a file in a shared parent folder changes nothing below it', () => {
    const shared = mkdtempSync(join(tmpdir(), 'baogao-shared-'));
    writeFileSync(join(shared, '.baogaorc.json'), gapOff);
    mkdirSync(join(shared, 'repo', '.git'), { recursive: true });
    mkdirSync(join(shared, 'repo', 'reports'));
    const f = join(shared, 'repo', 'reports', 'r.txt');
    writeFileSync(f, readText(SEED.finance));
    assert.match(cli(['check', f]).out, /numbering-gap/, 'the parent’s file is not read');
    // The repository's own file is; --config still wins over both.
    writeFileSync(join(shared, 'repo', '.baogaorc.json'), JSON.stringify({ rules: { 'numbering-gap': 'hint' } }));
    assert.match(cli(['check', f]).out, /建议 {2}numbering-gap/);
    assert.doesNotMatch(cli(['check', f, '--config', join(shared, '.baogaorc.json')]).out, /numbering-gap/);
  });

  it('never reads one from a world-writable folder such as the temporary folder', () => {
    const open = mkdtempSync(join(tmpdir(), 'baogao-ww-'));
    chmodSync(open, 0o1777);
    writeFileSync(join(open, '.baogaorc.json'), gapOff);
    mkdirSync(join(open, 'mine'));
    const f = join(open, 'mine', 'r.txt');
    writeFileSync(f, readText(SEED.finance));
    assert.match(cli(['check', f]).out, /numbering-gap/);
  });

  it('check --print-config FILE names the file that applies, or says there is none', () => {
    const root = mkdtempSync(join(tmpdir(), 'baogao-print-'));
    mkdirSync(join(root, '.git'));
    mkdirSync(join(root, 'a'));
    const f = join(root, 'a', 'r.txt');
    writeFileSync(f, readText(SEED.finance));
    const none = cli(['check', '--print-config', f]);
    assert.equal(none.code, 0, none.err);
    assert.match(none.out, /^配置文件：无（未找到 \.baogaorc\.json，使用默认设置）$/m);
    writeFileSync(join(root, '.baogaorc.json'), gapOff);
    const found = cli(['check', '--print-config', f]);
    assert.match(found.out, new RegExp(`^配置文件：${join(root, '.baogaorc.json').replace(/[.\\/]/g, '\\$&')}$`, 'm'));
    assert.equal(JSON.parse(found.out.slice(found.out.indexOf('{'))).rules['numbering-gap'], 'off');
  });
});
