// Settings shared by the server (VS Code's baogao.* settings) and the CLI (.baogaorc.json).
// Validation never throws: a bad value is reported by key and its default is used instead.

import { Text } from '../text/i18n';
import { compileUserPattern, refusalMessage } from '../text/userPattern';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type RuleSetting = Severity | 'off';

import genreData from './genres.json';

export type ThirdLevelPoint = 'either' | 'ascii' | 'fullwidth';

/**
 * A recorded false positive. With `file` and `context` it is one occurrence ("忽略此处"); with
 * `text` alone (the old shape) it is that text wherever the rule flags it. See ignoreEntry.ts.
 */
export interface IgnoreEntry {
  rule: string;
  text: string;
  /** The report's path relative to the folder of .baogaorc.json, '/'-separated. */
  file?: string;
  /** The flagged text with part of its sentence around it; must contain `text`. */
  context?: string;
  /** Offset of `text` in `context`, when it occurs there more than once. */
  at?: number;
}

export interface ResolvedConfig {
  rules: Record<string, RuleSetting>;
  numbering: { thirdLevelPoint: ThirdLevelPoint };
  residue: { patterns: string[] };
  ignore: IgnoreEntry[];
  /** Font names for Word export (title, heading1, heading2, body, pageNumber, latin). */
  export: { fonts: Record<string, string> };
  /** The genre when the title does not say (述职报告, 述职述廉报告, 工作总结, 工作报告, or one named in `parts`). */
  genre?: string;
  /** An office's own required parts per genre; replaces the built-in list of that genre. */
  parts: Record<string, PartSpec[]>;
  /** 字数 limit: one for every report, or per genre ("*": the others). Unset: no limit. */
  maxLength?: number | Record<string, number>;
  /** The user's own word lists for the wording rules (formulation, confusable-word, wording-style). */
  wording: WordingConfig;
}

/** A user's own wrong → right pair (.baogaorc.json "wording.add", or a prh table). */
export interface WordingAddition {
  wrong: string;
  right: string;
  note?: string;
}

export interface WordingConfig {
  add: WordingAddition[];
  /** Wrong forms or whole terms the wording rules leave alone. */
  allow: string[];
  /** prh-format YAML tables as written in the rc file; rcFile reads them, relative to it. */
  prh: string[];
}

/** A part a genre needs, found by the words of its heading. */
export interface PartSpec {
  name: Text;
  /** What reviewers expect to read there; the message of a missing part says it. */
  usually?: Text;
  /** Words of a heading (any level) that opens the part: "存在的问题", "不足", "下一步"… */
  headings: string[];
  /** Phrases that open the part in a report without headings: "但也存在一些不足：". */
  leads: string[];
}

export const BUILTIN_GENRE_IDS: readonly string[] = genreData.genres.map((g) => g.id);

export const EXPORT_FONT_ROLES = ['title', 'heading1', 'heading2', 'body', 'pageNumber', 'latin'];

export const RULE_SETTINGS: RuleSetting[] = ['off', 'hint', 'info', 'warning', 'error'];

export function defaultConfig(): ResolvedConfig {
  return { rules: {}, numbering: { thirdLevelPoint: 'either' }, residue: { patterns: [] }, ignore: [], export: { fonts: {} }, genre: undefined, parts: {}, maxLength: undefined, wording: { add: [], allow: [], prh: [] } };
}

export interface ConfigProblem {
  key: string;
  /** What is wrong with the value, in both languages (the caller picks one for the whole line). */
  message: Text;
}

/** A rule's setting as written by the user; ESLint's "warn" is accepted for "warning". */
export function toRuleSetting(value: unknown): RuleSetting | undefined {
  if (value === 'warn') return 'warning';
  return RULE_SETTINGS.includes(value as RuleSetting) ? (value as RuleSetting) : undefined;
}

const SETTINGS_TEXT = RULE_SETTINGS.join('、');

/**
 * Reads a user object (parsed .baogaorc.json or the `baogao` settings section) over a base.
 * Unknown keys and bad values are returned as problems; they never abort.
 */
