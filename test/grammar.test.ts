// The TextMate grammar, run by VS Code's own engine (vscode-textmate with the oniguruma wasm that
// ships in its npm package): heading levels, placeholders, enumeration words, quotes and titles
// get the scopes themes colour.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { repoRoot, SEED, readText } from './helpers/paths';

let grammar: vsctm.IGrammar;

before(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
    loadGrammar: async () => vsctm.parseRawGrammar(readFileSync(join(repoRoot, 'syntaxes', 'baogao.tmLanguage.json'), 'utf8'), 'baogao.tmLanguage.json'),
  });
  grammar = (await registry.loadGrammar('text.baogao'))!;
});

/** The scopes of each token, as "text => innermost scope". */
function tokens(line: string): [string, string[]][] {
  const r = grammar.tokenizeLine(line, vsctm.INITIAL);
  return r.tokens.map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes]);
}
function scopesOf(line: string, text: string): string[] {
  const t = tokens(line).find(([s]) => s.includes(text));
  assert.ok(t, `no token containing ${text} in ${line}: ${JSON.stringify(tokens(line))}`);
  return t![1];
}

describe('syntax colouring (TextMate grammar)', () => {
  it('colours each heading level: ordinal and text', () => {
    const cases: [string, string, string, number][] = [
      ['一、主要工作', '一、', '主要工作', 1],
      ['（一）坚持多措并举，压实疫情防控责任。一是积极响应', '（一）', '坚持多措并举', 2],
      ['1.落实党建责任,认真履职尽责。', '1.', '落实党建责任', 3],
      ['（1）有步骤地实行半工半读的教育制度', '（1）', '有步骤地', 4],
      ['①第一项', '①', '第一项', 5],
    ];
    for (const [line, ordinal, text, level] of cases) {
      assert.ok(scopesOf(line, ordinal).includes(`constant.numeric.ordinal.level${level}.baogao`), line);
      assert.ok(scopesOf(line, text).includes(`entity.name.section.level${level}.baogao`), line);
      assert.ok(scopesOf(line, text).includes(`markup.heading.${level}.baogao`), line);
    }
  });

  it('makes placeholders stand out, even in a body paragraph of seed 000', () => {
    const line = readText(SEED.finance).split('\n')[21];
    assert.ok(scopesOf(line, 'X月X日').includes('invalid.illegal.placeholder.baogao'));
    for (const [l, slot] of [['**年引进项目3个', '**'], ['××同志在○○局', '××'], ['××同志在○○局', '○○'], ['某某负责', '某某'], ['到20XX年', '20XX年']]) {
      assert.ok(scopesOf(l, slot).includes('invalid.illegal.placeholder.baogao'), l);
    }
    for (const l of ['到二○○○年', '拍X光片', '某些地方']) {
      assert.ok(!tokens(l).some(([, s]) => s.includes('invalid.illegal.placeholder.baogao')), l);
    }
  });

  it('enumeration words, quotes and book titles', () => {
    const line = '落实“一岗双责”，学习《党章》。一是加强学习。二是改进作风。';
    assert.ok(scopesOf(line, '一是').includes('keyword.other.enumeration.baogao'));
    assert.ok(scopesOf(line, '一岗双责').includes('string.quoted.double.baogao'));
    assert.ok(scopesOf(line, '党章').includes('string.quoted.other.booktitle.baogao'));
    assert.ok(!tokens('统一是前提').some(([, s]) => s.includes('keyword.other.enumeration.baogao')));
  });

  it('is not a heading: 2.5, 1.5倍', () => {
    for (const l of ['2.5', '1.5倍的增长']) assert.ok(!tokens(l).some(([, s]) => s.some((x) => x.startsWith('markup.heading'))), l);
  });
});
