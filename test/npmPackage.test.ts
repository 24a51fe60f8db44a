// Installable as a plain npm package: `npm pack`, then `npm install -g` of the tarball into a
// temporary prefix gives `baogao` and `baogao-language-server` on PATH, working.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, SEED } from './helpers/paths';
import { TestLspClient } from './helpers/lspClient';

describe('the npm package', function () {
  this.timeout(120000);
  const work = mkdtempSync(join(tmpdir(), 'baogao-pack-'));
  const prefix = join(work, 'prefix');
  const bin = join(prefix, 'bin');
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

  before(() => {
    const pack = spawnSync('npm', ['pack', '--pack-destination', work, '--json'], { cwd: repoRoot, encoding: 'utf8', env });
    assert.equal(pack.status, 0, pack.stderr);
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
    const files: string[] = JSON.parse(pack.stdout)[0].files.map((f: any) => f.path);
    assert.ok(files.includes('dist/cli.js') && files.includes('dist/server.js') && files.includes('docs/rules/numbering-gap.md'));
    assert.ok(!files.some((f) => f.endsWith('.ts') || f.endsWith('.map')), 'no sources or maps in the package');
    assert.deepEqual(files.filter((f) => f.startsWith('test/') || /fixtures|corpus|seeds/.test(f)), [], 'no test fixtures in the package');
    const install = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--offline', join(work, tarball)], { encoding: 'utf8', env });
    assert.equal(install.status, 0, install.stderr);
  });

  it('puts baogao on PATH, and it checks a report', () => {
    const r = spawnSync('baogao', ['check', SEED.finance, '--format', 'json'], { encoding: 'utf8', env });
    assert.equal(r.status, 1);
    assert.ok(JSON.parse(r.stdout)[0].diagnostics.some((d: any) => d.rule === 'numbering-gap'));
    assert.match(spawnSync('baogao', ['--version'], { encoding: 'utf8', env }).stdout, /^\d+\.\d+\.\d+/);
  });

  it('puts baogao-language-server on PATH, speaking LSP over stdio by default', async () => {
    const client = new TestLspClient([], join(bin, 'baogao-language-server'));
    const init = await client.initialize();
    assert.equal(init.serverInfo.name, 'baogao-language-server');
    assert.equal(await client.shutdown(), 0);
  });
});
