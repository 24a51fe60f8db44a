// What the page's worker computes for each version of the text: diagnostics, outline and character
// count. Like the language server it parses incrementally: the page tells it the region that
// changed since the text it last analysed, so a keystroke in a long report re-reads a paragraph or
// two (model/incremental.ts) and re-checks one (lint/paragraphCache.ts), instead of parsing the
// whole text. No DOM here: the worker runs it, and the tests run it in Node.

import { defaultConfig } from '../server/src/core/config/config';
import { runRules } from '../server/src/core/lint/runRules';
import { Locale } from '../server/src/core/text/i18n';
import { buildOutline } from '../server/src/core/ide/outline';
import { ParagraphFindingsCache } from '../server/src/core/lint/paragraphCache';
import { ModelCache } from '../server/src/core/model/modelCache';
import { sectionCounterOf } from '../server/src/core/model/sectionCounts';
import { Diagnostic } from '../server/src/core/rules/rule';
import type { Analysed, PageDiagnostic, TextChange } from './protocol';

const URI = 'page:report';

function toPage(d: Diagnostic): PageDiagnostic {
  return {
    from: d.span.start,
    to: d.span.end,
    severity: d.severity,
    rule: d.rule,
    message: d.message,
    fixes: (d.fixes ?? []).map((f) => ({
      title: f.title,
      safe: f.safe,
      preferred: !!f.preferred,
      edits: f.edits.map((e) => ({ from: e.span.start, to: e.span.end, insert: e.newText })),
    })),
  };
}

export class PageAnalysis {
  private readonly config = defaultConfig();
  private readonly models = new ModelCache();
  private readonly cache = new ParagraphFindingsCache();

  /** How many analyses parsed incrementally (the tests check the path is taken). */
  get incrementalParses(): number {
    return this.models.incrementalParses;
  }

  /**
   * `change`: the region of the previously analysed text that became [start, newEnd) of this one;
   * absent, the text is parsed afresh. A change that does not fit (lengths disagree) is parsed
   * afresh too (reparseReport checks).
   */
  analyse(version: number, text: string, locale: Locale, change?: TextChange): Analysed {
    const t0 = performance.now();
    if (change) this.models.edited(URI, change.start, change.oldEnd, change.newEnd - change.start);
    else this.models.replaced(URI);
    const model = this.models.get({ uri: URI, version, getText: () => text });
    const diagnostics = runRules(model, { config: this.config, locale, cache: this.cache }).map(toPage);
    const outline = buildOutline(model, locale);
    // The whole text's count from the counter the outline made (per-paragraph counts, kept on the
    // paragraphs): not a pass over the text on every keystroke.
    const count = sectionCounterOf(model).count(0, model.text.length);
    return { kind: 'analysed', version, diagnostics, outline, count, ms: performance.now() - t0 };
  }
}
