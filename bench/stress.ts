// npm run stress: the hostile inputs of issue 22 at full size, each in a child process so its peak
// memory is its own. Prints one line per case: what happened, exit code, peak RSS, wall time.
// Not a test (nothing is asserted); the small sizes are in npm test.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusFiles, distDir, readText, SEED } from '../test/helpers/paths';
import { TestLspClient } from '../test/helpers/lspClient';
import { denseDocx, docxBomb } from '../test/helpers/zipBomb';
import { corpusOfSize } from '../test/helpers/corpusText';
import { exportDocx } from '../server/src/core/docx/exportDocx';
import { parseReport } from '../server/src/core/model/reportModel';
import { unzipSync } from 'fflate';

interface Run {
  code: number | null;
  maxRssMB: number;
  ms: number;
  err: string;
}

/** Runs `baogao ARGS` in a child (the bundled CLI's main) and reads its peak RSS from inside. */
function cliRun(args: string[], cwd?: string): Run {
  const script = `require(${JSON.stringify(join(distDir, 'cli.js'))}).main(${JSON.stringify(args)}).then((code) => {
    process.stdout.write('\\n@@' + JSON.stringify({ code, maxRss: process.resourceUsage().maxRSS }));
  })`;
  const t = Date.now();
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd, env: { ...process.env, LANG: 'zh_CN.UTF-8', NO_COLOR: '1' }, maxBuffer: 1 << 30, timeout: 600_000 });
  const ms = Date.now() - t;
  const m = /@@(.*)$/.exec(r.stdout ?? '');
  const info = m ? JSON.parse(m[1]) : { code: r.status ?? r.signal, maxRss: NaN };
  return { code: info.code, maxRssMB: Math.round(info.maxRss / 1024), ms, err: (r.stderr ?? '').trim().split('\n').pop() ?? '' };
}

function line(name: string, r: Run, extra = ''): void {
  process.stdout.write(`${name.padEnd(44)} exit ${String(r.code).padEnd(4)} peak RSS ${String(r.maxRssMB).padStart(5)} MB  ${String(r.ms).padStart(6)} ms  ${extra}${r.err.slice(0, 110)}\n`);
}

async function zipBombs(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'baogao-stress-bomb-'));
  for (const [label, mib, declared] of [
    ['1 GB document.xml (honest sizes)', 1024, undefined],
    ['1 GB document.xml (declares 4 KB)', 1024, 4096],
    ['4.6 GB document.xml', 4710, undefined],
  ] as [string, number, number | undefined][]) {
    const file = join(dir, 'bomb.docx');
    const bytes = await docxBomb(readText(SEED.town), { documentMiB: mib, declaredSize: declared });
    writeFileSync(file, bytes);
    const r = cliRun(['import', file, '-o', join(dir, 'out.txt')]);
    const left = readdirSync(dir).filter((n) => n !== 'bomb.docx');
    line(`import: ${label}, ${(bytes.length / 1e6).toFixed(1)} MB file`, r, left.length ? `LEFT: ${left.join(',')} ` : '');
  }
  const many = join(dir, 'many.docx');
  writeFileSync(many, await docxBomb(readText(SEED.town), { documentMiB: 1, extraParts: 40, extraMiB: 60 }));
  line('import: 40 parts × 60 MB (total limit)', cliRun(['import', many, '-o', join(dir, 'out2.txt')]));
  for (const [label, unit, count] of [
    ['1.67M empty paragraphs (10 MB)', '<w:p/>', 1_670_000],
    ['300k one-character paragraphs (10 MB)', '<w:p><w:r><w:t>a</w:t></w:r></w:p>', 300_000],
    ['just under the element limit (175k)', '<w:p/>', 175_000],
  ] as [string, string, number][]) {
    const file = join(dir, 'dense.docx');
    writeFileSync(file, await denseDocx(readText(SEED.town), unit, count));
    line(`import: ${label}`, cliRun(['import', file, '-o', join(dir, 'dense.txt'), '--force']));
  }
  // The other side of the limit: a genuine, very long report still imports.
  for (const mb of [1, 3, 5]) {
    const real = join(dir, `real${mb}.docx`);
    const bytes = await exportDocx(parseReport(corpusOfSize(mb * 1_000_000)));
    writeFileSync(real, bytes);
    const xml = unzipSync(bytes)['word/document.xml'].length;
    line(`import: genuine ${mb} MB report (document.xml ${(xml / 1e6).toFixed(0)} MB)`, cliRun(['import', real, '-o', join(dir, `real${mb}.txt`)]));
  }
  rmSync(dir, { recursive: true, force: true });
}

