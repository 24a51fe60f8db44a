import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { KeystrokeWarmUp, SAMPLE_WINDOW_MS, WARM_UP_EDITS, warmUpEdit } from './keystrokeWarmUp';
import { ReportDocuments } from './reportDocuments';
import { defaultConfig } from '../core/config/config';
import { parseReport } from '../core/model/reportModel';
import { corpus, readText, SEED } from '../../../test/helpers/paths';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const options = { minChars: 1000, idleMs: 20, rounds: 5, sampleRounds: 0 };

describe('keystroke warm-up: when it runs', () => {
  it('runs its rounds once a large document has been left alone, each as its own task, then says it is done', async () => {
    const rounds: number[] = [];
    let done = 0;
    let between = 0;
    const w = new KeystrokeWarmUp(
      (uri, version, round) => {
        assert.deepEqual([uri, version], ['file:///a.txt', 3]);
        // A message that arrives during a round is handled before the next round.
        if (round > 0) assert.equal(between, round, 'a task queued by the last round ran first');
        setTimeout(() => between++, 0);
        rounds.push(round);
        return true;
      },
      (_uri, rounds) => (done++, assert.equal(rounds, 5)),
      options,
    );
    w.opened('file:///a.txt', 3, 5000);
    w.changed('file:///a.txt', 3); // opening reports the opened version: not an edit
    await pause(60);
    assert.deepEqual(rounds, [], 'nothing before the diagnostics of the opened version are out');
    w.diagnosed('file:///a.txt', 2);
    w.diagnosed('file:///a.txt', 3);
    w.diagnosed('file:///a.txt', 3); // once only
    assert.deepEqual(rounds, [], 'nothing before the pause');
    await pause(100);
    assert.deepEqual(rounds, [0, 1, 2, 3, 4]);
    assert.equal(done, 1);
  });

  it('warms one document at a time: a large report whose diagnostics come later takes over', async () => {
    const calls: string[] = [];
    const w = new KeystrokeWarmUp((uri) => (calls.push(uri), true), undefined, { ...options, rounds: 50 });
    w.opened('file:///a.txt', 1, 5000);
    w.opened('file:///b.txt', 1, 5000);
    w.diagnosed('file:///a.txt', 1);
    await pause(40);
    w.diagnosed('file:///b.txt', 1);
    const before = calls.length;
    assert.ok(before > 0 && calls.every((u): boolean => u === 'file:///a.txt'), calls.join());
    await pause(80);
    assert.ok(calls.slice(before).every((u): boolean => u === 'file:///b.txt') && calls.length > before, calls.join());
    w.dispose();
  });

  it('leaves a small document alone, and an edit (before or after the diagnostics), a close or a round that cannot run ends it', async () => {
    let calls = 0;
    const w = new KeystrokeWarmUp(() => (calls++, true), undefined, options);
    w.opened('file:///small.txt', 1, 999);
    w.diagnosed('file:///small.txt', 1);
    w.opened('file:///typed-at-once.txt', 1, 5000);
    w.changed('file:///typed-at-once.txt', 2);
    w.diagnosed('file:///typed-at-once.txt', 1);
    w.opened('file:///edited.txt', 1, 5000);
    w.diagnosed('file:///edited.txt', 1);
    w.changed('file:///edited.txt', 2);
    w.opened('file:///closed.txt', 1, 5000);
    w.diagnosed('file:///closed.txt', 1);
    w.stop('file:///closed.txt');
    await pause(80);
    assert.equal(calls, 0);

    const failing = new KeystrokeWarmUp(
      (_uri, _version, round) => {
        calls++;
        if (round === 1) throw new Error('a rule failed');
        return true;
      },
      undefined,
      options,
    );
    failing.opened('file:///b.txt', 1, 5000);
    failing.diagnosed('file:///b.txt', 1);
    await pause(80);
    assert.equal(calls, 2, 'a round that throws ends the warm-up, quietly');
    assert.equal(failing.roundsRun, 1);
  });
});

