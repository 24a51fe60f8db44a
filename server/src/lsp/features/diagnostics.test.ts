// The publisher with the versions the transport has seen arrive (changeArrivals.ts): a change behind
// which a newer one already arrived is never diagnosed, and the newest is diagnosed at once, not
// after the burst delay a change following another closely gets.

import assert from 'node:assert/strict';
import * as lsp from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticsPublisher } from './diagnostics';
import { ChangeArrivals } from '../changeArrivals';

const URI = 'untitled:report';
const nextTurn = () => new Promise((r) => setImmediate(r));

function setUp(diagnosisMs = 0) {
  const arrivals = new ChangeArrivals();
  let deliver: (m: lsp.Message) => void = () => {};
  const fakeReader = { onError: () => ({ dispose() {} }), onClose: () => ({ dispose() {} }), onPartialMessage: () => ({ dispose() {} }), listen: (cb: (m: lsp.Message) => void) => ((deliver = cb), { dispose() {} }), dispose() {} };
  const handled: lsp.Message[] = [];
  arrivals.watch(fakeReader as unknown as lsp.MessageReader).listen((m) => handled.push(m));
  const docs: TextDocument[] = [];
  const computed: number[] = [];
  const published: number[] = [];
  const connection = { sendDiagnostics: async (p: lsp.PublishDiagnosticsParams) => void published.push(p.version!), console: { error: () => {} } } as unknown as lsp.Connection;
  const publisher = new DiagnosticsPublisher(
    connection,
    () => docs[docs.length - 1],
    (doc) => {
      computed.push(doc.version);
      const until = Date.now() + diagnosisMs; // a large report's diagnosis blocks the thread
      while (Date.now() < until);
      return [];
    },
    (uri, version) => arrivals.newerThan(uri, version),
  );
  /** The message arrives at the transport (queued; handled later). */
  const arrive = (method: string, version: number) => deliver({ jsonrpc: '2.0', method, params: { textDocument: { uri: URI, version }, contentChanges: [] } } as lsp.Message);
  /** The message is handled: the document changes and the publisher is told. */
  const handle = (version: number) => {
    docs.push(TextDocument.create(URI, 'baogao', version, `一、版本${version}\n`));
    publisher.schedule(docs[docs.length - 1]);
  };
  /** The editor opens the document, and its diagnosis runs. */
  const opened = async () => {
    arrive('textDocument/didOpen', 1);
    handle(1);
    await nextTurn();
  };
  /** A keystroke arrives on its own and is handled; the next turn comes. */
  const typed = async (version: number) => {
    arrive('textDocument/didChange', version);
    handle(version);
    await nextTurn();
  };
  return { arrive, handle, opened, typed, computed, published, handled, publisher, deliver: (m: unknown) => deliver(m as lsp.Message) };
}

describe('publishing diagnostics as changes arrive', () => {
  it('diagnoses only the newest of the changes that queued up during a long diagnosis, on the next turn', async () => {
    const s = setUp(60);
    await s.opened();
    assert.deepEqual(s.computed, [1]);
    // Five keystrokes queued up while the open was diagnosed: read at once, handled one per turn.
    for (let v = 2; v <= 6; v++) s.arrive('textDocument/didChange', v);
    assert.equal(s.handled.length, 6, 'the connection still gets every message');
    for (let v = 2; v <= 5; v++) {
      s.handle(v);
      await nextTurn();
    }
    assert.deepEqual(s.computed, [1], 'versions 2–5 were superseded before they were handled');
    s.handle(6);
    await nextTurn();
    assert.deepEqual(s.computed, [1, 6]);
    assert.deepEqual(s.published, [1, 6]);
  });

  it('diagnoses the first keystroke after a long diagnosis at once, not after the burst delay', async () => {
    const s = setUp(60);
    await s.opened();
    await s.typed(2);
    assert.deepEqual(s.computed, [1, 2]);
  });

  it('still waits for a burst of changes arriving one by one to settle', async () => {
    const s = setUp();
    await s.opened();
    await s.typed(2);
    assert.deepEqual(s.computed, [1], 'a change right after another waits');
    s.arrive('textDocument/didChange', 3);
    s.handle(3);
    await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(s.computed, [1, 3]);
  });

  it('forgets a closed document: reopened at version 1, it is diagnosed again; malformed messages tell nothing', async () => {
    const s = setUp();
    for (const bad of [{ method: 'textDocument/didChange' }, { method: 'textDocument/didChange', params: { textDocument: { uri: 7, version: 99 } } }, { method: 'textDocument/didChange', params: { textDocument: { uri: URI, version: '99' } } }, { id: 1, result: null }]) s.deliver({ jsonrpc: '2.0', ...bad });
    assert.equal(s.handled.length, 4, 'passed on to the connection, which reports them');
    s.arrive('textDocument/didChange', 9);
    s.arrive('textDocument/didClose', 9);
    s.arrive('textDocument/didOpen', 1);
    s.publisher.clear(URI);
    s.handle(1);
    await nextTurn();
    assert.deepEqual(s.computed, [1]);
  });
});
