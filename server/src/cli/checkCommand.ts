// baogao check: files, folders, globs or stdin → findings as text, JSON or SARIF; --fix writes the
// safe fixes atomically. A summary with counts per rule goes to stderr, so stdout stays parseable.

import { IgnoreEntry, ResolvedConfig, defaultConfig, mergeConfig } from '../core/config/config';
import { describeIgnoreEntry } from '../core/config/ignoreEntry';
import { runRules } from '../core/lint/runRules';
import { fixAllText } from '../core/lint/fixAll';
import { pick } from '../core/text/i18n';
import { parseReport, ReportModel } from '../core/model/reportModel';
import { ConfigResolver } from '../core/config/resolve';
import { allRules, ruleIds } from '../core/rules';
import { Diagnostic, Rule } from '../core/rules/rule';
import { dirname, join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { encodeReport, expandInputs, readReportFile, UserError } from './inputFiles';
import { writeFileAtomic } from './atomicWrite';
import { ENCODING_LABEL } from '../core/text/encoding';
import { rcParseErrorText } from '../core/config/rcFile';
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
export function configResolver(opts: Options): ((file: string) => ResolvedConfig) & { rcFileOf(file: string): string | undefined } {
  const known = ruleIds();
  const withFlags = new Map<ResolvedConfig, ResolvedConfig>();
  const home = homedir();
  const resolver = new ConfigResolver(defaultConfig(), {
    knownRules: known,
    // The walk up from a report ends at its repository's root or at the home folder: a file in a
    // shared folder above them must not change the checks of everything below.
    isBoundary: (dir) => dir === home || existsSync(join(dir, '.git')),
    onLoad: ({ path, result }) => {
      if (result.parseError) {
        const text = rcParseErrorText(path, result.parseError);
        if (opts.config) throw new UserError(pick(opts.locale, text));
        process.stderr.write(pick(opts.locale, { zh: `警告：${text.zh}，已使用默认设置\n`, en: `warning: ${text.en}; using defaults\n` }));
      }
      for (const p of result.problems) process.stderr.write(pick(opts.locale, { zh: `警告：${path} 中“${p.key}”无效（${p.message.zh}），已使用默认值\n`, en: `warning: ${path}: "${p.key}" ${p.message.en}; default used\n` }));
    },
  });
  const rcFileOf = (file: string) => (opts.config ? resolve(opts.config) : resolver.rcFileFor(dirname(resolve(file === '-' ? join(process.cwd(), '-') : file))));
  return Object.assign((file: string) => {
    const base = resolver.forRcFile(rcFileOf(file));
    let config = withFlags.get(base);
    if (!config) withFlags.set(base, (config = mergeConfig(base, { rules: opts.ruleOverrides }, known).config));
    return config;
  }, { rcFileOf });
}

/** `baogao check --print-config FILE`: which .baogaorc.json applies to FILE, and the settings. */
function printConfig(opts: Options): number {
  if (opts.files.length !== 1) throw new UserError(pick(opts.locale, { zh: '--print-config 需要且只需要一个文件', en: '--print-config takes exactly one file' }));
  const configFor = configResolver(opts);
  const rc = configFor.rcFileOf(opts.files[0]);
  const config = configFor(opts.files[0]);
  process.stdout.write(
    (rc ? pick(opts.locale, { zh: `配置文件：${rc}`, en: `config file: ${rc}` }) : pick(opts.locale, { zh: '配置文件：无（未找到 .baogaorc.json，使用默认设置）', en: 'config file: none (no .baogaorc.json found; defaults used)' })) +
      '\n' + JSON.stringify(config, null, 2) + '\n',
  );
  return 0;
}

interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
  model: ReportModel;
}

