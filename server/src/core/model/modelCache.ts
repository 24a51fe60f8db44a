// One model per document version, however many features ask for it.

import { parseReport, ReportModel } from './reportModel';

export interface VersionedText {
  uri: string;
  version: number;
  getText(): string;
}

export class ModelCache {
  private readonly entries = new Map<string, { version: number; model: ReportModel }>();
  /** How many parses ran: lets tests and the bench prove features share one parse. */
  parses = 0;

  get(doc: VersionedText): ReportModel {
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.model;
    this.parses++;
    const model = parseReport(doc.getText());
    this.entries.set(doc.uri, { version: doc.version, model });
    return model;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
