// Word import and export for the page, loaded on first use (docx and mammoth are most of the
// page's weight): the same code as `baogao export-docx` / `import-docx`, bundled for the browser.

import { exportDocx } from '../server/src/core/docx/exportDocx';
import { importDocx, WordError, wordErrorText } from '../server/src/core/docx/importDocx';
import { parseReport } from '../server/src/core/model/reportModel';
import { Locale, pick } from '../server/src/core/text/i18n';

export interface PageWord {
  /** The .docx as text, or throws an Error whose message the user can read. */
  importDocx(bytes: Uint8Array, locale: Locale): Promise<string>;
  exportDocx(text: string): Promise<Uint8Array>;
}

const word: PageWord = {
  async importDocx(bytes, locale) {
    try {
      return await importDocx(bytes);
    } catch (e) {
      throw new Error(e instanceof WordError ? pick(locale, wordErrorText(e)) : String(e));
    }
  },
  exportDocx: (text) => exportDocx(parseReport(text)),
};

(globalThis as unknown as { baogaoWord: PageWord }).baogaoWord = word;
