// Tells the client the 字数 limit of each open document, so its status bar shows "2,812 / 3,000 字".
// The limit depends on the settings and the genre (from the title), which only the server knows.

import * as lsp from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lengthLimit, recogniseGenre } from '../../core/rules/shared/genre';
import { LENGTH_LIMIT_NOTIFICATION, LengthLimitParams } from '../../protocol';
import { ReportDocument } from '../reportDocuments';
import { WORKER_THRESHOLD } from '../workerThreshold';
import { sourceOf } from '../reportTextDocument';

export class LengthLimitNotifier {
  private readonly sent = new Map<string, number | null>();

  constructor(private readonly connection: lsp.Connection) {}

  update(report: ReportDocument, doc: TextDocument): void {
    const config = report.config();
    // A document big enough for the worker is not parsed here just for its title: no genre then.
    const genre = sourceOf(doc).length <= WORKER_THRESHOLD ? recogniseGenre(report.model(doc), config)?.id : undefined;
    const limit = lengthLimit(genre, config) ?? null;
    if (this.sent.get(doc.uri) === limit) return;
    this.sent.set(doc.uri, limit);
    void this.connection.sendNotification(LENGTH_LIMIT_NOTIFICATION, { uri: doc.uri, limit } satisfies LengthLimitParams);
  }

  forget(uri: string): void {
    this.sent.delete(uri);
  }
}
