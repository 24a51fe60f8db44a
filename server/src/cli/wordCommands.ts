// baogao export / baogao import: Word out and in. Neither overwrites a file without --force; both
// write atomically. Export lists the placeholders still in the text first and, on a terminal,
// asks whether to go on.

import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { pick } from '../core/text/i18n';
import { parseReport } from '../core/model/reportModel';
import { placeholdersOf, SLOT_KIND_TEXT } from '../core/model/slots';
import { exportDocx } from '../core/docx/exportDocx';
import { importDocx, WordError, wordErrorText } from '../core/docx/importDocx';
import { configResolver } from './checkCommand';
import { readReportFile, UserError, writeFileAtomic } from './inputFiles';
import { Options } from './options';

function outputPath(opts: Options, input: string, ext: string): string {
  const out = opts.output ?? input.replace(/\.[^./\\]+$/, '') + ext;
  if (out === input) throw new UserError(pick(opts.locale, { zh: '输出文件不能与输入文件相同', en: 'the output file must differ from the input' }));
  if (existsSync(out) && !opts.force) {
    throw new UserError(pick(opts.locale, { zh: `${out} 已存在；加 --force 覆盖`, en: `${out} exists; add --force to overwrite` }));
  }
  return out;
}

export async function runExport(opts: Options): Promise<number> {
  if (opts.files.length !== 1 || opts.files[0] === '-') throw new UserError(pick(opts.locale, { zh: 'export 需要且只需要一个报告文件', en: 'export takes exactly one report file' }));
  const input = opts.files[0];
  const file = readReportFile(input, opts.locale);
  const out = outputPath(opts, input, '.docx');
  const model = parseReport(file.text);
  const slots = placeholdersOf(model);
  if (slots.length) {
    process.stderr.write(pick(opts.locale, { zh: `注意：还有 ${slots.length} 处占位符未填写（导出后会高亮显示）：\n`, en: `Note: ${slots.length} placeholders are still unfilled (they will be highlighted):\n` }));
    for (const s of slots.slice(0, 20)) {
      process.stderr.write(`  L${s.position.line + 1}:${s.position.character + 1}  ${s.text}  ${pick(opts.locale, SLOT_KIND_TEXT[s.kind])}\n`);
    }
    if (slots.length > 20) process.stderr.write(pick(opts.locale, { zh: `  ……另有 ${slots.length - 20} 处\n`, en: `  …and ${slots.length - 20} more\n` }));
    if (process.stdin.isTTY && !opts.yes) {
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      const answer = await rl.question(pick(opts.locale, { zh: '仍然导出？[y/N] ', en: 'Export anyway? [y/N] ' }));
      rl.close();
      if (!/^y(es)?$/i.test(answer.trim())) {
        process.stderr.write(pick(opts.locale, { zh: '已取消导出\n', en: 'export cancelled\n' }));
        return 1;
      }
    }
  }
  const config = configResolver(opts)(input);
  const bytes = await exportDocx(model, { fonts: config.export.fonts, characterGrid: !opts.libreoffice });
  writeFileAtomic(out, bytes);
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
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? pick(opts.locale, { zh: `找不到文件：${input}`, en: `no such file: ${input}` }) : `${input}: ${(e as Error).message}`);
  }
  const out = outputPath(opts, input, '.txt');
  let text: string;
  try {
    text = await importDocx(bytes);
  } catch (e) {
    if (e instanceof WordError) throw new UserError(pick(opts.locale, wordErrorText(e, input)));
    throw e;
  }
  writeFileAtomic(out, text);
  process.stderr.write(pick(opts.locale, { zh: `已导入 ${out}\n`, en: `imported ${out}\n` }));
  return 0;
}
