// Properties that must hold for any text: nothing throws, every range lies inside the document,
// incremental results equal fresh ones, fixes are idempotent. A bounded number of cases here;
// `npm run fuzz` runs many more (FUZZ_RUNS).

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { editSequence, reportText } from './helpers/arbitraries';
import { outlineLines } from './helpers/outlineText';
import { parseReport, ReportModel } from '../server/src/core/model/reportModel';
import { buildOutline, OutlineEntry } from '../server/src/core/ide/outline';
import { runRules } from '../server/src/core/lint/runRules';
import { defaultConfig } from '../server/src/core/config/config';
import { applyEdits } from '../server/src/core/text/edit';
import { fixAllText } from '../server/src/core/lint/fixAll';
import { formatText } from '../server/src/core/ide/formatting';
import { selectionChain } from '../server/src/core/ide/selection';
import { hoverAt } from '../server/src/core/ide/hover';
import { suggestAt } from '../server/src/core/ide/completion';
import { moveSection } from '../server/src/core/ide/sections/sectionMove';
import { changeLevel } from '../server/src/core/ide/sections/headingLevel';
import { insertSiblingHeading } from '../server/src/core/ide/sections/insertHeading';
import { ParagraphFindingsCache } from '../server/src/core/lint/paragraphCache';
import { ModelCache } from '../server/src/core/model/modelCache';
import { ReportTextDocument } from '../server/src/lsp/reportTextDocument';
import { Span } from '../server/src/core/text/lineIndex';
import { Rule } from '../server/src/core/rules/rule';
import { allRules } from '../server/src/core/rules';

const runs = Number(process.env.FUZZ_RUNS ?? 150);
const config = defaultConfig();
const diagnose = (text: string, cache?: ParagraphFindingsCache) => runRules(parseReport(text), { config, locale: 'zh', cache, onRuleError: (r, e) => { throw new Error(`${r.meta.id}: ${(e as Error).stack}`); } });