export function runCheck(opts: Options, version: string): number {
  if (opts.printConfig) return printConfig(opts);
  if (opts.files.length === 0) throw new UserError(pick(opts.locale, { zh: '请指定要检查的文件、目录或通配符（- 表示标准输入）', en: 'name the files, folders or globs to check (- for standard input)' }));
  const files = expandInputs(opts.files, opts.locale);
  const configFor = configResolver(opts);
  const only = opts.only;
  const rules = only ? allRules.filter((r) => r.meta.tags.some((t) => only.includes(t))) : undefined;
  const results: FileResult[] = [];
  /** Findings silenced per ignore entry (counted on the final run only: --fix runs the rules again). */
  const ignored = new Map<IgnoreEntry, number>();
  let unreadable = 0;
  let unwritten = 0;
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
    if (opts.verbose) process.stderr.write(pick(opts.locale, { zh: `读取 ${path}（${ENCODING_LABEL[file.encoding]}）\n`, en: `read ${path} (${ENCODING_LABEL[file.encoding]})\n` }));
    const runOpts = { config: configFor(path), locale: opts.locale, rules, documentPath: path === '-' ? undefined : resolve(path), onRuleError: (rule: Rule, err: unknown) => process.stderr.write(`baogao: rule ${rule.meta.id} failed on ${path}: ${(err as Error).message}\n`) };
    if (opts.fix && path !== '-') {
      const { text, fixed } = fixAllText(file.text, runOpts);
      if (fixed > 0) {
        // A file that cannot be written (or encoded back) is reported by name and checked as it
        // is; the run goes on.
        try {
          writeFileAtomic(path, encodeReport(file, text, opts.locale), opts.locale);
          process.stderr.write(pick(opts.locale, { zh: `已修复 ${path}：${fixed} 处\n`, en: `fixed ${path}: ${fixed} edits\n` }));
          file = { ...file, text };
        } catch (e) {
          if (!(e instanceof UserError)) throw e;
          process.stderr.write(`baogao: ${e.message}\n`);
          unwritten++;
        }
      }
    }
    const model = parseReport(file.text);
    let diagnostics = runRules(model, { ...runOpts, onIgnored: (e) => ignored.set(e, (ignored.get(e) ?? 0) + 1) });
    if (opts.quiet) diagnostics = diagnostics.filter((d) => d.severity === 'error');
    results.push({ file: path, diagnostics, model });
  }

  if (opts.format === 'json') {
    const json = results.map((r) => ({
      file: r.file,
      diagnostics: r.diagnostics.map((d) => ({
        rule: d.rule,
        severity: d.severity,
        message: d.message,
        range: r.model.index.rangeOf(d.span),
        ...(d.related?.length ? { related: d.related.map((x) => ({ message: x.message, range: r.model.index.rangeOf(x.span) })) } : {}),
      })),
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
        // The other place the finding is about (year-consistency: the title that gives the year).
        for (const x of d.related ?? []) {
          const q = r.model.index.positionAt(x.span.start);
          lines.push(`    ${style.dim('↳')} ${style.path(`${r.file}:${q.line + 1}:${q.character + 1}`)}  ${x.message}`);
        }
      }
    }
    if (lines.length) process.stdout.write(lines.join('\n') + '\n');
  }
  process.stderr.write(summary(results, unreadable, unwritten, opts, ignored) + '\n');
  if (unreadable > 0 || unwritten > 0) return 2;
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

/** "检查了 5 个文件：2 个错误，40 个警告（numbering-gap 1，placeholder 32，…）" */
function summary(results: FileResult[], unreadable: number, unwritten: number, opts: Options, ignored: Map<IgnoreEntry, number>): string {
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
  const en = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  const notes = n('info') + n('hint');
  const head = pick(opts.locale, {
    zh: `检查了 ${results.length} 个文件：${n('error')} 个错误，${n('warning')} 个警告${notes ? `，${notes} 个提示` : ''}`,
    en: `${en(results.length, 'file')} checked: ${en(n('error'), 'error')}, ${en(n('warning'), 'warning')}${notes ? `, ${en(notes, 'note')}` : ''}`,
  });
  const tail = total ? pick(opts.locale, { zh: `（${rules.join('，')}）`, en: ` (${rules.join(', ')})` }) : '';
  const skipped = unreadable ? pick(opts.locale, { zh: `；${unreadable} 个文件无法读取`, en: `; ${en(unreadable, 'file')} unreadable` }) : '';
  const notWritten = unwritten ? pick(opts.locale, { zh: `；${unwritten} 个文件未能写回修复`, en: `; ${en(unwritten, 'file')} not written back` }) : '';
  // Ignored findings are said, with the entries that silenced them, so a too-broad entry shows.
  let silenced = '';
  if (ignored.size) {
    const count = [...ignored.values()].reduce((a, b) => a + b, 0);
    const entries = [...ignored.entries()].sort((a, b) => b[1] - a[1]);
    const shown = entries.slice(0, 5).map(([e, k]) => pick(opts.locale, { zh: `${describeIgnoreEntry(e, 'zh')} ${k} 处`, en: `${describeIgnoreEntry(e, 'en')} ${k}` }));
    const more = entries.length > 5 ? pick(opts.locale, { zh: `，另有 ${entries.length - 5} 条`, en: `, ${entries.length - 5} more` }) : '';
    silenced = '\n' + pick(opts.locale, {
      zh: `已忽略 ${count} 处（${entries.length} 条忽略设置：${shown.join('；')}${more}）`,
      en: `${en(count, 'finding')} ignored (${en(entries.length, 'ignore entry').replace('entrys', 'entries')}: ${shown.join('; ')}${more})`,
    });
  }
  return style.bold(head) + tail + skipped + notWritten + silenced;
}
