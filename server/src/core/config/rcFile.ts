// .baogaorc.json: the project's settings, read the same way by the server and the CLI.

import { readFileSync } from 'node:fs';
import { ConfigProblem, mergeConfig, ResolvedConfig } from './config';

export const RC_FILE = '.baogaorc.json';

export interface RcResult {
  config: ResolvedConfig;
  problems: ConfigProblem[];
  /** Set when the file exists but is not valid JSON. */
  parseError?: string;
}

export function readRcFile(path: string, base: ResolvedConfig, knownRules: Set<string>): RcResult {
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
  return mergeConfig(base, json, knownRules);
}
