// The command line as a user runs it: dist/cli.js in a child process.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir, SEED, seedsDir } from './helpers/paths';

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [join(distDir, 'cli.js'), ...args], { encoding: 'utf8', input, env: { ...process.env, LANG: 'zh_CN.UTF-8', NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('baogao command line', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'baogao-cli-'));

  it('outline prints the heading tree of a seed', () => {
    const r = cli(['outline', SEED.finance]);
    assert.equal(r.code, 0);
    const lines = r.out.trimEnd().split('\n');
    assert.match(lines[0], /^财政局党组书记抓基层党建工作述职报告  \([\d,]+ 字, L16\)$/);
    assert.match(lines[1], /^  一、主要工作  \(/);
    assert.match(lines[6], /^    （六）坚持主动担当，全力支持防汛救灾  \(/);
  });

  it('outline --json gives LSP ranges', () => {
    const r = cli(['outline', SEED.town, '--json']);
    assert.equal(r.code, 0);
    const json = JSON.parse(r.out);
    assert.equal(json[0].name, '2018抓基层党建工作述职报告');
    assert.deepEqual(json[0].children[0].children[0].selectionRange.start, { line: 2, character: 0 });
  });

  it('check --format json prints {file, diagnostics} for every file of a folder', () => {
    const r = cli(['check', seedsDir, '--format', 'json']);
    assert.ok(r.code === 0 || r.code === 1, r.err);
    const json = JSON.parse(r.out);
    assert.equal(json.length, 5);
    for (const f of json) assert.ok(Array.isArray(f.diagnostics));
  });

  it('a missing file, a directory for outline, a binary and invalid UTF-8: one clear line, exit 2, no stack trace', () => {
    const bin = join(tmp, 'a.txt');
    writeFileSync(bin, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]));
    const gbk = join(tmp, 'gbk.txt');
    writeFileSync(gbk, Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0xb1, 0xa8, 0xb8, 0xe6])); // 中文报告 in GBK
    for (const [args, pattern] of [
      [['check', join(tmp, 'nope.txt')], /找不到文件/],
      [['outline', tmp], /是目录/],
      [['check', bin], /二进制文件/],
      [['outline', gbk], /不是有效的 UTF-8/],
      [['check', '--format', 'xml', SEED.finance], /不支持的格式/],
      [['frobnicate'], /未知命令/],
    ] as [string[], RegExp][]) {
      const r = cli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, pattern);
      assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
    }
  });

  it('reads standard input with -', () => {
    const r = cli(['outline', '-'], '测试报告\n一、甲\n二、乙\n');
    assert.equal(r.code, 0);
    assert.match(r.out, /一、甲/);
  });

  it('speaks English with --lang en', () => {
    const r = cli(['outline', join(tmp, 'nope.txt'), '--lang', 'en']);
    assert.equal(r.code, 2);
    assert.match(r.err, /no such file/);
  });

  it('keeps a file it cannot improve byte for byte under --fix', () => {
    const f = join(tmp, 'clean.txt');
    const text = '\uFEFF测试报告\r\n一、甲\r\n二、乙\r\n';
    writeFileSync(f, text);
    cli(['check', '--fix', f]);
    assert.equal(readFileSync(f, 'utf8'), text);
  });
});