function rssMB(pid: number): number {
  try {
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024);
  } catch {
    return NaN; // not Linux
  }
}

/** 280 keystrokes on a 1M-character report in the real server, one at a time as a writer types. */
async function serverMemory(): Promise<void> {
  let text = '';
  const texts = corpusFiles().map(readText);
  for (let i = 0; text.length < 1_000_000; i++) text += texts[i % texts.length] + '\n';
  const client = new TestLspClient();
  await client.initialize();
  const uri = 'untitled:stress-memory';
  await client.open(uri, text);
  await client.waitForDiagnostics(uri, (d) => d.version === 1, 60000);
  const pid = client.proc.pid!;
  const start = rssMB(pid);
  const lines = text.split('\n').length;
  const t = Date.now();
  for (let v = 2; v <= 281; v++) {
    const line = (v * 7919) % lines;
    await client.change(uri, v, [{ range: { start: { line, character: 2 }, end: { line, character: 2 } }, text: '改' }]);
    if (v % 20 === 0) await client.waitForDiagnostics(uri, (d) => d.version === v, 60000);
  }
  await client.waitForDiagnostics(uri, (d) => d.version === 281, 60000);
  const typed = rssMB(pid);
  await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  await new Promise((r) => setTimeout(r, 2000));
  const closed = rssMB(pid);
  process.stdout.write(`server: 280 keystrokes on a 1M-character report: RSS ${start} MB after opening, ${typed} MB after typing (+${typed - start}), ${closed} MB after closing; ${Date.now() - t} ms\n`);
  await client.shutdown();
}

/** A pasted list repeating "1." n times, all selected, Ctrl+. — the response size and time. */
async function codeActions(): Promise<void> {
  const client = new TestLspClient();
  await client.initialize();
  for (const n of [500, 2000, 4000]) {
    const uri = `untitled:stress-actions-${n}`;
    const text = `工作总结\n一、主要工作\n${Array.from({ length: n }, (_, i) => `${i % 3 === 2 ? '1．' : '1.'}第${i + 1}项工作。`).join('\n')}\n`;
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, () => true, 60000);
    const t = Date.now();
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: n + 2, character: 0 } }, context: { diagnostics: [] } });
    const ms = Date.now() - t;
    process.stdout.write(`code actions: select all of ${String(n).padStart(4)} repeated "1.": ${actions.length} actions, ${(JSON.stringify(actions).length / 1e6).toFixed(2)} MB of JSON, ${ms} ms (server RSS ${rssMB(client.proc.pid!)} MB)\n`);
  }
  await client.shutdown();
}

/** 100 edits arriving together on a 1M-character report, against one edit. */
async function burst(): Promise<void> {
  let text = '';
  const texts = corpusFiles().map(readText);
  for (let i = 0; text.length < 1_000_000; i++) text += texts[i % texts.length] + '\n';
  const client = new TestLspClient();
  await client.initialize();
  const uri = 'untitled:stress-burst';
  await client.open(uri, text);
  await client.waitForDiagnostics(uri, (d) => d.version === 1, 60000);
  const edit = (v: number) => client.change(uri, v, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: '改' }]);
  const one: number[] = [];
  let v = 1;
  for (let i = 0; i < 5; i++) {
    const t = Date.now();
    await edit(++v);
    const target = v;
    await client.waitForDiagnostics(uri, (d) => d.version === target, 60000);
    one.push(Date.now() - t);
    await new Promise((r) => setTimeout(r, 200));
  }
  const before = client.diagnostics.get(uri)!.length;
  const t = Date.now();
  const sent: Promise<void>[] = [];
  for (let i = 0; i < 100; i++) sent.push(edit(++v));
  await Promise.all(sent);
  const last = v;
  await client.waitForDiagnostics(uri, (d) => d.version === last, 120000);
  const settle = Date.now() - t;
  const published = client.diagnostics.get(uri)!.length - before;
  one.sort((a, b) => a - b);
  process.stdout.write(`burst: one edit on a 1M-character report settles in ${one[2]} ms (median of 5); 100 edits at once in ${settle} ms, ${published} publications\n`);
  await client.shutdown();
}

async function main(): Promise<void> {
  process.stdout.write(`baogao stress (node ${process.version}, ${process.platform})\n`);
  // `node out/bench/stress.js memory` runs the sections whose name contains "memory".
  const only = process.argv[2];
  const sections: [string, () => Promise<void>][] = [
    ['zip-bomb', zipBombs],
    ['server-memory', serverMemory],
    ['code-actions', codeActions],
    ['burst', burst],
  ];
  for (const [name, run] of sections) if (!only || name.includes(only)) await run();
}

void main();