function inside(span: Span, text: string, what: string): void {
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what} ${JSON.stringify(span)} outside 0..${text.length}`);
}

/** No edit may start or end between the two halves of a surrogate pair. */
function splitsPair(text: string, at: number): boolean {
  const hi = text.charCodeAt(at - 1);
  const lo = text.charCodeAt(at);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

function summary(m: ReportModel) {
  return { outline: outlineLines(m), paragraphs: m.paragraphs.map((p) => [p.span.start, p.span.end, p.text]), title: m.title?.text, headings: m.headings.map((h) => [h.ordinalSpan, h.sectionSpan]) };
}

describe('properties (fast-check)', function () {
  this.timeout(0);

  it('random text never throws and every range is inside the document', () => {
    fc.assert(
      fc.property(reportText, fc.nat(), (text, at) => {
        const m = parseReport(text);
        const walk = (es: OutlineEntry[]) => es.forEach((e) => (inside(e.span, text, 'outline'), inside(e.selectionSpan, text, 'selection'), walk(e.children)));
        walk(buildOutline(m, 'zh'));
        for (const d of diagnose(text)) {
          inside(d.span, text, d.rule);
          for (const f of d.fixes ?? []) for (const e of f.edits) inside(e.span, text, `${d.rule} fix`);
        }
        const offset = text.length ? at % (text.length + 1) : 0;
        for (const s of selectionChain(m, offset)) inside(s, text, 'selection range');
        const h = hoverAt(m, offset, 'zh');
        if (h) inside(h.span, text, 'hover');
        suggestAt(m, offset);
        const pos = m.index.positionAt(offset);
        assert.ok(pos.line < m.index.lineCount && pos.character >= 0);
        assert.equal(m.index.offsetAt(pos) <= text.length, true);
      }),
      { numRuns: runs },
    );
  });

  it('a 1 MB single line and a document of only line breaks are handled', () => {
    const big = '一、' + '工作，X月X日。一是存在存在；'.repeat(70_000);
    assert.ok(big.length > 1_000_000);
    const d = diagnose(big);
    for (const x of d) inside(x.span, big, x.rule);
    assert.equal(parseReport('\r\n\r\r\n\n'.repeat(1000)).headings.length, 0);
  });

  it('adversarial structure stays bounded: endless nested restarts, thousands of unmatched marks', () => {
    const nested = ['一、a', '（一）b', '1.c', '（1）d', '①e'].join('\n').repeat(1).concat('\n').repeat(4000);
    const m = parseReport(nested);
    assert.ok(Math.max(...m.headings.map((h) => h.depth)) <= 13);
    diagnose(nested);
    const marks = '（《“【'.repeat(20_000) + '》）】”'.repeat(20_000);
    for (const d of diagnose(marks)) inside(d.span, marks, d.rule);
  });

  it('random edit sequences, parsed incrementally, give the same model and diagnostics as a fresh parse', () => {
    fc.assert(
      fc.property(editSequence, ([text, edits]) => {
        let doc = TextDocument.create('mem:doc', 'baogao', 1, text);
        const models = new ModelCache();
        const cache = new ParagraphFindingsCache();
        models.get(doc);
        runRules(models.get(doc), { config, locale: 'zh', cache });
        for (const [at, len, insert] of edits) {
          const current = doc.getText();
          const start = current.length ? at % (current.length + 1) : 0;
          const end = Math.min(current.length, start + len);
          models.edited('mem:doc', start, end, insert.length);
          doc = TextDocument.update(doc, [{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: insert }], doc.version + 1);
          const model = models.get(doc);
          const incremental = runRules(model, { config, locale: 'zh', cache });
          assert.deepEqual(incremental, diagnose(doc.getText()));
          assert.deepEqual(summary(model), summary(parseReport(doc.getText())));
        }
        assert.deepEqual(summary(models.get(doc)), summary(parseReport(doc.getText())));
        assert.equal(models.incrementalParses, edits.length, 'every edit was parsed incrementally');
      }),
      { numRuns: runs },
    );
  });

  it("the same through the server's document, whose text is read unjoined (a patch of an earlier version)", () => {
    fc.assert(
      fc.property(editSequence, fc.constantFrom(4, 32, 256), ([text, edits], limit) => {
        const doc = new ReportTextDocument('mem:doc', 'baogao', 1, text, limit);
        const models = new ModelCache();
        const cache = new ParagraphFindingsCache();
        runRules(models.get(doc), { config, locale: 'zh', cache });
        for (const [at, len, insert] of edits) {
          const length = doc.source.length;
          const start = length ? at % (length + 1) : 0;
          const end = Math.min(length, start + len);
          models.edited('mem:doc', start, end, insert.length);
          doc.update([{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: insert }], doc.version + 1);
          const model = models.get(doc);
          const incremental = runRules(model, { config, locale: 'zh', cache });
          assert.deepEqual(incremental, diagnose(doc.getText()));
          assert.deepEqual(summary(model), summary(parseReport(doc.getText())));
        }
        assert.equal(models.incrementalParses, edits.length, 'every edit was parsed incrementally');
      }),
      { numRuns: runs },
    );
  });

  it('fix-all and formatting are idempotent; every single fix leaves valid text', () => {
    fc.assert(
      fc.property(reportText, (text) => {
        const once = fixAllText(text, { config, locale: 'zh' }).text;
        assert.equal(fixAllText(once, { config, locale: 'zh' }).text, once);
        const formatted = formatText(text);
        assert.equal(formatText(formatted), formatted);
        for (const d of diagnose(text)) {
          for (const f of d.fixes ?? []) {
            for (const e of f.edits) assert.ok(!splitsPair(text, e.span.start) && !splitsPair(text, e.span.end), `${d.rule} splits a surrogate pair`);
            parseReport(applyEdits(text, f.edits));
          }
        }
      }),
      { numRuns: runs },
    );
  });

  it('section commands on random text never throw and keep every line of text', () => {
    fc.assert(
      fc.property(reportText, fc.nat(), (text, at) => {
        const m = parseReport(text);
        const offset = text.length ? at % (text.length + 1) : 0;
        for (const r of [moveSection(m, offset, 'up'), moveSection(m, offset, 'down'), changeLevel(m, offset, 1), changeLevel(m, offset, -1), insertSiblingHeading(m, offset)]) {
          if (!r) continue;
          parseReport(r.text);
          assert.ok(r.line >= 0 && r.line <= parseReport(r.text).index.lineCount);
        }
      }),
      { numRuns: Math.ceil(runs / 2) },
    );
  });

  it('one rule that throws loses only its own findings; the others still arrive', () => {
    const broken: Rule = { meta: { id: 'broken', defaultSeverity: 'error', tags: ['content'], summary: { zh: '', en: '' }, fixable: false, formatting: false, ignorable: false }, check: () => { throw new Error('boom'); } };
    const errors: string[] = [];
    const text = '一、甲\n（一）a\n（三）b\n';
    const d = runRules(parseReport(text), { config, locale: 'zh', rules: [broken, ...allRules], onRuleError: (r) => errors.push(r.meta.id) });
    assert.deepEqual(errors, ['broken']);
    assert.ok(d.some((x) => x.rule === 'numbering-gap'));
  });
});
