// Findings of paragraph rules, remembered per paragraph between runs on one document. A keystroke
// changes one paragraph; the incremental parse carries every other paragraph over with its id, so
// their findings are found by a number (no hashing of text) and shifted to where the paragraph now
// starts. Entries a run did not use are swept once they outnumber the used ones, so the cache
// follows the document without rebuilding its maps on every keystroke. The strings kept are copies:
// a message built from a slice of one version's text must not keep that whole text alive.

import { Locale } from '../text/i18n';
import { Paragraph } from '../model/paragraphs';
import { Finding } from '../rules/rule';

interface Entry {
  findings: Finding[];
  /** The run that last used it. */
  used: number;
}

export class ParagraphFindingsCache {
  private byRule = new Map<string, Map<number, Entry>>();
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
    const key = p.id;
    const base = p.span.start;
    let entries = this.byRule.get(ruleId);
    if (!entries) this.byRule.set(ruleId, (entries = new Map()));
    let entry = entries.get(key);
    if (entry) this.hits++;
    else {
      this.misses++;
      entry = { findings: compute().map((f) => detach(shift(f, -base))), used: 0 };
      entries.set(key, entry);
    }
    if (entry.used !== this.run) this.touched.set(ruleId, (this.touched.get(ruleId) ?? 0) + 1);
    entry.used = this.run;
    return entry.findings.length ? entry.findings.map((f) => shift(f, base)) : entry.findings;
  }
}

/** A flat copy of a string, sharing no memory with the text it was cut from. */
function copy(s: string): string {
  return s.length === 0 ? s : (' ' + s).slice(1).split('').join('');
}

/** The finding with its strings copied (see the file comment). */
function detach(f: Finding): Finding {
  const out: Finding = { ...f, message: copy(f.message) };
  if (f.basis !== undefined) out.basis = copy(f.basis);
  if (f.related) out.related = f.related.map((r) => ({ span: r.span, message: copy(r.message) }));
  if (f.fixes) out.fixes = f.fixes.map((x) => ({ ...x, title: copy(x.title), edits: x.edits.map((e) => ({ span: e.span, newText: copy(e.newText) })) }));
  return out;
}

function shift(f: Finding, by: number): Finding {
  const out: Finding = { ...f, span: { start: f.span.start + by, end: f.span.end + by } };
  if (f.fixes) out.fixes = f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, span: { start: e.span.start + by, end: e.span.end + by } })) }));
  return out;
}
