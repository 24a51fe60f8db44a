// baogao outline: the heading tree, as the Outline view shows it.

import { pick } from '../core/text/i18n';
import { parseReport, ReportModel } from '../core/model/reportModel';
import { buildOutline, OutlineEntry } from '../core/ide/outline';
import { readReportFile, UserError } from './inputFiles';
import { Options } from './options';

function printOutline(entries: OutlineEntry[], model: ReportModel, indent: string, out: string[]): void {
  for (const e of entries) {
    const line = model.index.positionAt(e.selectionSpan.start).line + 1;
    out.push(`${indent}${e.name}  (${e.detail}, L${line})`);
    printOutline(e.children, model, indent + '  ', out);
  }
}

function outlineJson(entries: OutlineEntry[], model: ReportModel): unknown[] {
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

export function runOutline(opts: Options): number {
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
