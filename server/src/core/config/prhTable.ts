// prh tables (the YAML "rules: - expected / patterns" format of textlint-rule-prh and the prh
// language server) as wording additions, so an office's existing tables work as they are. Only
// literal patterns are taken: the wording rules match a dictionary in one pass, without regexes.
// Parsing only (browser-safe); rcFile.ts reads the files.

import { libraries } from '../text/libraries';
import { ConfigProblem, WordingAddition, wordingAdditionProblem } from './config';

export interface PrhResult {
  additions: WordingAddition[];
  /** Files named in "imports", relative to the table's own folder. */
  imports: string[];
  problems: ConfigProblem[];
}

/** Reads one table's text; `key` names it in problems (e.g. wording.prh[0]). Never throws. */
export function readPrhTable(text: string, key: string): PrhResult {
  const out: PrhResult = { additions: [], imports: [], problems: [] };
  const { parseYaml } = libraries();
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e) {
    out.problems.push({ key, message: { zh: `不是有效的 YAML（${(e as Error).message.split('\n')[0]}）`, en: `not valid YAML (${(e as Error).message.split('\n')[0]})` } });
    return out;
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    out.problems.push({ key, message: { zh: '应为 prh 词表（含 "rules" 的对象）', en: 'must be a prh table (an object with "rules")' } });
    return out;
  }
  const table = doc as Record<string, unknown>;
  if (table.imports !== undefined) {
    const imports = Array.isArray(table.imports) ? table.imports : [table.imports];
    for (const i of imports) {
      const path = typeof i === 'string' ? i : i && typeof i === 'object' ? (i as { path?: unknown }).path : undefined;
      if (typeof path === 'string') out.imports.push(path);
      else out.problems.push({ key: `${key}.imports`, message: { zh: 'imports 的每一项应为文件路径', en: 'each import must be a file path' } });
    }
  }
  if (table.rules === undefined) return out;
  if (!Array.isArray(table.rules)) {
    out.problems.push({ key: `${key}.rules`, message: { zh: '应为列表', en: 'must be a list' } });
    return out;
  }
  table.rules.forEach((rule, i) => {
    const where = `${key}.rules[${i}]`;
    if (!rule || typeof rule !== 'object') {
      out.problems.push({ key: where, message: { zh: '每一项应为 {"expected", "patterns"}', en: 'must be {"expected", "patterns"}' } });
      return;
    }
    const { expected, pattern, patterns, prh } = rule as Record<string, unknown>;
    if (typeof expected !== 'string') {
      out.problems.push({ key: where, message: { zh: '"expected" 应为字符串', en: '"expected" must be a string' } });
      return;
    }
    const list = patterns ?? pattern;
    // Without patterns prh checks only letter case, which Chinese does not have.
    if (list === undefined) return;
    for (const p of Array.isArray(list) ? list : [list]) {
      if (typeof p !== 'string') {
        out.problems.push({ key: where, message: { zh: 'patterns 的每一项应为字符串', en: 'each pattern must be a string' } });
        continue;
      }
      if (/^\/.*\/[a-z]*$/.test(p)) {
        out.problems.push({ key: where, message: { zh: `不支持正则表达式模式，已跳过：${p}`, en: `regular-expression patterns are not supported, skipped: ${p}` } });
        continue;
      }
      if (p === expected) continue;
      const addition: WordingAddition = { wrong: p, right: expected, ...(typeof prh === 'string' && prh ? { note: prh } : {}) };
      const problem = wordingAdditionProblem(addition);
      if (problem) out.problems.push({ key: where, message: { zh: `${problem.zh}：${p}`, en: `${problem.en}: ${p}` } });
      else out.additions.push(addition);
    }
  });
  return out;
}
