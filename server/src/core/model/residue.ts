// What websites and downloaded templates leave in a report, found as blocks of lines (a fact of the
// model that the template-residue rule and the Word export read). The patterns are data: each is a
// regular expression matched against one line; users add their own with baogao.residue.patterns
// (or "residue": {"patterns": [...]} in .baogaorc.json).

import { ReportModel } from './reportModel';
import { Paragraph } from './paragraphs';
import { paragraphMemo } from './paragraphMemo';
import { compile, DEFAULTS } from './residuePatterns';

// The patterns and the one-line test live in residuePatterns.ts (the title finder reads them, and
// this file reads the model): re-exported for the rules and the settings.
export { DEFAULT_RESIDUE_PATTERNS, isResidueLine } from './residuePatterns';


/** Short lines between two residue lines that are taken into the block with them. */
const MAX_FILLER_LINES = 3;
const MAX_FILLER_LENGTH = 30;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface ResidueBlock {
  lines: number[];
  /** Lines that matched a pattern (the others are fillers between them). */
  matched: Set<number>;
}

/** The tests of a pattern set: the defaults, then the user's (each on RE2, kept separate). */
function patternsOf(userPatterns: string[]): ((line: string) => boolean)[] {
  return [(line: string) => DEFAULTS.test(line), ...userPatterns.map(compile).filter((t): t is (line: string) => boolean => !!t)];
}

interface ParagraphResidue {
  /** Lines of the paragraph (counted from its first) that match a pattern. */
  lines: number[];
  /** Site names found in them ("酷乐文行整理，咨询QQ…"), copied out of the text. */
  brands: string[];
}

/**
 * Which lines of a paragraph match, remembered per pattern set and paragraph id: while typing,
 * every paragraph but one is carried over, so the patterns run on one paragraph per keystroke.
 */
const memos = new Map<string, (p: Paragraph) => ParagraphResidue>();
/**
 * The model the memo reads lines from, set while findResidueBlocks runs (the memo's key is the
 * paragraph) and cleared after it, so no model outlives its document.
 */
let model: ReportModel | undefined;

function residueOfParagraph(userPatterns: string[]): (p: Paragraph, model: ReportModel) => ParagraphResidue {
  const key = userPatterns.join('\u0000');
  let memo = memos.get(key);
  if (!memo) {
    if (memos.size > 8) memos.clear();
    const patterns = patternsOf(userPatterns);
    memos.set(
      key,
      (memo = paragraphMemo((p) => {
        const out: ParagraphResidue = { lines: [], brands: [] };
        for (let l = p.startLine; l <= p.endLine; l++) {
          const line = model!.lines[l];
          if (line.blank || line.ordinal) continue;
          const c = model!.text.slice(line.start, Math.min(line.end, line.start + 2000));
          if (!patterns.some((test) => test(c))) continue;
          out.lines.push(l - p.startLine);
          // "酷乐文行整理，咨询QQ…" names the site; its name alone on a line is residue too.
          const brand = /^(\S{2,10}?)整理[，,]/.exec(c);
          if (brand) out.brands.push(brand[1].split('').join(''));
        }
        return out;
      })),
    );
  }
  const m = memo;
  return (p, current) => {
    model = current;
    return m(p);
  };
}

function releaseModel(): void {
  model = undefined;
}

export function findResidueBlocks(model: ReportModel, userPatterns: string[]): ResidueBlock[] {
  const residueOf = residueOfParagraph(userPatterns);
  const { lines, text } = model;
  const content = (l: number) => text.slice(lines[l].start, Math.min(lines[l].end, lines[l].start + 2000));
  const matched = new Set<number>();
  const brands = new Set<string>();
  try {
    for (const p of model.paragraphs) {
      const r = residueOf(p, model);
      for (const l of r.lines) matched.add(p.startLine + l);
      for (const b of r.brands) brands.add(b);
    }
  } finally {
    releaseModel();
  }
  if (brands.size) {
    const brandRe = new RegExp(`^(?:${[...brands].map(escape).join('|')})$`);
    for (let l = 0; l < lines.length; l++) if (!lines[l].blank && brandRe.test(content(l))) matched.add(l);
  }
  if (matched.size === 0) return [];

  const structural = new Set<number>();
  if (model.title) model.title.lines.forEach((l) => structural.add(l));
  if (model.title?.subtitle) structural.add(model.title.subtitle.line);
  if (model.title?.author) structural.add(model.title.author.line);
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
