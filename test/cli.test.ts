// The command line as a user runs it: dist/cli.js in a child process.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { distDir, repoRoot, SEED, seedsDir } from './helpers/paths';
import { repositoryDocsBase, toSarif } from '../server/src/cli/sarif';

function cli(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(distDir, 'cli.js'), ...args], { encoding: 'utf8', input, env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8', NO_COLOR: '1', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const CJK = /[\u3400-\u9fff\uff00-\uffef“”（）：，]/;

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

  it('a missing file, a folder, a binary or unknown encoding, a typo, a missing output folder: one clear line, exit 2, no stack trace', () => {
    const bin = join(tmp, 'a.txt');
    writeFileSync(bin, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]));
    const cut = join(tmp, 'cut.txt');
    writeFileSync(cut, Buffer.concat([readFileSync(SEED.town), Buffer.from('\n乙').subarray(0, 3)]));
    const latin1 = join(tmp, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('Résumé des activités, café.\n', 'latin1'));
    for (const [args, pattern] of [
      [['check', join(tmp, 'nope.txt')], /找不到文件/],
      [['outline', tmp], /是目录/],
      [['check', bin], /二进制文件/],
      [['outline', latin1], /编码无法识别/],
      [['outline', cut], new RegExp(`cut\\.txt 第 ${readFileSync(SEED.town, 'utf8').split('\n').length + 1} 行有无效的 UTF-8 字节（文件可能已损坏或被截断）`)],
      [['check', '--format', 'xml', SEED.finance], /不支持的格式/],
      [['frobnicate'], /未知命令/],
      [['chekc', SEED.finance], /未知命令：chekc（是否要用 baogao check？）/],
      [['check', '--fxi', SEED.finance], /未知选项：--fxi（是否要用 --fix？）/],
      [['check', '--rule', 'numbering-gaps=off', SEED.finance], /未知规则：numbering-gaps（是否要用 numbering-gap？）/],
      [['import', SEED.finance], /不是 Word 文档（\.docx）/],
      [['import', tmp], /baogao: .*baogao-cli-\w+: 是文件夹/],
      [['check', '--config', join(tmp, 'no.json'), SEED.finance], /找不到配置文件 .*no\.json/],
      [['export', SEED.audit, '-o', join(tmp, 'no', 'such', 'x.docx')], /输出文件夹不存在：.*no\/such/],
    ] as [string[], RegExp][]) {
      const r = cli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, pattern);
      assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
      assert.doesNotMatch(r.err, /内部错误/, 'a user error is never called internal');
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
    assert.match(r.err, /^检查了 5 个文件：1 个错误，\d+ 个警告(?:，\d+ 个提示)?（.*numbering-gap 1.*）$/m);
    assert.match(cli(['check', seedsDir, '--lang', 'en']).err, /^5 files checked: 1 error, \d+ warnings(?:, \d+ notes?)? \(/m);
    assert.match(cli(['check', '-', '--lang', 'en'], '一、甲\n（一）a\n（三）b\n').err, /^1 file checked: 1 error, 0 warnings \(numbering-gap 1\)$/m);
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

  it('check --only selects rules by tag (several, comma-separated); an unknown tag is a usage error', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'baogao-only-')), 'only.txt');
    writeFileSync(file, 'XX局2024年工作总结\n\n一、主要工作\n二○二四年完成XX项任务。\n三、下步打算\n继续努力。\n');
    const rulesOf = (args: string[]) => [...new Set((JSON.parse(cli(['check', file, '--format', 'json', ...args]).out)[0].diagnostics as { rule: string }[]).map((d) => d.rule))].sort();
    // A 工作总结 without a problems part: report-parts (tag whole) notes it too.
    assert.deepEqual(rulesOf([]), ['number-usage', 'numbering-gap', 'placeholder', 'report-parts']);
    assert.deepEqual(rulesOf(['--only', 'whole']), ['report-parts']);
    assert.deepEqual(rulesOf(['--only', 'wording']), ['number-usage']);
    assert.deepEqual(rulesOf(['--only', 'numbering']), ['numbering-gap']);
    assert.deepEqual(rulesOf(['--only', 'numbering,content']), ['numbering-gap', 'placeholder']);
    assert.deepEqual(rulesOf(['--only', 'content', '--only', 'wording']), ['number-usage', 'placeholder']);
    // --fix with --only applies the selected rules' safe fixes and no others.
    cli(['check', file, '--only', 'wording', '--fix']);
    assert.equal(readFileSync(file, 'utf8'), 'XX局2024年工作总结\n\n一、主要工作\n二〇二四年完成XX项任务。\n三、下步打算\n继续努力。\n');
    const bad = cli(['check', file, '--only', 'spelling']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /未知标签：spelling（可用：numbering、content、wording、whole）/);
    assert.doesNotMatch(bad.err, /\n\s+at /);
  });

  it('rules lists every rule with its tags', () => {
    const r = cli(['rules']);
    assert.equal(r.code, 0);
    assert.match(r.out, /^numbering-gap +error +numbering +/m);
    assert.match(r.out, /^number-usage +warning +wording +数字用法/m);
    assert.match(r.out, /^draft-residue +warning +content,wording +草稿残留/m);
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

describe('baogao reads the encodings Chinese Windows and WPS save', () => {
  const dir = mkdtempSync(join(tmpdir(), 'baogao-enc-'));
  const seed = readFileSync(SEED.finance, 'utf8');

  it('a GBK report is checked like its UTF-8 copy; --verbose names the encoding; --fix writes GBK back', () => {
    const f = join(dir, 'gbk.txt');
    writeFileSync(f, iconv.encode(seed.replace(/\n/g, '\r\n'), 'gbk'));
    const utf8 = cli(['check', SEED.finance]);
    const r = cli(['check', '--verbose', f]);
    assert.equal(r.code, 1);
    assert.match(r.err, /读取 .*gbk\.txt（GB18030\/GBK）/);
    assert.deepEqual(r.out.split('\n').map((l) => l.replace(/^\S+?:/, '')), utf8.out.split('\n').map((l) => l.replace(/^\S+?:/, '')));
    const fix = cli(['check', '--fix', f]);
    assert.match(fix.err, /已修复 .*gbk\.txt/);
    const bytes = readFileSync(f);
    const fixed = iconv.decode(bytes, 'gb18030');
    assert.ok(fixed.includes('（五）坚持主动担当，全力支持防汛救灾'), 'renumbered');
    assert.equal(iconv.decode(bytes, 'utf8').includes('\uFFFD'), true, 'still GBK, not UTF-8');
    assert.equal(fixed.split('\r\n').length, seed.split('\n').length, 'CRLF kept');
    assert.doesNotMatch(cli(['check', f]).out, /numbering-gap/);
  });

  it('--fix leaves a GB18030 file alone when it could not be written back byte for byte, and says so', () => {
    // 0x80 is the one-byte euro of Windows code page 936: read as €, but € is written as A2 E3.
    const f = join(dir, 'euro.txt');
    const original = Buffer.concat([iconv.encode('测试报告\n一、甲\n（一）价格 ', 'gbk'), Buffer.from([0x80]), iconv.encode('5\n（三）乙\n', 'gbk')]);
    writeFileSync(f, original);
    const r = cli(['check', '--fix', f]);
    assert.equal(r.code, 2);
    assert.match(r.err, /未修改 .*euro\.txt：它的 GB18030\/GBK 编码无法原样写回/);
    assert.match(r.out, /numbering-gap/, 'the findings are still reported');
    assert.ok(readFileSync(f).equals(original), 'file untouched');
  });

  it('one GBK file in a folder is read with the rest: no exit 2', () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), readFileSync(SEED.audit));
    writeFileSync(join(folder, 'b.txt'), iconv.encode(readFileSync(SEED.minzheng, 'utf8'), 'gbk'));
    const r = cli(['check', folder, '--format', 'json']);
    assert.ok(r.code === 0 || r.code === 1, r.err);
    assert.equal(JSON.parse(r.out).length, 2);
    assert.match(r.err, /检查了 2 个文件/);
  });

  it('UTF-16 with a BOM (Notepad’s "Unicode"), LE and BE, is read and --fix writes it back the same way', () => {
    for (const [name, enc] of [['le.txt', 'utf16le'], ['be.txt', 'utf16be']]) {
      const f = join(dir, name);
      writeFileSync(f, iconv.encode('\uFEFF' + seed, enc));
      const r = cli(['check', '--verbose', f]);
      assert.equal(r.code, 1, r.err);
      assert.match(r.err, new RegExp(`UTF-16 ${enc.slice(-2).toUpperCase()}`));
      assert.match(r.out, /:26:1  错误  numbering-gap/);
      cli(['check', '--fix', f]);
      const bytes = readFileSync(f);
      assert.deepEqual([...bytes.subarray(0, 2)], enc === 'utf16le' ? [0xff, 0xfe] : [0xfe, 0xff]);
      assert.ok(iconv.decode(bytes, enc).includes('（五）坚持主动担当'), name);
    }
  });
});

