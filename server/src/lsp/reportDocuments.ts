// One owner per open document: its model of the current version, its diagnostics, the paragraph
// findings cache that makes a keystroke cheap, and its worker job. Every feature asks the owner,
// so the document is parsed and diagnosed once per version however many features ask, and closing
// the document drops all of it in one place.

import { TextDocument } from 'vscode-languageserver-textdocument';
import { ResolvedConfig } from '../core/config/config';
import { Diagnostic, Rule } from '../core/rules/rule';
import { ParagraphFindingsCache } from '../core/lint/paragraphCache';
import { runRules } from '../core/lint/runRules';
import { ReportModel } from '../core/model/reportModel';
import { ModelCache } from '../core/model/modelCache';
import { LineIndex } from '../core/text/lineIndex';
import { editSource, joinedText, TextSource } from '../core/text/textSource';
import { ReportTextDocument, sourceOf } from './reportTextDocument';
import { Locale } from '../core/text/i18n';

/** Where very large documents are diagnosed off the server's thread (Node: a worker thread). */
export interface DiagnosticsOffload {
  /** Documents longer than this (UTF-16 units) go there. */
  readonly threshold: number;
  /** False once it failed: the caller computes in place. */
  readonly usable: boolean;
  /** The diagnostics of `version`, whose text is `source`; undefined when a newer version superseded it. */
  compute(uri: string, version: number, source: TextSource, config: ResolvedConfig, locale: Locale): Promise<Diagnostic[] | undefined>;
  /** Told of every edit, in order (`version` is the one it made): what a keystroke sends instead of the text. */
  edited(uri: string, version: number, start: number, end: number, text: string): void;
  /** The text was replaced as a whole. */
  replaced(uri: string): void;
  forget(uri: string): void;
}

export interface DocumentsContext {
  configFor(uri: string): ResolvedConfig;
  locale(): Locale;
  log(message: string): void;
  /** Absent where no worker can be started (the browser build): everything is computed in place. */
  offload?: DiagnosticsOffload;
}

/** Diagnostics of one version, with the line index their spans point into. */
export interface VersionDiagnostics {
  index: LineIndex;
  diagnostics: Diagnostic[];
}

export class ReportDocument {
  /** The last version's diagnostics, with the text they were made from (compared by reference). */
  private diagnostics?: { version: number; text: TextSource; epoch: number; list: Diagnostic[] };
  private paragraphCache = new ParagraphFindingsCache();
  private paragraphCacheEpoch = 0;

  constructor(
    readonly uri: string,
    private readonly owner: ReportDocuments,
  ) {}

  /** The model of the document's version (parsed incrementally after an edit). */
  model(doc: TextDocument): ReportModel {
    return this.owner.models.get(doc);
  }

  config(): ResolvedConfig {
    return this.owner.context.configFor(this.uri);
  }

  /** Diagnostics of the document's version, computed here (what code actions and formatting read). */
  diagnose(doc: TextDocument): { model: ReportModel; diagnostics: Diagnostic[] } {
    const model = this.model(doc);
    const hit = this.diagnostics;
    if (hit && hit.version === doc.version && hit.text === model.source && hit.epoch === this.owner.epoch) return { model, diagnostics: hit.list };
    const list = this.check(model);
    this.diagnostics = { version: doc.version, text: model.source, epoch: this.owner.epoch, list };
    return { model, diagnostics: list };
  }

  /**
   * Types one character at `at` into a copy of the text and takes it out again, as two keystrokes
   * would, publishing nothing (keystrokeWarmUp.ts). Afterwards the model and diagnostics of `doc`'s
   * version are computed again, through the same incremental parse: they are what they were.
   */
  typeAndUndo(doc: TextDocument, at: number, inserted = '字'): { typed: VersionDiagnostics; restored: VersionDiagnostics } {
    const models = this.owner.models;
    this.model(doc); // the version's own model first, so the edits below are read incrementally
    const typedText = editSource(sourceOf(doc), at, at, inserted);
    let typed: VersionDiagnostics;
    models.edited(this.uri, at, at, inserted.length);
    try {
      const typedModel = models.get({ uri: this.uri, version: doc.version, getText: () => joinedText(typedText), source: typedText });
      typed = { index: typedModel.index, diagnostics: this.check(typedModel) };
    } finally {
      // Whatever happened, the next model asked for is the version's own.
      models.edited(this.uri, at, at + inserted.length, 0);
      this.diagnostics = undefined;
    }
    const { model, diagnostics } = this.diagnose(doc);
    return { typed, restored: { index: model.index, diagnostics } };
  }

