import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findEnumerationMarkers } from '../../model/enumerations';
import { MAYBE as MAYBE_ANNOUNCES } from '../declaredCount';
import { corpusFiles, readText, seedFiles } from '../../../../../test/helpers/paths';
import { parseReport } from '../../model/reportModel';
import { defaultConfig } from '../../config/config';
import { RuleContext } from '../rule';
import { ANNOUNCEMENT_PAIR, ASCII_DIGIT, BAI, ENUMERATION_PAIR, DOUBLED_SLOT, DRAFT_WORD, FULL_WIDTH_DIGIT, NIAN, HALFWIDTH, HAO, OPEN_PAREN, PAIRED_MARK, PAUSE_RUN, QUOTE_AFTER_QUOTE, rareCharactersOf, repeatsOf, SLOT, QING, WHITESPACE, YUE } from './characterPass';

function contextOf(text: string): RuleContext {
  return { model: parseReport(text), config: defaultConfig(), locale: 'zh', t: (x) => x.zh };
}

describe('the character pass the content rules share', () => {
  it('tells which classes of characters a paragraph holds', () => {
    const ctx = contextOf('会议指出,要抓落实。\n\n请于X月X日前报送（ ）。\n\n由某某同志负责，二〇二三年。\n\n学习《党章》、《准则》，，\n\n全面推进各项工作落实。\n');
    const [comma, slot, mou, marks, plain] = ctx.model.paragraphs.map((p) => rareCharactersOf(p, ctx));
    assert.equal(comma, HALFWIDTH);
    assert.equal(slot, SLOT | OPEN_PAREN | WHITESPACE | PAIRED_MARK | YUE);
    assert.equal(mou & DOUBLED_SLOT, DOUBLED_SLOT); // 某某; 〇 alone in 二〇二三 is no pair
    assert.equal(marks, PAIRED_MARK | PAUSE_RUN | QUOTE_AFTER_QUOTE);
    assert.equal(plain, 0);
    const numbers = contextOf('增长百分之五，文号为〔2024〕5号。\n');
    assert.equal(rareCharactersOf(numbers.model.paragraphs[0], numbers) & (YUE | HAO | BAI | ASCII_DIGIT | FULL_WIDTH_DIGIT | NIAN), HAO | BAI | ASCII_DIGIT);
    const years = contextOf('２０２３年\n');
    assert.equal(rareCharactersOf(years.model.paragraphs[0], years) & (ASCII_DIGIT | FULL_WIDTH_DIGIT | NIAN), FULL_WIDTH_DIGIT | NIAN);
    const draft = contextOf('根据实际情况修改\n\n希望对您有帮助\n\n见[附件](a.docx)\n\n人工智能\n\nAI\n');
    assert.deepEqual(draft.model.paragraphs.map((p) => rareCharactersOf(p, draft) & (DRAFT_WORD | QING)), [QING, DRAFT_WORD, DRAFT_WORD, DRAFT_WORD, DRAFT_WORD]);
  });

  it('finds every run of two to eight characters written twice, by start then length', () => {
    const ctx = contextOf('工作促工作促发展，存在存在问题，研究研究。\n');
    const [p] = ctx.model.paragraphs;
    assert.deepEqual(repeatsOf(p, ctx), [
      { i: 0, L: 3 },
      { i: 9, L: 2 },
      { i: 16, L: 2 },
    ]);
  });

  it('gives the same answers for a paragraph of another model (scanned on the spot)', () => {
    const text = '工作促工作促发展,某某负责。\n';
    const ctx = contextOf(text);
    const other = parseReport(text).paragraphs[0];
    assert.equal(rareCharactersOf(other, ctx), rareCharactersOf(ctx.model.paragraphs[0], ctx));
    assert.deepEqual(repeatsOf(other, ctx), repeatsOf(ctx.model.paragraphs[0], ctx));
  });

  // The pairs gate two whole-document rules: a paragraph without them is not searched for
  // enumeration words (enumeration-sequence) or announcements (declared-count), so a pair missed
  // here is a finding lost there.
  it('marks every paragraph that holds an enumeration word or an announcement, and few others, in the seeds and corpus', () => {
    let paragraphs = 0, enumerations = 0, enumerationGate = 0, announcements = 0, announcementGate = 0;
    for (const file of [...seedFiles(), ...corpusFiles()]) {
      const ctx = contextOf(readText(file));
      for (const p of ctx.model.paragraphs) {
        const chars = rareCharactersOf(p, ctx);
        paragraphs++;
        if (chars & ENUMERATION_PAIR) enumerationGate++;
        if (chars & ANNOUNCEMENT_PAIR) announcementGate++;
        if (findEnumerationMarkers(p.text).length) {
          enumerations++;
          assert.ok(chars & ENUMERATION_PAIR, `${file}: ${p.text.slice(0, 40)}`);
        }
        if (MAYBE_ANNOUNCES.test(p.text)) {
          announcements++;
          assert.ok(chars & ANNOUNCEMENT_PAIR, `${file}: ${p.text.slice(0, 40)}`);
        }
      }
    }
    // Real text has both, and most paragraphs are ruled out (a gate that passes all saves nothing).
    assert.ok(enumerations > 500 && announcements > 200, `${enumerations} ${announcements}`);
    assert.ok(enumerationGate < paragraphs / 3 && announcementGate < paragraphs / 3, `${enumerationGate} ${announcementGate} of ${paragraphs}`);
  });

  it('marks the pairs wherever they stand, whatever surrounds them', () => {
    // Single characters, and the words themselves so that they turn up often.
    const alphabet = [...'一二两三四五六七八九十是第首先其次再最后以如下列个方面大0９，。、：要\n', '二是', '第三', '首先', '其次', '再次', '最后', '以下', '如下', '下列', '个方面', '五大'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 20 }), (units) => {
        const ctx = contextOf(units.join(''));
        for (const p of ctx.model.paragraphs) {
          const chars = rareCharactersOf(p, ctx);
          if (findEnumerationMarkers(p.text).length) assert.ok(chars & ENUMERATION_PAIR, p.text);
          if (MAYBE_ANNOUNCES.test(p.text)) assert.ok(chars & ANNOUNCEMENT_PAIR, p.text);
        }
      }),
      { numRuns: 3000 },
    );
    const plain = contextOf('统一部署，全面推进。');
    assert.equal(rareCharactersOf(plain.model.paragraphs[0], plain) & (ENUMERATION_PAIR | ANNOUNCEMENT_PAIR), 0);
  });
});