export function mergeConfig(base: ResolvedConfig, input: unknown, knownRules: Set<string>): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const config: ResolvedConfig = {
    rules: { ...base.rules },
    numbering: { ...base.numbering },
    residue: { patterns: [...base.residue.patterns] },
    ignore: [...base.ignore],
    export: { fonts: { ...base.export.fonts } },
    genre: base.genre,
    parts: { ...base.parts },
    maxLength: base.maxLength,
    wording: { add: [...base.wording.add], allow: [...base.wording.allow], prh: [...base.wording.prh] },
  };
  const problems: ConfigProblem[] = [];
  if (input === undefined || input === null) return { config, problems };
  if (typeof input !== 'object' || Array.isArray(input)) {
    problems.push({ key: '(root)', message: { zh: '应为对象', en: 'must be an object' } });
    return { config, problems };
  }
  const obj = input as Record<string, unknown>;
  for (const [key, value] of Object.entries(obj)) {
    switch (key) {
      case '$schema':
      case 'detectPlainText':
        break;
      case 'rules':
        if (!value || typeof value !== 'object' || Array.isArray(value)) {
          problems.push({ key: 'rules', message: { zh: '应为“规则 → 级别”的对象', en: 'must be an object of rule id → severity' } });
          break;
        }
        for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
          if (!knownRules.has(id)) problems.push({ key: `rules.${id}`, message: { zh: '没有这条规则', en: 'unknown rule id' } });
          else if (!toRuleSetting(setting)) problems.push({ key: `rules.${id}`, message: { zh: `应为 ${SETTINGS_TEXT} 之一`, en: `must be one of ${RULE_SETTINGS.join(', ')}` } });
          else config.rules[id] = toRuleSetting(setting)!;
        }
        break;
      case 'numbering': {
        const point = (value as Record<string, unknown> | undefined)?.thirdLevelPoint;
        if (point === undefined) break;
        if (point === 'either' || point === 'ascii' || point === 'fullwidth') config.numbering.thirdLevelPoint = point;
        else problems.push({ key: 'numbering.thirdLevelPoint', message: { zh: '应为 "either"、"ascii" 或 "fullwidth"', en: 'must be "either", "ascii" or "fullwidth"' } });
        break;
      }
      case 'residue': {
        const patterns = (value as Record<string, unknown> | undefined)?.patterns;
        if (patterns === undefined) break;
        if (!Array.isArray(patterns) || patterns.some((p) => typeof p !== 'string')) {
          problems.push({ key: 'residue.patterns', message: { zh: '应为字符串数组', en: 'must be an array of strings' } });
          break;
        }
        for (const p of patterns as string[]) {
          const compiled = compileUserPattern(p);
          if (compiled.ok) config.residue.patterns.push(p);
          else problems.push({ key: 'residue.patterns', message: refusalMessage(compiled) });
        }
        break;
      }
      case 'ignore':
        if (!Array.isArray(value)) {
          problems.push({ key: 'ignore', message: { zh: '应为 {rule, text[, file, context]} 的数组', en: 'must be an array of {rule, text[, file, context]}' } });
          break;
        }
        value.forEach((e, i) => {
          const problem = ignoreEntryProblem(e, knownRules);
          if (problem) problems.push({ key: `ignore[${i}]`, message: problem });
          else {
            const entry: IgnoreEntry = { rule: e.rule, text: e.text };
            if (e.file !== undefined) entry.file = e.file;
            if (e.context !== undefined) entry.context = e.context;
            if (e.at !== undefined) entry.at = e.at;
            config.ignore.push(entry);
          }
        });
        break;
      case 'export': {
        const fonts = (value as Record<string, unknown> | undefined)?.fonts;
        if (fonts === undefined) break;
        if (!fonts || typeof fonts !== 'object' || Array.isArray(fonts)) {
          problems.push({ key: 'export.fonts', message: { zh: '应为“用途 → 字体名”的对象', en: 'must be an object of role → font name' } });
          break;
        }
        for (const [role, name] of Object.entries(fonts as Record<string, unknown>)) {
          if (!EXPORT_FONT_ROLES.includes(role)) problems.push({ key: `export.fonts.${role}`, message: { zh: `没有这个用途（可用 ${EXPORT_FONT_ROLES.join('、')}）`, en: `unknown role (${EXPORT_FONT_ROLES.join(', ')})` } });
          else if (typeof name !== 'string' || !name.trim()) problems.push({ key: `export.fonts.${role}`, message: { zh: '应为字体名', en: 'must be a font name' } });
          else config.export.fonts[role] = name;
        }
        break;
      }
      case 'genre':
        // Checked after the loop: it may name a genre that `parts` defines.
        if (typeof value === 'string' && value.trim()) config.genre = value.trim();
        else if (value !== undefined && value !== null && value !== '') problems.push({ key: 'genre', message: { zh: '应为文种名，如 "述职报告"', en: 'must be a genre name such as "述职报告"' } });
        break;
      case 'parts':
        readParts(value, config, problems);
        break;
      case 'maxLength':
        readMaxLength(value, config, problems);
        break;
      case 'wording':
        readWording(value, config.wording, problems);
        break;
      default:
        problems.push({ key, message: { zh: '没有这个设置项', en: 'unknown key' } });
    }
  }
  if (config.genre !== undefined && !BUILTIN_GENRE_IDS.includes(config.genre) && !config.parts[config.genre]) {
    problems.push({ key: 'genre', message: { zh: `没有文种“${config.genre}”（可用 ${BUILTIN_GENRE_IDS.join('、')}，或 parts 中定义的文种）`, en: `unknown genre "${config.genre}" (${BUILTIN_GENRE_IDS.join(', ')}, or one defined in "parts")` } });
    config.genre = base.genre;
  }
  if (config.maxLength !== undefined && typeof config.maxLength === 'object') {
    for (const genre of Object.keys(config.maxLength)) {
      if (genre === '*' || BUILTIN_GENRE_IDS.includes(genre) || config.parts[genre]) continue;
      problems.push({ key: `maxLength.${genre}`, message: { zh: `没有这个文种（可用 ${BUILTIN_GENRE_IDS.join('、')}、"*"，或 parts 中定义的文种）`, en: `unknown genre (${BUILTIN_GENRE_IDS.join(', ')}, "*", or one defined in "parts")` } });
      delete config.maxLength[genre];
    }
  }
  return { config, problems };
}

