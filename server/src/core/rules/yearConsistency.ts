// year-consistency: reports are very often made from last year's file, and the years give it away.
// The report's year (title "2024年度述职报告", "2024年上半年工作总结", or the opening "2024年，在…")
// is held against the 成文日期 in the signature, the year the plans part speaks of, the opening, and
// what the text calls 今年/本年度. Each finding names both places, since either may be the stale one.

import { parseDigitString } from '../model/numerals';
import { HeadingNode, OutlineNode } from '../model/outlineTree';
import { Paragraph, toDocSpan } from '../model/paragraphs';
import { ReportModel } from '../model/reportModel';
import { Text } from '../text/i18n';
import { Span } from '../text/edit';
import { BUILTIN_PARTS, findPart, recogniseGenre } from './shared/genre';
import { defineRule, Finding, RelatedPlace, RuleContext } from './rule';

/**
 * How the report's year relates to its plans and date:
 *  annual  — reviews the year; plans the next; dated within the year or early in the next;
 *  partial — 上半年/一季度…: plans the rest of the same year; dated within it;
 *  session — a government 工作报告 given early in the year it plans (2024年政府工作报告).
 */
type PeriodKind = 'annual' | 'partial' | 'session';

interface YearPlace {
  year: number;
  span: Span;
  /** "标题" / "开头": where the year was read, for the related information. */
  where: Text;
  /** As written: "2024年度", "二〇二四年". */
  written: string;
}

interface ReportYear extends YearPlace {
  kind: PeriodKind;
}

const DIGIT_YEAR = '(?:[12][0-9]{3}|[１２][０-９]{3}|[一二][〇○零一二三四五六七八九]{3})';
/** A year as a whole token: not the tail of a longer number, not "2.5" or "1,000". */
const YEAR = new RegExp(`(?<![0-9０-９〇○零一二三四五六七八九十.,．])(${DIGIT_YEAR})年(度)?`, 'gu');
/** Part of a year that plans the rest of it (a 下半年 or 四季度 summary closes the year: annual). */
const PARTIAL = /上半年|前半年|年半年|[一二三]季度|前三季度|[1１][-—－~～至到][6６9９]月/;
const OPENING = new RegExp(`^(${DIGIT_YEAR})年(度)?(上半年|前三季度|[一二三四]季度)?[，,]`, 'u');
const TERM = new RegExp(`${DIGIT_YEAR}年?度?\\s*[-—－–~～至到]\\s*${DIGIT_YEAR}`, 'u');
/** Words that make a heading the plans of a year: "2024年工作打算", "2022年政府工作任务". */
const PLAN_WORD = /打算|计划|思路|安排|目标|任务|重点|要点|设想|展望|部署|建议/;
/** A heading about what was done, though it names 目标/任务: "一、2024年主要目标任务完成情况". */
const REVIEW_WORD = /完成|情况|成效|成绩|回顾|总结|进展|亮点/;
/** "2023年，我将…" / "2023年，我们要…": a year at a sentence start, then what the writer will do. */
const PLAN_SENTENCE = new RegExp(`(?:^|[。！？；：]|[一二三四五六七八九十]是)(${DIGIT_YEAR})年(?:度)?[，,][^，。；！？]{0,12}?(?:将|要(?!求)|计划|打算|力争|准备|拟)`, 'gu');
/** "今年（2024年）", "本年度即2024年度", "2024年（今年）". */
const THIS_YEAR_BEFORE = new RegExp(`(?:今年|本年度|本年)(?:[（(](?:即|是|为)?(${DIGIT_YEAR})年度?[）)]|(?:即|是|为)(${DIGIT_YEAR})年)`, 'gu');
const THIS_YEAR_AFTER = new RegExp(`(?<![0-9０-９〇○零一二三四五六七八九十])(${DIGIT_YEAR})年(?:度)?[（(](?:即)?(?:今年|本年度|本年)[）)]`, 'gu');
const BASIS: Text = {
  zh: '报告常由上一年的稿子改成，年份最容易漏改。年度报告在当年或次年初成文，打算写下一年；半年报告打算写本年下半年。',
  en: "Reports are often made from last year's file, and years are what gets missed. An annual report is dated in its year or early in the next and plans the next year; a mid-year report plans the rest of its year.",
};
/** An annual report may be dated up to this month of the next year. */
const EARLY_NEXT_YEAR_MONTHS = 6;
/** Paragraphs after the title searched for an opening year (website residue may stand between). */
const OPENING_PARAGRAPHS = 4;

