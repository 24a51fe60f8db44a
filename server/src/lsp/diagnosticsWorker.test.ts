// The worker thread diagnoses very large documents from the edits of each keystroke: what it
// answers must be what a fresh check of the version gives, however the edits arrive (several per
// request, requests superseded while one is in flight, the worker having dropped the document).

import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { defaultConfig } from '../core/config/config';
import { runRules } from '../core/lint/runRules';
import { parseReport } from '../core/model/reportModel';
import { Diagnostic } from '../core/rules/rule';
import { DiagnosticsWorkerClient } from './diagnosticsWorker';
import { ReportTextDocument } from './reportTextDocument';
import { corpus, readText, repoRoot, SEED } from '../../../test/helpers/paths';

const config = defaultConfig();
const workerScript = join(repoRoot, 'out', 'test', 'helpers', 'diagnosticsWorkerThread.js');

function fresh(doc: ReportTextDocument): Diagnostic[] {
  return runRules(parseReport(doc.getText()), { config, locale: 'zh' });
}

/** What a client sees of diagnostics: rule, place and message. */
const seen = (list: Diagnostic[] | undefined) => list?.map((d) => [d.rule, d.span.start, d.span.end, d.message]);

/** Applies an edit to the document and tells the worker's client, as serve.ts does for each change. */
function type(client: DiagnosticsWorkerClient, doc: ReportTextDocument, start: number, end: number, text: string): void {
  const version = doc.version + 1;
  client.edited(doc.uri, version, start, end, text);
  doc.update([{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text }], version);
}

describe('the diagnostics worker thread', function () {
  this.timeout(120000);
  let client: DiagnosticsWorkerClient;
  const logs: string[] = [];
  beforeEach(() => {
    client = new DiagnosticsWorkerClient((m) => logs.push(m), workerScript);
  });
  afterEach(() => {
    for (const uri of ['mem:a', 'mem:b']) client.forget(uri);
  });

  it('is sent the edits of each keystroke, not the text, and answers as a fresh check of the version', async () => {
    const doc = new ReportTextDocument('mem:a', 'baogao', 1, readText(SEED.finance) + corpus('2024'), 1000);
    assert.deepEqual(seen(await client.compute(doc.uri, doc.version, doc.source, config, 'zh')), seen(fresh(doc)));
    const middle = doc.getText().indexOf('（四）');
    const edits: [number, number, string][] = [
      [middle, middle, '字'],
      [middle + 1, middle + 1, '\n'],
      [middle, middle + 2, ''],
      [middle + 3, middle + 6, '（六）'], // a numbering gap made
      [0, 0, '关于2024年工作的报告\n'],
    ];
    for (const [start, end, text] of edits) {
      type(client, doc, start, end, text);
      assert.deepEqual(seen(await client.compute(doc.uri, doc.version, doc.source, config, 'zh')), seen(fresh(doc)));
    }
    assert.equal(client.wholeTexts, 1, 'only the open sends the text');
    assert.deepEqual(logs, []);
  });

  it('random edits, several between requests, requests superseded in flight: the last answer is the fresh check', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.constantFrom('字', '。', '\n', '一、', '（一）', '\r\n', '', '𠮷', '一是'), fc.boolean()), { minLength: 1, maxLength: 12 }),
        async (edits) => {
          const doc = new ReportTextDocument('mem:b', 'baogao', 1, readText(SEED.audit), 500);
          const wholeTexts = client.wholeTexts;
          await client.compute(doc.uri, doc.version, doc.source, config, 'zh');
          const answers: Promise<Diagnostic[] | undefined>[] = [];
          for (const [at, removed, text, ask] of edits) {
            const start = at % (doc.getText().length + 1);
            type(client, doc, start, Math.min(doc.getText().length, start + removed), text);
            // Not awaited: a request asked while another is in flight waits, and a newer one replaces it.
            if (ask) answers.push(client.compute(doc.uri, doc.version, doc.source, config, 'zh'));
          }
          const last = await client.compute(doc.uri, doc.version, doc.source, config, 'zh');
          assert.deepEqual(seen(last), seen(fresh(doc)));
          assert.equal(client.wholeTexts - wholeTexts, 1, 'the text went once, at the open; then edits only');
          for (const a of await Promise.all(answers)) assert.ok(a === undefined || Array.isArray(a));
          client.forget(doc.uri);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('sends the whole text again when the worker no longer holds the version (it keeps eight documents)', async () => {
    const docs = Array.from({ length: 9 }, (_, i) => new ReportTextDocument(`mem:many${i}`, 'baogao', 1, readText(SEED.zhengwu), 500));
    for (const doc of docs) await client.compute(doc.uri, doc.version, doc.source, config, 'zh');
    const first = docs[0]; // dropped by the worker when the ninth came
    type(client, first, 10, 10, '字');
    assert.deepEqual(seen(await client.compute(first.uri, first.version, first.source, config, 'zh')), seen(fresh(first)));
    assert.equal(client.wholeTexts, 9 + 1);
    for (const doc of docs) client.forget(doc.uri);
  });

  it('a whole-text change sends the text; the settings of a request are the ones its findings use', async () => {
    const doc = new ReportTextDocument('mem:a', 'baogao', 1, readText(SEED.minzheng), 500);
    await client.compute(doc.uri, doc.version, doc.source, config, 'zh');
    client.replaced(doc.uri);
    doc.update([{ text: readText(SEED.finance) }], 2);
    assert.deepEqual(seen(await client.compute(doc.uri, doc.version, doc.source, config, 'zh')), seen(fresh(doc)));
    assert.equal(client.wholeTexts, 2);
    const off = { ...config, rules: { ...config.rules, placeholder: 'off' as const } };
    const answer = await client.compute(doc.uri, doc.version, doc.source, off, 'zh');
    assert.ok(answer!.length > 0 && !answer!.some((d) => d.rule === 'placeholder'));
    assert.ok(fresh(doc).some((d) => d.rule === 'placeholder'));
  });
});
