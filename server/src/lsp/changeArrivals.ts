// Which version of each document the editor has already sent, as the messages arrive: read at the
// transport, before they are handled one per event-loop turn. Changes that queued up while a long
// diagnosis ran are all read at once after it; the publisher diagnoses only the newest of them, and
// does so at once (it used to guess a queue from timing: any change within 50 ms of a diagnosis
// waited 30 ms, also the writer's first keystroke after a large report's diagnostics arrived).

import type { DataCallback, Disposable, Message, MessageReader } from 'vscode-languageserver';

export class ChangeArrivals {
  /** The newest version received per open document (didOpen, then didChange). */
  private readonly received = new Map<string, number>();

  /** The reader with every message seen before the connection gets it. */
  watch(reader: MessageReader): MessageReader {
    return {
      onError: reader.onError,
      onClose: reader.onClose,
      onPartialMessage: reader.onPartialMessage,
      listen: (callback: DataCallback): Disposable =>
        reader.listen((message) => {
          this.saw(message);
          callback(message);
        }),
      dispose: () => reader.dispose(),
    };
  }

  /** Whether a version of `uri` newer than `version` has arrived (and is queued, or handled). */
  newerThan(uri: string, version: number): boolean {
    const newest = this.received.get(uri);
    return newest !== undefined && newest > version;
  }

  private saw(message: Message): void {
    const { method, params } = message as { method?: unknown; params?: { textDocument?: { uri?: unknown; version?: unknown } } };
    if (typeof method !== 'string' || !method.startsWith('textDocument/did')) return;
    const doc = params?.textDocument;
    // A malformed message is the connection's to report; it tells nothing here.
    if (!doc || typeof doc.uri !== 'string') return;
    if (method === 'textDocument/didClose') this.received.delete(doc.uri);
    else if ((method === 'textDocument/didOpen' || method === 'textDocument/didChange') && typeof doc.version === 'number') this.received.set(doc.uri, doc.version);
  }
}
