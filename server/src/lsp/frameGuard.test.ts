import assert from 'node:assert/strict';
import { FrameGuard, MAX_HEADER_BYTES } from './frameGuard';

/** Feeds the chunks through a guard; what came out and the first broken-frame reason, if any. */
async function run(chunks: Buffer[]): Promise<{ out: Buffer; bad?: string }> {
  let bad: string | undefined;
  const guard = new FrameGuard((reason) => (bad ??= reason));
  const out: Buffer[] = [];
  guard.on('data', (b: Buffer) => out.push(b));
  for (const c of chunks) guard.write(c);
  guard.end();
  await new Promise((r) => guard.on('end', r));
  return { out: Buffer.concat(out), bad };
}

const frame = (body: string, extra = '') => Buffer.from(`Content-Length: ${Buffer.byteLength(body)}\r\n${extra}\r\n${body}`);

describe('LSP frame guard', () => {
  const stream = Buffer.concat([
    frame('{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}'),
    frame('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"text":"一、甲\\r\\n\\r\\n（一）乙"}}', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n'),
    frame(''),
    frame('{"x":"𠮷"}'),
  ]);

  it('passes valid frames through byte for byte, however the stream is cut', async () => {
    for (let cut = 1; cut < stream.length; cut++) {
      const r = await run([stream.subarray(0, cut), stream.subarray(cut)]);
      assert.equal(r.bad, undefined, `cut at ${cut}`);
      assert.ok(r.out.equals(stream), `cut at ${cut}`);
    }
    const bytes = [...stream].map((b) => Buffer.from([b]));
    assert.ok((await run(bytes)).out.equals(stream), 'one byte at a time');
  });

  it('names what is broken: a length that is no number, no length, a bad header line, a header without end, a huge length', async () => {
    const cases: [string, RegExp][] = [
      ['Content-Length: abc\r\n\r\n{}', /Content-Length is not a number: "abc"/],
      ['Content-Type: text/plain\r\n\r\n{}', /without Content-Length/],
      ['{"jsonrpc":"2.0"}\r\n\r\n', /malformed message header line/],
      ['Content-Length: 10\r\nX: ' + 'x'.repeat(MAX_HEADER_BYTES), /header longer than 8192 bytes/],
      ['Content-Length: 9999999999\r\n\r\n', /larger than/],
    ];
    for (const [text, reason] of cases) {
      const r = await run([frame('{"ok":1}'), Buffer.from(text)]);
      assert.match(r.bad ?? '', reason, text.slice(0, 30));
    }
  });
});
