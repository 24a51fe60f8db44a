// baogao stats: the numbers a writer checks before handing in a report — the character count
// (as limits like 不超过3000字 count it), each section's count, and the placeholders still unfilled.

import { pick } from '../core/text/i18n';
import { parseReport } from '../core/model/reportModel';
import { OutlineNode } from '../core/model/outlineTree';
import { placeholdersOf, SLOT_KIND_TEXT } from '../core/model/slots';
import { sectionCounterOf } from '../core/model/sectionCounts';
import { lengthStatus } from '../core/rules/maxLength';
import { configResolver } from './checkCommand';
import { readReportFile, UserError } from './inputFiles';
import { matchingIgnoreEntry } from '../core/config/ignoreEntry';
import { resolve } from 'node:path';
import { Options } from './options';

export function runStats(opts: Options): number {
  if (opts.files.length !== 1) throw new UserError(pick(opts.locale, { zh: 'stats 需要且只需要一个文件', en: 'stats takes exactly one file' }));
  const file = readReportFile(opts.files[0], opts.locale);
  const model = parseReport(file.text);
  const counter = sectionCounterOf(model);
  const sections: { heading: string; line: number; depth: number; chars: number }[] = [];
  const walk = (nodes: OutlineNode[], depth: number) => {
    for (const n of nodes) {
      if (n.kind !== 'heading') continue;
      sections.push({ heading: n.ordinal.raw + n.text, line: n.paragraph.startLine + 1, depth, chars: counter.count(n.sectionSpan.start, n.sectionSpan.end) });
      walk(n.children, depth + 1);
    }
  };
  // Unnumbered parts (a closing, 关于… part titles) are sections too, holding the nodes after them.
  const inPart = new Set(model.parts.flatMap((p) => p.children));
  walk(model.roots.filter((n) => !inPart.has(n)), 0);
  for (const part of model.parts) {
    sections.push({ heading: part.text, line: part.paragraph.startLine + 1, depth: 0, chars: counter.count(part.sectionSpan.start, part.sectionSpan.end) });
    walk(part.children, 1);
  }
  // Placeholders an ignore entry silences are not listed, as they are not diagnosed.
  const config = configResolver(opts)(opts.files[0]);
  const documentPath = opts.files[0] === '-' ? undefined : resolve(opts.files[0]);
  const slots = placeholdersOf(model)
    .filter((s) => !matchingIgnoreEntry(config.ignore, 'placeholder', model.text, s.span, documentPath))
    .map((s) => ({ text: s.text, kind: s.kind, line: s.position.line + 1, column: s.position.character + 1 }));
  const total = counter.count(0, model.text.length);
  const body = counter.count(model.bodySpan.start, model.bodySpan.end);
  // maxLength from the file's .baogaorc.json (or --config), for this genre; counted as max-length counts.
  const limit = lengthStatus(model, config)?.limit ?? null;
  if (opts.json) {
    process.stdout.write(JSON.stringify({ file: opts.files[0], title: model.title?.text ?? null, characters: total, bodyCharacters: body, limit, sections, placeholders: slots }, null, 2) + '\n');
    return 0;
  }
  const n = (x: number) => x.toLocaleString('en-US');
  const out: string[] = [];
  if (model.title) out.push(model.title.text);
  out.push(pick(opts.locale, { zh: `全文 ${n(total)} 字（正文 ${n(body)} 字，不计空格）`, en: `${n(total)} characters in all (${n(body)} in the body; spaces not counted)` }));
  if (limit !== null) {
    const over = total - limit;
    out.push(
      pick(opts.locale, {
        zh: `字数限制 ${n(total)} / ${n(limit)} 字（${over > 0 ? `超出 ${n(over)} 字` : `还可写 ${n(-over)} 字`}）`,
        en: `Limit: ${n(total)} / ${n(limit)} (${over > 0 ? `${n(over)} over` : `${n(-over)} left`})`,
      }),
    );
  }
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
