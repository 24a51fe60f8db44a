// npm run bench:latency — the typing-latency probe alone, a few times (it varies run to run).
import { corpusOfSize } from '../test/helpers/corpusText';
import { typingLatency } from './serverLatency';

(async () => {
  const text = corpusOfSize(1_000_000);
  for (let i = 0; i < Number(process.env.RUNS ?? 3); i++) {
    const r = await typingLatency(text, 100);
    console.log(`p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, max ${r.max.toFixed(1)} ms`);
  }
})();
