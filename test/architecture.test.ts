// The shape of the code, checked: no import cycle anywhere in server/src and client/src; the core
// never imports the server, the CLI or an editor API; each core layer imports only the layers
// below it (text ← model ← rules ← lint ← ide; config ← rules; docx → model); and only the config
// files that read .baogaorc.json touch node: modules, so the core bundles for a browser.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { repoRoot } from './helpers/paths';
import { allRules } from '../server/src/core/rules';

const SRC = ['server/src', 'client/src'].map((d) => join(repoRoot, d));
const CORE = join(repoRoot, 'server', 'src', 'core');

/** Which core layers each layer may import (itself included). */
const LAYERS: Record<string, string[]> = {
  text: ['text'],
  model: ['text', 'model'],
  config: ['text', 'config'],
  rules: ['text', 'model', 'config', 'rules'],
  lint: ['text', 'model', 'config', 'rules', 'lint'],
  ide: ['text', 'model', 'config', 'rules', 'lint', 'ide'],
  docx: ['text', 'model', 'config', 'docx'],
};
/** Core files that may use Node's modules: reading .baogaorc.json from disk. */
const NODE_ALLOWED = new Set(['config/rcFile.ts', 'config/resolve.ts']);

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (p.endsWith('.ts') && !p.endsWith('.test.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|import\('([^']+)'\)/gm)) specs.push(m[1] ?? m[2]);
  return specs;
}

function resolveLocal(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec);
  for (const cand of [base + '.ts', join(base, 'index.ts')]) {
    try {
      if (statSync(cand).isFile()) return cand;
    } catch {
      /* not this one */
    }
  }
  return undefined;
}

const files = SRC.flatMap(sourceFiles);
const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe('architecture', () => {
  it('has no import cycle in server/src and client/src', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].map((p) => relative(repoRoot, p)).join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const spec of graph.get(f) ?? []) {
        const target = resolveLocal(f, spec);
        if (target && graph.has(target)) visit(target, [...path, f]);
      }
      state.set(f, 'done');
    };
    for (const f of files) visit(f, []);
    assert.deepEqual(cycles, []);
  });

  it('the core never imports lsp/, cli/, vscode-*; its layers import only the layers below', () => {
    const wrong: string[] = [];
    for (const f of files.filter((x) => x.startsWith(CORE))) {
      const rel = relative(CORE, f).split('\\').join('/');
      const layer = rel.split('/')[0];
      const allowed = LAYERS[layer];
      if (!allowed) {
        wrong.push(`${rel}: outside the core layers (${Object.keys(LAYERS).join(', ')})`);
        continue;
      }
      for (const spec of graph.get(f)!) {
        if (spec.startsWith('vscode')) wrong.push(`${rel} imports ${spec}`);
        if (spec.startsWith('node:') && !NODE_ALLOWED.has(rel)) wrong.push(`${rel} imports ${spec} (the core must bundle for a browser)`);
        const target = resolveLocal(f, spec);
        if (!target) continue;
        if (!target.startsWith(CORE)) {
          wrong.push(`${rel} imports ${relative(repoRoot, target)} (outside the core)`);
          continue;
        }
        const targetLayer = relative(CORE, target).split(/[\\/]/)[0];
        if (!allowed.includes(targetLayer)) wrong.push(`${rel} (${layer}) imports ${relative(CORE, target)} (${targetLayer})`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('a rule is found from its id alone: rules/<camelCase id>.ts, its test beside it, docs/rules/<id>.md', () => {
    const missing: string[] = [];
    for (const r of allRules) {
      const file = r.meta.id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
      for (const p of [join(CORE, 'rules', `${file}.ts`), join(CORE, 'rules', `${file}.test.ts`), join(repoRoot, 'docs', 'rules', `${r.meta.id}.md`)]) {
        try {
          statSync(p);
        } catch {
          missing.push(relative(repoRoot, p));
        }
      }
    }
    assert.deepEqual(missing, []);
  });
});
