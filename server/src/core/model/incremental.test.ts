import assert from 'node:assert/strict';
import { composeChange, reparseReport } from './incremental';
import { parseReport, ReportModel } from './reportModel';
import { editSource, PatchedText, TextSource } from '../text/textSource';
import { corpus, readText, SEED } from '../../../../test/helpers/paths';

/** What must agree between an incremental and a fresh parse. */
function shape(m: ReportModel) {
  return {
    lines: m.lines.map((l) => [l.start, l.end, l.blank, l.ordinal?.raw]),
    paragraphs: m.paragraphs.map((p) => [p.index, p.startLine, p.endLine, p.span.start, p.span.end, p.text, p.segments.map((s) => [s.textStart, s.offset, s.length])]),
    headings: m.headings.map((h) => [h.ordinal.raw, h.depth, h.text, h.sectionSpan.start, h.sectionSpan.end]),
    items: m.items.map((i) => [i.marker.word, i.depth, i.sectionSpan.start]),
    title: m.title?.text,
    signature: m.signature?.span,
  };
}

/** A small deterministic generator, so a failure can be replayed. */
function prng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

const INSERTS = ['', '\n', '\r\n', '\n\n', '（五）', '一、', '1.', '一是', '。', '“', '》', '工作', 'X月X日', '\u3000\u3000', '二○○○年'];

describe('incremental parsing', () => {
  for (const [name, text0] of [
    ['seed 000', readText(SEED.finance)],
    ['seed 004', readText(SEED.town)],
    ['corpus 1982 (nested lists)', corpus('1982')],
    ['corpus 2022 (lines broken around links)', corpus('2022')],
  ] as const) {
    it(`gives the fresh parse after 60 random edits: ${name}`, () => {
      const random = prng(name.length * 7919);
      let text: string = text0;
      let model = parseReport(text);
      for (let k = 0; k < 60; k++) {
        const start = Math.floor(random() * (text.length + 1));
        const end = Math.min(text.length, start + Math.floor(random() * 40));
        const insert = INSERTS[Math.floor(random() * INSERTS.length)];
        const next = text.slice(0, start) + insert + text.slice(end);
        model = reparseReport(model, next, composeChange(undefined, start, end, insert.length));
        text = next;
        assert.deepEqual(shape(model), shape(parseReport(text)), `edit ${k}: [${start}, ${end}) → ${JSON.stringify(insert)}`);
      }
    });

    // As the server reads a version: the earlier text patched, never joined (a small limit, so
    // that the edited region also outgrows it and the text is joined now and then).
    it(`gives the fresh parse after 60 random edits of a text read unjoined: ${name}`, () => {
      const random = prng(name.length * 104729);
      let text: string = text0;
      let source: TextSource = text0;
      let patched = 0;
      let model = parseReport(text);
      for (let k = 0; k < 60; k++) {
        const start = Math.floor(random() * (text.length + 1));
        const end = Math.min(text.length, start + Math.floor(random() * 40));
        const insert = INSERTS[Math.floor(random() * INSERTS.length)];
        text = text.slice(0, start) + insert + text.slice(end);
        source = editSource(source, start, end, insert, 160);
        if (source instanceof PatchedText) patched++;
        model = reparseReport(model, source, composeChange(undefined, start, end, insert.length));
        assert.deepEqual(shape(model), shape(parseReport(text)), `edit ${k}: [${start}, ${end}) → ${JSON.stringify(insert)}`);
        assert.equal(model.text, text);
      }
      assert.ok(patched > 20, `${patched} of 60 versions were patched`);
    });
  }

  it('composes several edits between two parses into one region', () => {
    const text = readText(SEED.finance);
    const a = text.indexOf('（六）');
    // Two edits in the current text's coordinates: （六） → （五）, then a line inserted at the top.
    let change = composeChange(undefined, a, a + 3, 3);
    const once = text.slice(0, a) + '（五）' + text.slice(a + 3);
    change = composeChange(change, 0, 0, 4);
    const twice = '前言\n\n' + once;
    assert.deepEqual(shape(reparseReport(parseReport(text), twice, change)), shape(parseReport(twice)));
  });

  it('carries untouched paragraphs over with their ids and re-reads only those around the edit', () => {
    const text = corpus('2024');
    const before = parseReport(text);
    // Read before the reparse, which gives the previous model up (it moves its paragraphs).
    const idsBefore = before.paragraphs.map((p) => p.id);
    const at = text.indexOf('新质生产力');
    const after = reparseReport(before, text.slice(0, at) + '发展' + text.slice(at), composeChange(undefined, at, at, 2));
    const kept = after.paragraphs.filter((p, i) => p.id === idsBefore[i]).length;
    assert.equal(after.paragraphs.length, idsBefore.length);
    assert.ok(idsBefore.length - kept <= 6, `${kept} of ${idsBefore.length} kept`);
    // Carried-over paragraphs hold text of the new version (a slice of the old one would keep the
    // old version alive): the same characters at the new place.
    for (const p of after.paragraphs) if (p.segments.length === 1) assert.equal(p.text, after.text.slice(p.span.start, p.span.end));
  });
});

