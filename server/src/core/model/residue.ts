// What websites and downloaded templates leave in a report, found as blocks of lines (a fact of the
// model that the template-residue rule and the Word export read). The patterns are data: each is a
// regular expression matched against one line; users add their own with baogao.residue.patterns
// (or "residue": {"patterns": [...]} in .baogaorc.json).

import { TextSource } from '../text/textSource';
import { LineInfo, Paragraph } from './paragraphs';
import { keyedParagraphMemo } from './paragraphMemo';
import { ListKind, paragraphsWhere, Summed } from './documentSums';
import { compileUserPattern } from '../text/userPattern';

/**
 * What residue finding reads of a report model (declared here, not imported: the front matter,
 * which the model builds, asks this module whether a line is residue).
 */
export interface ResidueInput extends Summed {
  source: TextSource;
  lines: LineInfo[];
  paragraphs: Paragraph[];
  title?: { lines: number[]; subtitle?: { line: number }; author?: { line: number } };
  addressee?: { line: number };
}

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
  // 小编 also in traditional script (小編), as pages converted from 繁體 sites have it.
  '下面是小[编編]|小[编編]为大家|小[编編]為大家|小[编編]整理|小[编編]精心|小[编編]收集|以下是.{0,10}(?:为大家|为您)(?:整理|收集|精心)',
  '本文由用户上传|如有侵权|侵权请联系|侵删',
  '欢迎下载|免费下载|点击下载|下载地址|可编辑版|word版本?下载|文档下载',
  '关注公众号|微信公众号|扫码关注|扫描二维码|长按识别',
  // URLs of 范文 and document-sharing sites.
  '(?:wenku|docin|doc88|360doc|taodocs|book118|renrendoc|fanwen|wenmi|1mishu|mishu|xiexiebang|ruiwen|oh100|unjs|cnfla|xuexila|gkstk|jy135|wenshubang|diyifanwen|fwsir|zuowen|yuwenmi)\\.[a-z]{2,}',
  // A web page pasted with its chrome (the commonest defect of pasted reports): toolbar words one
  // per line, the font-size widget 【字号：大 中 小】 spread over lines, breadcrumbs, the source /
  // date / view-count banner, reading time, app banners, footers, paywalls, 范文 sites' names.
  '^(?:下载|打印|全屏|收藏|分享|关闭|返回|返回顶部|加大|还原|减小|放大|缩小|默认|字号|大|中|小|【|】|\\[|\\])$',
  '^【?\\s*字号\\s*[：:]|【\\s*(?:大|中|小)\\s+(?:大|中|小)',
  '^(?:当前位置|您的位置|你的位置|所在位置)\\s*[：:]|^(?:网站)?首页\\s*[>＞»›/]',
  '^(?:来源|信息来源|发布机构|作者|编辑|责任编辑|发布者)\\s*[：:].{0,40}(?:发表|发布|更新|浏览|阅读|点击|\\d{4}[-/.年]\\d{1,2})',
  '^(?:来源|信息来源)\\s*[：:]\\s*\\S{2,20}$',
  '^(?:发表|发布|更新|创建)(?:时间|日期)\\s*[：:]|^(?:浏览|阅读|点击|访问)(?:次数|量|数)\\s*[：:]\\s*\\d',
  '阅读(?:时间|全文)?(?:约|需)?\\s*\\d+\\s*分钟|(?:打开|下载)\\s*APP|APP\\s*内(?:打开|阅读)|^\\S{2,12}客户端$',
  '打印本页|关闭窗口|【\\s*(?:打印|关闭|收藏|返回)\\s*】',
  '查看全文|展开全文|阅读全文|剩余\\s*\\d*\\s*%?\\s*未读|付费阅读|登录后(?:查看|阅读|下载)',
  '^\\S{2,12}(?:范文网|文库|资料网|文档网|秘书网|公文网|范文大全)$',
  // Advertising in 【…】.
  '【[^】]{0,30}(?:会员|下载|QQ|微信|公众号|倒卖|订阅|广告|推广|精品|原创|资料)[^】]{0,30}】',
];

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

