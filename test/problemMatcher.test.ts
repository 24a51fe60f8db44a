// The $baogao problem matcher (package.json contributes.problemMatchers) reads what `baogao check`
// really prints, in Chinese and in English: every finding becomes a problem at the right place with
// its rule and message. VS Code matches the terminal's text (colours already rendered away), so the
// output is taken without colour here.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { distDir, readText, repoRoot, seedsDir } from './helpers/paths';

interface Matcher {
  name: string;
  owner: string;
  severity: string;
  fileLocation: string[];
  pattern: { regexp: string; file: number; line: number; column: number; severity: number; code: number; message: number };
}

const matcher = (JSON.parse(readText(join(repoRoot, 'package.json'))).contributes.problemMatchers as Matcher[]).find((m) => m.name === 'baogao')!;

function check(lang: string, format: 'text' | 'json') {
  return spawnSync(process.execPath, [join(distDir, 'cli.js'), 'check', 'test/fixtures/seeds', '--lang', lang, '--format', format], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

/** What VS Code makes of each output line, as its ProblemMatcher does with a one-line pattern. */
function matchAll(stdout: string) {
  const re = new RegExp(matcher.pattern.regexp);
  const p = matcher.pattern;
  return stdout
    .split('\n')
    .map((l) => re.exec(l))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => ({ file: m[p.file], line: Number(m[p.line]), column: Number(m[p.column]), severity: m[p.severity] ?? matcher.severity, code: m[p.code], message: m[p.message] }));
}

describe('the $baogao problem matcher', () => {
  it('is named, owned and resolves paths the way `baogao check` prints them', () => {
    // Not the owner "baogao": that is the language client's diagnostics, and a task clears its
    // owner's problems when it runs.
    assert.equal(matcher.owner, 'baogao-cli');
    assert.deepEqual(matcher.fileLocation, ['autoDetect', '${workspaceFolder}']);
  });

  for (const lang of ['zh', 'en']) {
    it(`turns every finding of \`baogao check --lang ${lang}\` on the seeds into a problem at its place`, () => {
      const text = check(lang, 'text');
      const json = JSON.parse(check(lang, 'json').stdout) as { file: string; diagnostics: { rule: string; severity: string; message: string; range: { start: { line: number; character: number } } }[] }[];
      const expected = json.flatMap((f) => f.diagnostics.map((d) => ({ file: f.file, line: d.range.start.line + 1, column: d.range.start.character + 1, code: d.rule, message: d.message, severity: d.severity })));
      assert.ok(expected.length > 50, `${expected.length} findings`);
      const got = matchAll(text.stdout);
      assert.equal(got.length, expected.length, 'one problem per finding, no line missed or matched twice');
      // Every other stdout line continues the finding above it ("↳ path:line:col  note", a related place).
      assert.deepEqual(text.stdout.split('\n').filter((l) => l.trim() && !l.trimStart().startsWith('↳')).length, expected.length, 'every other line is a finding');
      assert.deepEqual(
        got.map(({ severity, ...rest }) => rest),
        expected.map(({ severity, ...rest }) => rest),
      );
      // VS Code reads the English severity words; Chinese ones fall back to the matcher's default.
      if (lang === 'en') assert.deepEqual(got.map((g) => g.severity), expected.map((e) => e.severity));
      else assert.ok(got.every((g) => g.severity === 'warning'));
      assert.ok(got.some((g) => g.code === 'numbering-gap' && g.file.endsWith('000_739041a541259170.txt') && g.line === 26 && g.column === 1));
      assert.ok(got.every((g) => g.file.startsWith(join('test', 'fixtures', 'seeds')) || g.file.startsWith(seedsDir)));
    });
  }

  it('does not take the summary, a related place or other lines for findings', () => {
    assert.deepEqual(matchAll('检查了 5 个文件：3 个错误，120 个警告（placeholder 40）\nchecked 5 files: 3 errors\n\n'), []);
    assert.deepEqual(matchAll('  ↳ 报告.txt:3:1  标题中的年份：2024年\n  ↳ report.txt:3:1  the year in the title: 2024\n'), []);
  });
});