describe('keystroke warm-up: a sample, when a writer starts typing in a large report', () => {
  it('starts at the first edit of a large report, runs its rounds as separate tasks between keystrokes, then frees the sample; once per server', async () => {
    const rounds: [string, number][] = [];
    const done: [string, number][] = [];
    let between = 0;
    const w = new KeystrokeWarmUp(() => true, undefined, { ...options, idleMs: 10_000, sampleRounds: 6 }, {
      round(uri, round) {
        if (round > 0) assert.equal(between, round, 'a task queued by the last round ran first');
        setTimeout(() => between++, 0);
        rounds.push([uri, round]);
        return true;
      },
      done: (uri, n) => done.push([uri, n]),
    });
    w.opened('file:///small.txt', 1, 999);
    w.diagnosed('file:///small.txt', 1);
    w.changed('file:///small.txt', 2);
    w.opened('file:///a.txt', 1, 5000);
    w.changed('file:///a.txt', 1); // opening reports the opened version: not an edit
    w.diagnosed('file:///a.txt', 1);
    await pause(20);
    assert.deepEqual(rounds, [], 'a report opened to be read costs nothing');
    w.changed('file:///a.txt', 2); // the writer starts typing
    w.changed('file:///a.txt', 3);
    await pause(20);
    assert.deepEqual(rounds, [], 'not before the diagnostics of the keystroke are out');
    w.diagnosed('file:///a.txt', 3);
    assert.deepEqual(rounds, [], 'each round is a task of its own');
    await pause(60);
    assert.deepEqual(rounds, [0, 1, 2, 3, 4, 5].map((k) => ['file:///a.txt', k]));
    assert.deepEqual(done, [['file:///a.txt', 6]]);
    w.opened('file:///b.txt', 1, 5000);
    w.diagnosed('file:///b.txt', 1);
    w.changed('file:///b.txt', 2);
    w.diagnosed('file:///b.txt', 2);
    await pause(30);
    assert.equal(rounds.length, 6, 'code warmed once is warm for every later report');
    w.dispose();
  });

  it("runs sample rounds only just after a keystroke's diagnostics or once the writer pauses, never when the next keystroke may come", async () => {
    let t = 0; // the warm-up's clock, moved by the rounds: each takes 25 ms of it
    const rounds: number[] = [];
    const done: number[] = [];
    const w = new KeystrokeWarmUp(() => true, undefined, { ...options, idleMs: 200, sampleRounds: 6 }, {
      round(_uri, round) {
        rounds.push(round);
        t += 25;
        return true;
      },
      done: (_uri, n) => done.push(n),
    }, () => t);
    w.opened('file:///a.txt', 1, 5000);
    w.changed('file:///a.txt', 2);
    w.diagnosed('file:///a.txt', 2); // at 0
    await pause(40);
    assert.deepEqual(rounds, [0, 1], `rounds begun ${SAMPLE_WINDOW_MS} ms after the diagnostics at most`);
    w.changed('file:///a.txt', 3);
    w.diagnosed('file:///a.txt', 3); // the next keystroke's, at 50
    await pause(40);
    assert.deepEqual(rounds, [0, 1, 2, 3]);
    t = 300; // the writer stopped typing
    await pause(200);
    assert.deepEqual(rounds, [0, 1, 2, 3, 4, 5]);
    assert.deepEqual(done, [6]);
    w.dispose();
  });

  it('a report warmed up all through needs no sample', async () => {
    let sampled = 0;
    const w = new KeystrokeWarmUp(() => true, undefined, { ...options, sampleRounds: 6 }, { round: () => (sampled++, true), done: () => undefined });
    w.opened('file:///a.txt', 1, 5000);
    w.diagnosed('file:///a.txt', 1);
    await pause(80);
    assert.equal(w.roundsRun, options.rounds);
    w.changed('file:///a.txt', 2);
    w.diagnosed('file:///a.txt', 2);
    await pause(30);
    assert.equal(sampled, 0);
  });

  it('a sample round that cannot run or throws ends the sample, which is freed; so does disposing of the server', async () => {
    for (const fail of [() => false, () => { throw new Error('a rule failed'); }]) {
      const done: number[] = [];
      const w = new KeystrokeWarmUp(() => true, undefined, { ...options, sampleRounds: 6 }, { round: (_uri, round) => (round < 2 ? true : fail()), done: (_uri, n) => done.push(n) });
      w.opened('file:///a.txt', 1, 5000);
      w.changed('file:///a.txt', 2);
      w.diagnosed('file:///a.txt', 2);
      await pause(40);
      assert.deepEqual(done, [2]);
      w.dispose();
      assert.deepEqual(done, [2], 'freed once');
    }
    const done: number[] = [];
    const w = new KeystrokeWarmUp(() => true, undefined, { ...options, sampleRounds: 1000 }, { round: () => true, done: (_uri, n) => done.push(n) });
    w.opened('file:///a.txt', 1, 5000);
    w.changed('file:///a.txt', 2);
    w.diagnosed('file:///a.txt', 2);
    await pause(20);
    w.dispose();
    const ran = w.sampleRoundsRun;
    assert.ok(ran > 0 && ran < 1000 && done.length === 1 && done[0] === ran, `${ran} rounds, done ${done}`);
    await pause(20);
    assert.equal(w.sampleRoundsRun, ran, 'no round after dispose');
  });
});

