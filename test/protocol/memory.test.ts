// The server gives memory back when it goes quiet after edits (lsp/idleCollector.ts): every version
// of a document is one whole string, and V8 otherwise keeps the dead ones for a long while.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TestLspClient } from '../helpers/lspClient';
import { corpusOfSize } from '../helpers/corpusText';
import { IDLE_MS } from '../../server/src/lsp/idleCollector';

const rssMB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

describe('server memory over stdio', function () {
  this.timeout(120000);

  it('after 30 edits down a 10 MB report and a pause, the server is back near what the open cost', async function () {
    if (process.platform !== 'linux') this.skip(); // reads /proc
    const text = corpusOfSize(10_000_000);
    const client = new TestLspClient();
    try {
      await client.initialize();
      const uri = 'untitled:big';
      await client.open(uri, text, 1);
      await client.waitForDiagnostics(uri, (d) => d.version === 1, 60000);
      const opened = rssMB(client.proc.pid!);
      await client.editDown(uri, text, 30);
      const typed = rssMB(client.proc.pid!);
      await new Promise((r) => setTimeout(r, IDLE_MS + 1500));
      const idle = rssMB(client.proc.pid!);
      // Each edit leaves a dead 7 MB text: without the collection the server stayed 80–270 MB up
      // (more when the edits come with pauses between them); with it, about 10–30 MB.
      assert.ok(idle - opened < 50, `open ${opened.toFixed(0)} MB, after typing ${typed.toFixed(0)} MB, after the pause ${idle.toFixed(0)} MB`);
    } finally {
      await client.shutdown();
    }
  });
});
