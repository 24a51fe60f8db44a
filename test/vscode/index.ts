// The entry point VS Code's test runners call inside the extension host: runs the suite with mocha
// and, when BAOGAO_TEST_RESULT names a file, writes the results there (the code-server runner
// reads them; @vscode/test-electron reads the rejection).

import Mocha from 'mocha';
import { writeFileSync } from 'fs';

export interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  error?: string;
  durationMs?: number;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000 });
  mocha.suite.emit('pre-require', globalThis, 'baogao-vscode-suite', mocha);
  // Loaded after pre-require, so its suite()/test() calls register with this mocha.
  require('./suite/extension.test');
  const results: TestResult[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const out = process.env.BAOGAO_TEST_RESULT;
      if (out) writeFileSync(out, JSON.stringify({ done: true, failures, results }, null, 2));
      if (failures > 0) reject(new Error(`${failures} VS Code tests failed`));
      else resolve();
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration }));
    runner.on('fail', (t, err) => results.push({ title: t.fullTitle(), state: 'failed', error: String(err?.stack ?? err) }));
    runner.on('pending', (t) => results.push({ title: t.fullTitle(), state: 'pending' }));
  });
}
