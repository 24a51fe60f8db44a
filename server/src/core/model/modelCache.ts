// One model per document version, however many features ask for it. Told of the edits between
// versions, it parses incrementally: only the region around the edits is read again.

import { composeChange, reparseReport, TextChange } from './incremental';
import { parseReport, ReportModel } from './reportModel';
import { joinedText, TextSource } from '../text/textSource';

export interface VersionedText {
  uri: string;
  version: number;
  getText(): string;
  /** The text as the model may read it without joining it (the server's documents keep one). */
  readonly source?: TextSource;
}

interface Entry {
  version: number;
  text: TextSource;
  model: ReportModel;
  /** Edits made since `model` was parsed, as one region (offsets of model.text → current text). */
  pending?: TextChange;
  /** An edit arrived whose place is unknown (a whole-text replacement): parse afresh. */
  unknown?: boolean;
}

export class ModelCache {
  private readonly entries = new Map<string, Entry>();
  /** How many parses ran (fresh or incremental): lets tests and the bench prove features share one. */
  parses = 0;
  /** How many of them were incremental. */
  incrementalParses = 0;

  get(doc: VersionedText): ReportModel {
    const text = doc.source ?? doc.getText();
    const hit = this.entries.get(doc.uri);
    // Keyed on the text itself too (compared by reference, so cheap): a client that reuses a
    // version number with other text still gets a fresh model.
    if (hit && hit.version === doc.version && hit.text === text) return hit.model;
    this.parses++;
    let model: ReportModel;
    if (hit && hit.pending && !hit.unknown) {
      this.incrementalParses++;
      try {
        model = reparseReport(hit.model, text, hit.pending);
      } catch {
        // The previous model may be half moved (reparseReport gives it up): parse afresh.
        model = parseReport(joinedText(text));
      }
    } else {
      model = parseReport(joinedText(text));
    }
    this.entries.set(doc.uri, { version: doc.version, text, model });
    return model;
  }

  /** The current text had [start, end) replaced by `inserted` characters. */
  edited(uri: string, start: number, end: number, inserted: number): void {
    const e = this.entries.get(uri);
    if (e) e.pending = composeChange(e.pending, start, end, inserted);
  }

  /** The text was replaced as a whole (or changed in a way not described): the next parse is fresh. */
  replaced(uri: string): void {
    const e = this.entries.get(uri);
    if (e) e.unknown = true;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