const isWordList = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((w) => typeof w === 'string' && w.trim() !== '');

/** "parts": { "述职报告": [{ "name": "存在的问题", "headings": ["问题", "不足"], "usually": "…" }] } */
function readParts(value: unknown, config: ResolvedConfig, problems: ConfigProblem[]): void {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ key: 'parts', message: { zh: '应为“文种 → {name, headings} 列表”的对象', en: 'must be an object of genre → list of {name, headings}' } });
    return;
  }
  for (const [genre, list] of Object.entries(value as Record<string, unknown>)) {
    const key = `parts.${genre}`;
    if (!genre.trim()) {
      problems.push({ key, message: { zh: '文种名不能为空', en: 'a genre name must not be empty' } });
      continue;
    }
    if (!Array.isArray(list)) {
      problems.push({ key, message: { zh: '应为 {name, headings} 的列表（空列表表示不要求任何部分）', en: 'must be a list of {name, headings} (an empty list asks for no part)' } });
      continue;
    }
    const parts: PartSpec[] = [];
    const before = problems.length;
    list.forEach((entry: unknown, i) => {
      const at = `${key}[${i}]`;
      const e = entry as Record<string, unknown> | null;
      if (!e || typeof e !== 'object' || Array.isArray(e)) return problems.push({ key: at, message: { zh: '每一项应为 {"name": 字符串, "headings": [字符串, …]}', en: 'must be {"name": string, "headings": [string, …]}' } });
      if (typeof e.name !== 'string' || !e.name.trim()) return problems.push({ key: `${at}.name`, message: { zh: '应为非空字符串', en: 'must be a non-empty string' } });
      if (!isWordList(e.headings)) return problems.push({ key: `${at}.headings`, message: { zh: '应为标题用词的非空列表', en: 'must be a non-empty list of words of the heading' } });
      if (e.leads !== undefined && !isWordList(e.leads)) return problems.push({ key: `${at}.leads`, message: { zh: '应为短语的非空列表', en: 'must be a non-empty list of phrases' } });
      if (e.usually !== undefined && (typeof e.usually !== 'string' || !e.usually.trim())) return problems.push({ key: `${at}.usually`, message: { zh: '应为非空字符串', en: 'must be a non-empty string' } });
      for (const k of Object.keys(e)) if (!['name', 'headings', 'leads', 'usually'].includes(k)) problems.push({ key: `${at}.${k}`, message: { zh: '没有这个设置项', en: 'unknown key' } });
      const text = (s: string): Text => ({ zh: s, en: s });
      parts.push({ name: text(e.name), usually: typeof e.usually === 'string' ? text(e.usually) : undefined, headings: e.headings, leads: (e.leads as string[] | undefined) ?? [] });
    });
    // A list with a bad entry is not used at all: asking for fewer parts than meant would go unnoticed.
    if (problems.length === before) config.parts[genre] = parts;
  }
}

const isLimit = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;

/** "maxLength": 3000, or { "述职报告": 3000, "工作总结": 5000, "*": 8000 }. */
function readMaxLength(value: unknown, config: ResolvedConfig, problems: ConfigProblem[]): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'number') {
    if (isLimit(value)) config.maxLength = value;
    else problems.push({ key: 'maxLength', message: { zh: '应为正整数（字数）', en: 'must be a positive whole number of characters' } });
    return;
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ key: 'maxLength', message: { zh: '应为数字，或“文种 → 数字”的对象（"*" 表示其他文种）', en: 'must be a number, or an object of genre → number ("*" for the others)' } });
    return;
  }
  const limits: Record<string, number> = {};
  for (const [genre, n] of Object.entries(value as Record<string, unknown>)) {
    if (isLimit(n)) limits[genre] = n;
    else problems.push({ key: `maxLength.${genre}`, message: { zh: '应为正整数（字数）', en: 'must be a positive whole number of characters' } });
  }
  config.maxLength = limits;
}

