// The checking page in headless Chromium: how soon a restored 100 KB report shows its findings
// after the page is opened, and keystroke → findings of that version on a 1 MB report (the check
// runs in the page's worker; the time includes handing the text over and drawing the findings).

import type { Page } from 'playwright-core';
import { corpusOfSize } from '../test/helpers/corpusText';
import { loadPage, missingWebPrerequisites, openWebSession, pasteText, waitForCheck } from '../test/helpers/webPage';

export interface WebPageTimings {
  /** Navigation start → DOMContentLoaded, ms (median). */
  readyMs: number;
  /** Navigation start → the findings of the restored 100 KB report are shown, ms (median). */
  firstDiagnostics100KBMs: number;
  /** Keydown → findings of the new version shown, 1 MB report. */
  keystroke1MB: { p50: number; p95: number; max: number; samples: number; workerCheckMsP50: number };
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** Stamps in the page: when the findings of a new version were shown. */
async function watchVersions(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { shownAt: number[] };
    w.shownAt = [];
    new MutationObserver(() => w.shownAt.push(performance.now())).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-version'] });
  });
}

export async function webPageTimings(): Promise<WebPageTimings | undefined> {
  if (missingWebPrerequisites().length) return undefined;
  const session = await openWebSession();
  try {
    const page = await session.context.newPage();
    await watchVersions(page);
    await loadPage(page, session.httpUrl);
    const report = corpusOfSize(100_000);
    await pasteText(page, report);
    await page.waitForFunction(() => document.getElementById('status-saved')!.textContent !== '');

    const ready: number[] = [];
    const first: number[] = [];
    for (let i = 0; i < 7; i++) {
      await loadPage(page, session.httpUrl); // restores the 100 KB report from local storage
      const t = await page.evaluate(() => ({
        ready: performance.getEntriesByType('navigation')[0] ? (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd : NaN,
        shown: (window as unknown as { shownAt: number[] }).shownAt,
        text: (window as unknown as { baogaoPage: { text(): string } }).baogaoPage.text().length,
      }));
      if (t.text !== report.length) throw new Error('the 100 KB report was not restored');
      if (i === 0) continue; // warm-up
      ready.push(t.ready);
      first.push(t.shown[t.shown.length - 1]);
    }

    await page.locator('#clear').click();
    await waitForCheck(page);
    await pasteText(page, corpusOfSize(1_000_000));
    await page.evaluate(() => {
      const w = window as unknown as { keyAt: number[] };
      w.keyAt = [];
      document.addEventListener('keydown', () => w.keyAt.push(performance.now()), true);
    });
    await page.locator('.cm-content').focus();
    const samples: number[] = [];
    const checks: number[] = [];
    for (let i = 0; i < 40; i++) {
      const before = await page.evaluate(() => (window as unknown as { shownAt: number[] }).shownAt.length);
      await page.keyboard.press(i % 2 ? 'Backspace' : 'a');
      await page.waitForFunction((n) => (window as unknown as { shownAt: number[] }).shownAt.length > n && (document.getElementById('status-checking') as HTMLElement).hidden, before);
      const s = await page.evaluate(() => {
        const w = window as unknown as { shownAt: number[]; keyAt: number[] };
        return { key: w.keyAt[w.keyAt.length - 1], shown: w.shownAt[w.shownAt.length - 1], check: Number(document.body.dataset.checkMs) };
      });
      if (i < 3) continue; // warm-up
      samples.push(s.shown - s.key);
      checks.push(s.check);
    }
    return {
      readyMs: percentile(ready, 50),
      firstDiagnostics100KBMs: percentile(first, 50),
      keystroke1MB: { p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples), samples: samples.length, workerCheckMsP50: percentile(checks, 50) },
    };
  } finally {
    await session.close();
  }
}

if (require.main === module) {
  webPageTimings().then((r) => console.log(r ? JSON.stringify(r, null, 2) : 'skipped: ' + missingWebPrerequisites().join('; ')));
}
