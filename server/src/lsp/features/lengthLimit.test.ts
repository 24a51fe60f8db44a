// The 字数 limit sent for the status bar: it depends on the genre read from the title, which a
// document diagnosed in the worker thread is not parsed for. Where there is no worker (the browser
// build), or it failed, every document is parsed on the spot, and so gets its genre's limit.

import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LengthLimitNotifier } from './lengthLimit';
import { DiagnosticsOffload, ReportDocuments } from '../reportDocuments';
import { defaultConfig } from '../../core/config/config';
import { WORKER_THRESHOLD } from '../workerThreshold';

describe('the 字数 limit sent to the client', () => {
  const config = { ...defaultConfig(), maxLength: { 述职报告: 3000, '*': 50_000_000 } };
  // A 述职报告 longer than the worker's threshold.
  const text = `2024年度述职报告\n\n${'全面推进各项工作，认真履行工作职责。'.repeat(100)}\n`.repeat(Math.ceil(WORKER_THRESHOLD / 1800) + 1);
  const doc = TextDocument.create('untitled:long', 'baogao', 1, text);

  function limitSent(offload: DiagnosticsOffload | undefined): number | null {
    const reports = new ReportDocuments({ configFor: () => config, locale: () => 'zh', log: () => {}, offload });
    const sent: { limit: number | null }[] = [];
    const notifier = new LengthLimitNotifier({ sendNotification: (_type: unknown, params: { limit: number | null }) => void sent.push(params) } as never, (length) => reports.inWorker(length));
    notifier.update(reports.of(doc.uri), doc);
    return sent[0].limit;
  }
  const worker = (usable: boolean): DiagnosticsOffload => ({ threshold: WORKER_THRESHOLD, usable, compute: async () => [], edited() {}, replaced() {}, forget() {} });

  it('is the genre’s where the document is parsed on the main thread: no worker (the browser), or a failed one', () => {
    assert.ok(text.length > WORKER_THRESHOLD);
    assert.equal(limitSent(undefined), 3000);
    assert.equal(limitSent(worker(false)), 3000);
  });

  it('is the setting for every genre where the worker diagnoses the document (its title is not parsed)', () => {
    assert.equal(limitSent(worker(true)), 50_000_000);
  });
});
