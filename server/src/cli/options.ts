// Command-line options: parsed once, with a clear message (never a stack trace) for bad usage.

import { RULE_SETTINGS, toRuleSetting } from '../core/config/config';
import { Locale, pick, toLocale } from '../core/text/i18n';
import { ruleIds } from '../core/rules';
import { RULE_TAGS, RuleTag } from '../core/rules/rule';
import { RuleSetting } from '../core/config/config';
import { UserError } from './inputFiles';
import { closest } from './suggest';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface Options {
  command: string;
  files: string[];
  format: OutputFormat;
  json: boolean;
  fix: boolean;
  quiet: boolean;
  verbose: boolean;
  force: boolean;
  output?: string;
  config?: string;
  /** `--only numbering,wording`: run only the rules with one of these tags. */
  only?: RuleTag[];
  /** check --print-config FILE: show which .baogaorc.json applies, do not check. */
  printConfig: boolean;
  ruleOverrides: Record<string, RuleSetting>;
  locale: Locale;
  color: boolean;
  yes: boolean;
  libreoffice: boolean;
  /** export: refuse while error-level findings remain. */
  strict: boolean;
}

export const COMMANDS = ['check', 'outline', 'stats', 'export', 'import', 'rules', 'help', 'version'];

const OPTIONS = ['--help', '--version', '--lang', '--json', '--fix', '--force', '--quiet', '--verbose', '--no-color', '--color', '--yes', '--libreoffice', '--strict', '--config', '--output', '--format', '--rule'];