function toYear(written: string): number | undefined {
  const y = parseDigitString(written);
  return y !== undefined && y >= 1900 && y <= 2099 ? y : undefined;
}

const WHERE_TITLE: Text = { zh: '标题', en: 'the title' };
const WHERE_OPENING: Text = { zh: '开头', en: 'the opening' };
const WHERE_SUBTITLE: Text = { zh: '副标题', en: 'the subtitle' };

function titleYear(model: ReportModel, genre: string | undefined): ReportYear | undefined {
  const title = model.title;
  if (!title) return undefined;
  const t = title.text;
  if (TERM.test(t)) return undefined; // 2021—2023年: a term, not a year
  YEAR.lastIndex = 0;
  const m = YEAR.exec(t);
  let year: number | undefined;
  let start = 0;
  let end = 0;
  if (m) {
    year = toYear(m[1]);
    start = m.index;
    end = m.index + m[0].length;
  } else {
    // "2018抓基层党建工作述职报告": a year opening the title without 年.
    const bare = /^([12][0-9]{3})(?=[\u4e00-\u9fff])/.exec(t);
    if (!bare) return undefined;
    year = toYear(bare[1]);
    end = bare[0].length;
  }
  if (year === undefined) return undefined;
  const kind: PeriodKind = genre === '工作报告' ? 'session' : PARTIAL.test(t) ? 'partial' : 'annual';
  return { year, kind, span: { start: title.span.start + start, end: title.span.start + end }, where: WHERE_TITLE, written: t.slice(start, end) };
}

/** "2024年，在区委的正确领导下…" in the first paragraphs before any heading. */
function openingYear(model: ReportModel): ReportYear | undefined {
  const titleLine = model.title ? (model.title.subtitle?.line ?? model.title.lines[0]) : -1;
  const firstNode = Math.min(model.headings[0]?.paragraph.index ?? Infinity, model.items[0]?.paragraph.index ?? Infinity);
  let seen = 0;
  for (const p of model.paragraphs) {
    if (p.startLine <= titleLine || p.ordinal) continue;
    if (p.index >= firstNode || seen++ >= OPENING_PARAGRAPHS) break;
    // "2024年，" only: "2023年以来" may be the writer's whole time in office, not the report's year.
    const m = OPENING.exec(p.text);
    const year = m && toYear(m[1]);
    if (!m || !year) continue;
    const span = toDocSpan(p, 0, m[1].length + 1 + (m[2] ? 1 : 0));
    return { year, kind: m[3] ? 'partial' : 'annual', span, where: WHERE_OPENING, written: p.text.slice(0, span.end - span.start) };
  }
  return undefined;
}

/** The plans part: the last top-level heading with a plans word, else any level, else a lead paragraph. */
function plansPart(model: ReportModel): { headings: HeadingNode[]; paragraphs: Paragraph[] } | undefined {
  const words = BUILTIN_PARTS.plans.headings;
  const isPlans = (h: HeadingNode) => words.some((w) => h.text.includes(w)) && !REVIEW_WORD.test(h.text);
  const top = model.headings.filter((h) => h.depth === 1 && isPlans(h));
  const heading = top[top.length - 1] ?? model.headings.filter(isPlans).pop();
  const end = model.signature?.span.start ?? model.source.length;
  if (heading) {
    const headings: HeadingNode[] = [];
    const walk = (n: OutlineNode) => {
      if (n.kind !== 'heading') return;
      headings.push(n);
      n.children.forEach(walk);
    };
    walk(heading);
    const span = heading.sectionSpan;
    return { headings, paragraphs: model.paragraphs.filter((p) => p.span.start >= span.start && p.span.end <= span.end) };
  }
  const found = findPart(model, BUILTIN_PARTS.plans);
  if (!found) return undefined;
  return { headings: [], paragraphs: model.paragraphs.filter((p) => p.index >= found.paragraph.index && p.span.end <= end) };
}