describe('baogao speaks one language at a time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'baogao-lang-'));
  const en = { LANG: 'en_US.UTF-8' };

  it('LANG=en_US.UTF-8 gives English, LANG=zh_CN.UTF-8 Chinese', () => {
    const missing = join(dir, 'nope.txt');
    assert.match(cli(['outline', missing], undefined, en).err, /^baogao: no such file/);
    assert.match(cli(['outline', missing], undefined, { LANG: 'en_GB' }).err, /no such file/);
    assert.match(cli(['outline', missing]).err, /找不到文件/);
    assert.match(cli(['outline', missing], undefined, { LANG: 'C.UTF-8' }).err, /找不到文件/);
    assert.match(cli(['outlin', missing], undefined, en).err, /^baogao: unknown command: outlin \(did you mean baogao outline\?\)$/m);
    assert.match(cli(['check', '--quite', missing], undefined, en).err, /unknown option: --quite \(did you mean --quiet\?\)/);
  });

  it('configuration problems: each message wholly in one language; ESLint’s "warn" means warning', () => {
    const f = join(dir, 'r.txt');
    writeFileSync(f, readFileSync(SEED.finance));
    const rc = join(dir, '.baogaorc.json');
    writeFileSync(rc, JSON.stringify({ rules: { 'numbering-gap': 'loud', 'no-such-rule': 'off' }, export: { fonts: { sans: '黑体' } }, colour: true }));
    const zh = cli(['check', f]).err.split('\n').filter((l) => l.startsWith('警告'));
    const english = cli(['check', f], undefined, en).err.split('\n').filter((l) => l.startsWith('warning'));
    assert.equal(zh.length, 4);
    assert.equal(english.length, 4);
    for (const l of zh) assert.doesNotMatch(l.replace(dir, ''), /must|unknown|role|\bkey\b/, l);
    // English lines carry no Chinese beyond the font name the user wrote.
    for (const l of english) assert.doesNotMatch(l.replace(dir, '').replace('黑体', ''), CJK, l);
    writeFileSync(rc, JSON.stringify({ rules: { 'numbering-gap': 'warn' } }));
    const warn = cli(['check', f]);
    assert.equal(warn.code, 0, warn.err);
    assert.match(warn.out, /警告  numbering-gap/);
    assert.doesNotMatch(warn.err, /无效/);
    const flag = cli(['check', '--rule', 'numbering-gap=warn', SEED.finance]);
    assert.equal(flag.code, 0, flag.err);
  });

  it('broken JSON in .baogaorc.json is reported with its line and column', () => {
    const sub = join(dir, 'broken');
    mkdirSync(sub);
    writeFileSync(join(sub, 'r.txt'), '测试报告\n一、甲\n');
    writeFileSync(join(sub, '.baogaorc.json'), '{\n  "rules": {\n    "numbering-gap": "off",\n  }\n}\n');
    assert.match(cli(['check', join(sub, 'r.txt')]).err, /\.baogaorc\.json 第 4 行第 3 列不是有效的 JSON/);
    assert.match(cli(['check', join(sub, 'r.txt')], undefined, en).err, /\.baogaorc\.json:4:3: not valid JSON/);
    writeFileSync(join(sub, '.baogaorc.json'), '{"rules": {"numbering-gap": tru}}');
    assert.match(cli(['check', join(sub, 'r.txt')], undefined, en).err, /\.baogaorc\.json:1:29: not valid JSON/);
  });

  it('`baogao rules | head -1` ends quietly when the reader goes away', () => {
    // Output well past a pipe's 64 KB buffer, so the writer is still writing when head exits.
    const big = join(dir, 'big.txt');
    writeFileSync(big, '测试报告\n' + '一、甲,乙\n（一）a\n（三）b\n'.repeat(1500));
    const node = `"${process.execPath}" "${join(distDir, 'cli.js')}"`;
    for (const command of [`${node} check "${big}" | head -1`, `${node} rules | head -1`]) {
      const r = spawnSync('sh', ['-c', command], { encoding: 'utf8', env: { ...process.env, LANG: 'zh_CN.UTF-8' } });
      assert.equal(r.stdout.split('\n').filter(Boolean).length, 1, command);
      assert.doesNotMatch(r.stderr, /EPIPE|\n\s+at |内部错误|internal error/, r.stderr);
    }
  });
});