/** The whole tree as a fresh build gives it: every node's spans, its list and run, the parts. */
function tree(m: ReportModel) {
  const lists = new Map(m.lists.map((l, i) => [l, i]));
  const runs = new Map(m.runs.map((r, i) => [r, i]));
  return {
    headings: m.headings.map((h) => [h.ordinal.raw, h.depth, h.text, h.ordinalSpan, h.textSpan, h.sectionSpan, lists.get(h.list), h.parent && m.headings.indexOf(h.parent)]),
    items: m.items.map((i) => [i.marker.word, i.depth, i.text, i.markerSpan, i.sectionSpan, runs.get(i.run)]),
    parts: m.parts.map((p) => [p.part, p.text, p.textSpan, p.sectionSpan, p.children.length]),
    roots: m.roots.length,
  };
}

describe('carrying the outline tree over an edit', () => {
  const text0 = corpus('2024');
  // Body paragraphs (no ordinal, no leading marker): where typing almost always happens.
  const body = parseReport(text0).paragraphs.filter((p) => !p.ordinal && !p.leadingMarker && p.textLength > 40);

  it('typing inside body text keeps the tree nodes and gives the tree a fresh build gives', () => {
    let text = text0;
    let model = parseReport(text);
    let carried = 0;
    for (let k = 0; k < 40; k++) {
      const p = body[(k * 7) % body.length];
      // The paragraph's place in the current text: its first line moved by what was typed before it.
      const at = model.paragraphs.find((q) => q.id === p.id)?.span.start ?? 0;
      const first = model.headings[0];
      text = text.slice(0, at + 3) + '改' + text.slice(at + 3);
      model = reparseReport(model, text, composeChange(undefined, at + 3, at + 3, 1));
      if (model.headings[0] === first) carried++;
      assert.deepEqual(tree(model), tree(parseReport(text)), `edit ${k}`);
    }
    assert.ok(carried >= 30, `carried ${carried} of 40`);
  });

  it('typing a new paragraph keeps the tree from its second character, unless it may be a part title', () => {
    // A new line between two paragraphs of body text in 2024.txt, typed into one character at a
    // time: the first keystroke makes a paragraph (the tree is built again), the next ones lengthen a
    // short paragraph that opens no part (it was listed, and the tree built again, for 12
    // keystrokes). Typed as "关于外交工作" it may be a part title from "关于外交" on, and is listed.
    for (const [typed, carriedAtLeast, carriedAtMost] of [
      ['我们要坚持稳中求进工作总基调完整准确全面贯彻新发展理念', 25, 26],
      ['关于外交工作', 0, 2],
    ] as const) {
      // An empty line of its own between two blank lines, as a writer makes one with Enter.
      const end = text0.indexOf('\n\n', text0.indexOf('打造更多有国际影响力'));
      const blank = end + 2;
      let text = text0.slice(0, end + 1) + '\n\n' + text0.slice(end + 1);
      let model = parseReport(text);
      let carried = 0;
      for (let k = 0; k < typed.length; k++) {
        const first = model.headings[0];
        text = text.slice(0, blank + k) + typed[k] + text.slice(blank + k);
        model = reparseReport(model, text, composeChange(undefined, blank + k, blank + k, 1));
        if (model.headings[0] === first) carried++;
        assert.deepEqual(tree(model), tree(parseReport(text)), `${typed.slice(0, k + 1)}`);
      }
      assert.ok(carried >= carriedAtLeast && carried <= carriedAtMost, `${typed}: carried ${carried} of ${typed.length}`);
    }
  });

  it('builds the tree again when an edit makes a lead-in, an item, a heading or a new paragraph', () => {
    const at = text0.indexOf('新质生产力');
    for (const insert of ['如下：', '：', '一是', '。二是', '\n一、', '\n\n', '（一）', '\n各位代表！\n']) {
      const text = text0.slice(0, at) + insert + text0.slice(at);
      const model = reparseReport(parseReport(text0), text, composeChange(undefined, at, at, insert.length));
      assert.deepEqual(tree(model), tree(parseReport(text)), JSON.stringify(insert));
    }
  });

  it('builds the tree again when typing changes what it read of a paragraph it does not list', () => {
    // Paragraphs of body text around each edit (over 12 characters: short ones are listed), so the
    // edit re-reads no listed paragraph and only these facts decide.
    // A wrapped paragraph's last sentence becomes a lead-in (…归纳为四个方面…): the restart "1." right
    // after it now opens a nested list. The edit is on its third line, so the heading is not re-read.
    const leadIn =
      '关于工作的报告\n\n一、总体情况\n\n1.抓好落实各项工作。\n\n2.强化各项保障措施。\n\n' +
      '　　今年以来，我们认真贯彻落实上级各项决策部署，扎实推进\n各项工作，取得了明显成效，群众满意度和获得感不断提升。\n' +
      '围绕全年目标任务，我们在工作中积累了经验，主要做法归纳\n为几项工作，现将有关具体情况和主要成效向大家汇报一下\n\n1.建立工作台账。\n\n2.定期调度推进。\n';
    // An inline 一是 becomes 一时: "二是" three paragraphs on no longer starts a run of its own.
    const inline =
      '关于工作的报告\n\n一、总体情况\n\n一是抓好落实。\n\n二是强化保障。\n\n全年财政运行总体平稳，收支矛盾有所缓解。\n\n各项财政改革有序推进，制度建设不断完善。\n\n' +
      '实施积极的财政政策。一是加强管理。\n\n财政收入稳定增长，结构进一步优化。\n\n支出结构持续改善，民生保障有力。\n\n二是优化结构。\n';
    for (const [text0, from, to] of [
      [leadIn, '主要做法归纳', '主要做法归纳为四个方面和'],
      [inline, '一是加强', '一时加强'],
    ]) {
      const at = text0.indexOf(from);
      const text = text0.slice(0, at) + to + text0.slice(at + from.length);
      const before = parseReport(text0);
      const treeBefore = tree(before);
      assert.notDeepEqual(tree(parseReport(text)), treeBefore, 'the edit changes the tree');
      const model = reparseReport(before, text, composeChange(undefined, at, at + from.length, to.length));
      assert.ok(model.origin!.added.every((p) => !p.ordinal && !p.leadingMarker && p.textLength > 12), 'no listed paragraph re-read');
      assert.deepEqual(tree(model), tree(parseReport(text)), to);
    }
  });

  it('the tree after random edits with structural text is the fresh build (seed 000, corpus 1982)', () => {
    for (const text0 of [readText(SEED.finance), corpus('1982')]) {
      const random = prng(17);
      let text: string = text0;
      let model = parseReport(text);
      for (let k = 0; k < 80; k++) {
        const start = Math.floor(random() * (text.length + 1));
        const end = Math.min(text.length, start + (random() < 0.7 ? 0 : Math.floor(random() * 6)));
        const insert = random() < 0.6 ? '改' : INSERTS[Math.floor(random() * INSERTS.length)];
        text = text.slice(0, start) + insert + text.slice(end);
        model = reparseReport(model, text, composeChange(undefined, start, end, insert.length));
        assert.deepEqual(tree(model), tree(parseReport(text)), `edit ${k}`);
      }
    }
  });
});
