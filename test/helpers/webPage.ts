// The checking page (dist/web/) in headless Chromium, for its test and the bench: a tiny static
// server on 127.0.0.1, a fresh profile, and a record of every request the page makes so a test can
// fail on anything fetched from outside dist/web/.

import { createServer, Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { distDir } from './paths';

export const CHROMIUM = process.env.BAOGAO_CHROMIUM ?? '/usr/bin/chromium';
export const webDir = join(distDir, 'web');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

export function missingWebPrerequisites(): string[] {
  const missing: string[] = [];
  if (!existsSync(CHROMIUM)) missing.push('Chromium: apt-get install -y chromium (or BAOGAO_CHROMIUM=/path)');
  if (!existsSync(join(webDir, 'index.html'))) missing.push('dist/web: node esbuild.mjs');
  return missing;
}

export interface WebSession {
  context: BrowserContext;
  /** http://127.0.0.1:port/ serving dist/web/. */
  httpUrl: string;
  /** file:///…/dist/web/index.html */
  fileUrl: string;
  /** Every URL any page of the context asked for. */
  requests: string[];
  /** Requests outside dist/web/ (over http or file://); blob: and data: URLs are the page's own. */
  outside(): string[];
  close(): Promise<void>;
}

function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^[/\\]+/, '') || 'index.html';
    const file = join(webDir, path);
    if (!file.startsWith(webDir + sep) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function openWebSession(options: { locale?: string } = {}): Promise<WebSession> {
  const { chromium } = await import('playwright-core');
  const server = await serve();
  const httpUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const fileUrl = pathToFileURL(join(webDir, 'index.html')).toString();
  const fileRoot = pathToFileURL(webDir).toString() + '/';
  const profile = mkdtempSync(join(tmpdir(), 'baogao-web-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: options.locale ?? 'zh-CN',
    acceptDownloads: true,
    viewport: { width: 1440, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  return {
    context,
    httpUrl,
    fileUrl,
    requests,
    outside: () => requests.filter((u) => !u.startsWith(httpUrl) && !u.startsWith(fileRoot) && !u.startsWith('blob:') && !u.startsWith('data:')),
    async close() {
      await context.close();
      await new Promise((r) => server.close(r));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Loads the page and waits for its first check (the worker answered). */
export async function loadPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForCheck(page);
}

/** Waits until the findings shown belong to the current text. */
export async function waitForCheck(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.version !== undefined && (document.getElementById('status-checking') as HTMLElement).hidden, undefined, { timeout: 30_000 });
}

/** A paste as Word puts it on the clipboard: HTML and plain text; the editor takes the text. */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.locator('.cm-content').focus();
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t.replace(/\n/g, '\r\n'));
    data.setData('text/html', `<html><body><!--StartFragment--><p class=MsoNormal>${t.split('\n')[0]}</p><!--EndFragment--></body></html>`);
    document.querySelector('.cm-content')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
  await waitForCheck(page);
}

/** The editor's text (CodeMirror keeps only the visible lines in the DOM, so ask the page). */
export async function editorText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { baogaoPage: { text(): string } }).baogaoPage.text());
}
