// Findings of paragraph rules, remembered between runs on one document. A keystroke changes one
// paragraph; the incremental parse carries every other paragraph over with its shape, and the
// findings remembered on that shape are reused, shifted to where the paragraph now starts. The
// memo lives on the paragraph (one slot), so it goes when the paragraph goes: the cache itself
// holds nothing per paragraph and needs no sweeping. The strings kept are copies: a message built
// from a slice of one version's text must not keep that whole text alive.

import { Locale } from '../text/i18n';
import { Paragraph } from '../model/paragraphs';
import { Finding } from '../rules/rule';
import { detach } from '../text/detach';

/** The rules of a run and each one's paragraphKey: shared by every memo that run wrote. */
interface RuleSet {
  keys: Map<string, string | undefined>;
}

interface Memo {
  /** The cache (and message language) that wrote it. */
  owner: object;
  rules: RuleSet;
  /** Findings per rule id, offsets relative to the paragraph's start; null when none at all. */
  found: Map<string, Finding[]> | null;
  /** The findings as last given out (document offsets), and where the paragraph started then. */
  placed?: { base: number; byRule: Finding[][] };
}

export interface ParagraphRule {
  id: string;
  key?: string;
  check: (p: Paragraph) => Finding[];
}

export class ParagraphFindingsCache {
  /** Changes with the message language: memos written in another language are not read. */
  private owner: object = {};
  private locale: Locale | undefined;
  private rules: RuleSet = { keys: new Map() };
  private nothingFound?: Memo;
  /** Paragraph × rule results reused and computed (tests and the bench read them). */
  hits = 0;
  misses = 0;

  /** Starts a run; a change of locale (message language) forgets everything. */
  begin(locale: Locale): void {
    if (this.locale !== locale) this.owner = {};
    this.locale = locale;
  }

  /**
   * Every paragraph's findings for the paragraph rules: one memo read per paragraph (not one per
   * paragraph and rule), which is what runRules does on each keystroke.
   */
  findingsOfAll(rules: ParagraphRule[], paragraphs: readonly Paragraph[], out: Map<string, Finding[]>, onError: (ruleId: string, error: unknown) => void): void {
    const lists = rules.map((r) => {
      if (!out.has(r.id)) out.set(r.id, []);
      return out.get(r.id)!;
    });
    // Same rules with the same keys as the last run: the memos it wrote are current as they are.
    const same = this.rules.keys.size === rules.length && rules.every((r) => this.rules.keys.has(r.id) && this.rules.keys.get(r.id) === r.key);
    if (!same) this.rules = { keys: new Map(rules.map((r) => [r.id, r.key])) };
    const current = this.rules;
    const owner = this.owner;
    let reused = 0; // counted here, added once: a field bumped 20,000 times a run costs more
    // An index loop: this runs once per keystroke, often before V8 has optimised it, and a for-of
    // there makes an iterator result per paragraph.
    for (let k = 0; k < paragraphs.length; k++) {
      const p = paragraphs[k];
      const memo = p.findingsMemo as Memo | undefined;
      const base = p.span.start;
      if (memo && memo.owner === owner && memo.rules === current) {
        reused++;
        if (memo.found) {
          // A paragraph before the edit has not moved: what was given out last time still holds.
          if (!memo.placed || memo.placed.base !== base) memo.placed = { base, byRule: placeAll(memo.found, rules, base) };
          const placed = memo.placed.byRule;
          for (let i = 0; i < rules.length; i++) {
            const fs = placed[i];
            for (let j = 0; j < fs.length; j++) lists[i].push(fs[j]);
          }
        }
        continue;
      }
      // Read or partly read again: out of the loop body, whose variables a closure would otherwise
      // make V8 allocate for every paragraph.
      this.recheck(p, memo, rules, lists, onError);
    }
    this.hits += reused * rules.length;
  }

  /** A paragraph whose remembered findings are missing or partly stale. */
  private recheck(p: Paragraph, memo: Memo | undefined, rules: ParagraphRule[], lists: Finding[][], onError: (ruleId: string, error: unknown) => void): void {
    const owner = this.owner;
    const current = this.rules;
    const base = p.span.start;
    // Rules whose key is unchanged keep what they found (a year typed in the title changes only
    // the rules that read the document's year).
    const usable = memo && memo.owner === owner ? memo : undefined;
    let found: Map<string, Finding[]> | null = null;
    let byRule: Finding[][] | undefined;
    let complete = true;
    rules.forEach((r, i) => {
      let fs: Finding[] | undefined;
      if (usable && usable.rules.keys.has(r.id) && usable.rules.keys.get(r.id) === r.key) {
        this.hits++;
        fs = usable.found?.get(r.id);
      } else {
        this.misses++;
        try {
          const raw = r.check(p);
          // Most paragraphs have nothing: no empty copy made for each (20,000 × the rules).
          fs = raw.length ? raw.map((f) => detachFinding(shift(f, -base))) : undefined;
        } catch (error) {
          onError(r.id, error); // nothing remembered: the next run tries again
          complete = false;
          return;
        }
      }
      if (fs && fs.length) {
        (found ??= new Map()).set(r.id, fs);
        byRule ??= rules.map(() => NONE);
        byRule[i] = place(fs, base);
        for (const f of byRule[i]) lists[i].push(f);
      }
    });
    if (!complete) return;
    // Placed here already, as the next run would place them: a memo has one hidden class from the
    // start (a `placed` added on the first keystroke threw away the optimised code reading memos).
    // Most paragraphs have no findings: they share one memo per run.
    if (found) p.findingsMemo = { owner, rules: current, found, placed: { base, byRule: byRule! } } satisfies Memo;
    else p.findingsMemo = this.nothingFound?.owner === owner && this.nothingFound.rules === current ? this.nothingFound : (this.nothingFound = { owner, rules: current, found: null, placed: undefined });
  }
}

/** Every rule's findings at the paragraph's place (a function of its own: no closure in the loop). */
function placeAll(found: Map<string, Finding[]>, rules: ParagraphRule[], base: number): Finding[][] {
  return rules.map((r) => place(found.get(r.id), base));
}

/** No findings of a rule in a paragraph that has some of another rule. */
const NONE: Finding[] = Object.freeze([]) as unknown as Finding[];

function place(found: Finding[] | undefined, base: number): Finding[] {
  return found ? found.map((f) => shift(f, base)) : [];
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
  if (f.related) out.related = f.related.map((r) => ({ ...r, span: { start: r.span.start + by, end: r.span.end + by } }));
  return out;
}
