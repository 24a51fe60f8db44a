// Builds the three shipped bundles into dist/ and the offline checking page into dist/web/ and,
// with --tests, transpiles every TypeScript file (sources, tests, bench) file-by-file into out/ for
// mocha. Type-checking is tsc's job.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync, cpSync, mkdirSync, copyFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

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

/**
 * The two lists that must name every rule — the rules of the .baogaorc.json schema and the
 * baogao.rules setting in package.json — are written from the rules' meta (id, default severity,
 * summary), so adding a rule is its file, its test, its doc page and one line in the rule index.
 * A hand-written description already there is kept; a file is written only when it changes.
 */
async function syncRuleLists() {
  const built = await esbuild.build({ entryPoints: ['server/src/core/rules/index.ts'], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'warning' });
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', built.outputFiles[0].text)(mod, mod.exports, createRequire(import.meta.url));
  const metas = mod.exports.allRules.map((r) => r.meta);
  const listFor = (old) => {
    const template = Object.values(old)[0] ?? { type: 'string', enum: ['off', 'hint', 'info', 'warning', 'error'] };
    return Object.fromEntries(metas.map((m) => [m.id, { type: 'string', enum: template.enum, default: m.defaultSeverity, description: old[m.id]?.description ?? `${m.summary.zh} / ${m.summary.en}` }]));
  };
  const update = (file, at) => {
    const text = readFileSync(file, 'utf8');
    const json = JSON.parse(text);
    const holder = at(json);
    holder.properties = listFor(holder.properties ?? {});
    const next = JSON.stringify(json, null, 2) + '\n';
    if (next !== text) writeFileSync(file, next);
  };
  update('schemas/baogaorc.schema.json', (j) => j.properties.rules);
  update('package.json', (j) => j.contributes.configuration.properties['baogao.rules']);
}
await syncRuleLists();

if (tests) {
  /** What the test build and the bench's bundle share: CommonJS for Node, with source maps. */
  const nodeOut = { format: 'cjs', platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };
  rmSync('out', { recursive: true, force: true });
  await esbuild.build({
    // web/: the page's worker logic (analysis.ts) is tested in Node; the page itself only in Chromium.
    ...nodeOut,
    entryPoints: ['server/src', 'client/src', 'test', 'bench', 'web'].flatMap(tsFiles),
    outdir: 'out',
    outbase: '.',
  });
  // Rule data (server/src/**/data/*.json) is imported by the transpiled files, which keep their
  // relative imports: copy it beside them.
  for (const f of jsonFiles('server/src')) cpSync(f, join('out', f));
  // npm run bench times the code as it ships: one bundle, as dist/server.js and dist/cli.js are. In
  // the per-file build above every imported name is read through a getter, which the hot loops of a
  // 10 MB check pay millions of times (6–10 ms of a first check): that is the harness, not Baogao.
  await esbuild.build({ ...nodeOut, entryPoints: ['bench/bench.ts'], outfile: 'out/bench/bench.js', bundle: true, packages: 'external' });
} else {
  // Our JSON modules (rule data, genres; imported by default import only) become JSON.parse of one
  // string literal rather than an object literal: V8 scans a string far faster than it compiles a
  // 150 KB literal (rules/data/confusables.json), which every start of the CLI and the server paid.
  // Libraries' JSON (required as CommonJS) keeps esbuild's loader.
  const jsonAsString = {
    name: 'json-as-string',
    setup(build) {
      build.onLoad({ filter: /[\\/]server[\\/]src[\\/].*\.json$/ }, ({ path }) => ({ contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))))});`, loader: 'js' }));
    },
  };
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
  // The few node: imports on the server's path, replaced in the web extension (see nodeShims.ts).
  const nodeShims = Object.fromEntries(['node:fs', 'node:path', 'node:url'].map((m) => [m, './server/src/lsp/browser/nodeShims.ts']));
  // re2js and yaml (server/src/core/text/librariesBundle.ts) are dist/libraries.js for the Node
  // bundles (one copy for all), required on first use (see libraries.ts); browser bundles keep
  // them inline.
  const librariesOutside = {
    name: 'libraries-outside',
    setup(build) {
      build.onResolve({ filter: /^\.\/librariesBundle$/ }, () => ({ path: './libraries.js', external: true }));
    },
  };
  const builds = [
    { ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'], plugins: [jsonAsString, librariesOutside] },
    // The server and the CLI without the Word libraries: they are dist/docxCommands.js, loaded by
    // export and import only.
    { ...common, entryPoints: { server: 'server/src/server.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' }, define: { ...common.define, BAOGAO_DOCX_BUNDLE: JSON.stringify('docxCommands.js') }, plugins: [jsonAsString, librariesOutside] },
    // The CLI is dist/cliBundle.js, started by dist/cli.js (the `baogao` bin) from V8's code cache,
    // which trainCliCodeCache() writes after the build.
    { ...common, entryPoints: { cliBundle: 'server/src/cli/cli.ts' }, outdir: 'dist', define: { ...common.define, BAOGAO_DOCX_BUNDLE: JSON.stringify('docxCommands.js') }, plugins: [jsonAsString, librariesOutside] },
    { ...common, entryPoints: { cli: 'server/src/cli/bin.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
    { ...common, entryPoints: { docxCommands: 'server/src/docxBundle.ts' }, outdir: 'dist', plugins: [jsonAsString, librariesOutside] },
    { ...common, entryPoints: { libraries: 'server/src/core/text/librariesBundle.ts' }, outdir: 'dist', plugins: [jsonAsString] },
    // VS Code for the Web: client and server in one bundle for the web extension host.
    { ...common, platform: 'browser', target: 'es2022', entryPoints: { browserExtension: 'client/src/browserExtension.ts' }, outdir: 'dist', external: ['vscode'], alias: nodeShims, plugins: [jsonAsString] },
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
    for (const b of builds) await (await esbuild.context({ ...b, plugins: [...(b.plugins ?? []), report] })).watch();
  } else {
    await Promise.all([...builds.map((b) => esbuild.build(b)), buildWebPage()]);
    trainCliCodeCache();
  }
}

/**
 * dist/cliBundle.js.cache: one `baogao check` of the sample report with the cache writer on
 * (server/src/cli/codeCache.ts), so the functions a check runs are in it. Made by this Node; another
 * Node rejects it and compiles as usual. Not in watch mode: a rebuilt bundle no longer matches the
 * cache's digest, and the CLI compiles it afresh.
 */
function trainCliCodeCache() {
  const cache = 'dist/cliBundle.js.cache';
  rmSync(cache, { force: true });
  spawnSync(process.execPath, ['dist/cli.js', 'check', 'examples/述职报告示例.txt'], { stdio: 'ignore', env: { ...process.env, BAOGAO_WRITE_CODE_CACHE: '1' } });
  if (!existsSync(cache)) console.warn(`warning: ${cache} was not written; the CLI will compile its bundle at each start`);
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
