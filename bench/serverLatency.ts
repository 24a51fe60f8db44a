// Typing latency through the real stdio server, measured as an editor sees it: from sending a
// didChange (one character typed, incremental sync) to receiving the diagnostics published for
// that version. Also the server's memory with a large document open.

import { readFileSync } from 'node:fs';
import { TestLspClient } from '../test/helpers/lspClient';
import { IDLE_MS } from '../server/src/lsp/idleCollector';
import { WARM_UP_IDLE_MS } from '../server/src/lsp/keystrokeWarmUp';

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

function rssKb(pid: number): number {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : NaN;
}

/**
 * `settleMs`: how long the writer waits after the open's diagnostics before the first keystroke.
 * 0 types at once (the first keystrokes then run code V8 has not optimised); a pause lets a large
 * report be warmed up for typing first (server/src/lsp/keystrokeWarmUp.ts), as a writer finding the
 * place to type would.
 */
export async function typingLatency(text: string, keystrokes: number, settleMs = 0): Promise<{ p50: number; p95: number; max: number; samples: number }> {
  const client = new TestLspClient();
  await client.initialize();
  const uri = 'untitled:latency';
  await client.open(uri, text, 1);
  await client.waitForDiagnostics(uri, (d) => d.version === 1, 60000);
  if (settleMs) await new Promise((r) => setTimeout(r, settleMs));
  // Type in the middle of the document, one character at a time, on one line.
  const lines = text.split('\n');
  const line = Math.floor(lines.length / 2);
  const samples: number[] = [];
  for (let k = 0; k < keystrokes; k++) {
    const version = k + 2;
    const published = client.nextDiagnostics(uri, (d) => d.version === version, 60000);
    const t = process.hrtime.bigint();
    await client.change(uri, version, [{ range: { start: { line, character: k }, end: { line, character: k } }, text: '字' }]);
    await published;
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
    // A fast typist: about ten keys a second. (Keys closer than the publisher's burst window are a
    // paste or a multi-cursor edit, coalesced on purpose, and would be timed with the settle delay.)
    await new Promise((r) => setTimeout(r, 100));
  }
  await client.shutdown();
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples), samples: samples.length };
}

export async function serverMemory(text: string): Promise<{ baselineMb: number; withDocumentMb: number; documentMb: number; ratio: number; warmUpPeakMb: number; afterWarmUpMb: number; afterWarmUpRatio: number; afterEditsMb: number; afterEditsRatio: number }> {
  const client = new TestLspClient();
  await client.initialize();
  await new Promise((r) => setTimeout(r, 200));
  const before = rssKb(client.proc.pid!);
  const uri = 'untitled:memory';
  await client.open(uri, text, 1);
  await client.waitForDiagnostics(uri, (d) => d.version === 1, 120000);
  await client.request('textDocument/documentSymbol', { textDocument: { uri } });
  await client.request('textDocument/foldingRange', { textDocument: { uri } });
  const after = rssKb(client.proc.pid!);
  // Left alone, the report is warmed up for typing (lsp/keystrokeWarmUp.ts): each round leaves its
  // model's garbage until the idle collection, and V8 gives the pages back to the system some
  // 10–20 s later (its memory reducer). The peak while that runs, and what is left after 25 s.
  let warmUpPeak = after;
  for (const until = Date.now() + WARM_UP_IDLE_MS + IDLE_MS + 24000; Date.now() < until; ) {
    await new Promise((r) => setTimeout(r, 50));
    warmUpPeak = Math.max(warmUpPeak, rssKb(client.proc.pid!));
  }
  const afterWarmUp = rssKb(client.proc.pid!);
  // Then a writer's edits down the report, and a pause: an edit far from the last one makes the text
  // whole again, a dead copy each (lsp/idleCollector.ts gives them back when the server goes quiet).
  await client.editDown(uri, text, 30);
  await new Promise((r) => setTimeout(r, IDLE_MS + 1000));
  const afterEdits = rssKb(client.proc.pid!);
  await client.shutdown();
  const documentMb = Buffer.byteLength(text) / 1e6;
  return {
    baselineMb: before / 1024,
    withDocumentMb: after / 1024,
    documentMb,
    ratio: (after - before) / 1024 / documentMb,
    warmUpPeakMb: warmUpPeak / 1024,
    afterWarmUpMb: afterWarmUp / 1024,
    afterWarmUpRatio: (afterWarmUp - before) / 1024 / documentMb,
    afterEditsMb: afterEdits / 1024,
    afterEditsRatio: (afterEdits - before) / 1024 / documentMb,
  };
}

/** How long a small request waits while the server takes in a 20 MB document just opened. */
export async function blockingByHugeDocument(text: string): Promise<{ documentMb: number; smallRequestMs: number; hugeDiagnosticsMs: number }> {
  const client = new TestLspClient();
  await client.initialize();
  const small = 'untitled:small';
  await client.open(small, '一、甲\n（一）乙\n');
  await client.request('textDocument/documentSymbol', { textDocument: { uri: small } });
  const t = process.hrtime.bigint();
  const published = client.nextDiagnostics('untitled:huge', () => true, 120000);
  await client.open('untitled:huge', text);
  await client.request('textDocument/documentSymbol', { textDocument: { uri: small } });
  const smallRequestMs = Number(process.hrtime.bigint() - t) / 1e6;
  await published;
  const hugeDiagnosticsMs = Number(process.hrtime.bigint() - t) / 1e6;
  await client.shutdown();
  return { documentMb: Buffer.byteLength(text) / 1e6, smallRequestMs, hugeDiagnosticsMs };
}