describe('keystroke warm-up: typing and taking it out again', () => {
  const config = defaultConfig();
  const context = { configFor: () => config, locale: () => 'zh' as const, log: () => undefined };
  const comparable = (d: { rule: string; span: { start: number; end: number }; message: string; severity: string }[]) => d.map((x) => [x.rule, x.span.start, x.span.end, x.message, x.severity]);

  for (const [name, text] of [
    ['seed 000', readText(SEED.finance)],
    ['corpus 2024', corpus('2024')],
    ['corpus 1982', corpus('1982')],
  ] as const) {
    it(`leaves the model and diagnostics of the version as they were, and checks the typed text as a fresh parse would: ${name}`, () => {
      const reports = new ReportDocuments(context);
      const doc = TextDocument.create('file:///r.txt', 'baogao', 1, text);
      const report = reports.of(doc.uri);
      const before = comparable(report.diagnose(doc).diagnostics);
      const middle = warmUpEdit(report.model(doc).paragraphs, 0)!;
      assert.ok(middle.at > 0 && middle.at < text.length);
      const p = parseReport(text).paragraphs.find((q) => q.span.start < middle.at && middle.at < q.span.end);
      assert.ok(p && !p.ordinal && !p.leadingMarker, 'typed into a paragraph of body text');
      assert.equal(warmUpEdit(report.model(doc).paragraphs, 3)!.at, p.span.end, 'a new paragraph is added after it');
      for (let round = 0; round < 2 * WARM_UP_EDITS.length; round++) {
        const { at, text: inserted } = warmUpEdit(report.model(doc).paragraphs, round)!;
        const { typed, restored } = report.typeAndUndo(doc, at, inserted);
        const typedText = text.slice(0, at) + inserted + text.slice(at);
        const fresh = new ReportDocuments(context);
        const typedDoc = TextDocument.create('file:///t.txt', 'baogao', 1, typedText);
        assert.deepEqual(comparable(typed.diagnostics), comparable(fresh.of(typedDoc.uri).diagnose(typedDoc).diagnostics), `typed ${JSON.stringify(inserted)}`);
        assert.deepEqual(comparable(restored.diagnostics), before);
        assert.deepEqual(comparable(report.diagnose(doc).diagnostics), before);
        const model = report.model(doc);
        const again = parseReport(text);
        assert.equal(model.text, text);
        assert.deepEqual(
          model.headings.map((h) => [h.ordinal.raw, h.depth, h.sectionSpan.start, h.sectionSpan.end]),
          again.headings.map((h) => [h.ordinal.raw, h.depth, h.sectionSpan.start, h.sectionSpan.end]),
        );
        assert.deepEqual(
          model.paragraphs.map((q) => [q.span.start, q.span.end, q.text]),
          again.paragraphs.map((q) => [q.span.start, q.span.end, q.text]),
        );
      }
      assert.ok(reports.models.incrementalParses >= 12, 'every round parses incrementally');
    });
  }
});
