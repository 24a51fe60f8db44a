// Tells the client the 字数 limit of each open document, so its status bar shows "2,812 / 3,000 字".
// The limit depends on the settings and the genre (from the title), which only the server knows.

import * as lsp from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lengthLimit, recogniseGenre } from '../../core/rules/shared/genre';
import { LENGTH_LIMIT_NOTIFICATION, LengthLimitParams } from '../../protocol';
import { ReportDocument } from '../reportDocuments';
import { sourceOf } from '../reportTextDocument';

export class LengthLimitNotifier {
  private readonly sent = new Map<string, number | null>();

  constructor(
    private readonly connection: Pick<lsp.Connection, 'sendNotification'>,
    /** Whether a document this long is diagnosed in the worker (ReportDocuments.inWorker). */
    private readonly inWorker: (length: number) => boolean,
  ) {}

  update(report: ReportDocument, doc: TextDocument): void {
    const config = report.config();
    // A document diagnosed in the worker is not parsed here just for its title: no genre then. Where
    // there is no worker (the browser), every document is parsed here anyway.
    const genre = this.inWorker(sourceOf(doc).length) ? undefined : recogniseGenre(report.model(doc), config)?.id;
    const limit = lengthLimit(genre, config) ?? null;
    if (this.sent.get(doc.uri) === limit) return;
    this.sent.set(doc.uri, limit);
    void this.connection.sendNotification(LENGTH_LIMIT_NOTIFICATION, { uri: doc.uri, limit } satisfies LengthLimitParams);
  }

  forget(uri: string): void {
    this.sent.delete(uri);
  }
}
