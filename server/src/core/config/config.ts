// Settings shared by the server (VS Code's baogao.* settings) and the CLI (.baogaorc.json).
// Validation never throws: a bad value is reported by key and its default is used instead.

import { Text } from '../text/i18n';
import { compileUserPattern, refusalMessage } from '../text/userPattern';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type RuleSetting = Severity | 'off';

export type ThirdLevelPoint = 'either' | 'ascii' | 'fullwidth';

export interface IgnoreEntry {
  rule: string;
  text: string;
}

export interface ResolvedConfig {
  rules: Record<string, RuleSetting>;
  numbering: { thirdLevelPoint: ThirdLevelPoint };
  residue: { patterns: string[] };
  ignore: IgnoreEntry[];
  /** Font names for Word export (title, heading1, heading2, body, pageNumber, latin). */
  export: { fonts: Record<string, string> };
}

export const EXPORT_FONT_ROLES = ['title', 'heading1', 'heading2', 'body', 'pageNumber', 'latin'];

export const RULE_SETTINGS: RuleSetting[] = ['off', 'hint', 'info', 'warning', 'error'];

export function defaultConfig(): ResolvedConfig {
  return { rules: {}, numbering: { thirdLevelPoint: 'either' }, residue: { patterns: [] }, ignore: [], export: { fonts: {} } };
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
          problems.push({ key: 'ignore', message: { zh: '应为 {rule, text} 的数组', en: 'must be an array of {rule, text}' } });
          break;
        }
        for (const e of value) {
          if (e && typeof e === 'object' && typeof e.rule === 'string' && typeof e.text === 'string') config.ignore.push({ rule: e.rule, text: e.text });
          else problems.push({ key: 'ignore', message: { zh: '每一项应为 {"rule": 字符串, "text": 字符串}', en: 'each entry must be {"rule": string, "text": string}' } });
        }
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
      default:
        problems.push({ key, message: { zh: '没有这个设置项', en: 'unknown key' } });
    }
  }
  return { config, problems };
}
