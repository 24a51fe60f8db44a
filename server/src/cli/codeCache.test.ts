import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheFileOf, WRITE_CODE_CACHE_ENV } from './codeCache';

// Each load runs in a fresh Node, as the CLI does: within one process V8 would find the script in
// its own compilation cache and never read the file.
function load(file: string, write = false): { value: string; cacheUsed: boolean } {
  const code = `const r = require(${JSON.stringify(join(__dirname, 'codeCache.js'))}).requireWithCodeCache(${JSON.stringify(file)}); process.stdout.write(JSON.stringify({ value: r.exports.greet('王'), cacheUsed: r.cacheUsed }));`;
  const run = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', env: { ...process.env, [WRITE_CODE_CACHE_ENV]: write ? '1' : '' } });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

describe('the CLI bundle started from the code cache', () => {
  let dir: string;
  let file: string;
  const source = (word: string) => `#!/usr/bin/env node\n"use strict";\nfunction greet(name) { return ${JSON.stringify(word)} + name; }\nmodule.exports = { greet };\n`;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'baogao-cache-'));
    file = join(dir, 'bundle.js');
    writeFileSync(file, source('你好'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('runs the bundle without a cache, writes one when asked, and is started from it next time', () => {
    assert.deepEqual(load(file), { value: '你好王', cacheUsed: false });
    assert.ok(!existsSync(cacheFileOf(file)), 'nothing written unless asked');
    assert.deepEqual(load(file, true), { value: '你好王', cacheUsed: false });
    assert.ok(existsSync(cacheFileOf(file)));
    assert.deepEqual(load(file), { value: '你好王', cacheUsed: true });
  });

  it('compiles afresh a bundle edited to the same length (V8 alone would run the old bytecode)', () => {
    load(file, true);
    writeFileSync(file, source('您好'));
    assert.equal(readFileSync(file, 'utf8').length, source('你好').length);
    assert.deepEqual(load(file), { value: '您好王', cacheUsed: false });
  });

  it('takes the cache for the same text with another modification time (npm stamps one date on every file)', () => {
    load(file, true);
    utimesSync(file, new Date('1985-10-26T08:15:00Z'), new Date('1985-10-26T08:15:00Z'));
    assert.deepEqual(load(file), { value: '你好王', cacheUsed: true });
  });

  it('compiles afresh when the cache is cut short or is not a cache', () => {
    load(file, true);
    const cache = readFileSync(cacheFileOf(file));
    writeFileSync(cacheFileOf(file), cache.subarray(0, 40));
    assert.deepEqual(load(file), { value: '你好王', cacheUsed: false });
    writeFileSync(cacheFileOf(file), Buffer.concat([cache.subarray(0, 4), Buffer.alloc(cache.length - 4, 7)]));
    assert.deepEqual(load(file), { value: '你好王', cacheUsed: false });
  });

  it('the build trains the shipped CLI: dist/cliBundle.js starts from dist/cliBundle.js.cache', () => {
    const bundle = join(__dirname, '..', '..', '..', '..', 'dist', 'cliBundle.js');
    const code = `process.stdout.write(String(require(${JSON.stringify(join(__dirname, 'codeCache.js'))}).requireWithCodeCache(${JSON.stringify(bundle)}).cacheUsed));`;
    const run = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
    assert.equal(run.stdout, 'true', run.stderr);
  });
});
