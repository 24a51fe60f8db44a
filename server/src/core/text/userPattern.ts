// Regular expressions written by users (residue.patterns in settings and .baogaorc.json) run on
// re2js, a linear-time engine, never on V8's backtracking one: a pattern in a shared folder's
// .baogaorc.json such as "(a+)+$" must not be able to stall checking. RE2 has no back-references
// and no look-around; such patterns are refused with a reason the user can act on.

import { Text } from './i18n';
import { libraries } from './libraries';

export type PatternRefusal = 'backreference' | 'lookaround' | 'syntax';

export type CompiledPattern =
  | { ok: true; source: string; test(line: string): boolean }
  | { ok: false; source: string; reason: PatternRefusal; detail: string };

// JavaScript's \s covers Unicode spaces (the full-width 　 of Chinese text above all); RE2's is
// ASCII only. Added back so a pattern means what its author tested in a JavaScript console.
const EXTRA_SPACES = '\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}';

/**
 * Scans the source once, outside and inside character classes, to find what RE2 cannot run and
 * to widen \s. Returns the refusal, or the source to hand to RE2.
 */
function prepare(source: string): { refusal: PatternRefusal; detail: string } | { re2Source: string } {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const n = source[i + 1] ?? '';
      if (!inClass && /[1-9]/.test(n)) return { refusal: 'backreference', detail: `\\${n}` };
      if (!inClass && n === 'k' && source[i + 2] === '<') return { refusal: 'backreference', detail: source.slice(i, source.indexOf('>', i) + 1 || undefined) };
      if (n === 's') out += inClass ? `\\s${EXTRA_SPACES}` : `[\\s${EXTRA_SPACES}]`;
      else if (n === 'S' && !inClass) out += `[^\\s${EXTRA_SPACES}]`;
      else out += c + n;
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      // A "]" right after "[" or "[^" is a literal in JavaScript too.
      if (source[i + 1] === '^') out += source[++i];
      if (source[i + 1] === ']') out += '\\' + source[++i];
      continue;
    }
    if (c === '(' && source[i + 1] === '?') {
      const look = /^\(\?(?:=|!|<=|<!)/.exec(source.slice(i, i + 4));
      if (look) return { refusal: 'lookaround', detail: look[0] };
    }
    out += c;
  }
  return { re2Source: out };
}

/** Compiles a user pattern for RE2 (JavaScript syntax accepted: \uXXXX, \u{…}, (?<name>…)). */
export function compileUserPattern(source: string): CompiledPattern {
  const prepared = prepare(source);
  if ('refusal' in prepared) return { ok: false, source, reason: prepared.refusal, detail: prepared.detail };
  const { RE2JS } = libraries();
  try {
    const re = RE2JS.compile(RE2JS.translateRegExp(prepared.re2Source));
    return { ok: true, source, test: (line) => re.test(line) };
  } catch (e) {
    return { ok: false, source, reason: 'syntax', detail: (e as Error).message.replace(/^error parsing regexp: /, '') };
  }
}

/** One line saying why a pattern was refused, for the configuration problem list. */
export function refusalMessage(p: Extract<CompiledPattern, { ok: false }>): Text {
  switch (p.reason) {
    case 'backreference':
      return { zh: `模式“${p.source}”使用了反向引用（${p.detail}），线性时间引擎无法执行，已忽略该模式`, en: `pattern "${p.source}" uses a back-reference (${p.detail}), which the linear-time engine cannot run; pattern ignored` };
    case 'lookaround':
      return { zh: `模式“${p.source}”使用了环视（${p.detail}），线性时间引擎无法执行，已忽略该模式`, en: `pattern "${p.source}" uses look-around (${p.detail}), which the linear-time engine cannot run; pattern ignored` };
    case 'syntax':
      return { zh: `模式“${p.source}”不是有效的正则表达式（${p.detail}），已忽略该模式`, en: `pattern "${p.source}" is not a valid regular expression (${p.detail}); pattern ignored` };
  }
}
