// Builds the three shipped bundles into dist/ and the offline checking page into dist/web/ and,
// with --tests, transpiles every TypeScript file (sources, tests, bench) file-by-file into out/ for
// mocha. Type-checking is tsc's job.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync, mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

const version = JSON.parse(readFileSync('package.json', 'utf8')).version;

const tests = process.argv.includes('--tests');
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

function tsFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

if (tests) {
  rmSync('out', { recursive: true, force: true });
  await esbuild.build({
    entryPoints: ['server/src', 'client/src', 'test', 'bench'].flatMap(tsFiles),
    outdir: 'out',
    outbase: '.',
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
  });
} else {
  const common = {
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: !production,
    sourcesContent: false,
    minify: production,
    logLevel: 'warning',
    define: { BAOGAO_VERSION: JSON.stringify(version) },
  };
  // The few node: imports on the server's path, replaced in the web extension (see nodeShims.ts).
  const nodeShims = Object.fromEntries(['node:fs', 'node:path', 'node:url'].map((m) => [m, './server/src/lsp/browser/nodeShims.ts']));
  const builds = [
    { ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
    // VS Code for the Web: client and server in one bundle for the web extension host.
    { ...common, platform: 'browser', target: 'es2022', entryPoints: { browserExtension: 'client/src/browserExtension.ts' }, outdir: 'dist', external: ['vscode'], alias: nodeShims },
    { ...common, entryPoints: { server: 'server/src/server.ts', cli: 'server/src/cli/cli.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
  ];
  if (watch) {
    for (const b of builds) await (await esbuild.context(b)).watch();
  } else {
    await Promise.all([...builds.map((b) => esbuild.build(b)), buildWebPage()]);
  }
}

/**
 * dist/web/: index.html, style.css, main.js (the page, with the worker's code inside it as text so
 * the worker also starts from file://) and word.js (docx + mammoth, loaded on first use). Classic
 * scripts (iife), not modules: Chrome refuses module scripts from file://.
 */
async function buildWebPage() {
  const web = { bundle: true, platform: 'browser', target: 'es2022', format: 'iife', minify: true, legalComments: 'none', logLevel: 'warning', write: false };
  const worker = await esbuild.build({ ...web, entryPoints: ['web/worker.ts'] });
  mkdirSync('dist/web', { recursive: true });
  await Promise.all([
    esbuild.build({ ...web, write: true, entryPoints: { main: 'web/main.ts' }, outdir: 'dist/web', define: { BAOGAO_WORKER_SOURCE: JSON.stringify(worker.outputFiles[0].text) } }),
    esbuild.build({ ...web, write: true, entryPoints: { word: 'web/word.ts' }, outdir: 'dist/web' }),
  ]);
  for (const f of ['index.html', 'style.css']) copyFileSync(join('web', f), join('dist/web', f));
}