/** A wrong form shorter than this would match inside correct words (the matcher has no segmentation). */
export const MIN_WRONG_LENGTH = 2;

/** "wording": { "add": [{ "wrong", "right", "note" }], "allow": ["…"], "prh": ["terms.yml"] } */
function readWording(value: unknown, into: WordingConfig, problems: ConfigProblem[]): void {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ key: 'wording', message: { zh: '应为含 "add"、"allow" 或 "prh" 的对象', en: 'must be an object with "add", "allow" and/or "prh"' } });
    return;
  }
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    switch (key) {
      case 'add':
        if (!Array.isArray(v)) {
          problems.push({ key: 'wording.add', message: { zh: '应为 {"wrong", "right", "note"} 的数组', en: 'must be an array of {"wrong", "right", "note"}' } });
          break;
        }
        v.forEach((e, i) => {
          const problem = wordingAdditionProblem(e);
          if (problem) problems.push({ key: `wording.add[${i}]`, message: problem });
          else into.add.push({ wrong: e.wrong, right: e.right, ...(typeof e.note === 'string' && e.note ? { note: e.note } : {}) });
        });
        break;
      case 'allow':
      case 'prh':
        if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || !s.trim())) {
          problems.push({
            key: `wording.${key}`,
            message: key === 'allow' ? { zh: '应为词语（字符串）的数组', en: 'must be an array of words' } : { zh: '应为 prh 词表文件路径的数组', en: 'must be an array of prh table paths' },
          });
          break;
        }
        into[key].push(...(v as string[]));
        break;
      default:
        problems.push({ key: `wording.${key}`, message: { zh: '没有这个设置项（可用 add、allow、prh）', en: 'unknown key (add, allow, prh)' } });
    }
  }
}

/** Why a wording entry cannot be used, or undefined when it can. */
export function wordingAdditionProblem(e: unknown): Text | undefined {
  if (!e || typeof e !== 'object' || Array.isArray(e)) return { zh: '每一项应为 {"wrong": 字符串, "right": 字符串, "note"?: 字符串}', en: 'must be {"wrong": string, "right": string, "note"?: string}' };
  const { wrong, right, note } = e as Record<string, unknown>;
  if (typeof wrong !== 'string' || typeof right !== 'string') return { zh: '"wrong" 和 "right" 应为字符串', en: '"wrong" and "right" must be strings' };
  if (wrong.length < MIN_WRONG_LENGTH) return { zh: `"wrong" 至少 ${MIN_WRONG_LENGTH} 个字（单字会匹配到正确的词里）`, en: `"wrong" must have at least ${MIN_WRONG_LENGTH} characters` };
  if (/\s/.test(wrong)) return { zh: '"wrong" 不能含空格或换行', en: '"wrong" must not contain spaces or line breaks' };
  if (wrong === right) return { zh: '"wrong" 与 "right" 相同', en: '"wrong" and "right" are the same' };
  if (note !== undefined && typeof note !== 'string') return { zh: '"note" 应为字符串', en: '"note" must be a string' };
  return undefined;
}

/** Why an `ignore` entry cannot be used, or undefined when it is fine. */
function ignoreEntryProblem(e: unknown, knownRules: Set<string>): Text | undefined {
  if (!e || typeof e !== 'object' || Array.isArray(e)) return { zh: '每一项应为 {"rule": 字符串, "text": 字符串}，可加 "file" 与 "context"', en: 'each entry must be {"rule": string, "text": string} with optional "file" and "context"' };
  const o = e as Record<string, unknown>;
  if (typeof o.rule !== 'string' || typeof o.text !== 'string') return { zh: '需要字符串 "rule" 和 "text"', en: 'each entry needs "rule" and "text" strings' };
  if (!knownRules.has(o.rule)) return { zh: `未知的规则 "${o.rule}"`, en: `unknown rule id "${o.rule}"` };
  if (o.text === '') return { zh: '"text" 不能为空', en: '"text" must not be empty' };
  for (const key of Object.keys(o)) if (!['rule', 'text', 'file', 'context', 'at'].includes(key)) return { zh: `未知的键 "${key}"`, en: `unknown key "${key}"` };
  if (o.file !== undefined && (typeof o.file !== 'string' || !o.file.trim())) return { zh: '"file" 应为相对于 .baogaorc.json 的路径', en: '"file" must be a path relative to .baogaorc.json' };
  if (o.context !== undefined && (typeof o.context !== 'string' || !o.context.includes(o.text))) return { zh: '"context" 应为包含 "text" 的字符串', en: '"context" must be a string containing "text"' };
  if (o.at !== undefined && (typeof o.context !== 'string' || !Number.isInteger(o.at) || !o.context.startsWith(o.text, o.at as number))) return { zh: '"at" 应为 "text" 在 "context" 中的位置', en: '"at" must be the offset of "text" in "context"' };
  return undefined;
}