export function usage(locale: Locale): string {
  return pick(locale, {
    zh: `用法：
  baogao check 文件|目录|通配符|- ... [选项]   检查报告
      --format text|json|sarif   输出格式（默认 text；sarif 为 SARIF 2.1.0）
      --fix                写回可安全自动修复的问题（原子写入）
      --config 路径        使用指定的 .baogaorc.json（默认从文件所在目录向上查找，至仓库根目录或主目录为止）
      --print-config 文件  显示对该文件生效的 .baogaorc.json 及设置
      --rule 规则=级别     覆盖规则级别（off|hint|info|warning|error），可多次使用
      --quiet              只报告错误
      --only 标签[,标签]   只运行带这些标签的规则：${RULE_TAGS.join('、')}（baogao rules 列出各规则的标签）
      --verbose            说明每个文件按什么编码读取（UTF-8、UTF-16、GB18030/GBK）
  baogao outline 文件 [--json]              打印报告的标题层级
  baogao stats 文件 [--json]                各节字数、未填占位符
  baogao export 文件 [-o 输出.docx] [--force] [--yes] [--strict] [--libreoffice]
                                             导出为符合 GB/T 9704 的 Word 文档；先列出错误、
                                             模板残留和未填占位符，--strict 时有错误或残留即拒绝
  baogao import 文件.docx [-o 输出.txt] [--force]   把 Word 文档转为纯文本报告
  baogao rules                               列出全部规则
通用：--lang zh|en 消息语言；--no-color 不用颜色（也可设 NO_COLOR）；--version；--help
退出码：0 无错误；1 有错误级问题；2 用法错误或文件无法读取。`,
    en: `Usage:
  baogao check FILE|DIR|GLOB|- ... [options]   check reports
      --format text|json|sarif   output format (default text; sarif is SARIF 2.1.0)
      --fix                write the fixes that are safe without review (atomically)
      --config PATH        use this .baogaorc.json (default: the nearest one from the file up to its repository root or home)
      --print-config FILE  show which .baogaorc.json applies to FILE, and the settings
      --rule ID=SEVERITY   override a rule (off|hint|info|warning|error); repeatable
      --quiet              errors only
      --only TAG[,TAG]     run only the rules with these tags: ${RULE_TAGS.join(', ')} (baogao rules lists them)
      --verbose            say which encoding each file was read in (UTF-8, UTF-16, GB18030/GBK)
  baogao outline FILE [--json]              print the report's heading tree
  baogao stats FILE [--json]                characters per section, placeholders left
  baogao export FILE [-o OUT.docx] [--force] [--yes] [--strict] [--libreoffice]
                                            export a GB/T 9704 Word document; errors, template
                                            residue and placeholders are listed first, and
                                            --strict refuses while errors or residue remain
  baogao import IN.docx [-o OUT.txt] [--force]   convert a Word document to a plain-text report
  baogao rules                              list every rule
Common: --lang zh|en; --no-color (or NO_COLOR); --version; --help
Exit status: 0 no error; 1 an error-severity finding; 2 bad usage or unreadable input.`,
  });
}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv, isTTY: boolean): Options {
  const langArg = argv.indexOf('--lang');
  const locale = toLocale(langArg >= 0 ? argv[langArg + 1] : env.LC_ALL || env.LC_MESSAGES || env.LANG);
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const opts: Options = {
    command: '',
    files: [],
    format: 'text',
    json: false,
    fix: false,
    quiet: false,
    verbose: false,
    force: false,
    ruleOverrides: {},
    locale,
    color: isTTY && !noColor && env.TERM !== 'dumb',
    yes: false,
    libreoffice: false,
    printConfig: false,
    strict: false,
  };
  const bad = (zh: string, en: string) => new UserError(pick(locale, { zh, en }) + '\n' + pick(locale, { zh: '运行 baogao --help 查看用法', en: 'run baogao --help for usage' }));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw bad(`${a} 需要一个值`, `${a} needs a value`);
      return v;
    };
    if (a === '--help' || a === '-h') opts.command = 'help';
    else if (a === '--version' || a === '-v') opts.command = 'version';
    else if (a === '--lang') value();
    else if (a === '--json') opts.json = true;
    else if (a === '--fix') opts.fix = true;
    else if (a === '--force' || a === '-f') opts.force = true;
    else if (a === '--quiet' || a === '-q') opts.quiet = true;
    else if (a === '--verbose') opts.verbose = true;
    else if (a === '--no-color') opts.color = false;
    else if (a === '--yes' || a === '-y') opts.yes = true;
    else if (a === '--libreoffice') opts.libreoffice = true;
    else if (a === '--strict') opts.strict = true;
    else if (a === '--color') opts.color = true;
    else if (a === '--config') opts.config = value();
    else if (a === '--only') {
      for (const tag of value().split(/[,，]/).map((t) => t.trim()).filter(Boolean)) {
        if (!RULE_TAGS.includes(tag as RuleTag)) throw bad(`未知标签：${tag}（可用：${RULE_TAGS.join('、')}）`, `unknown tag: ${tag} (known: ${RULE_TAGS.join(', ')})`);
        opts.only = [...(opts.only ?? []), tag as RuleTag];
      }
      if (!opts.only) throw bad('--only 需要至少一个标签', '--only needs at least one tag');
    }
    else if (a === '--print-config') opts.printConfig = true;
    else if (a === '--output' || a === '-o') opts.output = value();
    else if (a === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'json' && f !== 'sarif') throw bad(`不支持的格式：${f}（可用 text、json、sarif）`, `unknown format: ${f} (text, json, sarif)`);
      opts.format = f;
    } else if (a === '--rule') {
      const [id, sev] = value().split('=');
      if (!ruleIds().has(id)) {
        const near = closest(id, ruleIds());
        throw bad(`未知规则：${id}${near ? `（是否要用 ${near}？）` : ''}`, `unknown rule: ${id}${near ? ` (did you mean ${near}?)` : ''}`);
      }
      const setting = toRuleSetting(sev);
      if (!setting) throw bad(`规则级别应为 ${RULE_SETTINGS.join('|')}`, `severity must be ${RULE_SETTINGS.join('|')}`);
      opts.ruleOverrides[id] = setting;
    } else if (a.startsWith('-') && a !== '-') {
      const near = closest(a.replace(/=.*$/, ''), OPTIONS);
      throw bad(`未知选项：${a}${near ? `（是否要用 ${near}？）` : ''}`, `unknown option: ${a}${near ? ` (did you mean ${near}?)` : ''}`);
    }
    else if (!opts.command) opts.command = a;
    else opts.files.push(a);
  }
  return opts;
}