  private check(model: ReportModel): Diagnostic[] {
    if (this.paragraphCacheEpoch !== this.owner.epoch) {
      // Settings changed: findings remembered per paragraph may depend on them.
      this.paragraphCache = new ParagraphFindingsCache();
      this.paragraphCacheEpoch = this.owner.epoch;
    }
    return runRules(model, {
      config: this.config(),
      locale: this.owner.context.locale(),
      cache: this.paragraphCache,
      documentPath: this.uri,
      onRuleError: (rule: Rule, e) => this.owner.context.log(`baogao: rule ${rule.meta.id} failed on ${this.uri}: ${(e as Error).stack ?? e}`),
    });
  }

  /**
   * Diagnostics to publish: very large documents go to the worker thread, so requests about other
   * documents are answered meanwhile; undefined when a newer version superseded this one.
   */
  async diagnoseForPublishing(doc: TextDocument): Promise<VersionDiagnostics | undefined> {
    const source = sourceOf(doc);
    const worker = this.owner.context.offload;
    if (!worker || !this.owner.inWorker(source.length)) return this.publishable(doc);
    const version = doc.version;
    const epoch = this.owner.epoch;
    try {
      const list = await worker.compute(this.uri, version, source, this.config(), this.owner.context.locale());
      if (!list) return undefined;
      this.diagnostics = { version, text: source, epoch, list };
      // The spans point into this version's text: the document's own line table, when it is still
      // at this version, else one scan of the text (no parse).
      const index = doc instanceof ReportTextDocument && doc.version === version ? doc.lineIndex() : new LineIndex(joinedText(source));
      return { index, diagnostics: list };
    } catch {
      return this.publishable(doc); // the worker is gone: compute here
    }
  }

  private publishable(doc: TextDocument): VersionDiagnostics {
    const { model, diagnostics } = this.diagnose(doc);
    return { index: model.index, diagnostics };
  }

  close(): void {
    this.owner.models.delete(this.uri);
    this.diagnostics = undefined;
    this.owner.context.offload?.forget(this.uri);
  }
}

export class ReportDocuments {
  private readonly open = new Map<string, ReportDocument>();
  /** Raised when settings change: every document's diagnostics are stale. */
  epoch = 0;
  /** One model per version; told of edits (`edited`), it parses incrementally. */
  readonly models = new ModelCache();

  constructor(readonly context: DocumentsContext) {}

  /**
   * Whether a document of this length is diagnosed in the worker thread: never where there is none
   * (the browser build) or it failed. Such a document is not parsed on the main thread except for
   * a request about it.
   */
  inWorker(length: number): boolean {
    const worker = this.context.offload;
    return !!worker && worker.usable && length > worker.threshold;
  }

  /**
   * The document's text had [start, end) replaced by `text`, making `version`: the model cache and
   * the worker (which is sent the edits, not the text) re-read only that region.
   */
  edited(uri: string, version: number, start: number, end: number, text: string): void {
    this.models.edited(uri, start, end, text.length);
    this.context.offload?.edited(uri, version, start, end, text);
  }

  /** The text was replaced as a whole: the next parse, here and in the worker, reads all of it. */
  replaced(uri: string): void {
    this.models.replaced(uri);
    this.context.offload?.replaced(uri);
  }

  of(uri: string): ReportDocument {
    let d = this.open.get(uri);
    if (!d) this.open.set(uri, (d = new ReportDocument(uri, this)));
    return d;
  }

  close(uri: string): void {
    this.open.get(uri)?.close();
    this.open.delete(uri);
  }

  invalidateAll(): void {
    this.epoch++;
  }
}
