// Builds the three shipped bundles into dist/ and, with --tests, transpiles every TypeScript
// file (sources, tests, bench) file-by-file into out/ for mocha. Type-checking is tsc's job.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const version = pkg.version;

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

function jsonFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...jsonFiles(p));
    else if (p.endsWith('.json')) out.push(p);
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
  // Rule data (server/src/**/data/*.json) is imported by the transpiled files, which keep their
  // relative imports: copy it beside them.
  for (const f of jsonFiles('server/src')) cpSync(f, join('out', f));
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
    // package.json's repository field as written (SARIF's rule links are built from it).
    define: { BAOGAO_VERSION: JSON.stringify(version), BAOGAO_REPOSITORY: JSON.stringify(JSON.stringify(pkg.repository ?? null)) },
  };
  const builds = [
    { ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
    { ...common, entryPoints: { server: 'server/src/server.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
    // The CLI without the Word libraries: they are dist/docxCommands.js, loaded by export and import only.
    { ...common, entryPoints: { cli: 'server/src/cli/cli.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' }, define: { ...common.define, BAOGAO_DOCX_BUNDLE: JSON.stringify('docxCommands.js') } },
    { ...common, entryPoints: { docxCommands: 'server/src/cli/wordCommands.ts' }, outdir: 'dist' },
  ];
  if (watch) {
    // F5's preLaunchTask waits for these lines (.vscode/tasks.json): "started" when the first of the
    // bundles starts rebuilding, "finished" when all are done, errors in between as file:line:col.
    let active = 0;
    const report = {
      name: 'watch-report',
      setup(build) {
        build.onStart(() => {
          if (active++ === 0) console.log('[watch] build started');
        });
        build.onEnd((result) => {
          for (const [severity, list] of [['error', result.errors], ['warning', result.warnings]]) {
            for (const m of list) console.log(m.location ? `${m.location.file}:${m.location.line}:${m.location.column + 1}: ${severity}: ${m.text}` : `${severity}: ${m.text}`);
          }
          if (--active === 0) console.log('[watch] build finished');
        });
      },
    };
    for (const b of builds) await (await esbuild.context({ ...b, plugins: [report] })).watch();
  } else {
    await Promise.all(builds.map((b) => esbuild.build(b)));
  }
}
