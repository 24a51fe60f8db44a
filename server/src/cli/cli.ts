// `baogao`: the same model and rules as the language server, for batch work and CI.
//   baogao outline FILE [--json]
//   baogao check FILE|DIR|- ... [--format text|json] [--fix] [--config PATH] [--rule id=severity] [--quiet]
// Exit: 0 no error-severity finding, 1 at least one, 2 bad usage or unreadable input.

import { resolve } from 'node:path';
import { defaultConfig, mergeConfig, ResolvedConfig, RULE_SETTINGS } from '../core/config';
import { runRules } from '../core/diagnostics';
import { fixAllText } from '../core/fixAll';
import { Locale, pick, toLocale } from '../core/i18n';
import { parseReport } from '../core/model/reportModel';
import { buildOutline, OutlineEntry } from '../core/outline';
import { findRcFile, readRcFile } from '../core/rcFile';
import { allRules, ruleIds } from '../core/rules';
import { Diagnostic, RuleSetting } from '../core/rules/types';
import { expandInputs, readReportFile, UserError, writeFileAtomic } from './inputFiles';

const VERSION = '0.1.0';

interface Options {
  command: string;
  files: string[];
  format: 'text' | 'json';
  json: boolean;
  fix: boolean;
  quiet: boolean;
  config?: string;
  ruleOverrides: Record<string, RuleSetting>;
  locale: Locale;
}

function usage(locale: Locale): string {
  return pick(locale, {
    zh: `用法：
  baogao outline 文件 [--json]              打印报告的标题层级
  baogao check 文件|目录|- ... [选项]        检查报告
      --format text|json   输出格式（默认 text）
      --fix                写回可安全自动修复的问题（原子写入）
      --config 路径        使用指定的 .baogaorc.json
      --rule 规则=级别     覆盖规则级别（off|hint|info|warning|error）
      --quiet              只报告错误
  baogao rules                               列出全部规则
  --lang zh|en   消息语言        --version   版本
退出码：0 无错误；1 有错误级问题；2 用法错误或文件无法读取。`,
    en: `Usage:
  baogao outline FILE [--json]              print the report's heading tree
  baogao check FILE|DIR|- ... [options]     check reports
      --format text|json   output format (default text)
      --fix                write the fixes that are safe without review (atomically)
      --config PATH        use this .baogaorc.json
      --rule ID=SEVERITY   override a rule (off|hint|info|warning|error)
      --quiet              errors only
  baogao rules                              list every rule
  --lang zh|en   message language     --version   version
Exit status: 0 no error; 1 an error-severity finding; 2 bad usage or unreadable input.`,
  });
}

function parseArgs(argv: string[]): Options {
  const langArg = argv.indexOf('--lang');
  const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG;
  const locale = toLocale(langArg >= 0 ? argv[langArg + 1] : env);
  const opts: Options = { command: '', files: [], format: 'text', json: false, fix: false, quiet: false, ruleOverrides: {}, locale };
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
    else if (a === '--quiet' || a === '-q') opts.quiet = true;
    else if (a === '--config') opts.config = value();
    else if (a === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'json') throw bad(`不支持的格式：${f}（可用 text、json）`, `unknown format: ${f} (text, json)`);
      opts.format = f;
    } else if (a === '--rule') {
      const [id, sev] = value().split('=');
      if (!ruleIds().has(id)) throw bad(`未知规则：${id}`, `unknown rule: ${id}`);
      if (!RULE_SETTINGS.includes(sev as RuleSetting)) throw bad(`规则级别应为 ${RULE_SETTINGS.join('|')}`, `severity must be ${RULE_SETTINGS.join('|')}`);
      opts.ruleOverrides[id] = sev as RuleSetting;
    } else if (a.startsWith('-') && a !== '-') throw bad(`未知选项：${a}`, `unknown option: ${a}`);
    else if (!opts.command) opts.command = a;
    else opts.files.push(a);
  }
  return opts;
}

function loadConfig(opts: Options, firstFile: string | undefined): ResolvedConfig {
  let config = defaultConfig();
  const path = opts.config ?? (firstFile && firstFile !== '-' ? findRcFile(resolve(firstFile, '..')) : findRcFile(process.cwd()));
  if (path) {
    const r = readRcFile(path, config);
    if (r.parseError) {
      if (opts.config) throw new UserError(pick(opts.locale, { zh: `无法读取配置 ${path}：${r.parseError}`, en: `cannot read config ${path}: ${r.parseError}` }));
      process.stderr.write(pick(opts.locale, { zh: `警告：${path} 不是有效的 JSON，已使用默认设置\n`, en: `warning: ${path} is not valid JSON; using defaults\n` }));
    } else {
      for (const p of r.problems) process.stderr.write(pick(opts.locale, { zh: `警告：${path} 中“${p.key}”无效（${p.message}），已使用默认值\n`, en: `warning: ${path}: "${p.key}" ${p.message}; default used\n` }));
      config = r.config;
    }
  }
  return mergeConfig(config, { rules: opts.ruleOverrides }, ruleIds()).config;
}

function printOutline(entries: OutlineEntry[], model: ReturnType<typeof parseReport>, indent: string, out: string[]): void {
  for (const e of entries) {
    const line = model.index.positionAt(e.selectionSpan.start).line + 1;
    out.push(`${indent}${e.name}  (${e.detail}, L${line})`);
    printOutline(e.children, model, indent + '  ', out);
  }
}

