// Settings shared by the server (VS Code's baogao.* settings) and the CLI (.baogaorc.json).
// Validation never throws: a bad value is reported by key and its default is used instead.


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
  message: string;
}

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
    problems.push({ key: '(root)', message: 'must be an object' });
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
          problems.push({ key: 'rules', message: 'must be an object of rule id → severity' });
          break;
        }
        for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
          if (!knownRules.has(id)) problems.push({ key: `rules.${id}`, message: 'unknown rule id' });
          else if (!RULE_SETTINGS.includes(setting as RuleSetting)) problems.push({ key: `rules.${id}`, message: `must be one of ${RULE_SETTINGS.join(', ')}` });
          else config.rules[id] = setting as RuleSetting;
        }
        break;
      case 'numbering': {
        const point = (value as Record<string, unknown> | undefined)?.thirdLevelPoint;
        if (point === undefined) break;
        if (point === 'either' || point === 'ascii' || point === 'fullwidth') config.numbering.thirdLevelPoint = point;
        else problems.push({ key: 'numbering.thirdLevelPoint', message: 'must be "either", "ascii" or "fullwidth"' });
        break;
      }
      case 'residue': {
        const patterns = (value as Record<string, unknown> | undefined)?.patterns;
        if (patterns === undefined) break;
        if (!Array.isArray(patterns) || patterns.some((p) => typeof p !== 'string')) {
          problems.push({ key: 'residue.patterns', message: 'must be an array of strings' });
          break;
        }
        for (const p of patterns as string[]) {
          try {
            new RegExp(p, 'u');
            config.residue.patterns.push(p);
          } catch {
            problems.push({ key: 'residue.patterns', message: `not a valid regular expression: ${p}` });
          }
        }
        break;
      }
      case 'ignore':
        if (!Array.isArray(value)) {
          problems.push({ key: 'ignore', message: 'must be an array of {rule, text}' });
          break;
        }
        for (const e of value) {
          if (e && typeof e === 'object' && typeof e.rule === 'string' && typeof e.text === 'string') config.ignore.push({ rule: e.rule, text: e.text });
          else problems.push({ key: 'ignore', message: 'each entry must be {"rule": string, "text": string}' });
        }
        break;
      case 'export': {
        const fonts = (value as Record<string, unknown> | undefined)?.fonts;
        if (fonts === undefined) break;
        if (!fonts || typeof fonts !== 'object' || Array.isArray(fonts)) {
          problems.push({ key: 'export.fonts', message: 'must be an object of role → font name' });
          break;
        }
        for (const [role, name] of Object.entries(fonts as Record<string, unknown>)) {
          if (!EXPORT_FONT_ROLES.includes(role)) problems.push({ key: `export.fonts.${role}`, message: `unknown role (${EXPORT_FONT_ROLES.join(', ')})` });
          else if (typeof name !== 'string' || !name.trim()) problems.push({ key: `export.fonts.${role}`, message: 'must be a font name' });
          else config.export.fonts[role] = name;
        }
        break;
      }
      default:
        problems.push({ key, message: 'unknown key' });
    }
  }
  return { config, problems };
}
