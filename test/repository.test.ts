// The repository as a new contributor meets it: a fresh clone holds everything the tests read; F5
// builds and launches; the ~800 MB code-server cache lives outside the clone and says when it installs.
// (The full rehearsal — npm ci and npm test in a fresh clone — is `npm run rehearse`: too slow here.)

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot, readText } from './helpers/paths';
import { testCacheDir } from './vscode/runInCodeServer';

const git = (args: string[], cwd = repoRoot) => spawnSync('git', args, { cwd, encoding: 'utf8' });
const isGitCheckout = git(['rev-parse', 'HEAD']).status === 0;

describe('a fresh clone', function () {
  this.timeout(60000);
  let clone = '';

  before(function () {
    if (!isGitCheckout) this.skip(); // an unpacked tarball: nothing to clone
    const parent = mkdtempSync(join(tmpdir(), 'baogao-clone-'));
    clone = join(parent, 'baogao');
    assert.equal(git(['clone', '--quiet', '--no-checkout', repoRoot, clone], parent).status, 0);
    const r = git(['checkout', '--quiet', git(['rev-parse', 'HEAD']).stdout.trim()], clone);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(readdirSync(parent), ['baogao'], 'nothing beside the clone (no shared folder beside it)');
  });

  it('holds the seeds and the corpus, and the tests find them inside it', () => {
    // test/helpers/paths.ts is where every test and the bench get their files: run the clone's
    // copy from inside the clone and see where it points.
    const js = esbuild.transformSync(readText(join(clone, 'test', 'helpers', 'paths.ts')), { loader: 'ts', format: 'cjs', platform: 'node' } as esbuild.TransformOptions).code;
    const helper = join(clone, 'test', 'helpers', 'paths.js');
    writeFileSync(helper, js);
    const r = spawnSync(process.execPath, ['-e', `const p = require(${JSON.stringify(helper)}); console.log(JSON.stringify({ root: p.repoRoot, seeds: p.seedFiles(), corpus: p.corpusFiles(), named: Object.values(p.SEED) }))`], {
      cwd: clone,
      encoding: 'utf8',
      env: { PATH: process.env.PATH }, // no variable pointing at a shared folder or anywhere else
    });
    assert.equal(r.status, 0, r.stderr);
    const found = JSON.parse(r.stdout) as { root: string; seeds: string[]; corpus: string[]; named: string[] };
    assert.equal(found.root, clone);
    assert.equal(found.seeds.length, 5);
    assert.equal(found.corpus.length, 52);
    for (const f of [...found.seeds, ...found.corpus, ...found.named]) {
      assert.ok(!relative(clone, f).startsWith('..'), `${f} is outside the clone`);
      assert.ok(existsSync(f), `${f} is missing from the clone`);
    }
  });

  it('nothing in it reads the shared folder beside the clone or an environment variable pointing outside', () => {
    // The needles are put together here so that this file does not match itself (nor the before-stop hook's search).
    const SHARED = String.raw`\.\./` + 'shared';
    const VARIABLE = 'BAOGAO_' + 'SHARED';
    const r = git(['grep', '-n', '-I', '-E', `${SHARED}|${VARIABLE}|\\.\\./\\.\\./${SHARED}`, '--', '*.ts', '*.js', '*.mjs', '*.json', '*.sh', '.ci/*', ':!test/repository.test.ts'], clone);
    assert.equal(r.stdout, '', 'files that read outside the repository');
    assert.equal(r.status, 1, r.stderr); // git grep: 1 = no match
  });
});

