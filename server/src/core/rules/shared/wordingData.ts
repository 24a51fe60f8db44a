// The wording dictionaries (rules/data/*.json, bundled, so the browser build has them too) joined
// with the user's own entries ("wording.add", prh tables) and exceptions ("wording.allow"), and
// compiled into matchers once per distinct set of user entries.

import confusablesData from '../data/confusables.json';
import styleData from '../data/wordingStyle.json';
import formulationsData from '../data/formulations.json';
import { ResolvedConfig } from '../../config/config';
import { WordHit, WordMatcher } from './wordMatcher';
import { Paragraph } from '../../model/paragraphs';
import { keyedParagraphMemo } from '../../model/paragraphMemo';

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
  /** Every word of the three rules in one matcher, so a paragraph is scanned once for all of them. */
  words: WordMatcher<DictWord>;
  allow: Set<string>;
}

/** What a word of the combined matcher is. */
type DictWord =
  | { kind: 'confusable' | 'style'; entry: WordEntry }
  | { kind: 'term'; entry: TermEntry | CountedEntry }
  /** A half of a long term: one substituted character leaves one half intact. */
  | { kind: 'piece'; entry: TermEntry; offset: number }
  /** 中全会: the congress-and-plenum check reads only paragraphs that have it. */
  | { kind: 'plenum' };

/** A long term written with one character substituted (中国特色社会主意). */
export interface TermVariant {
  start: number;
  end: number;
  term: TermEntry;
}

/** What the wording rules need of one paragraph: offsets and data entries, never text. */
export interface ParagraphWords {
  /** Hits in scan order (start, then shortest first); overlaps not yet resolved. */
  confusable: WordHit<WordEntry>[];
  style: WordHit<WordEntry>[];
  counted: WordHit<CountedEntry>[];
  variants: TermVariant[];
  /** The paragraph names a plenary session (中全会). */
  plenum: boolean;
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

/** The dictionaries a config object was last given: found without serializing its lists on every paragraph. */
const byConfig = new WeakMap<ResolvedConfig, WordingDictionaries>();

export function wordingDictionaries(config: ResolvedConfig): WordingDictionaries {
  const known = byConfig.get(config);
  if (known) return known;
  const w = config.wording;
  const key = w.add.length || w.allow.length ? JSON.stringify([w.add, w.allow]) : '';
  let dicts = compiled.get(key);
  if (!dicts) {
    if (compiled.size >= 4) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, (dicts = compile(config)));
  }
  byConfig.set(config, dicts);
  return dicts;
}

function compile(config: ResolvedConfig): WordingDictionaries {
  const allow = new Set(config.wording.allow);
  const user: WordEntry[] = config.wording.add.map((a) => ({ wrong: a.wrong, right: a.right, note: a.note ?? '', basis: '', user: true }));
  // A user's entry replaces a built-in one with the same wrong form.
  const byWrong = new Map<string, WordEntry>();
  for (const e of [...BUILT_IN_CONFUSABLES, ...user]) if (!allow.has(e.wrong)) byWrong.set(e.wrong, e);
  const words: [string, DictWord][] = [...byWrong].map(([w, entry]) => [w, { kind: 'confusable', entry }]);
  for (const entry of BUILT_IN_STYLE) if (!allow.has(entry.wrong) && !byWrong.has(entry.wrong)) words.push([entry.wrong, { kind: 'style', entry }]);
  const terms = BUILT_IN_TERMS.filter((t) => !allow.has(t.term));
  for (const t of terms) for (const w of [t.term, ...(t.variants ?? [])]) words.push([w, { kind: 'term', entry: t }]);
  for (const c of COUNTED) if (!allow.has(c.name)) words.push([c.name, { kind: 'term', entry: c }]);
  for (const t of terms) {
    if (t.term.length < FUZZY_MIN_LENGTH || t.fuzzy === false) continue;
    const half = t.term.length >> 1;
    words.push([t.term.slice(0, half), { kind: 'piece', entry: t, offset: 0 }], [t.term.slice(half), { kind: 'piece', entry: t, offset: half }]);
  }
  words.push(['中全会', { kind: 'plenum' }]);
  return { words: new WordMatcher(words), allow };
}

const NONE: never[] = [];

/**
 * The paragraph's words for these dictionaries: one scan, kept on the paragraph (its facts go with
 * it, and an unchanged paragraph carries them into the next version), shared by the three rules.
 */
export const paragraphWords = keyedParagraphMemo(wordsOf);

/** What most paragraphs hold: nothing (one shared object rather than one per paragraph). */
const NO_WORDS: ParagraphWords = Object.freeze({ confusable: NONE, style: NONE, counted: NONE, variants: NONE, plenum: false });

// What one scan collects, in module state read by one hit function: a closure per paragraph (it
// would hold the lists) is what V8 allocated for each of 20,000 paragraphs. wordsOf is not re-entered.
let confusable: WordHit<WordEntry>[] = NONE;
let style: WordHit<WordEntry>[] = NONE;
let counted: WordHit<CountedEntry>[] = NONE;
let plenum = false;
// Pieces are frequent (社会主义 …) and only feed termVariants: flat numbers, no objects; the lists
// are reused (pieceCount of them are this paragraph's), so they are not grown again for each one.
const pieces: number[] = [];
const pieceTerms: { entry: TermEntry; offset: number }[] = [];
let pieceCount = 0;

