// Ignoring a false positive. Two kinds of entry in .baogaorc.json (and the baogao.ignore setting):
//  - "忽略此处" (the default): {rule, text, file, context} — this one occurrence only. `file` is
//    the report's path relative to the folder of .baogaorc.json; `context` is the flagged text with
//    a stretch of its sentence around it, so the entry still finds the occurrence after edits
//    elsewhere in the file, and stops matching when that sentence itself is rewritten. `at` (the
//    text's offset in the context) is written only when the text occurs there more than once.
//  - "在所有报告中忽略" and the old shape {rule, text}: every finding of the rule on that exact text,
//    in every report. Offered only for specific text: one click on an "XX" or a "，" must never
//    silence every unfilled XX of the workspace.
// Pure (no node:*): the path is matched by its tail, so entries survive a checkout elsewhere.

import { IgnoreEntry } from './config';
import { Locale, pick } from '../text/i18n';
import { Span } from '../text/edit';
import { startsWithAt, TextSource } from '../text/textSource';

/** At most this much of the sentence on each side of the flagged text is kept as context. */
const CONTEXT_SIDE = 16;
/** …widened to this when the shorter context occurs twice in the document. */
const CONTEXT_SIDE_WIDE = 40;
const SENTENCE_STOP = /[。！？!?；;\r\n]/;
const LINE_STOP = /[\r\n]/;

/** The flagged text with up to `side` characters of its sentence (or its line) on either side. */
function contextAround(text: string, span: Span, side: number, stop: RegExp): { context: string; at: number } {
  let s = span.start;
  while (s > 0 && span.start - s < side && !stop.test(text[s - 1])) s--;
  let e = span.end;
  while (e < text.length && e - span.end < side && !stop.test(text[e])) e++;
  // The stop mark that ends the sentence belongs to it ("XX局党委：" vs "XX局党委。").
  if (e < text.length && /[。！？!?；;]/.test(text[e])) e++;
  // Never split a surrogate pair.
  if (s > 0 && s < span.start && /[\udc00-\udfff]/.test(text[s])) s++;
  if (e < text.length && e > span.end && /[\ud800-\udbff]/.test(text[e - 1])) e--;
  return { context: text.slice(s, e), at: span.start - s };
}

function occurrences(haystack: string, needle: string, limit: number): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0 && n < limit; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}

/**
 * The context recorded by "忽略此处": part of the sentence; when that sentence occurs twice in the
 * report, more of the line around it.
 */
export function occurrenceContext(text: string, span: Span): { context: string; at: number } {
  const short = contextAround(text, span, CONTEXT_SIDE, SENTENCE_STOP);
  if (occurrences(text, short.context, 2) < 2) return short;
  return contextAround(text, span, CONTEXT_SIDE_WIDE, LINE_STOP);
}

/** An entry that ignores this occurrence only. `file` is relative to the .baogaorc.json folder, '/'-separated. */
export function occurrenceEntry(rule: string, text: string, span: Span, file: string | undefined): IgnoreEntry {
  const entry: IgnoreEntry = { rule, text: text.slice(span.start, span.end) };
  if (file) entry.file = file;
  const { context, at } = occurrenceContext(text, span);
  entry.context = context;
  // Where the flagged text is in the context, when it occurs there more than once.
  if (context.indexOf(entry.text) !== at || context.indexOf(entry.text, at + 1) >= 0) entry.at = at;
  return entry;
}

/**
 * Whether ignoring this text in every report is a sane offer: at least four characters, three of
 * them letters or digits, and not just a slot ("XXXX", "****", "某某某", "____").
 */
export function isSpecificText(s: string): boolean {
  const t = s.trim();
  if ([...t].length < 4) return false;
  const meaningful = t.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (meaningful < 3) return false;
  if (/^[XＸxｘ×*＊○〇某_＿\s\d年月日]+$/u.test(t)) return false;
  return true;
}

