// baogao export / baogao import: Word out and in. Neither overwrites a file without --force; both
// write atomically. Export first lists what a reviewer would send back (error-level findings,
// template residue, unfilled placeholders) and, on a terminal, asks whether to go on; --strict
// refuses while errors or residue remain.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { matchingIgnoreEntry } from '../core/config/ignoreEntry';
import { createInterface } from 'node:readline/promises';
import { ResolvedConfig } from '../core/config/config';
import { runRules } from '../core/lint/runRules';
import { findingsBeforeExport, findingsToList } from '../core/lint/exportReview';
import { pick, Text } from '../core/text/i18n';
import { parseReport, ReportModel } from '../core/model/reportModel';
import { placeholdersOf, SLOT_KIND_TEXT } from '../core/model/slots';
import { exportDocx } from '../core/docx/exportDocx';
import { importDocx, WordError, wordErrorText } from '../core/docx/importDocx';
import { configResolver, SEVERITY_TEXT } from './checkCommand';
import { readReportFile, UserError } from './inputFiles';
import { writeFileAtomic } from './atomicWrite';
import { Options } from './options';

function outputPath(opts: Options, input: string, ext: string): string {
  const out = opts.output ?? input.replace(/\.[^./\\]+$/, '') + ext;
  if (out === input) throw new UserError(pick(opts.locale, { zh: '输出文件不能与输入文件相同', en: 'the output file must differ from the input' }));
  const folder = dirname(out);
  if (!isFolder(folder)) throw new UserError(pick(opts.locale, { zh: `输出文件夹不存在：${folder}（请先创建它）`, en: `the output folder does not exist: ${folder} (create it first)` }));
  if (existsSync(out) && !opts.force) {
    throw new UserError(pick(opts.locale, { zh: `${out} 已存在；加 --force 覆盖`, en: `${out} exists; add --force to overwrite` }));
  }
  return out;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Lists on stderr what should be fixed before export; true when the export may go on. */
async function reviewBeforeExport(opts: Options, model: ReportModel, config: ResolvedConfig, input: string): Promise<boolean> {
  const documentPath = resolve(input);
  const diagnostics = runRules(model, { config, locale: opts.locale, documentPath });
  const blocking = findingsBeforeExport(diagnostics);
  const listed = findingsToList(diagnostics);
  // Placeholders an ignore entry silences are not listed, as they are not diagnosed.
  const slots = placeholdersOf(model).filter((s) => !matchingIgnoreEntry(config.ignore, 'placeholder', model.text, s.span, documentPath));
  const say = (text: Text) => process.stderr.write(pick(opts.locale, text));
  const more = (n: number) => say({ zh: `  ……另有 ${n} 处\n`, en: `  …and ${n} more\n` });
  if (listed.length) {
    say({ zh: `导出前请修复：${listed.length} 处错误或模板残留：\n`, en: `Fix before export: ${listed.length} errors or template residue:\n` });
    for (const d of listed.slice(0, 20)) {
      const p = model.index.positionAt(d.span.start);
      process.stderr.write(`  L${p.line + 1}:${p.character + 1}  ${pick(opts.locale, SEVERITY_TEXT[d.severity])}  ${d.rule}  ${d.message}\n`);
    }
    if (listed.length > 20) more(listed.length - 20);
  }
  if (slots.length) {
    say({ zh: `注意：还有 ${slots.length} 处占位符未填写（导出后会高亮显示）：\n`, en: `Note: ${slots.length} placeholders are still unfilled (they will be highlighted):\n` });
    for (const s of slots.slice(0, 20)) process.stderr.write(`  L${s.position.line + 1}:${s.position.character + 1}  ${s.text}  ${pick(opts.locale, SLOT_KIND_TEXT[s.kind])}\n`);
    if (slots.length > 20) more(slots.length - 20);
  }
  if (opts.strict && blocking.length) {
    say({ zh: `已拒绝导出（--strict）：请先修复以上 ${blocking.length} 处问题\n`, en: `export refused (--strict): fix the ${blocking.length} problems above first\n` });
    return false;
  }
  if ((listed.length || slots.length) && process.stdin.isTTY && !opts.yes) {
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    const answer = await rl.question(pick(opts.locale, { zh: '仍然导出？[y/N] ', en: 'Export anyway? [y/N] ' }));
    rl.close();
    if (!/^y(es)?$/i.test(answer.trim())) {
      say({ zh: '已取消导出\n', en: 'export cancelled\n' });
      return false;
    }
  }
  return true;
}

export async function runExport(opts: Options): Promise<number> {
  if (opts.files.length !== 1 || opts.files[0] === '-') throw new UserError(pick(opts.locale, { zh: 'export 需要且只需要一个报告文件', en: 'export takes exactly one report file' }));
  const input = opts.files[0];
  const file = readReportFile(input, opts.locale);
  const out = outputPath(opts, input, '.docx');
  const model = parseReport(file.text);
  const config = configResolver(opts)(input);
  if (!(await reviewBeforeExport(opts, model, config, input))) return 1;
  const bytes = await exportDocx(model, { fonts: config.export.fonts, characterGrid: !opts.libreoffice });
  writeFileAtomic(out, bytes, opts.locale);
  process.stderr.write(pick(opts.locale, { zh: `已导出 ${out}\n`, en: `exported ${out}\n` }));
  return 0;
}

export async function runImport(opts: Options): Promise<number> {
  if (opts.files.length !== 1) throw new UserError(pick(opts.locale, { zh: 'import 需要且只需要一个 .docx 文件', en: 'import takes exactly one .docx file' }));
  const input = opts.files[0];
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(input);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new UserError(pick(opts.locale, { zh: `找不到文件：${input}`, en: `no such file: ${input}` }));
    // A folder, no permission…: the CLI's handler of system errors names it (read() leaves no path).
    throw Object.assign(e as NodeJS.ErrnoException, { path: (e as NodeJS.ErrnoException).path ?? input });
  }
  // Read before the output is named: "x.txt is not a .docx" says more than "output equals input".
  let text: string;
  try {
    text = await importDocx(bytes);
  } catch (e) {
    if (e instanceof WordError) throw new UserError(pick(opts.locale, wordErrorText(e, input)));
    throw e;
  }
  const out = outputPath(opts, input, '.txt');
  writeFileAtomic(out, text, opts.locale);
  process.stderr.write(pick(opts.locale, { zh: `已导入 ${out}\n`, en: `imported ${out}\n` }));
  return 0;
}
