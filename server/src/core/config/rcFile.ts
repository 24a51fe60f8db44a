// .baogaorc.json: the project's settings, read the same way by the server and the CLI.

import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigProblem, mergeConfig, ResolvedConfig } from './config';
import { ruleIds } from './rules';

export const RC_FILE = '.baogaorc.json';

export interface RcResult {
  config: ResolvedConfig;
  problems: ConfigProblem[];
  /** Set when the file exists but is not valid JSON. */
  parseError?: string;
}

export function readRcFile(path: string, base: ResolvedConfig): RcResult {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    return { config: base, problems: [], parseError: (e as Error).message };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { config: base, problems: [], parseError: (e as Error).message };
  }
  return mergeConfig(base, json, ruleIds());
}

/** The nearest .baogaorc.json in `dir` or its parents, if any. */
export function findRcFile(dir: string): string | undefined {
  let d = dir;
  for (let i = 0; i < 64; i++) {
    const p = join(d, RC_FILE);
    if (existsSync(p)) return p;
    const parent = join(d, '..');
    if (parent === d) return undefined;
    d = parent;
  }
  return undefined;
}
