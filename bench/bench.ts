// npm run bench: how fast the model, the outline and the diagnostics are on corpus text of
// 100 KB, 1 MB and 10 MB. Prints a table and writes bench/results.json (medians in ms).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../server/src/core/model/reportModel';
import { buildOutline } from '../server/src/core/outline';
import { runRules } from '../server/src/core/diagnostics';
import { defaultConfig } from '../server/src/core/config';
import { ModelCache } from '../server/src/core/model/modelCache';
import { corpusOfSize } from './corpusText';
import { repoRoot } from '../test/helpers/paths';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void, runs: number): number {
  fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(samples);
}

const sizes: [string, number, number][] = [
  ['100KB', 100_000, 30],
  ['1MB', 1_000_000, 15],
  ['10MB', 10_000_000, 5],
];

const results: Record<string, Record<string, number>> = {};
const config = defaultConfig();
for (const [label, bytes, runs] of sizes) {
  const text = corpusOfSize(bytes);
  const model = parseReport(text);
  const r: Record<string, number> = {
    bytes: Buffer.byteLength(text),
    headings: model.headings.length,
    modelMs: time(() => parseReport(text), runs),
    modelAndOutlineMs: time(() => buildOutline(parseReport(text), 'zh'), runs),
    diagnosticsMs: time(() => runRules(model, { config, locale: 'zh' }), runs),
  };
  // Every feature reads one cached model per version: three features, one parse.
  const cache = new ModelCache();
  const doc = { uri: 'bench:doc', version: 1, getText: () => text };
  buildOutline(cache.get(doc), 'zh');
  runRules(cache.get(doc), { config, locale: 'zh' });
  cache.get(doc);
  r.parsesForThreeFeatures = cache.parses;
  results[label] = r;
}

const cols = ['bytes', 'headings', 'modelMs', 'modelAndOutlineMs', 'diagnosticsMs', 'parsesForThreeFeatures'];
console.log(['size', ...cols].map((c) => c.padStart(14)).join(''));
for (const [label, r] of Object.entries(results)) {
  console.log([label, ...cols.map((c) => (Number.isInteger(r[c]) ? String(r[c]) : r[c].toFixed(2)))].map((c) => c.padStart(14)).join(''));
}
writeFileSync(join(repoRoot, 'bench', 'results.json'), JSON.stringify({ node: process.version, date: new Date().toISOString(), results }, null, 2) + '\n');