describe('baogao export lists what a reviewer would send back', () => {
  const dir = mkdtempSync(join(tmpdir(), 'baogao-review-'));

  it('every error-level finding and the template residue are listed; the export still goes on', () => {
    const out = join(dir, 'seed000.docx');
    const r = cli(['export', SEED.finance, '-o', out]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /导出前请修复：\d+ 处错误或模板残留：/);
    assert.match(r.err, /L26:1 {2}错误 {2}numbering-gap {2}序号不连续：（四）之后应为（五）/);
    assert.match(r.err, /L18:1 {2}警告 {2}template-residue {2}模板或网站残留：“酷乐文行整理，咨询QQ206157060”/);
    assert.match(r.err, /还有 13 处占位符未填写/);
    assert.ok(existsSync(out));
  });

  it('--strict refuses while errors or residue remain, and writes nothing', () => {
    const out = join(dir, 'strict.docx');
    const r = cli(['export', SEED.finance, '-o', out, '--strict']);
    assert.equal(r.code, 1);
    assert.match(r.err, /已拒绝导出（--strict）/);
    assert.ok(!existsSync(out));
    // A clean report passes --strict.
    const clean = join(dir, 'clean.txt');
    writeFileSync(clean, '关于2024年工作的述职报告\n一、主要工作\n（一）加强学习。组织学习12次。\n（二）改进作风。深入基层调研。\n二、存在问题\n学习不够深入。\n');
    const ok = cli(['export', clean, '-o', join(dir, 'clean.docx'), '--strict']);
    assert.equal(ok.code, 0, ok.err);
    assert.doesNotMatch(ok.err, /导出前请修复/);
  });
});