// A screen in front of DEFAULTS: the regex costs about 10 ns per character of every line (it tries
// each alternative at each position), while almost no line is residue. Every alternative of the
// patterns above contains one of the pairs of units below (or 【, a '.' before a lowercase letter
// of a site's address), or is anchored at a line starting with one of START_PAIRS, or is a whole
// line of at most 4 units (the toolbar words). A line with none of these cannot match, so only the
// others are given to the regex: the answer is the regex's own. Whoever edits a pattern edits these
// (residue.test.ts generates strings from each pattern and checks that the screen lets them pass).
const PAIRS = [
  '供学 考学 外传 后删 流使', // 仅供学习 仅供参考学习 禁止外传 用后删除 内部交流使用 …
  '整理', // 整理，咨询 (咨询QQ, 咨询微信: QQ, 微信)
  'QQ qq Q群 微信 VX vx wx V信', // QQ号：… 微信：…
  '会员 群号 群聊', // 会员群 加QQ群号 (免费QQ群, QQ交流群: QQ)
  '订阅 倒卖', // 订阅立享 举报倒卖 (会员资料, 成为会员 …: 会员)
  '文来 章来 于网 自网 转载 文链 文地', // 本文来源 文章来源 来源于网络 来自网络 转载请 原文链接 原文地址
  '版权 权归', // 版权声明 版权归…所有 文章版权 著作权归
  '小编 小編 下是', // 小编… 以下是…为大家整理
  '文由 有侵 权请 侵删', // 本文由用户上传 如有侵权 侵权请联系 侵删
  '下载 辑版', // …下载 下载地址 word版下载 可编辑版
  '众号 扫码 扫描 按识', // 关注公众号 扫码关注 扫描二维码 长按识别
  '字号 首页', // 【字号：  首页 >
  '分钟 AP 客户', // 阅读约5分钟 打开APP APP内 …客户端
  '印本 闭窗', // 打印本页 关闭窗口
  '全文 未读 费阅 登录', // 查看全文 剩余80%未读 付费阅读 登录后查看
  '文网 文库 料网 档网 书网 文大', // …范文网 …文库 …资料网 …文档网 …秘书网 …公文网 …范文大全
]
  .join(' ')
  .split(' ');
/** Lines starting so: 来源：… 发表时间：… 浏览次数：… 当前位置：… (the banner patterns are anchored at ^). */
const START_PAIRS = '来源 信息 发布 作者 编辑 责任 发表 更新 创建 浏览 阅读 点击 访问 当前 您的 你的 所在'.split(' ');
/** Units that may start a residue pair (by itself: ANY). */
const ANY = 0xff;
const FIRST_UNIT = new Uint8Array(65536);
/** Per first unit (its index in FIRST_UNIT), the units that may follow it. */
const SECOND_UNITS: string[] = [''];
for (const pair of PAIRS) {
  const a = pair.charCodeAt(0);
  if (FIRST_UNIT[a] === 0) {
    FIRST_UNIT[a] = SECOND_UNITS.length;
    SECOND_UNITS.push('');
  }
  SECOND_UNITS[FIRST_UNIT[a]] += pair[1];
}
SECOND_UNITS.push('abcdefghijklmnopqrstuvwxyz'); // wenku.com …
FIRST_UNIT[0x2e] = SECOND_UNITS.length - 1;
FIRST_UNIT[0x3010] = ANY; // 【 (the font-size widget, 【打印】, 【…会员…】)
const START_KEYS = new Set(START_PAIRS.map((p) => p.charCodeAt(0) * 65536 + p.charCodeAt(1)));

// A first look at each pair of neighbours, without a branch per common first unit (文 下 会 …): the
// first unit's group bits and-ed with the groups of the units that follow one of that group. Only
// where they meet are the exact pairs compared. 【 has a bit that every unit follows.
const FIRST_GROUPS = new Uint8Array(65536);
const SECOND_GROUPS = new Uint8Array(65536);
const BRACKET_GROUP = 0x80;
for (let a = 0; a < 65536; a++) if (FIRST_UNIT[a] !== 0 && FIRST_UNIT[a] !== ANY) FIRST_GROUPS[a] = 1 << (FIRST_UNIT[a] % 7);
FIRST_GROUPS[0x3010] = BRACKET_GROUP;
SECOND_GROUPS.fill(BRACKET_GROUP, 0, 65536);
for (let f = 1; f < SECOND_UNITS.length; f++) {
  const seconds = SECOND_UNITS[f];
  for (let k = 0; k < seconds.length; k++) SECOND_GROUPS[seconds.charCodeAt(k)] |= 1 << (f % 7);
}

/** Whether a starts a residue pair followed by b (or is 【). */
function startsPair(a: number, b: number): boolean {
  const f = FIRST_UNIT[a];
  if (f === ANY) return true;
  // Compared as units: text[i + 1] would allocate a string for every CJK unit.
  const seconds = SECOND_UNITS[f];
  for (let k = 0; k < seconds.length; k++) if (seconds.charCodeAt(k) === b) return true;
  return false;
}

/** Whether text[start, end) may match DEFAULTS (false: it cannot). Reads units; cuts nothing. */
export function mayBeDefaultResidue(text: TextSource, start: number, end: number): boolean {
  if (end - start <= 4) return true;
  if (START_KEYS.has(text.charCodeAt(start) * 65536 + text.charCodeAt(start + 1))) return true;
  let a = text.charCodeAt(start);
  for (let i = start + 1; i < end; i++) {
    const b = text.charCodeAt(i);
    if ((FIRST_GROUPS[a] & SECOND_GROUPS[b]) !== 0 && startsPair(a, b)) return true;
    a = b;
  }
  return a === 0x3010; // 【 ending the line
}