function collect(start: number, end: number, w: DictWord): void {
  switch (w.kind) {
    case 'confusable':
      (confusable === NONE ? (confusable = []) : confusable).push({ start, end, entry: w.entry });
      break;
    case 'style':
      (style === NONE ? (style = []) : style).push({ start, end, entry: w.entry });
      break;
    case 'term':
      if (isCounted(w.entry)) (counted === NONE ? (counted = []) : counted).push({ start, end, entry: w.entry });
      break;
    case 'piece':
      pieces[pieceCount] = start;
      pieceTerms[pieceCount++] = w;
      break;
    case 'plenum':
      plenum = true;
  }
}

function wordsOf(p: Paragraph, dicts: WordingDictionaries): ParagraphWords {
  const text = p.text;
  confusable = style = counted = NONE;
  plenum = false;
  pieceCount = 0;
  dicts.words.scan(text, collect);
  const variants = pieceCount ? termVariants(text, pieceCount, pieces, pieceTerms, dicts) : NONE;
  if (pieces.length > 4096) pieces.length = pieceTerms.length = 0; // not kept at the size of one huge paragraph
  const out = confusable === NONE && style === NONE && counted === NONE && variants.length === 0 && !plenum ? NO_WORDS : { confusable, style, counted, variants, plenum };
  confusable = style = counted = NONE;
  return out;
}

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/**
 * Characters that name a kind (治党/治军/治警, 强国/强军/强省): another one in their place makes a
 * different correct phrase, not a typo. Likewise a function word in place of a character (全国的经济
 * 和社会发展 against 国民经济和社会发展) is grammar, and the first character of a term is often a
 * different verb or modifier (推进/促进, 党史/党员学习教育).
 */
const PRODUCTIVE = '国省市县区乡镇村党军警校院家族厂局委';
const FUNCTION_CHARS = '的地得之和与及或等在是了着也都以其所为对把被从向于';

/** Start and end of every exact term in the text, as pairs. */
function exactTerms(text: string, dicts: WordingDictionaries): number[] {
  const out: number[] = [];
  dicts.words.scan(text, (start, end, w) => {
    if (w.kind === 'term') out.push(start, end);
  });
  return out;
}

/** Whether [s, e) lies inside one of the exact hits (start, end pairs). */
function insideExact(exact: number[], s: number, e: number): boolean {
  for (let k = 0; k < exact.length; k += 2) if (exact[k] <= s && exact[k + 1] >= e) return true;
  return false;
}

/** Long terms written with exactly one character substituted, found from an intact half. */
function termVariants(text: string, count: number, pieceStarts: number[], pieces: { entry: TermEntry; offset: number }[], dicts: WordingDictionaries): TermVariant[] {
  let candidates: TermVariant[] = NONE;
  let exact: number[] | undefined;
  for (let i = 0; i < count; i++) {
    const start = pieceStarts[i];
    const { entry: term, offset } = pieces[i];
    const word = term.term;
    const s = start - offset;
    const e = s + word.length;
    if (s < 0 || e > text.length) continue;
    let diff = -1;
    for (let k = 0; k < word.length; k++) {
      if (text.charCodeAt(s + k) === word.charCodeAt(k)) continue;
      if (diff >= 0) {
        diff = -2; // two differences: not this term
        break;
      }
      diff = k;
    }
    if (diff < 0) continue; // the term itself, or not it
    if (!isHan(text.charCodeAt(s + diff)) || !isHan(word.charCodeAt(diff))) continue;
    if (diff === 0 || PRODUCTIVE.includes(word[diff]) || FUNCTION_CHARS.includes(text[s + diff])) continue;
    // Inside a longer correct term (社会主义核心价值体系 holds 社会主义核心价值体).
    // The exact terms (frequent) are collected only for a paragraph that has a candidate (rare).
    exact ??= exactTerms(text, dicts);
    if (insideExact(exact, s, e)) continue;
    if (dicts.allow.has(text.slice(s, e))) continue;
    if (candidates === NONE) candidates = [];
    if (!candidates.some((c) => c.start === s && c.term === term)) candidates.push({ start: s, end: e, term });
  }
  if (candidates.length === 0) return candidates;
  // Nested terms (新时代中国特色社会主义思想 in 习近平新时代…思想) find one slip twice: the longest term reports it.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TermVariant[] = [];
  for (const c of candidates) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/** Whether a hit's neighbours allow it (notBefore / notAfter). */
export function guardsPass(text: string, hit: WordHit<WordEntry>): boolean {
  const { notBefore, notAfter, wrong, right } = hit.entry;
  // A user's pair whose right form holds the wrong one (财政局 → XX市财政局) leaves the right form alone.
  const inRight = right.indexOf(wrong);
  if (inRight >= 0 && hit.start >= inRight && text.startsWith(right, hit.start - inRight)) return false;
  if (notBefore && hit.start > 0 && notBefore.includes(text[hit.start - 1])) return false;
  if (notAfter && hit.end < text.length && notAfter.includes(text[hit.end])) return false;
  return true;
}

export function isCounted(e: TermEntry | CountedEntry): e is CountedEntry {
  return (e as CountedEntry).name !== undefined;
}
