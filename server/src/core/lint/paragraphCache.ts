// Findings of paragraph rules, remembered per paragraph text between runs on one document. A
// keystroke changes one paragraph; every other paragraph's findings are reused, shifted to where
// the paragraph now starts. Entries a run did not use are swept once they outnumber the used ones,
// so the cache follows the document without rebuilding its maps on every keystroke.

import { Locale } from '../text/i18n';
import { Paragraph } from '../model/paragraphs';
import { Finding } from '../rules/rule';

interface Entry {
  findings: Finding[];
  /** The run that last used it. */
  used: number;
}

export class ParagraphFindingsCache {
  private byRule = new Map<string, Map<string, Entry>>();
  private locale: Locale | undefined;
  private run = 0;
  /** Entries used in this run, per rule. */
  private touched = new Map<string, number>();
  hits = 0;
  misses = 0;

  /** Starts a run; a change of locale (message language) forgets everything. */
  begin(locale: Locale): void {
    if (this.locale !== locale) this.byRule.clear();
    this.locale = locale;
    this.run++;
    this.touched.clear();
  }

  /** Ends a run: entries this run did not use go, once they outnumber the used ones. */
  end(): void {
    for (const [rule, entries] of this.byRule) {
      if (entries.size <= 2 * (this.touched.get(rule) ?? 0)) continue;
      for (const [key, e] of entries) if (e.used !== this.run) entries.delete(key);
    }
  }

  findings(ruleId: string, p: Paragraph, compute: () => Finding[]): Finding[] {
    const key = keyOf(p);
    const base = p.span.start;
    let entries = this.byRule.get(ruleId);
    if (!entries) this.byRule.set(ruleId, (entries = new Map()));
    let entry = entries.get(key);
    if (entry) this.hits++;
    else {
      this.misses++;
      entry = { findings: compute().map((f) => shift(f, -base)), used: 0 };
      entries.set(key, entry);
    }
    if (entry.used !== this.run) this.touched.set(ruleId, (this.touched.get(ruleId) ?? 0) + 1);
    entry.used = this.run;
    return entry.findings.length ? entry.findings.map((f) => shift(f, base)) : entry.findings;
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
