// declared-count: a sentence that announces how many items follow ("重点完成了8个方面的工作",
// "着力构建“五大体系”", "主要有以下三点") and a list of another length after it: the section's
// child headings when the announcement is the section's lead paragraph, else the 一是… items that
// follow in the same paragraph or in the paragraphs after it. Seed 000 announces 8 and lists 7.

import { formatChineseNumeral, formatDigits, isFullWidthDigits, parseChineseNumeral, parseDigits } from '../model/numerals';
import { HeadingNode, ItemNode } from '../model/outlineTree';
import { Paragraph, toDocSpan } from '../model/paragraphs';
import { paragraphMemo } from '../model/paragraphMemo';
import { ListKind, paragraphsWhere } from '../model/documentSums';
import { Finding, Rule, RuleContext } from './rule';
import { ANNOUNCEMENT_PAIR, mayHold } from './shared/characterPass';

const NUM = '([0-9０-９]{1,2}|[一二两三四五六七八九十]{1,3})';
// Each pattern captures the number; only announcing phrasings, not every "三个方面" in prose.
const ANNOUNCE = [
  new RegExp(`(?:以下|如下|下列)${NUM}(?:个方面|个问题|项|点|条|个)`, 'g'),
  new RegExp(`(?:完成|做|抓|开展|推进|落实|突出|聚焦|围绕|包括)[了好]?${NUM}个方面`, 'g'),
  // "主要表现在四个方面：", "集中体现为三个方面" — the commonest phrasing of a 工作总结.
  new RegExp(`(?:表现在|表现为|体现在|体现为|集中在|集中于|概括为|归纳为|分为|主要有)${NUM}个方面`, 'g'),
  new RegExp(`(?:构建|打造|实施|推进|开展|抓好|建立|健全|完善|实现)[“"「]?${NUM}大[\\u4e00-\\u9fa5]{1,6}[”"」]?`, 'g'),
];
const PROGRAMME = ANNOUNCE[ANNOUNCE.length - 1];
/** What follows a quoted programme name: “七大攻坚”行动, “三大工程”建设. */
const PROGRAMME_WORD = /^(?:行动|工程|战略|计划|专项|攻坚|建设|任务)/;

function parseCount(s: string): number | undefined {
  return /[0-9０-９]/.test(s) ? parseDigits(s) : s === '两' ? 2 : parseChineseNumeral(s);
}

interface Announcement {
  count: number;
  start: number; // offsets in the paragraph text
  end: number;
  numStart: number;
  numEnd: number;
  /** “七大攻坚”行动: a programme's name, which promises nothing about the paragraphs after it. */
  name: boolean;
}

/** Cheap test before the three patterns: most paragraphs announce nothing. */
export const MAYBE = /个方面|以下|如下|下列|[一二两三四五六七八九十0-9０-９]大/;

/** A paragraph's announcements (offsets and counts only), remembered per paragraph id. */
const findAnnouncements = paragraphMemo(announcementsOf);
/**
 * The paragraphs with an announcement (a list kept across versions: a keystroke tests one paragraph).
 * A paragraph without one of MAYBE's pairs (the run's character pass: ANNOUNCEMENT_PAIR) is not searched.
 */
const ANNOUNCING: ListKind<RuleContext> = { test: (p, run) => mayHold(p, ANNOUNCEMENT_PAIR, run) && findAnnouncements(p).length > 0 };

/** What almost every paragraph announces: nothing (one shared list, never written to). */
const NO_ANNOUNCEMENTS: Announcement[] = Object.freeze([]) as unknown as Announcement[];

