// What websites and downloaded templates leave in a report, found as blocks of lines (a fact of the
// model that the template-residue rule and the Word export read). The patterns are data: each is a
// regular expression matched against one line; users add their own with baogao.residue.patterns
// (or "residue": {"patterns": [...]} in .baogaorc.json).

import { ReportModel } from './reportModel';

export const DEFAULT_RESIDUE_PATTERNS: string[] = [
  // Copy-protection and distribution notes of 范文 sites.
  '仅供学习|仅供参考学习|禁止外传|用后删除|严禁外传|请勿外传|内部交流使用',
  // "…整理，咨询QQ206157060", QQ and WeChat numbers, groups.
  '整理[，,]\\s*咨询|咨询\\s*(?:QQ|qq|微信)',
  '(?:QQ|qq|Q群|微信|VX|vx|wx|V信)\\s*(?:号|群)?\\s*[:：]?\\s*[A-Za-z0-9_-]{5,}',
  '会员群|免费\\s*QQ\\s*群|QQ\\s*交流群|[加进]\\s*(?:QQ|qq|微信)?群(?:号|聊)',
  '会员资料|会员材料|成为会员|开通会员|订阅立享|举报倒卖|打击倒卖',
  // Source and copyright lines.
  '本文来源|文章来源|来源于网络|来自网络|转载请注明|转载请保留|原文链接|原文地址',
  '版权声明|版权归.{0,12}所有|文章版权|著作权归',
  '下面是小编|小编为大家|小编整理|小编精心|小编收集|以下是.{0,10}(?:为大家|为您)(?:整理|收集|精心)',
  '欢迎下载|免费下载|点击下载|下载地址|可编辑版|word版本?下载|文档下载',
  '关注公众号|微信公众号|扫码关注|扫描二维码|长按识别',
  // URLs of 范文 and document-sharing sites.
  '(?:wenku|docin|doc88|360doc|taodocs|book118|renrendoc|fanwen|wenmi|1mishu|mishu|xiexiebang|ruiwen|oh100|unjs|cnfla|xuexila|gkstk|jy135|wenshubang|diyifanwen|fwsir|zuowen|yuwenmi)\\.[a-z]{2,}',
  // Advertising in 【…】.
  '【[^】]{0,30}(?:会员|下载|QQ|微信|公众号|倒卖|订阅|广告|推广|精品|原创|资料)[^】]{0,30}】',
];

/** Short lines between two residue lines that are taken into the block with them. */
const MAX_FILLER_LINES = 3;
const MAX_FILLER_LENGTH = 30;

const compiled = new Map<string, RegExp | undefined>();
function compile(source: string): RegExp | undefined {
  if (!compiled.has(source)) {
    try {
      compiled.set(source, new RegExp(source, 'u'));
    } catch {
      compiled.set(source, undefined); // reported by configuration validation
    }
  }
  return compiled.get(source);
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
  // User patterns stay separate: a back-reference in one would break inside a combined one.
  const patterns = [DEFAULTS, ...userPatterns.map(compile).filter((r): r is RegExp => !!r)];
  return (line) => {
    let hit = m.get(line);
    if (hit === undefined) m.set(line, (hit = patterns.some((re) => re.test(line))));
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