/** A path or a file: URI → '/'-separated path (URIs are percent-decoded). */
function normalizePath(p: string): string {
  let s = p;
  if (/^file:/i.test(s)) {
    s = s.replace(/^file:\/\/[^/]*/i, '');
    try {
      s = decodeURIComponent(s);
    } catch {
      // keep it encoded: it then simply does not match
    }
    if (/^\/[A-Za-z]:/.test(s)) s = s.slice(1); // file:///C:/…
  }
  return s.replace(/\\/g, '/');
}

/** True when `docPath` is the file the entry names: equal, or ending in "/" + that relative path. */
export function sameFile(docPath: string | undefined, entryFile: string): boolean {
  if (!docPath) return false;
  const doc = normalizePath(docPath);
  const want = normalizePath(entryFile).replace(/^\.\//, '');
  if (!want) return false;
  // Windows paths compare without case.
  const fold = /^[A-Za-z]:/.test(doc) ? (x: string) => x.toLowerCase() : (x: string) => x;
  const d = fold(doc);
  const w = fold(want);
  return d === w || d.endsWith('/' + w);
}

/** Whether the document around `span` reads as the entry's context, with the flagged text in its place. */
function contextMatches(text: TextSource, span: Span, entry: IgnoreEntry): boolean {
  const ctx = entry.context!;
  if (entry.at !== undefined) return startsWithAt(text, ctx, span.start - entry.at);
  for (let k = ctx.indexOf(entry.text); k >= 0; k = ctx.indexOf(entry.text, k + 1)) {
    const start = span.start - k;
    if (startsWithAt(text, ctx, start)) return true;
    if (!entry.text) break;
  }
  return false;
}

/** The first entry that silences this finding, if any. */
export function matchingIgnoreEntry(entries: IgnoreEntry[], rule: string, text: TextSource, span: Span, docPath: string | undefined): IgnoreEntry | undefined {
  if (entries.length === 0) return undefined;
  let covered: string | undefined;
  for (const e of entries) {
    if (e.rule !== rule) continue;
    covered ??= text.slice(span.start, span.end);
    if (e.text !== covered) continue;
    if (e.file !== undefined && !sameFile(docPath, e.file)) continue;
    if (e.context !== undefined && !contextMatches(text, span, e)) continue;
    return e;
  }
  return undefined;
}

/** How an entry reads in a summary: placeholder “XX”（报告.txt：“截至XX月…”）, or “…” everywhere. */
export function describeIgnoreEntry(e: IgnoreEntry, locale: Locale): string {
  const short = (s: string, n: number) => ([...s].length > n ? [...s].slice(0, n).join('') + '…' : s);
  const parts = [e.file, e.context !== undefined ? `“${short(e.context, 20)}”` : undefined].filter((x) => x !== undefined);
  const where = parts.length ? pick(locale, { zh: `（${parts.join('：')}）`, en: ` (${parts.join(': ')})` }) : pick(locale, { zh: '（所有报告）', en: ' (every report)' });
  return `${e.rule} “${short(e.text, 16)}”${where}`;
}

/** The new .baogaorc.json text with the entry added (other keys and their order kept). */
export function withIgnoreEntry(existing: string | undefined, entry: IgnoreEntry): string {
  let json: Record<string, unknown> = {};
  if (existing && existing.trim()) {
    const parsed = JSON.parse(existing.replace(/^\uFEFF/, ''));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) json = parsed;
  }
  const list = Array.isArray(json.ignore) ? [...json.ignore] : [];
  const same = (e: IgnoreEntry | undefined) => !!e && e.rule === entry.rule && e.text === entry.text && e.file === entry.file && e.context === entry.context && e.at === entry.at;
  if (!list.some(same)) {
    // Keys in a fixed order, so the file reads the same whoever wrote it.
    const written: Record<string, string | number> = { rule: entry.rule, text: entry.text };
    if (entry.file !== undefined) written.file = entry.file;
    if (entry.context !== undefined) written.context = entry.context;
    if (entry.at !== undefined) written.at = entry.at;
    list.push(written);
  }
  json.ignore = list;
  return JSON.stringify(json, null, 2) + '\n';
}
