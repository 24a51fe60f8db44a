// The wording dictionaries (rules/data/*.json, bundled, so the browser build has them too) joined
// with the user's own entries ("wording.add", prh tables) and exceptions ("wording.allow"), and
// compiled into matchers once per distinct set of user entries.

import confusablesData from '../data/confusables.json';
import styleData from '../data/wordingStyle.json';
import formulationsData from '../data/formulations.json';
import { ResolvedConfig } from '../../config/config';
import { WordHit, WordMatcher } from './wordMatcher';

export interface WordEntry {
  wrong: string;
  right: string;
  note: string;
  basis: string;
  /** The match does not count when one of these characters comes right before it (感冒然后). */
  notBefore?: string;
  /** … or right after it (毫无耐心). */
  notAfter?: string;
  /** From the user's configuration rather than the built-in list. */
  user?: boolean;
  /** wording-style: the year the norm preferring `right` took effect; older documents are not told. */
  since?: number;
}

export interface TermEntry {
  term: string;
  basis: string;
  source?: string;
  /** false: a one-character variant is often another correct phrase (党史/党员学习教育). */
  fuzzy?: boolean;
  /** Other accepted spellings (人民当家做主: 做主 is the dictionary's main form). */
  variants?: string[];
}

/** A counted formulation (四个意识) and what it stands for. */
export interface CountedEntry {
  name: string;
  /** Short members, each of which the listing must name (政治意识…). */
  members?: string[];
  /** Members that changed over time: any version is accepted. */
  versions?: { members: string[]; from?: string; until?: string }[];
  /** For long members: a key phrase each member contains; the listing must contain every key. */
  keys?: string[];
  /** The full wording, shown when keys are used. */
  text?: string;
  source?: string;
  note?: string;
  basis: string;
}

export interface WordingDictionaries {
  confusable: WordMatcher<WordEntry>;
  style: WordMatcher<WordEntry>;
  /** Exact canonical terms and counted-formulation names. */
  terms: WordMatcher<TermEntry | CountedEntry>;
  /** Halves of the long terms, for finding a term with one character substituted. */
  termPieces: WordMatcher<{ term: TermEntry; offset: number }>;
  allow: Set<string>;
}

/** Terms at least this long are also checked for one substituted character. */
export const FUZZY_MIN_LENGTH = 6;

const BUILT_IN_CONFUSABLES = confusablesData.entries as WordEntry[];
const BUILT_IN_STYLE = styleData.entries as WordEntry[];
const BUILT_IN_TERMS = formulationsData.terms as TermEntry[];
export const COUNTED = formulationsData.counted as CountedEntry[];

export const USER_BASIS = { zh: '用户词表（.baogaorc.json wording）', en: "the user's word list (.baogaorc.json wording)" };

/** Compiled dictionaries per distinct user entry set; a handful of configs at most are alive. */
const compiled = new Map<string, WordingDictionaries>();

export function wordingDictionaries(config: ResolvedConfig): WordingDictionaries {
  const w = config.wording;
  const key = w.add.length || w.allow.length ? JSON.stringify([w.add, w.allow]) : '';
  let dicts = compiled.get(key);
  if (!dicts) {
    if (compiled.size >= 4) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, (dicts = compile(config)));
  }
  return dicts;
}

function compile(config: ResolvedConfig): WordingDictionaries {
  const allow = new Set(config.wording.allow);
  const user: WordEntry[] = config.wording.add.map((a) => ({ wrong: a.wrong, right: a.right, note: a.note ?? '', basis: '', user: true }));
  // A user's entry replaces a built-in one with the same wrong form.
  const byWrong = new Map<string, WordEntry>();
  for (const e of [...BUILT_IN_CONFUSABLES, ...user]) if (!allow.has(e.wrong)) byWrong.set(e.wrong, e);
  const confusable = new WordMatcher<WordEntry>([...byWrong].map(([w, e]) => [w, e]));
  const style = new WordMatcher<WordEntry>(BUILT_IN_STYLE.filter((e) => !allow.has(e.wrong) && !byWrong.has(e.wrong)).map((e) => [e.wrong, e]));
  const terms = BUILT_IN_TERMS.filter((t) => !allow.has(t.term));
  const termWords: [string, TermEntry | CountedEntry][] = terms.flatMap((t) => [t.term, ...(t.variants ?? [])].map((w): [string, TermEntry] => [w, t]));
  for (const c of COUNTED) if (!allow.has(c.name)) termWords.push([c.name, c]);
  const pieces: [string, { term: TermEntry; offset: number }][] = [];
  for (const t of terms) {
    if (t.term.length < FUZZY_MIN_LENGTH || t.fuzzy === false) continue;
    // One substituted character leaves one of the two halves intact.
    const half = t.term.length >> 1;
    pieces.push([t.term.slice(0, half), { term: t, offset: 0 }], [t.term.slice(half), { term: t, offset: half }]);
  }
  return { confusable, style, terms: new WordMatcher(termWords), termPieces: new WordMatcher(pieces), allow };
}

/** Whether a hit's neighbours allow it (notBefore / notAfter). */
export function guardsPass(text: string, hit: WordHit<WordEntry>): boolean {
  const { notBefore, notAfter } = hit.entry;
  if (notBefore && hit.start > 0 && notBefore.includes(text[hit.start - 1])) return false;
  if (notAfter && hit.end < text.length && notAfter.includes(text[hit.end])) return false;
  return true;
}

export function isCounted(e: TermEntry | CountedEntry): e is CountedEntry {
  return (e as CountedEntry).name !== undefined;
}
