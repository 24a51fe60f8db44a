// Loads a CommonJS bundle with V8's code cache: the bytecode of every function the build's
// training run compiled (esbuild.mjs runs `baogao check` on the sample report once), stored beside
// the bundle as <bundle>.cache. Compiling the CLI's bundle and the functions one check runs cost
// about 10 ms of a small check's 50 ms over starting Node; with the cache V8 deserializes them
// instead. Node 22 has this built in (module.enableCompileCache); Node 20 does not.
//
// V8 accepts a cache only for its own version and flags and a source of the same length, so a cache
// from another Node is rejected and the bundle compiles as usual. A same-length edit of the bundle
// (one character of a message in watch mode) would pass V8's check and run the old bytecode, so
// the cache also starts with the CRC-32 of the source it was made from, as Node 22's cache does
// (zlib's, in native code: SHA-256 would add 3 ms, most of it loading node:crypto). Nothing is
// written at run time unless the build asks for it.

import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { Module, createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';
import * as zlib from 'node:zlib';

/** Set by the build for its training run only: write the cache when the process exits. */
export const WRITE_CODE_CACHE_ENV = 'BAOGAO_WRITE_CODE_CACHE';

const DIGEST_BYTES = 4;

export interface CachedModule {
  exports: unknown;
  /** V8 took the cached bytecode (false: no cache, another source, or another Node). */
  cacheUsed: boolean;
}

export function cacheFileOf(file: string): string {
  return `${file}.cache`;
}

/** undefined on a Node 20 before 20.15, which has no zlib.crc32: no cache there. */
function sourceDigest(source: string): Buffer | undefined {
  const crc32 = (zlib as { crc32?: (data: string) => number }).crc32;
  if (typeof crc32 !== 'function') return undefined;
  const digest = Buffer.alloc(DIGEST_BYTES);
  digest.writeUInt32LE(crc32(source));
  return digest;
}

export function requireWithCodeCache(file: string, writeCache = process.env[WRITE_CODE_CACHE_ENV] === '1'): CachedModule {
  let source = readFileSync(file, 'utf8');
  if (source.startsWith('#!')) source = `//${source.slice(2)}`; // a hashbang is only valid on a script's first line
  const digest = sourceDigest(source);
  let cachedData: Buffer | undefined;
  try {
    const stored = digest && readFileSync(cacheFileOf(file));
    if (digest && stored && stored.length > DIGEST_BYTES && stored.subarray(0, DIGEST_BYTES).equals(digest)) cachedData = stored.subarray(DIGEST_BYTES);
  } catch {
    // No cache (a development build, or the file was removed): compile as usual.
  }
  // Node's own CommonJS wrapper, so the bundle sees the same five names it would under require().
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  const mod = new Module(file);
  mod.filename = file;
  mod.loaded = true;
  if (writeCache && digest) {
    // At exit, so the cache holds the functions this run compiled, not only the top level.
    process.once('exit', () => {
      const target = cacheFileOf(file);
      const temp = `${target}.${process.pid}.tmp`;
      writeFileSync(temp, Buffer.concat([digest, script.createCachedData()]));
      renameSync(temp, target);
    });
  }
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  wrapper.call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
  return { exports: mod.exports, cacheUsed };
}