/** Years the plans part plans for: in a heading before a plans word, or opening "2023年，我将…". */
function plannedYears(model: ReportModel): YearPlace[] {
  const part = plansPart(model);
  if (!part) return [];
  const out: YearPlace[] = [];
  const inHeadings = new Set(part.headings.map((h) => h.paragraph));
  for (const h of part.headings) {
    if (REVIEW_WORD.test(h.text)) continue;
    YEAR.lastIndex = 0;
    for (let m; (m = YEAR.exec(h.text)); ) {
      const after = h.text.slice(m.index + m[0].length, m.index + m[0].length + 10);
      const plan = PLAN_WORD.exec(after);
      const year = toYear(m[1]);
      // The plans word must follow in the same phrase: "2024年工作打算", not "巩固2024年成果，谋划…".
      if (!plan || /[，,；;。、]/.test(after.slice(0, plan.index)) || !year) continue;
      const offset = h.textSpan.start + m.index;
      out.push({ year, span: { start: offset, end: offset + m[0].length }, where: { zh: '打算部分', en: 'the plans' }, written: m[0] });
    }
  }
  for (const p of part.paragraphs) {
    if (inHeadings.has(p) && p.text.length <= 40) continue;
    PLAN_SENTENCE.lastIndex = 0;
    for (let m; (m = PLAN_SENTENCE.exec(p.text)); ) {
      const year = toYear(m[1]);
      if (!year) continue;
      const at = m.index + m[0].indexOf(m[1]);
      out.push({ year, span: toDocSpan(p, at, at + m[1].length + 1), where: { zh: '打算部分', en: 'the plans' }, written: m[1] + '年' });
    }
  }
  return out;
}

/** Each "今年（2024年）" / "2024年（今年）" in document order; `at` gives its place (computed only when reported). */
function* thisYearClaims(model: ReportModel): Generator<{ year: number; at: () => YearPlace }> {
  for (const p of model.paragraphs) {
    if (!/今年|本年/.test(p.text)) continue;
    const found: { year: number; start: number; end: number }[] = [];
    for (const re of [THIS_YEAR_BEFORE, THIS_YEAR_AFTER]) {
      re.lastIndex = 0;
      for (let m; (m = re.exec(p.text)); ) {
        const year = toYear(m[1] ?? m[2]);
        if (year) found.push({ year, start: m.index, end: m.index + m[0].length });
      }
    }
    found.sort((a, b) => a.start - b.start);
    for (const c of found) {
      yield { year: c.year, at: () => ({ year: c.year, span: toDocSpan(p, c.start, c.end), where: { zh: '正文', en: 'text' }, written: p.text.slice(c.start, c.end) }) };
    }
  }
}

function lineNo(model: ReportModel, place: YearPlace): number {
  return model.index.lineAt(place.span.start) + 1;
}

export const yearConsistency = defineRule({
  meta: {
    id: 'year-consistency',
    defaultSeverity: 'warning',
    tags: ['whole'],
    fixable: false,
    formatting: false,
    ignorable: true,
    summary: { zh: '年份前后矛盾：报告年份与落款日期、打算部分的年份、开头或“今年”所指不符（常见于沿用上一年的稿子）', en: 'Years that contradict each other: the report year against the date, the plans, the opening or what 今年 means (a sign of last year’s file reused)' },
  },
  check(ctx) {
    const genre = recogniseGenre(ctx.model, ctx.config);
    if (!genre) return [];
    const report = reportYear(ctx.model, genre.id);
    const out: Finding[] = report ? checkAgainstReportYear(ctx, report.year, report.opening) : [];
    out.push(...checkThisYearClaims(ctx, report?.year));
    const basis = ctx.t(BASIS);
    return out.map((f) => ({ ...f, basis }));
  },
});

/** The report's year: the title's, else the opening's, else (government report) its subtitle's date. */
function reportYear(model: ReportModel, genre: string): { year: ReportYear; opening?: ReportYear } | undefined {
  const fromTitle = titleYear(model, genre);
  const opening = genre === '工作报告' ? undefined : openingYear(model);
  if (fromTitle) return { year: fromTitle, opening };
  if (opening) return { year: opening };
  const subtitle = model.title?.subtitle;
  if (genre === '工作报告' && subtitle?.dated) {
    const written = `${subtitle.dated.year}年`;
    const at = subtitle.text.indexOf(written);
    const span = at >= 0 ? { start: subtitle.span.start + at, end: subtitle.span.start + at + written.length } : subtitle.span;
    return { year: { year: subtitle.dated.year, kind: 'session', span, where: WHERE_SUBTITLE, written } };
  }
  return undefined;
}

