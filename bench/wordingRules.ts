// node esbuild.mjs --tests && node --expose-gc out/bench/wordingRules.js — the three dictionary rules
// (formulation, confusable-word, wording-style) on 10 MB, each run on a freshly parsed model (the
// main bench reuses one model, whose paragraphs then keep the scan). Prints medians and minima: on a
// shared machine the minimum is the better estimate.
import { corpusOfSize } from '../test/helpers/corpusText';
import { parseReport } from '../server/src/core/model/reportModel';
import { runRules } from '../server/src/core/lint/runRules';
import { ruleById } from '../server/src/core/rules';
import { defaultConfig } from '../server/src/core/config/config';

const IDS = ['formulation', 'confusable-word', 'wording-style'];
const RUNS = Number(process.env.RUNS ?? 11);
const text = corpusOfSize(10_000_000);
const config = defaultConfig();
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

for (const ids of [...IDS.map((id) => [id]), IDS]) {
  const rules = ids.map((id) => ruleById(id)!);
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const model = parseReport(text);
    gc(); // the parse's garbage is not the rules' cost
    const t0 = performance.now();
    runRules(model, { config, locale: 'zh', rules });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`${ids.join(' + ').padEnd(48)} median ${times[times.length >> 1].toFixed(1)} ms, min ${times[0].toFixed(1)} ms`);
}