function announcementsOf(p: Paragraph): Announcement[] {
  if (!MAYBE.test(p.text)) return NO_ANNOUNCEMENTS;
  const out: Announcement[] = [];
  for (const re of ANNOUNCE) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(p.text))) {
      const count = parseCount(m[1]);
      if (!count || count < 2) continue;
      const numStart = m.index + m[0].indexOf(m[1]);
      const end = m.index + m[0].length;
      const name = re === PROGRAMME && /[”"」]$/.test(m[0]) && PROGRAMME_WORD.test(p.text.slice(end, end + 2));
      out.push({ count, start: m.index, end, numStart, numEnd: numStart + m[1].length, name });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Counts on through the next paragraphs while they carry on the sequence (up to a heading). */
function continuedInLaterParagraphs(paragraphs: Paragraph[], from: number, kind: string, n: number): number {
  for (let i = from + 1; i < paragraphs.length && !paragraphs[i].ordinal; i++) {
    for (const m of paragraphs[i].markers) {
      if (m.kind !== kind) continue;
      if (m.value !== n + 1) return n;
      n++;
    }
  }
  return n;
}

export const declaredCount: Rule = {
  meta: {
    id: 'declared-count',
    defaultSeverity: 'warning',
    tags: ['numbering'],
    summary: { zh: '声明的条数与实际列出的条数不符，如“完成了8个方面的工作”后只列了7项', en: 'An announced number of items that the list after it does not match' },
    fixable: true,
    formatting: false,
    ignorable: true,
  },
  check(ctx) {
    const out: Finding[] = [];
    const { model } = ctx;
    const leadOf = new Map<Paragraph, HeadingNode>();
    for (const h of model.headings) {
      const lead = model.paragraphs[h.paragraph.index + 1];
      const firstChild = h.children.find((c) => c.kind === 'heading');
      // The section's lead paragraph: right after the heading and before its first child heading.
      if (lead && !lead.ordinal && firstChild && firstChild.paragraph.index === lead.index + 1) leadOf.set(lead, h);
    }
    const report = (p: Paragraph, a: Announcement, actual: number) => {
      const written = p.text.slice(a.numStart, a.numEnd);
      // The number rewritten in the style it was written in: "8" → "7", "四" → "三".
      const corrected = /[0-9０-９]/.test(written) ? formatDigits(actual, isFullWidthDigits(written)) : formatChineseNumeral(actual);
      const span = toDocSpan(p, a.numStart, a.numEnd);
      const missing = a.count - actual;
      out.push({
        span,
        message: ctx.t({
          zh: `条数不符：这里说有${written}项，后面实际列出${corrected}项。${missing > 0 ? `请补上缺少的${missing}项，` : `请删去多出的${-missing}项，`}或把“${written}”改为“${corrected}”`,
          en: `Count mismatch: ${a.count} items announced here, ${actual} listed after it. ${missing > 0 ? `Add the missing ${missing}` : `Remove the extra ${-missing}`}, or change "${written}" to "${corrected}"`,
        }),
        fixes: actual > 0 ? [{ title: ctx.t({ zh: `把“${written}”改为“${corrected}”`, en: `Change "${written}" to "${corrected}"` }), edits: [{ span, newText: corrected }], safe: false }] : undefined,
      });
    };

    for (const p of paragraphsWhere(model, ANNOUNCING, ctx)) {
      const announcements = findAnnouncements(p);
      for (const a of announcements) {
        // 1. The 一是… sequence that follows in the same paragraph.
        const after = p.markers.filter((m) => m.start >= a.end);
        if (after.length > 0) {
          if (after[0].value !== 1) continue;
          let n = 1;
          while (n < after.length && after[n].kind === after[0].kind && after[n].value === n + 1) n++;
          // "主要抓好三个方面；一是……" and then paragraphs "二是……" "三是……" (2006.txt).
          if (n === after.length) n = continuedInLaterParagraphs(model.paragraphs, p.index, after[0].kind, n);
          if (n !== a.count) report(p, a, n);
          continue;
        }
        // Only the paragraph's last announcement can speak of what comes after the paragraph, and
        // a programme's name ("实施“七大攻坚”行动。") does not announce the section's headings.
        if (a !== announcements[announcements.length - 1] || a.name) continue;
        // 2. A section's lead paragraph: its child headings.
        const section = leadOf.get(p);
        if (section) {
          const list = section.children.find((c) => c.kind === 'heading');
          const n = list && list.kind === 'heading' ? list.list.items.length : 0;
          if (n !== a.count) report(p, a, n);
          continue;
        }
        // 3. Item paragraphs right after it (一是… starting the next paragraphs).
        const next = model.paragraphs[p.index + 1];
        const item = next && itemOf(model.items, next);
        if (item && item.marker.value === 1) {
          const n = item.run.items.length - item.run.items.indexOf(item);
          if (n !== a.count) report(p, a, n);
        }
      }
    }
    return out;
  },
};

/** The item node of a paragraph (items are in document order): a search, not a scan per announcement. */
function itemOf(items: ItemNode[], p: Paragraph): ItemNode | undefined {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = items[mid].paragraph.index;
    if (at < p.index) lo = mid + 1;
    else if (at > p.index) hi = mid - 1;
    else return items[mid].paragraph === p ? items[mid] : undefined;
  }
  return undefined;
}
