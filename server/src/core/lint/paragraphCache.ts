// Findings of paragraph rules, remembered per paragraph between runs on one document. A keystroke
// changes one paragraph; the incremental parse carries every other paragraph over with its id, so
// their findings are found by a number (no hashing of text) and shifted to where the paragraph now
// starts. Entries a run did not use are swept once they outnumber the used ones, so the cache
// follows the document without rebuilding its maps on every keystroke. The strings kept are copies:
// a message built from a slice of one version's text must not keep that whole text alive.

import { Locale } from '../text/i18n';
import { Paragraph } from '../model/paragraphs';
import { Finding } from '../rules/rule';
import { detach } from '../text/detach';

interface Entry {
  /** Findings per rule id, offsets relative to the paragraph's start. */
  byRule: Map<string, Finding[]>;
  /** The run that last used it. */
  used: number;
}

export class ParagraphFindingsCache {
  private entries = new Map<number, Entry>();
  private locale: Locale | undefined;
  private run = 0;
  private usedThisRun = 0;
  /** Each rule's paragraphKey when its findings were remembered. */
  private keys = new Map<string, string | undefined>();
  hits = 0;
  misses = 0;

  /** Starts a run; a change of locale (message language) forgets everything. */
  begin(locale: Locale): void {
    if (this.locale !== locale) {
      this.entries.clear();
      this.keys.clear();
    }
    this.locale = locale;
    this.run++;
    this.usedThisRun = 0;
  }

  /** Ends a run: entries this run did not use go, once they outnumber the used ones. */
  end(): void {
    if (this.entries.size <= 2 * this.usedThisRun) return;
    for (const [key, e] of this.entries) if (e.used !== this.run) this.entries.delete(key);
  }

  /**
   * Every paragraph's findings for the paragraph rules, one cache look-up per paragraph (not one
   * per paragraph and rule): what runRules uses on each keystroke.
   */
  findingsOfAll(rules: { id: string; key?: string; check: (p: Paragraph) => Finding[] }[], paragraphs: readonly Paragraph[], out: Map<string, Finding[]>, onError: (ruleId: string, error: unknown) => void): void {
    for (const r of rules) {
      if (!out.has(r.id)) out.set(r.id, []);
      // What the rule reads beyond the paragraph changed (rare): its remembered findings are stale.
      if (this.keys.has(r.id) && this.keys.get(r.id) !== r.key) for (const e of this.entries.values()) e.byRule.delete(r.id);
      this.keys.set(r.id, r.key);
    }
    for (const p of paragraphs) {
      let entry = this.entries.get(p.id);
      if (!entry) this.entries.set(p.id, (entry = { byRule: new Map(), used: 0 }));
      if (entry.used !== this.run) {
        entry.used = this.run;
        this.usedThisRun++;
      }
      const base = p.span.start;
      for (const r of rules) {
        let found = entry.byRule.get(r.id);
        if (found) this.hits++;
        else {
          this.misses++;
          try {
            found = r.check(p).map((f) => detachFinding(shift(f, -base)));
          } catch (error) {
            onError(r.id, error); // nothing remembered: the next run tries again
            continue;
          }
          entry.byRule.set(r.id, found);
        }
        if (found.length) {
          const list = out.get(r.id)!;
          for (const f of found) list.push(shift(f, base));
        }
      }
    }
  }
}

/** The finding with every string copied (messages quote the document; fixes carry its text). */
function detachFinding(f: Finding): Finding {
  const out: Finding = { ...f, message: detach(f.message) };
  if (f.basis !== undefined) out.basis = detach(f.basis);
  if (f.related) out.related = f.related.map((r) => ({ ...r, message: detach(r.message) }));
  if (f.fixes) out.fixes = f.fixes.map((x) => ({ ...x, title: detach(x.title), edits: x.edits.map((e) => ({ ...e, newText: detach(e.newText) })) }));
  return out;
}

function shift(f: Finding, by: number): Finding {
  const out: Finding = { ...f, span: { start: f.span.start + by, end: f.span.end + by } };
  if (f.fixes) out.fixes = f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, span: { start: e.span.start + by, end: e.span.end + by } })) }));
  return out;
}
