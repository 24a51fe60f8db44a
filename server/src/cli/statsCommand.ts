// baogao stats: the numbers a writer checks before handing in a report — the character count
// (as limits like 不超过3000字 count it), each section's count, and the placeholders still unfilled.

import { pick } from '../core/text/i18n';
import { parseReport } from '../core/model/reportModel';
import { OutlineNode } from '../core/model/outlineTree';
import { placeholdersOf, SLOT_KIND_TEXT } from '../core/model/slots';
import { countChars, SpanCounter } from '../core/text/charCount';
import { readReportFile, UserError } from './inputFiles';
import { Options } from './options';

export function runStats(opts: Options): number {
  if (opts.files.length !== 1) throw new UserError(pick(opts.locale, { zh: 'stats 需要且只需要一个文件', en: 'stats takes exactly one file' }));
  const file = readReportFile(opts.files[0], opts.locale);
  const model = parseReport(file.text);
  const counter = new SpanCounter(model.text, model.index.starts, (o) => model.index.lineAt(o));
  const sections: { heading: string; line: number; depth: number; chars: number }[] = [];
  const walk = (nodes: OutlineNode[], depth: number) => {
    for (const n of nodes) {
      if (n.kind !== 'heading') continue;
      sections.push({ heading: n.ordinal.raw + n.text, line: n.paragraph.startLine + 1, depth, chars: counter.count(n.sectionSpan.start, n.sectionSpan.end) });
      walk(n.children, depth + 1);
    }
  };
  walk(model.roots, 0);
  const slots = placeholdersOf(model).map((s) => ({ text: s.text, kind: s.kind, line: s.position.line + 1, column: s.position.character + 1 }));
  const total = countChars(model.text);
  const body = countChars(model.text, model.bodySpan.start, model.bodySpan.end);
  if (opts.json) {
    process.stdout.write(JSON.stringify({ file: opts.files[0], title: model.title?.text ?? null, characters: total, bodyCharacters: body, sections, placeholders: slots }, null, 2) + '\n');
    return 0;
  }
  const n = (x: number) => x.toLocaleString('en-US');
  const out: string[] = [];
  if (model.title) out.push(model.title.text);
  out.push(pick(opts.locale, { zh: `全文 ${n(total)} 字（正文 ${n(body)} 字，不计空格）`, en: `${n(total)} characters in all (${n(body)} in the body; spaces not counted)` }));
  if (sections.length) out.push('', pick(opts.locale, { zh: '各节字数：', en: 'Characters per section:' }));
  for (const s of sections) out.push(`${'  '.repeat(s.depth + 1)}${s.heading}  ${n(s.chars)}`);
  out.push('');
  if (slots.length === 0) out.push(pick(opts.locale, { zh: '占位符：已全部填写', en: 'Placeholders: none left' }));
  else {
    out.push(pick(opts.locale, { zh: `未填写的占位符 ${slots.length} 处：`, en: `${slots.length} placeholders left:` }));
    for (const s of slots) out.push(`  L${s.line}:${s.column}  ${s.text}  ${pick(opts.locale, SLOT_KIND_TEXT[s.kind])}`);
  }
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}
