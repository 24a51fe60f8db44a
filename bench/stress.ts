// npm run stress: the hostile inputs of issue 22 at full size, each in a child process so its peak
// memory is its own. Prints one line per case: what happened, exit code, peak RSS, wall time.
// Not a test (nothing is asserted); the small sizes are in npm test.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir, readText, SEED } from '../test/helpers/paths';
import { denseDocx, docxBomb } from '../test/helpers/zipBomb';
import { corpusOfSize } from './corpusText';
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
  for (const mb of [5, 20]) {
    const real = join(dir, `real${mb}.docx`);
    const bytes = await exportDocx(parseReport(corpusOfSize(mb * 1_000_000)));
    writeFileSync(real, bytes);
    const xml = unzipSync(bytes)['word/document.xml'].length;
    line(`import: genuine ${mb} MB report (document.xml ${(xml / 1e6).toFixed(0)} MB)`, cliRun(['import', real, '-o', join(dir, `real${mb}.txt`)]));
  }
  rmSync(dir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  process.stdout.write(`baogao stress (node ${process.version}, ${process.platform})\n`);
  await zipBombs();
}

void main();
