// A string cut from a document (slice, substring, a regex match, a template literal built from
// one) may be a view into the whole text in V8, keeping that version of the document alive as long
// as the string lives. Whatever a long-lived cache keeps is detached or hashed first.

/** V8 copies cuts shorter than this (no view is made); longer ones may be views. */
const SHORT = 13;

/** An independent copy of `s` (a flat string that refers to no other). */
export function detach(s: string): string {
  if (s.length < SHORT) return s;
  // Parsing builds a new string from the characters; lone surrogates survive as \\u escapes.
  return JSON.parse(JSON.stringify(s)) as string;
}

/**
 * A 53-bit hash of `s` (two 32-bit FNV-1a-style mixes): a cache key that holds nothing of the text.
 * For caches where a collision (about one in 10^15 per pair) costs a wrong answer on one line.
 */
export function hashString(s: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}