function reportSays(ctx: RuleContext, r: YearPlace): RelatedPlace[] {
  return [{ span: r.span, message: ctx.t({ zh: `${ctx.t(r.where)}表明报告年份是${r.year}年（“${r.written}”）`, en: `${ctx.t(r.where)} gives the report's year as ${r.year} ("${r.written}")` }) }];
}

function checkAgainstReportYear(ctx: RuleContext, r: ReportYear, opening: ReportYear | undefined): Finding[] {
  const { model } = ctx;
  const out: Finding[] = [];
  // The opening against the title (a mid-year opening "2024年上半年，" in a 2024年 title is the same year).
  if (opening && opening.year !== r.year) {
    out.push({
      span: opening.span,
      message: ctx.t({ zh: `开头写的是${opening.year}年，标题是${r.year}年，其中一处可能沿用了旧稿`, en: `The opening says ${opening.year}, the title ${r.year}; one of them may be left from an old file` }),
      related: reportSays(ctx, r),
    });
  }

  // The 成文日期 against the report's year (a subtitle's date is the report year itself).
  const sig = model.signature;
  if (sig?.dated && r.where !== WHERE_SUBTITLE) {
    const d = sig.dated;
    // A 工作报告 titled with a year may be given early in that year (government) or early in the next
    // (a unit's report on its year at the 职代会): both are accepted.
    const ok = d.year === r.year || (r.kind !== 'partial' && d.year === r.year + 1 && d.month <= EARLY_NEXT_YEAR_MONTHS);
    if (!ok) {
      const expect: Text =
        r.kind === 'annual'
          ? { zh: `年度报告应在${r.year}年内或${r.year + 1}年上半年成文`, en: `an annual report is dated within ${r.year} or early in ${r.year + 1}` }
          : r.kind === 'partial'
            ? { zh: `应在${r.year}年内成文`, en: `it should be dated within ${r.year}` }
            : { zh: `工作报告应在${r.year}年或${r.year + 1}年上半年作出`, en: `the report is given in ${r.year} or early in ${r.year + 1}` };
      out.push({
        span: sig.date.span,
        message: ctx.t({ zh: `落款日期是${d.year}年${d.month}月，与报告年份${r.year}年不符：${ctx.t(expect)}`, en: `The date is ${d.year}-${String(d.month).padStart(2, '0')}, which does not fit the report's year ${r.year}: ${ctx.t(expect)}` }),
        related: reportSays(ctx, r),
      });
    }
  }

  // The plans part plans the next year (the same one for mid-year and government reports).
  const planned = r.kind === 'annual' ? r.year + 1 : r.year;
  for (const p of plannedYears(model)) {
    if (p.year >= planned) continue;
    out.push({
      span: p.span,
      message: ctx.t({
        zh: `打算部分写的是${p.year}年，但这是${r.year}年的${r.kind === 'partial' ? '半年' : r.kind === 'session' ? '工作' : '年度'}报告，打算应是${planned}年的：可能沿用了上一年的稿子`,
        en: `The plans speak of ${p.year}, but this report is for ${r.year}, so its plans are for ${planned}: perhaps left from last year's file`,
      }),
      related: reportSays(ctx, r),
    });
  }
  return out;
}

/** What the text calls 今年 / 本年度 is one year, the report's own (or, without one, the first claimed). */
function checkThisYearClaims(ctx: RuleContext, r: ReportYear | undefined): Finding[] {
  let reference: YearPlace | undefined = r;
  const out: Finding[] = [];
  for (const c of thisYearClaims(ctx.model)) {
    if (!reference) reference = c.at();
    if (c.year === reference.year) continue;
    const claim = c.at();
    const line = lineNo(ctx.model, reference);
    const related: RelatedPlace[] = r ? reportSays(ctx, r) : [{ span: reference.span, message: ctx.t({ zh: `第${line}行称今年是${reference.year}年`, en: `line ${line} calls ${reference.year} this year` }) }];
    out.push({
      span: claim.span,
      message: ctx.t({ zh: `这里称今年是${c.year}年，而${r ? '报告年份' : `第${line}行称今年`}是${reference.year}年`, en: `This calls ${c.year} this year, but ${r ? "the report's year" : `line ${line} calls this year`} is ${reference.year}` }),
      related,
    });
  }
  return out;
}
