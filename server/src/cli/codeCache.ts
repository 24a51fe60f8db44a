// Loads a CommonJS bundle with V8's code cache: the bytecode of every function the build's
// training run compiled (esbuild.mjs runs `baogao check` on the sample report once), stored beside
// the bundle as <bundle>.cache. Compiling the CLI's bundle and the functions one check runs cost
// about 10 ms of a small check's 50 ms over starting Node; with the cache V8 deserializes them
// instead. Node 22 has this built in (module.enableCompileCache); Node 20 does not.
//
// V8 accepts a cache only for its own version and flags and a source of the same length, so a cache
// from another Node is rejected and the bundle compiles as usual. A same-length edit of the bundle
// (one character of a message in watch mode) would pass V8's check and run the old bytecode, so
// the cache starts with what it was made from: the bundle's size and modification time, and the
// CRC-32 of its text (as Node 22's cache keeps). When size and time are the bundle's, the text is
// the one the cache was made from; else (an edit, or an npm install, which stamps every file with
// one date) the CRC decides. Reading zlib and hashing cost 2 ms; a start from the build's own files
// skips them. Nothing is written at run time unless the build asks for it. The packages (npm, .vsix)
// do not carry the cache: it holds for the one Node that made it (VS Code's is another), and it
// would be a third of the .vsix.

import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { Module, createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** Set by the build for its training run only: write the cache when the process exits. */
export const WRITE_CODE_CACHE_ENV = 'BAOGAO_WRITE_CODE_CACHE';

/** [0, 4): CRC-32 of the source; [4, 8): its size in bytes; [8, 16): its mtime in ms (float). */
const HEADER_BYTES = 16;

export interface CachedModule {
  exports: unknown;
  /** V8 took the cached bytecode (false: no cache, another source, or another Node). */
  cacheUsed: boolean;
}

export function cacheFileOf(file: string): string {
  return `${file}.cache`;
}

function crc32Of(source: string): number {
  // Required here, not imported: most starts never need it.
  return (require('node:zlib') as typeof import('node:zlib')).crc32(source);
}

function header(source: string, size: number, mtimeMs: number): Buffer {
  const h = Buffer.alloc(HEADER_BYTES);
  h.writeUInt32LE(crc32Of(source), 0);
  h.writeUInt32LE(size, 4);
  h.writeDoubleLE(mtimeMs, 8);
  return h;
}

/** The stored cache's bytecode, if it was made from this source. */
function cachedDataFor(file: string, source: string, size: number, mtimeMs: number): Buffer | undefined {
  let stored: Buffer;
  try {
    stored = readFileSync(cacheFileOf(file));
  } catch {
    return undefined; // no cache (a development build, or the file was removed): compile as usual
  }
  if (stored.length <= HEADER_BYTES) return undefined;
  const sameFile = stored.readUInt32LE(4) === size && stored.readDoubleLE(8) === mtimeMs;
  if (!sameFile && stored.readUInt32LE(0) !== crc32Of(source)) return undefined;
  return stored.subarray(HEADER_BYTES);
}

export function requireWithCodeCache(file: string, writeCache = process.env[WRITE_CODE_CACHE_ENV] === '1'): CachedModule {
  let source = readFileSync(file, 'utf8');
  const { size, mtimeMs } = statSync(file); // after the read: an edit in between fails the time check
  if (source.startsWith('#!')) source = `//${source.slice(2)}`; // a hashbang is only valid on a script's first line
  const cachedData = cachedDataFor(file, source, size, mtimeMs);
  // Node's own CommonJS wrapper, so the bundle sees the same five names it would under require().
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  const mod = new Module(file);
  mod.filename = file;
  mod.loaded = true;
  if (writeCache) {
    // At exit, so the cache holds the functions this run compiled, not only the top level.
    process.once('exit', () => {
      const target = cacheFileOf(file);
      const temp = `${target}.${process.pid}.tmp`;
      writeFileSync(temp, Buffer.concat([header(source, size, mtimeMs), script.createCachedData()]));
      renameSync(temp, target);
    });
  }
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  wrapper.call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
  return { exports: mod.exports, cacheUsed };
}