describe('baogao check: findings, --fix, configuration', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'baogao-fix-'));

  it('prints path:line:col severity rule message and exits 1 on an error', () => {
    const r = cli(['check', SEED.finance]);
    assert.equal(r.code, 1);
    assert.match(r.out, /000_739041a541259170\.txt:26:1  错误  numbering-gap  序号不连续：（四）之后应为（五）/);
    assert.match(r.out, /:21:24  警告  declared-count  /);
  });

  it('--quiet keeps errors only; --rule overrides a severity', () => {
    assert.doesNotMatch(cli(['check', '--quiet', SEED.finance]).out, /declared-count/);
    const r = cli(['check', '--rule', 'numbering-gap=warning', SEED.finance]);
    assert.equal(r.code, 0);
    assert.match(r.out, /警告  numbering-gap/);
  });

  it('--fix renumbers seed 000 in place (BOM and CRLF kept) and a second run changes nothing', () => {
    const f = join(tmp, '述职报告.txt');
    const original = '\uFEFF' + readFileSync(SEED.finance, 'utf8').replace(/\n/g, '\r\n');
    writeFileSync(f, original);
    const r = cli(['check', '--fix', f]);
    assert.match(r.err, /已修复/);
    const fixed = readFileSync(f, 'utf8');
    assert.ok(fixed.startsWith('\uFEFF'));
    assert.ok(fixed.includes('（五）坚持主动担当，全力支持防汛救灾'));
    assert.equal(fixed.split('\r\n').length, original.split('\r\n').length);
    assert.doesNotMatch(cli(['check', f]).out, /numbering-gap/);
    cli(['check', '--fix', f]);
    assert.equal(readFileSync(f, 'utf8'), fixed);
    assert.deepEqual(readdirSync(tmp).filter((n) => n.includes('.tmp')), [], 'no temporary file left');
  });

  it('reads .baogaorc.json beside the files; a bad one warns by key and uses defaults', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baogao-rc-cli-'));
    const f = join(dir, 'r.txt');
    writeFileSync(f, readFileSync(SEED.finance, 'utf8'));
    writeFileSync(join(dir, '.baogaorc.json'), JSON.stringify({ rules: { 'numbering-gap': 'off' } }));
    assert.doesNotMatch(cli(['check', f]).out, /numbering-gap/);
    writeFileSync(join(dir, '.baogaorc.json'), JSON.stringify({ rules: { 'numbering-gap': 'sometimes' } }));
    const r = cli(['check', f]);
    assert.match(r.err, /rules\.numbering-gap/);
    assert.match(r.out, /numbering-gap/);
  });

  it('says how many findings were ignored and by which entries; an occurrence entry hides one X only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baogao-ignore-cli-'));
    const sub = join(dir, '报告');
    mkdirSync(sub);
    const text = readFileSync(SEED.finance, 'utf8');
    writeFileSync(join(sub, 'r.txt'), text);
    const count = (out: string) => out.split('\n').filter((l) => l.includes('placeholder')).length;
    const all = count(cli(['check', join(sub, 'r.txt')]).out);
    const at = text.indexOf('X月X日');
    const context = text.slice(at - 6, at + 8);
    writeFileSync(join(dir, '.baogaorc.json'), JSON.stringify({ ignore: [{ rule: 'placeholder', text: 'X月X日', file: '报告/r.txt', context }, { rule: 'doubled-word', text: '建共建共' }] }));
    const r = cli(['check', join(sub, 'r.txt')]);
    assert.equal(count(r.out), all - 1);
    assert.match(r.err, /已忽略 1 处（1 条忽略设置：placeholder “X月X日”（报告\/r\.txt：“[^”]+”） 1 处）/);
    // The entry names another file: nothing is ignored there, and the summary says nothing.
    writeFileSync(join(dir, 'r.txt'), text);
    const other = cli(['check', join(dir, 'r.txt')]);
    assert.equal(count(other.out), all);
    assert.doesNotMatch(other.err, /已忽略/);
  });
});