describe('F5 in VS Code (.vscode/launch.json and tasks.json)', function () {
  this.timeout(60000);
  const json = (name: string) => JSON.parse(readText(join(repoRoot, '.vscode', name)));

  it('launches the extension after a watch build, and can attach to the server', () => {
    const launch = json('launch.json');
    const tasks = json('tasks.json').tasks as any[];
    const ext = launch.configurations.find((c: any) => c.type === 'extensionHost');
    assert.ok(ext.args.includes('--extensionDevelopmentPath=${workspaceFolder}'));
    const task = tasks.find((t) => t.label === ext.preLaunchTask);
    assert.ok(task, `preLaunchTask ${ext.preLaunchTask} is a task`);
    assert.equal(task.isBackground, true);
    assert.equal(task.type, 'npm');
    const pkg = JSON.parse(readText(join(repoRoot, 'package.json')));
    assert.equal(pkg.scripts[task.script], 'node esbuild.mjs --watch');
    // The server is started with --inspect=6009 in debug mode (client/src/extension.ts).
    assert.ok(launch.configurations.some((c: any) => c.request === 'attach' && c.port === 6009));
    assert.match(readText(join(repoRoot, 'client', 'src', 'extension.ts')), /--inspect=6009/);
  });

  it('the watch task prints what its background matcher waits for, and errors in its pattern', async () => {
    const matcher = json('tasks.json').tasks[0].problemMatcher;
    const begins = new RegExp(matcher.background.beginsPattern);
    const ends = new RegExp(matcher.background.endsPattern);
    const child = spawn(process.execPath, ['esbuild.mjs', '--watch'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no end of build:\n${out}`)), 45000);
        child.stdout!.on('data', (d) => {
          out += d;
          if (out.split('\n').some((l) => ends.test(l))) (clearTimeout(timer), resolve());
        });
        child.on('exit', (code) => reject(new Error(`watch exited (${code}):\n${out}`)));
      });
    } finally {
      child.kill();
    }
    const lines = out.split('\n');
    assert.ok(lines.findIndex((l) => begins.test(l)) < lines.findIndex((l) => ends.test(l)), out);
    assert.equal(lines.filter((l) => ends.test(l)).length, 1, 'one "finished" for all bundles, so F5 waits for the server too');
    const p = new RegExp(matcher.pattern.regexp).exec('client/src/extension.ts:12:5: error: Expected ";" but found "x"');
    assert.deepEqual(p && [p[matcher.pattern.file], p[matcher.pattern.line], p[matcher.pattern.column], p[matcher.pattern.severity]], ['client/src/extension.ts', '12', '5', 'error']);
  });
});

describe('the code-server cache (VS Code suite)', () => {
  const script = join(repoRoot, 'test', 'vscode', 'install-code-server.sh');
  const version = /CODE_SERVER_VERSION="\$\{BAOGAO_CODE_SERVER:-([^}]+)\}"/.exec(readText(script))![1];

  it('lives in the XDG cache directory, not in the clone', () => {
    assert.equal(testCacheDir({ XDG_CACHE_HOME: '/x/cache', HOME: '/home/u' }), '/x/cache/baogao-test');
    assert.equal(testCacheDir({ HOME: '/home/u' }).replace(/\\/g, '/').endsWith('/.cache/baogao-test'), true);
    assert.ok(!readText(join(repoRoot, 'test', 'vscode', 'runInCodeServer.ts')).includes("join(repoRoot, '.cache')"));
  });

  it('a second clone reuses an installed cache silently', () => {
    const xdg = mkdtempSync(join(tmpdir(), 'baogao-xdg-'));
    mkdirSync(join(xdg, 'baogao-test', 'code-server'), { recursive: true });
    writeFileSync(join(xdg, 'baogao-test', 'code-server', `.installed-${version}`), '');
    const r = spawnSync('bash', [script], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: xdg } });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
  });

  it('the first run says what it is doing before it starts the download', function () {
    if (!existsSync('/usr/include/krb5.h') || !existsSync('/usr/include/gssapi/gssapi.h')) this.skip(); // it stops earlier, naming the package
    const xdg = mkdtempSync(join(tmpdir(), 'baogao-xdg-'));
    // An npm that fails at once stands in for the download.
    const bin = join(xdg, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'npm'), '#!/bin/sh\necho "npm stand-in: no download in this test" >&2\nexit 1\n');
    chmodSync(join(bin, 'npm'), 0o755);
    const r = spawnSync('bash', [script], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: xdg, PATH: `${bin}:${process.env.PATH}` } });
    assert.notEqual(r.status, 0);
    assert.match(r.stdout, /^首次运行：正在安装 code-server…/m);
    assert.ok(r.stdout.includes(join(xdg, 'baogao-test', 'code-server')), r.stdout);
  });
});
