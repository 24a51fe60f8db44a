// baogao check: files, folders, globs or stdin → findings as text, JSON or SARIF; --fix writes the
// safe fixes atomically. A summary with counts per rule goes to stderr, so stdout stays parseable.

import { ResolvedConfig, defaultConfig, mergeConfig } from '../core/config/config';
import { runRules } from '../core/lint/runRules';
import { fixAllText } from '../core/lint/fixAll';
import { pick } from '../core/text/i18n';
import { parseReport, ReportModel } from '../core/model/reportModel';
import { ConfigResolver } from '../core/config/resolve';
import { ruleIds } from '../core/rules';
import { Diagnostic, Rule } from '../core/rules/rule';
import { join, resolve } from 'node:path';
import { expandInputs, readReportFile, UserError, writeFileAtomic } from './inputFiles';
import { Options } from './options';
import { toSarif } from './sarif';
import { terminalStyle } from './terminalStyle';

export const SEVERITY_TEXT: Record<string, { zh: string; en: string }> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
  hint: { zh: '建议', en: 'hint' },
};

/**
 * The configuration of each input: `--config` for all of them, else each file's nearest
 * .baogaorc.json (as the editor resolves it); `--rule` flags win over either. Problems in an rc
 * file are reported once.
 */
export function configResolver(opts: Options): (file: string) => ResolvedConfig {
  const known = ruleIds();
  const withFlags = new Map<ResolvedConfig, ResolvedConfig>();
  const resolver = new ConfigResolver(defaultConfig(), {
    knownRules: known,
    onLoad: ({ path, result }) => {
      if (result.parseError) {
        if (opts.config) throw new UserError(pick(opts.locale, { zh: `无法读取配置 ${path}：${result.parseError}`, en: `cannot read config ${path}: ${result.parseError}` }));
        process.stderr.write(pick(opts.locale, { zh: `警告：${path} 不是有效的 JSON，已使用默认设置\n`, en: `warning: ${path} is not valid JSON; using defaults\n` }));
      }
      for (const p of result.problems) process.stderr.write(pick(opts.locale, { zh: `警告：${path} 中“${p.key}”无效（${p.message}），已使用默认值\n`, en: `warning: ${path}: "${p.key}" ${p.message}; default used\n` }));
    },
  });
  return (file) => {
    const base = opts.config ? resolver.forRcFile(resolve(opts.config)) : resolver.forFile(resolve(file === '-' ? join(process.cwd(), '-') : file));
    let config = withFlags.get(base);
    if (!config) withFlags.set(base, (config = mergeConfig(base, { rules: opts.ruleOverrides }, known).config));
    return config;
  };
}

interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
  model: ReportModel;
}

export function runCheck(opts: Options, version: string): number {
  if (opts.files.length === 0) throw new UserError(pick(opts.locale, { zh: '请指定要检查的文件、目录或通配符（- 表示标准输入）', en: 'name the files, folders or globs to check (- for standard input)' }));
  const files = expandInputs(opts.files, opts.locale);
  const configFor = configResolver(opts);
  const results: FileResult[] = [];
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
    const runOpts = { config: configFor(path), locale: opts.locale, onRuleError: (rule: Rule, err: unknown) => process.stderr.write(`baogao: rule ${rule.meta.id} failed on ${path}: ${(err as Error).message}\n`) };
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
  } else if (opts.format === 'sarif') {
    process.stdout.write(JSON.stringify(toSarif(results, version, opts.locale, process.cwd()), null, 2) + '\n');
  } else {
    const style = terminalStyle(opts.color);
    const lines: string[] = [];
    for (const r of results) {
      for (const d of r.diagnostics) {
        const p = r.model.index.positionAt(d.span.start);
        lines.push(`${style.path(`${r.file}:${p.line + 1}:${p.character + 1}`)}  ${style.severity(d.severity, pick(opts.locale, SEVERITY_TEXT[d.severity]))}  ${style.dim(d.rule)}  ${d.message}`);
      }
    }
    if (lines.length) process.stdout.write(lines.join('\n') + '\n');
  }
  process.stderr.write(summary(results, unreadable, opts) + '\n');
  if (unreadable > 0) return 2;
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

/** "检查了 5 个文件：2 个错误，40 个警告（numbering-gap 1，placeholder 32，…）" */
function summary(results: FileResult[], unreadable: number, opts: Options): string {
  const bySeverity: Record<string, number> = {};
  const byRule = new Map<string, number>();
  for (const r of results) {
    for (const d of r.diagnostics) {
      bySeverity[d.severity] = (bySeverity[d.severity] ?? 0) + 1;
      byRule.set(d.rule, (byRule.get(d.rule) ?? 0) + 1);
    }
  }
  const rules = [...byRule.entries()].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ${n}`);
  const style = terminalStyle(opts.color);
  const n = (k: string) => bySeverity[k] ?? 0;
  const total = results.reduce((a, r) => a + r.diagnostics.length, 0);
  const head = pick(opts.locale, {
    zh: `检查了 ${results.length} 个文件：${n('error')} 个错误，${n('warning')} 个警告${n('info') + n('hint') ? `，${n('info') + n('hint')} 个提示` : ''}`,
    en: `${results.length} files checked: ${n('error')} errors, ${n('warning')} warnings${n('info') + n('hint') ? `, ${n('info') + n('hint')} notes` : ''}`,
  });
  const tail = total ? pick(opts.locale, { zh: `（${rules.join('，')}）`, en: ` (${rules.join(', ')})` }) : '';
  const skipped = unreadable ? pick(opts.locale, { zh: `；${unreadable} 个文件无法读取`, en: `; ${unreadable} unreadable` }) : '';
  return style.bold(head) + tail + skipped;
}
