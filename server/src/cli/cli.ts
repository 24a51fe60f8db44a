// `baogao`: the same model and rules as the language server, for batch work and CI.
// Exit: 0 no error-severity finding, 1 at least one, 2 bad usage or unreadable input.
// A user error is one line on stderr, never a stack trace.

import { Locale, pick } from '../core/text/i18n';
import { allRules } from '../core/rules';
import { runCheck } from './checkCommand';
import { UserError } from './inputFiles';
import { Options, parseArgs, usage } from './options';
import { runOutline } from './outlineCommand';
import { runStats } from './statsCommand';
import { runExport, runImport } from './wordCommands';

declare const BAOGAO_VERSION: string;
const VERSION = typeof BAOGAO_VERSION === 'string' ? BAOGAO_VERSION : '0.0.0-dev';

function runRulesList(opts: Options): number {
  for (const r of allRules) process.stdout.write(`${r.meta.id.padEnd(24)} ${r.meta.defaultSeverity.padEnd(8)} ${pick(opts.locale, r.meta.summary)}\n`);
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
        return await runExport(opts);
      case 'import':
        return await runImport(opts);
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
    if (err?.code === 'EACCES' || err?.code === 'EPERM' || err?.code === 'ENOSPC' || err?.code === 'EROFS' || err?.code === 'EISDIR') {
      process.stderr.write(`baogao: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(pick(locale, { zh: `baogao 内部错误：${err?.message ?? e}（请报告此问题）\n`, en: `baogao internal error: ${err?.message ?? e} (please report it)\n` }));
    return 2;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