function outlineJson(entries: OutlineEntry[], model: ReturnType<typeof parseReport>): unknown[] {
  return entries.map((e) => ({
    name: e.name,
    kind: e.kind,
    level: e.level,
    detail: e.detail,
    range: model.index.rangeOf(e.span),
    selectionRange: model.index.rangeOf(e.selectionSpan),
    children: outlineJson(e.children, model),
  }));
}

const SEVERITY_TEXT: Record<string, { zh: string; en: string }> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
  hint: { zh: '建议', en: 'hint' },
};

function runCheck(opts: Options): number {
  if (opts.files.length === 0) throw new UserError(pick(opts.locale, { zh: '请指定要检查的文件或目录（- 表示标准输入）', en: 'name the files or folders to check (- for standard input)' }));
  const files = expandInputs(opts.files, opts.locale);
  const config = loadConfig(opts, files[0]);
  const results: { file: string; diagnostics: Diagnostic[]; model: ReturnType<typeof parseReport> }[] = [];
  let unreadable = 0;
  for (const path of files) {
    let file;
    try {
      file = readReportFile(path, opts.locale);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      process.stderr.write(`baogao: ${e.message}\n`);
      unreadable++;
      continue;
    }
    const runOpts = { config, locale: opts.locale, onRuleError: (rule: { id: string }, err: unknown) => process.stderr.write(`baogao: rule ${rule.id} failed on ${path}: ${(err as Error).message}\n`) };
    if (opts.fix && path !== '-') {
      const { text, fixed } = fixAllText(file.text, runOpts);
      if (fixed > 0) {
        writeFileAtomic(path, (file.bom ? '\uFEFF' : '') + text);
        process.stderr.write(pick(opts.locale, { zh: `已修复 ${path}：${fixed} 处\n`, en: `fixed ${path}: ${fixed} edits\n` }));
        file = { ...file, text };
      }
    }
    const model = parseReport(file.text);
    let diagnostics = runRules(model, runOpts);
    if (opts.quiet) diagnostics = diagnostics.filter((d) => d.severity === 'error');
    results.push({ file: path, diagnostics, model });
  }
  if (opts.format === 'json') {
    const json = results.map((r) => ({
      file: r.file,
      diagnostics: r.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: d.message, range: r.model.index.rangeOf(d.span) })),
    }));
    process.stdout.write(JSON.stringify(json, null, 2) + '\n');
  } else {
    const lines: string[] = [];
    for (const r of results) {
      for (const d of r.diagnostics) {
        const p = r.model.index.positionAt(d.span.start);
        lines.push(`${r.file}:${p.line + 1}:${p.character + 1}  ${pick(opts.locale, SEVERITY_TEXT[d.severity])}  ${d.rule}  ${d.message}`);
      }
    }
    if (lines.length) process.stdout.write(lines.join('\n') + '\n');
  }
  if (unreadable > 0) return 2;
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

function runOutline(opts: Options): number {
  if (opts.files.length !== 1) throw new UserError(pick(opts.locale, { zh: 'outline 需要且只需要一个文件', en: 'outline takes exactly one file' }));
  const file = readReportFile(opts.files[0], opts.locale);
  const model = parseReport(file.text);
  const entries = buildOutline(model, opts.locale);
  if (opts.json) process.stdout.write(JSON.stringify(outlineJson(entries, model), null, 2) + '\n');
  else {
    const out: string[] = [];
    printOutline(entries, model, '', out);
    process.stdout.write((out.length ? out.join('\n') : pick(opts.locale, { zh: '（没有识别到标题）', en: '(no headings found)' })) + '\n');
  }
  return 0;
}

function runRulesList(opts: Options): number {
  for (const r of allRules) process.stdout.write(`${r.id.padEnd(24)} ${r.defaultSeverity.padEnd(8)} ${pick(opts.locale, r.summary)}\n`);
  return 0;
}

export function main(argv: string[]): number {
  let locale: Locale = 'zh';
  try {
    const opts = parseArgs(argv);
    locale = opts.locale;
    switch (opts.command) {
      case 'check':
        return runCheck(opts);
      case 'outline':
        return runOutline(opts);
      case 'rules':
        return runRulesList(opts);
      case 'version':
        process.stdout.write(VERSION + '\n');
        return 0;
      case 'help':
        process.stdout.write(usage(locale) + '\n');
        return 0;
      case '':
        process.stderr.write(usage(locale) + '\n');
        return 2;
      default:
        throw new UserError(pick(locale, { zh: `未知命令：${opts.command}`, en: `unknown command: ${opts.command}` }) + '\n' + usage(locale));
    }
  } catch (e) {
    if (e instanceof UserError) {
      process.stderr.write(`baogao: ${e.message}\n`);
      return 2;
    }
    const err = e as NodeJS.ErrnoException;
    if (err?.code === 'EACCES' || err?.code === 'EPERM' || err?.code === 'ENOSPC' || err?.code === 'EROFS') {
      process.stderr.write(`baogao: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(pick(locale, { zh: `baogao 内部错误：${err?.message ?? e}（请报告此问题）\n`, en: `baogao internal error: ${err?.message ?? e} (please report it)\n` }));
    return 2;
  }
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