describe('SARIF rule links', () => {
  it('helpUri is the repository’s page for the rule when package.json names one; never a local file: path', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    const rules = JSON.parse(cli(['check', SEED.finance, '--format', 'sarif']).out).runs[0].tool.driver.rules;
    for (const r of rules) {
      assert.ok(r.help.text.length > 4, r.id);
      assert.equal(r.help.text, r.shortDescription.text);
      if (pkg.repository) assert.match(r.helpUri, new RegExp(`^https://(github|gitlab)\\.com/.+/docs/rules/${r.id}\\.md$`));
      else assert.equal(r.helpUri, undefined);
    }
    assert.doesNotMatch(JSON.stringify(rules), /file:/);
  });

  it('reads every usual form of package.json’s repository field; an unknown host gets no link, only help.text', () => {
    const web = 'https://github.com/baogao-dev/baogao/blob/HEAD';
    for (const form of ['baogao-dev/baogao', 'github:baogao-dev/baogao', 'https://github.com/baogao-dev/baogao', 'git+https://github.com/baogao-dev/baogao.git', 'git@github.com:baogao-dev/baogao.git', { type: 'git', url: 'https://github.com/baogao-dev/baogao.git' }]) {
      assert.equal(repositoryDocsBase(form), web, JSON.stringify(form));
    }
    assert.equal(repositoryDocsBase({ url: 'https://github.com/o/mono.git', directory: 'packages/baogao' }), 'https://github.com/o/mono/blob/HEAD/packages/baogao');
    assert.equal(repositoryDocsBase('https://gitlab.com/o/r.git'), 'https://gitlab.com/o/r/-/blob/HEAD');
    assert.equal(repositoryDocsBase('https://example.org/o/r.git'), undefined);
    assert.equal(repositoryDocsBase(undefined), undefined);
    const withRepo = toSarif([], '1.0.0', 'en', '/tmp', 'github:baogao-dev/baogao') as any;
    assert.equal(withRepo.runs[0].tool.driver.rules[0].helpUri, `${web}/docs/rules/numbering-gap.md`);
    const without = toSarif([], '1.0.0', 'en', '/tmp', { url: 'https://example.org/x.git' }) as any;
    assert.ok(without.runs[0].tool.driver.rules.every((r: any) => r.helpUri === undefined && r.help.text));
  });
});