/** Whether a line (at most 2,000 units) matches a default pattern. */
export function isDefaultResidue(line: string): boolean {
  return mayBeDefaultResidue(line, 0, line.length) && DEFAULTS.test(line);
}

/** The user's tests of a pattern set (each on RE2); the defaults are asked separately. */
function patternsOf(userPatterns: string[]): ((line: string) => boolean)[] {
  return userPatterns.map(compile).filter((t): t is (line: string) => boolean => !!t);
}

interface ParagraphResidue {
  /** Lines of the paragraph (counted from its first) that match a pattern. */
  lines: number[];
  /** Site names found in them ("酷乐文行整理，咨询QQ…"), copied out of the text. */
  brands: string[];
}

/** What almost every paragraph holds: no residue (one shared object). */
const NO_RESIDUE: ParagraphResidue = Object.freeze({ lines: [], brands: [] }) as ParagraphResidue;

interface PatternSet {
  patterns: ((line: string) => boolean)[];
  /** The paragraphs with residue under these patterns, listed per version (documentSums.ts). */
  withResidue: ListKind;
}

/** Compiled pattern sets by their text (a few at most: the user's patterns change rarely). */
const patternSets = new Map<string, PatternSet>();

/**
 * The model the memo reads lines from, set while findResidueBlocks runs (the memo's key is the
 * paragraph) and cleared after it, so no model outlives its document.
 */
let model: ResidueInput | undefined;

/**
 * Which lines of a paragraph match, remembered on the paragraph for the pattern set it was read
 * with: while typing, every paragraph but one is carried over, so the patterns run on one
 * paragraph per keystroke.
 */
const residueMemo = keyedParagraphMemo((p: Paragraph, patterns: ((line: string) => boolean)[]): ParagraphResidue => {
  let out: ParagraphResidue | undefined;
  const { lines, source: text } = model!;
  for (let l = p.startLine; l <= p.endLine; l++) {
    const line = lines[l];
    if (line.blank || line.ordinal) continue;
    const end = Math.min(line.end, line.start + 2000);
    // The line is cut only when the screen passes it or the user has patterns.
    let c: string | undefined;
    let hit = false;
    if (mayBeDefaultResidue(text, line.start, end)) hit = DEFAULTS.test((c = text.slice(line.start, end)));
    for (let k = 0; !hit && k < patterns.length; k++) hit = patterns[k]((c ??= text.slice(line.start, end)));
    if (!hit) continue;
    c ??= text.slice(line.start, end);
    out ??= { lines: [], brands: [] };
    out.lines.push(l - p.startLine);
    // "酷乐文行整理，咨询QQ…" names the site; its name alone on a line is residue too.
    const brand = /^(\S{2,10}?)整理[，,]/.exec(c);
    if (brand) out.brands.push(brand[1].split('').join(''));
  }
  return out ?? NO_RESIDUE;
});

function patternSetOf(userPatterns: string[]): PatternSet {
  const key = userPatterns.join('\u0000');
  let set = patternSets.get(key);
  if (!set) {
    if (patternSets.size > 8) patternSets.clear();
    const patterns = patternsOf(userPatterns);
    set = { patterns, withResidue: { test: (p) => residueMemo(p, patterns) !== NO_RESIDUE } };
    patternSets.set(key, set);
  }
  return set;
}

/**
 * Whether one line is residue by itself (a pattern matches it; no neighbours asked). The title
 * finder skips such lines, and paragraph rules can skip them without depending on other lines.
 */
export function isResidueLine(line: string, userPatterns: string[] = []): boolean {
  // Not memoised: callers pass slices of the document, which a long-lived memo would keep alive.
  const s = line.length > 2000 ? line.slice(0, 2000) : line;
  if (isDefaultResidue(s)) return true;
  for (const p of userPatterns) if (compile(p)?.(s)) return true;
  return false;
}

function releaseModel(): void {
  model = undefined;
}

export function findResidueBlocks(input: ResidueInput, userPatterns: string[]): ResidueBlock[] {
  const set = patternSetOf(userPatterns);
  const { lines, source: text } = input;
  const content = (l: number) => text.slice(lines[l].start, Math.min(lines[l].end, lines[l].start + 2000));
  const matched = new Set<number>();
  const brands = new Set<string>();
  model = input;
  try {
    // Only the paragraphs with residue (almost none), listed from the previous version's list:
    // a keystroke tests the paragraphs it read again, not 20,000.
    for (const p of paragraphsWhere(input, set.withResidue)) {
      const r = residueMemo(p, set.patterns);
      for (let i = 0; i < r.lines.length; i++) matched.add(p.startLine + r.lines[i]);
      for (let i = 0; i < r.brands.length; i++) brands.add(r.brands[i]);
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
  if (input.title) input.title.lines.forEach((l) => structural.add(l));
  if (input.title?.subtitle) structural.add(input.title.subtitle.line);
  if (input.title?.author) structural.add(input.title.author.line);
  if (input.addressee) structural.add(input.addressee.line);

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
