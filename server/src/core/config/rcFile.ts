// .baogaorc.json: the project's settings, read the same way by the server and the CLI.

import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { ConfigProblem, mergeConfig, ResolvedConfig } from './config';
import { readPrhTable } from './prhTable';
import { Text } from '../text/i18n';

export const RC_FILE = '.baogaorc.json';

export interface RcResult {
  config: ResolvedConfig;
  problems: ConfigProblem[];
  /** Set when the file exists but cannot be read or is not valid JSON. */
  parseError?: RcParseError;
}

export interface RcParseError {
  /** The reader's or JSON parser's own words (English). */
  reason: string;
  /** The system's error code when the file could not be read (ENOENT, EACCES, …). */
  code?: string;
  /** 1-based, where the JSON goes wrong. */
  line?: number;
  column?: number;
}

export function readRcFile(path: string, base: ResolvedConfig, knownRules: Set<string>): RcResult {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    return { config: base, problems: [], parseError: { reason: (e as Error).message, code: (e as NodeJS.ErrnoException).code } };
  }
  let json: unknown;
  const text = raw.replace(/^\uFEFF/, '');
  try {
    json = JSON.parse(text);
  } catch (e) {
    const offset = jsonErrorOffset(text);
    const before = text.slice(0, offset).split(/\r\n|\r|\n/);
    const reason = (e as Error).message.replace(/ in JSON at position \d+.*$/, '').replace(/, ".*" is not valid JSON$/s, '');
    return { config: base, problems: [], parseError: { reason, line: before.length, column: before[before.length - 1].length + 1 } };
  }
  const result = mergeConfig(base, json, knownRules);
  readPrhTables(result, dirname(path), base.wording.prh.length);
  return result;
}

/** A path as written, relative to `dir` unless absolute (join and isAbsolute: the web build's path shim has them). */
const under = (dir: string, path: string) => (isAbsolute(path) ? path : join(dir, path));

/**
 * Adds the entries of the prh tables the rc file names ("wording.prh", relative to its folder) and
 * of the tables they import; a table that cannot be read is a problem, never an abort.
 */
function readPrhTables(result: RcResult, dir: string, from: number): void {
  const seen = new Set<string>();
  const read = (file: string, key: string, depth: number) => {
    if (seen.has(file) || depth > 8) return;
    seen.add(file);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      result.problems.push({ key, message: { zh: `无法读取 prh 词表 ${file}（${code}）`, en: `cannot read the prh table ${file} (${code})` } });
      return;
    }
    const table = readPrhTable(text.replace(/^\uFEFF/, ''), key);
    result.config.wording.add.push(...table.additions);
    result.problems.push(...table.problems);
    for (const i of table.imports) read(under(dirname(file), i), key, depth + 1);
  };
  const paths = result.config.wording.prh;
  for (let i = from; i < paths.length; i++) read(under(dir, paths[i]), `wording.prh[${i - from}]`, 0);
}

/** "x 第 3 行第 5 列不是有效的 JSON…": one language, the place named so it can be found. */
export function rcParseErrorText(path: string, e: RcParseError): Text {
  if (e.code === 'ENOENT') return { zh: `找不到配置文件 ${path}`, en: `no such configuration file: ${path}` };
  if (e.code === 'EACCES' || e.code === 'EPERM') return { zh: `无权读取配置文件 ${path}`, en: `permission denied: ${path}` };
  if (e.line === undefined) return { zh: `无法读取配置文件 ${path}（${e.code ?? '?'}）`, en: `cannot read ${path} (${e.reason})` };
  return {
    zh: `${path} 第 ${e.line} 行第 ${e.column} 列不是有效的 JSON（常见原因：多余的逗号、缺少引号或括号）`,
    en: `${path}:${e.line}:${e.column}: not valid JSON (${e.reason})`,
  };
}

/**
 * Where JSON.parse stopped, found by a small scanner of the JSON grammar (Node 20's messages give a
 * position for some errors only). Called only after JSON.parse has failed.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const fail = () => {
    throw i;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) return void i++;
      for (;;) {
        if (c === '{') {
          ws();
          if (text[i] !== '"') fail();
          string();
          ws();
          if (text[i] !== ':') fail();
          i++;
        }
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === close) return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  const string = () => {
    for (i++; i < text.length; i++) {
      const c = text[i];
      if (c === '"') return void i++;
      if (c < ' ') fail();
      if (c === '\\') {
        i++;
        if (text[i] === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5)) : !'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
        if (text[i] === 'u') i += 4;
      }
    }
    fail();
  };
  try {
    value();
    ws();
    return i < text.length ? i : text.length;
  } catch (at) {
    return Math.min(at as number, text.length);
  }
}
