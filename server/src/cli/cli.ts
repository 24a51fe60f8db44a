// `baogao`: the same model and rules as the language server, for batch work and CI.
// Exit: 0 no error-severity finding, 1 at least one, 2 bad usage or unreadable input.
// A user error is one line on stderr, never a stack trace.

import { Locale, pick } from '../core/text/i18n';
import { allRules } from '../core/rules';
import { runCheck } from './checkCommand';
import { UserError } from './inputFiles';
import { loadDocxCommands } from '../docxLoader';
import { COMMANDS, Options, parseArgs, usage } from './options';
import { closest } from './suggest';
import { runOutline } from './outlineCommand';
import { runStats } from './statsCommand';

declare const BAOGAO_VERSION: string;
const VERSION = typeof BAOGAO_VERSION === 'string' ? BAOGAO_VERSION : '0.0.0-dev';

/** One rule a line: id, default severity, tags (what `check --only` selects), summary. */
function runRulesList(opts: Options): number {
  for (const r of allRules) process.stdout.write(`${r.meta.id.padEnd(24)} ${r.meta.defaultSeverity.padEnd(8)} ${r.meta.tags.join(',').padEnd(16)} ${pick(opts.locale, r.meta.summary)}\n`);
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  let locale: Locale = 'zh';
  try {
    const opts = parseArgs(argv, process.env, !!process.stdout.isTTY);
    locale = opts.locale;
    switch (opts.command) {
      case 'check':
        return runCheck(opts, VERSION);
      case 'outline':
        return runOutline(opts);
      case 'stats':
        return runStats(opts);
      case 'export':
        return await loadDocxCommands().runExport(opts);
      case 'import':
        return await loadDocxCommands().runImport(opts);
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
      default: {
        const near = closest(opts.command, COMMANDS);
        const unknown = pick(locale, { zh: `未知命令：${opts.command}`, en: `unknown command: ${opts.command}` });
        // A likely typo gets the one suggestion; anything else the whole usage.
        if (near) throw new UserError(unknown + pick(locale, { zh: `（是否要用 baogao ${near}？）\n运行 baogao --help 查看用法`, en: ` (did you mean baogao ${near}?)\nrun baogao --help for usage` }));
        throw new UserError(unknown + '\n' + usage(locale));
      }
    }
  } catch (e) {
    if (e instanceof UserError) {
      process.stderr.write(`baogao: ${e.message}\n`);
      return 2;
    }
    const err = e as NodeJS.ErrnoException;
    // A failed system call (a missing folder, no permission, a full disk) is the user's to fix: say
    // what failed on which path, never "internal error".
    if (err?.syscall && err.code) {
      process.stderr.write(`baogao: ${systemErrorText(err, locale)}\n`);
      return 2;
    }
    process.stderr.write(pick(locale, { zh: `baogao 内部错误：${err?.message ?? e}（请报告此问题）\n`, en: `baogao internal error: ${err?.message ?? e} (please report it)\n` }));
    return 2;
  }
}

function systemErrorText(err: NodeJS.ErrnoException, locale: Locale): string {
  const path = (err as { dest?: string }).dest ?? err.path ?? '';
  const what: Record<string, { zh: string; en: string }> = {
    ENOENT: { zh: '不存在', en: 'does not exist' },
    ENOTDIR: { zh: '路径中有一部分不是文件夹', en: 'a part of the path is not a folder' },
    EACCES: { zh: '没有权限', en: 'permission denied' },
    EPERM: { zh: '不允许此操作', en: 'operation not permitted' },
    EROFS: { zh: '位于只读文件系统', en: 'is on a read-only file system' },
    ENOSPC: { zh: '磁盘空间不足', en: 'no space left on the disk' },
    EISDIR: { zh: '是文件夹', en: 'is a folder' },
    EFBIG: { zh: '文件过大', en: 'file too large' },
  };
  const known = what[err.code!];
  if (known) return path ? `${path}: ${pick(locale, known)}` : pick(locale, known);
  return `${path ? `${path}: ` : ''}${err.code} (${err.syscall})`;
}

/** `baogao rules | head -1`: the reader has gone, so there is nobody left to tell; stop quietly. */
function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

/** The `baogao` command itself (dist/cli.js starts it from the code cache, see bin.ts). */
export function run(): void {
  exitQuietlyOnClosedPipe(process.stdout);
  exitQuietlyOnClosedPipe(process.stderr);
  void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}

if (require.main === module) run();