describe('baogao check for batch work', () => {
  it('takes globs, and reports a glob that matches nothing', () => {
    const r = cli(['check', join(seedsDir, '00[0-2]_*.txt'), '--format', 'json']);
    assert.deepEqual(JSON.parse(r.out).map((f: any) => f.file.split('/').pop().slice(0, 3)), ['000', '001', '002']);
    const none = cli(['check', join(seedsDir, '*.docx')]);
    assert.equal(none.code, 2);
    assert.match(none.err, /没有文件匹配/);
  });

  it('prints a summary with counts per rule on stderr', () => {
    const r = cli(['check', seedsDir]);
    assert.match(r.err, /^检查了 5 个文件：1 个错误，\d+ 个警告（.*numbering-gap 1.*）$/m);
    assert.match(cli(['check', seedsDir, '--lang', 'en']).err, /^5 files checked: 1 errors, \d+ warnings \(/m);
  });

  it('--format sarif writes SARIF 2.1.0 with rules, levels and UTF-16 regions', () => {
    const r = cli(['check', SEED.finance, '--format', 'sarif']);
    const sarif = JSON.parse(r.out);
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.name, 'baogao');
    assert.equal(run.columnKind, 'utf16CodeUnits');
    const gap = run.results.find((x: any) => x.ruleId === 'numbering-gap');
    assert.equal(gap.level, 'error');
    assert.deepEqual(gap.locations[0].physicalLocation.region, { startLine: 26, startColumn: 1, endLine: 26, endColumn: 4 });
    assert.equal(run.tool.driver.rules[gap.ruleIndex].id, 'numbering-gap');
    assert.ok(run.results.every((x: any) => ['error', 'warning', 'note'].includes(x.level)));
  });

  it('colours only when asked or on a terminal, never with NO_COLOR', () => {
    assert.doesNotMatch(cli(['check', SEED.finance]).out, /\x1b\[/);
    assert.match(cli(['check', SEED.finance, '--color']).out, /\x1b\[31m错误\x1b\[39m/);
    const r = spawnSync(process.execPath, [join(distDir, 'cli.js'), 'check', SEED.finance, '--color', '--no-color'], { encoding: 'utf8' });
    assert.doesNotMatch(r.stdout, /\x1b\[/);
  });

  it('checks standard input with -', () => {
    const r = cli(['check', '-'], '一、甲\n（一）a\n（三）b\n');
    assert.equal(r.code, 1);
    assert.match(r.out, /^-:3:1  错误  numbering-gap/m);
  });

  it('stats: total, characters per section, placeholders left', () => {
    const r = cli(['stats', SEED.finance]);
    assert.equal(r.code, 0);
    assert.match(r.out, /^全文 [\d,]+ 字（正文 [\d,]+ 字，不计空格）$/m);
    assert.match(r.out, /^ {4}（六）坚持主动担当，全力支持防汛救灾  \d+$/m);
    assert.match(r.out, /^未填写的占位符 13 处：$/m);
    assert.match(r.out, /^ {2}L22:\d+ {2}X月X日 {2}日期$/m);
    const json = JSON.parse(cli(['stats', SEED.minzheng, '--json']).out);
    assert.deepEqual(json.placeholders, []);
    assert.equal(json.sections[0].heading, '一、履职情况');
  });
});

describe('baogao export and import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'baogao-word-'));

  it('exports a seed to .docx, lists its placeholders, never overwrites without --force', () => {
    const out = join(dir, 'seed002.docx');
    const r = cli(['export', SEED.audit, '-o', out]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /还有 3 处占位符未填写/);
    assert.match(r.err, /L25:\d+ {2}XX月XX日 {2}日期/);
    assert.deepEqual([...readFileSync(out).subarray(0, 2)], [0x50, 0x4b]);
    const again = cli(['export', SEED.audit, '-o', out]);
    assert.equal(again.code, 2);
    assert.match(again.err, /已存在；加 --force 覆盖/);
    assert.equal(cli(['export', SEED.audit, '-o', out, '--force']).code, 0);
  });

  it('imports it back to the same text', () => {
    const out = join(dir, 'seed002.txt');
    const r = cli(['import', join(dir, 'seed002.docx'), '-o', out]);
    assert.equal(r.code, 0, r.err);
    const norm = (t: string) => t.split('\n').map((l) => l.trim()).filter(Boolean);
    assert.deepEqual(norm(readFileSync(out, 'utf8')), norm(readFileSync(SEED.audit, 'utf8')));
  });

  it('a damaged or password-protected .docx gives one clear line and exit 2', () => {
    const bad = join(dir, 'bad.docx');
    writeFileSync(bad, Buffer.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9]));
    const r = cli(['import', bad, '-o', join(dir, 'bad.txt')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /^baogao: .*bad\.docx 已损坏，无法读取/);
    const locked = join(dir, 'locked.docx');
    writeFileSync(locked, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from('EncryptedPackage', 'utf16le')]));
    assert.match(cli(['import', locked]).err, /受密码保护/);
    assert.doesNotMatch(r.err, /\n\s+at /);
  });
});
