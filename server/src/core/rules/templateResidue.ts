// template-residue: what a website or template left behind — "仅供学习 禁止外传 用后删除",
// "…整理，咨询QQ206157060", 会员群 lines, "本文来源：<url>", "下面是小编为大家整理的…", copyright
// notes, QQ or WeChat numbers, 范文-site URLs, advertising in 【…】. A line sandwiched between
// residue lines (the site's name and slogans: "酷乐文行", "自建平台、实时分享") belongs to the block.
// Fixes delete the line or the whole block; neither joins fix-all (deleting needs a look).

import { Edit, Finding, Rule, RuleContext } from './types';
import { DEFAULT_RESIDUE_PATTERNS } from './residuePatterns';
import { ReportModel } from '../model/reportModel';
import { compileUserPattern } from '../text/userPattern';

/** Short lines between two residue lines that are taken into the block with them. */
const MAX_FILLER_LINES = 3;
const MAX_FILLER_LENGTH = 30;

// User patterns run on RE2 (linear time): a folder's .baogaorc.json must not be able to stall
// checking. Keyed by the pattern text from the configuration, bounded all the same.
const compiled = new Map<string, ((line: string) => boolean) | undefined>();
function compile(source: string): ((line: string) => boolean) | undefined {
  let test = compiled.get(source);
  if (test === undefined && !compiled.has(source)) {
    if (compiled.size > 256) compiled.clear();
    const c = compileUserPattern(source);
    compiled.set(source, (test = c.ok ? c.test : undefined)); // a refusal is reported by configuration validation
  }
  return test;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface ResidueBlock {
  lines: number[];
  /** Lines that matched a pattern (the others are fillers between them). */
  matched: Set<number>;
}

// The default patterns as one alternation: one test per line instead of one per pattern.
const DEFAULTS = new RegExp(DEFAULT_RESIDUE_PATTERNS.map((p) => `(?:${p})`).join('|'), 'u');

/**
 * Whether a line matches, remembered per pattern set and line text: while typing, every line but
 * one is unchanged, so the patterns run on one line per keystroke. Bounded, then started afresh.
 */
const lineMemo = new Map<string, Map<string, boolean>>();
const MEMO_LIMIT = 200_000;

function matcher(userPatterns: string[]): (line: string) => boolean {
  const key = userPatterns.join('\u0000');
  let memo = lineMemo.get(key);
  if (!memo || memo.size > MEMO_LIMIT) {
    if (lineMemo.size > 8) lineMemo.clear();
    lineMemo.set(key, (memo = new Map()));
  }
  const m = memo;
  const userTests = userPatterns.map(compile).filter((t): t is (line: string) => boolean => !!t);
  return (line) => {
    let hit = m.get(line);
    if (hit === undefined) m.set(line, (hit = DEFAULTS.test(line) || userTests.some((test) => test(line))));
    return hit;
  };
}

export function findResidueBlocks(model: ReportModel, userPatterns: string[]): ResidueBlock[] {
  const isResidue = matcher(userPatterns);
  const { lines, text } = model;
  const content = (l: number) => text.slice(lines[l].start, Math.min(lines[l].end, lines[l].start + 2000));
  const matched = new Set<number>();
  const brands = new Set<string>();
  for (let l = 0; l < lines.length; l++) {
    if (lines[l].blank || lines[l].ordinal) continue;
    const c = content(l);
    if (isResidue(c)) {
      matched.add(l);
      // "酷乐文行整理，咨询QQ…" names the site; its name alone on a line is residue too.
      const brand = /^(\S{2,10}?)整理[，,]/.exec(c);
      if (brand) brands.add(brand[1]);
    }
  }
  if (brands.size) {
    const brandRe = new RegExp(`^(?:${[...brands].map(escape).join('|')})$`);
    for (let l = 0; l < lines.length; l++) if (!lines[l].blank && brandRe.test(content(l))) matched.add(l);
  }
  if (matched.size === 0) return [];

  const structural = new Set<number>();
  if (model.title) model.title.lines.forEach((l) => structural.add(l));
  if (model.title?.subtitle) structural.add(model.title.subtitle.line);
  if (model.addressee) structural.add(model.addressee.line);

  const sorted = [...matched].sort((a, b) => a - b);
  const blocks: ResidueBlock[] = [];
  let block: ResidueBlock | undefined;
  for (const l of sorted) {
    if (block) {
      const last = block.lines[block.lines.length - 1];
      const between: number[] = [];
      let ok = true;
      for (let k = last + 1; k < l && ok; k++) {
        if (lines[k].blank) continue;
        if (structural.has(k) || lines[k].ordinal || lines[k].end - lines[k].start > MAX_FILLER_LENGTH) ok = false;
        else between.push(k);
      }
      if (ok && between.length <= MAX_FILLER_LINES) {
        block.lines.push(...between, l);
        block.matched.add(l);
        continue;
      }
    }
    block = { lines: [l], matched: new Set([l]) };
    blocks.push(block);
  }
  return blocks;
}

function lineDeletion(model: ReportModel, first: number, last: number, withBlanksAfter: boolean): Edit {
  const { index, lines } = model;
  let end = last + 1;
  // A block takes the blank lines after it, so the report does not start with a gap.
  while (withBlanksAfter && end < lines.length && lines[end].blank && end < index.lineCount - 1) end++;
  const stop = end < index.lineCount ? index.starts[end] : model.text.length;
  return { span: { start: index.starts[first], end: stop }, newText: '' };
}

function preview(s: string): string {
  const t = s.trim();
  return t.length > 24 ? t.slice(0, 24) + '…' : t;
}

export const templateResidue: Rule = {
  id: 'template-residue',
  defaultSeverity: 'warning',
  summary: { zh: '网站或模板残留：广告、“仅供学习”、QQ号、本文来源、版权声明', en: 'Website or template residue: advertising, QQ numbers, source and copyright lines' },
  check(ctx: RuleContext) {
    const out: Finding[] = [];
    const { model } = ctx;
    for (const block of findResidueBlocks(model, ctx.config.residue.patterns)) {
      const first = block.lines[0];
      const last = block.lines[block.lines.length - 1];
      const blockFix = block.lines.length > 1
        ? [{ title: ctx.t({ zh: `删除整块模板残留（第${first + 1}–${last + 1}行）`, en: `Delete the whole residue block (lines ${first + 1}–${last + 1})` }), edits: [lineDeletion(model, first, last, true)], safe: false }]
        : [];
      for (const l of block.lines) {
        const info = model.lines[l];
        const text = model.text.slice(info.start, info.end);
        out.push({
          span: { start: info.start, end: info.end },
          message: block.matched.has(l)
            ? ctx.t({ zh: `模板或网站残留：“${preview(text)}”`, en: `Template or website residue: "${preview(text)}"` })
            : ctx.t({ zh: `疑似模板残留（夹在广告文字之间）：“${preview(text)}”`, en: `Probably template residue (between advertising lines): "${preview(text)}"` }),
          fixes: [
            { title: ctx.t({ zh: '删除此行', en: 'Delete this line' }), edits: [lineDeletion(model, l, l, false)], preferred: block.lines.length === 1, safe: false },
            ...blockFix,
          ],
        });
      }
    }
    return out;
  },
};
