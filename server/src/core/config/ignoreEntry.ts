// The "忽略" (ignore) fix: a false positive is recorded as {rule, text} in .baogaorc.json, so it
// disappears across the workspace (and for the CLI) without touching the report.

import { IgnoreEntry } from './config';

/** The new .baogaorc.json text with the entry added (other keys and their order kept). */
export function withIgnoreEntry(existing: string | undefined, entry: IgnoreEntry): string {
  let json: Record<string, unknown> = {};
  if (existing && existing.trim()) {
    const parsed = JSON.parse(existing.replace(/^\uFEFF/, ''));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) json = parsed;
  }
  const list = Array.isArray(json.ignore) ? [...json.ignore] : [];
  if (!list.some((e) => e && e.rule === entry.rule && e.text === entry.text)) list.push({ rule: entry.rule, text: entry.text });
  json.ignore = list;
  return JSON.stringify(json, null, 2) + '\n';
}
