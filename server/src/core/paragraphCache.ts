// Findings of paragraph rules, remembered per paragraph text between runs on one document. A
// keystroke changes one paragraph; every other paragraph's findings are reused, shifted to where
// the paragraph now starts. What a run did not use is dropped, so the cache follows the document.

import { Locale } from './i18n';
import { Paragraph } from './model/paragraphs';
import { Finding } from './rules/types';

export class ParagraphFindingsCache {
  private byRule = new Map<string, Map<string, Finding[]>>();
  private next = new Map<string, Map<string, Finding[]>>();
  private locale: Locale | undefined;
  hits = 0;
  misses = 0;

  /** Starts a run; a change of locale (message language) forgets everything. */
  begin(locale: Locale): void {
    if (this.locale !== locale) this.byRule.clear();
    this.locale = locale;
    this.next = new Map();
  }

  end(): void {
    this.byRule = this.next;
    this.next = new Map();
  }

  findings(ruleId: string, p: Paragraph, compute: () => Finding[]): Finding[] {
    const key = keyOf(p);
    const base = p.span.start;
    let relative = this.byRule.get(ruleId)?.get(key);
    if (relative) this.hits++;
    else {
      this.misses++;
      relative = compute().map((f) => shift(f, -base));
    }
    let keep = this.next.get(ruleId);
    if (!keep) this.next.set(ruleId, (keep = new Map()));
    keep.set(key, relative);
    return relative.length ? relative.map((f) => shift(f, base)) : relative;
  }
}

/** The paragraph's text, and its line layout when it spans several lines. */
function keyOf(p: Paragraph): string {
  if (p.segments.length === 1) return p.text;
  return p.text + '\u0000' + p.segments.map((s) => `${s.textStart}:${s.docStart - p.span.start}`).join(',');
}

function shift(f: Finding, by: number): Finding {
  const out: Finding = { ...f, span: { start: f.span.start + by, end: f.span.end + by } };
  if (f.fixes) out.fixes = f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, span: { start: e.span.start + by, end: e.span.end + by } })) }));
  return out;
}
