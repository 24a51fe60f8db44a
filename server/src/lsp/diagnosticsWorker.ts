// Diagnostics of very large documents (a yearly 汇编 can reach 10–20 MB) run in a worker thread,
// so the server keeps answering requests about other documents meanwhile. The worker is the same
// bundle (dist/server.js) started as a thread; it keeps its own copy of each document's text, its
// model and its paragraph caches, and answers with core diagnostics (the main thread converts them
// to LSP at its one edge).
//
// A keystroke sends the worker the edits since the version it holds, not the text: the worker
// patches its copy and parses incrementally, as the main thread does for smaller documents. Sending
// a 20 MB document's text per keystroke (joined, copied into the worker, parsed afresh) took about
// 300 ms a keystroke. The whole text goes only when the worker holds no version of the document
// (the open, a whole-text replacement, a failed or forgotten document) or the edits since are many.
// Only the newest version of a document is computed: a request that arrives while one is in
// flight replaces any waiting one, and superseded requests resolve to undefined.

import { parentPort, Worker } from 'node:worker_threads';
import { ResolvedConfig } from '../core/config/config';
import { runRules } from '../core/lint/runRules';
import { Locale } from '../core/text/i18n';
import { ModelCache } from '../core/model/modelCache';
import { ParagraphFindingsCache } from '../core/lint/paragraphCache';
import { Diagnostic } from '../core/rules/rule';
import { editSource, joinedText, TextSource } from '../core/text/textSource';

import { WORKER_THRESHOLD } from './workerThreshold';

export { WORKER_THRESHOLD };

/** One edit of a document, as the client applied it: [start, end) of the text before it became `text`. */
export interface WorkerEdit {
  start: number;
  end: number;
  text: string;
}

interface RequestBase {
  id: number;
  uri: string;
  version: number;
  config: ResolvedConfig;
  locale: Locale;
}

/** The whole text of the version, or the edits that make it from the version the worker holds. */
type Request = RequestBase & ({ text: string } | { baseVersion: number; edits: WorkerEdit[]; length: number });

interface Response {
  id: number;
  diagnostics?: Diagnostic[];
  /** The worker does not hold the version the edits apply to: send the whole text. */
  resync?: boolean;
  error?: string;
}

/** Edits sent at most per request, and their inserted characters: past either the whole text goes. */
const MAX_EDITS = 2000;
const MAX_EDITED_CHARS = 1 << 20;

interface HeldDocument {
  version: number;
  source: TextSource;
  /** The settings its cache's findings were computed with (the user's word lists change findings). */
  configKey: string;
  cache: ParagraphFindingsCache;
}

export function runDiagnosticsWorker(): void {
  const held = new Map<string, HeldDocument>();
  const models = new ModelCache();
  const drop = (uri: string) => {
    held.delete(uri);
    models.delete(uri);
  };
  parentPort!.on('message', (req: Request | { forget: string }) => {
    if ('forget' in req) {
      drop(req.forget); // the document was closed
      return;
    }
    try {
      let doc = held.get(req.uri);
      let source: TextSource;
      if ('text' in req) {
        source = req.text;
        models.delete(req.uri); // parsed afresh
      } else {
        if (!doc || doc.version !== req.baseVersion) {
          parentPort!.postMessage({ id: req.id, resync: true } satisfies Response);
          return;
        }
        source = doc.source;
        for (const e of req.edits) {
          models.edited(req.uri, e.start, e.end, e.text.length);
          source = editSource(source, e.start, e.end, e.text);
        }
        if (source.length !== req.length) {
          // Not the client's text: start again from the whole of it.
          drop(req.uri);
          parentPort!.postMessage({ id: req.id, resync: true } satisfies Response);
          return;
        }
      }
      const configKey = JSON.stringify(req.config);
      if (!doc || doc.configKey !== configKey) {
        if (!held.has(req.uri) && held.size >= 8) drop(held.keys().next().value!);
        doc = { version: req.version, source, configKey, cache: new ParagraphFindingsCache() };
        held.set(req.uri, doc);
      }
      doc.version = req.version;
      doc.source = source;
      const model = models.get({ uri: req.uri, version: req.version, source, getText: () => joinedText(source) });
      const diagnostics = runRules(model, { config: req.config, locale: req.locale, cache: doc.cache, documentPath: req.uri });
      parentPort!.postMessage({ id: req.id, diagnostics } satisfies Response);
    } catch (e) {
      drop(req.uri); // its state is unknown now: the next request sends the whole text
      parentPort!.postMessage({ id: req.id, error: (e as Error).stack ?? String(e) } satisfies Response);
    }
  });
}

interface Pending {
  uri: string;
  version: number;
  /** The version's text, read (and joined) only if the whole text has to go. */
  source: TextSource;
  config: ResolvedConfig;
  locale: Locale;
  resolve: (r: Diagnostic[] | undefined) => void;
  reject: (e: Error) => void;
}

/** An edit the client made, with the version it made. */
interface LoggedEdit extends WorkerEdit {
  version: number;
}

export class DiagnosticsWorkerClient {
  readonly threshold = WORKER_THRESHOLD;
  private worker?: Worker;
  private nextId = 1;
  private inFlight = new Map<number, Pending>();
  private busyUris = new Set<string>();
  private waiting = new Map<string, Pending>();
  /** The version of each document the worker holds once it has read the requests sent so far. */
  private held = new Map<string, number>();
  /** Edits of a held document made after that version, in order. */
  private edits = new Map<string, LoggedEdit[]>();
  /** False after the worker failed to start or died: the caller computes on the main thread. */
  usable = true;
  /** How many requests carried the whole text (tests: a keystroke sends edits only). */
  wholeTexts = 0;

  constructor(
    private readonly log: (message: string) => void,
    /** The script the thread runs: this bundle (dist/server.js starts the worker in a thread); tests give their own. */
    private readonly script = __filename,
  ) {}

  /** The core diagnostics of the version, or undefined when a newer request for the document superseded it. */
  compute(uri: string, version: number, source: TextSource, config: ResolvedConfig, locale: Locale): Promise<Diagnostic[] | undefined> {
    return new Promise((resolve, reject) => {
      const pending: Pending = { uri, version, source, config, locale, resolve, reject };
      if (this.busyUris.has(uri)) {
        this.waiting.get(uri)?.resolve(undefined); // superseded before it started
        this.waiting.set(uri, pending);
      } else this.send(pending);
    });
  }

  /** The client replaced [start, end) with `text`, making `version` (called for every edit, in order). */
  edited(uri: string, version: number, start: number, end: number, text: string): void {
    if (!this.held.has(uri)) return;
    const list = this.edits.get(uri) ?? [];
    // A long run of edits (or a large paste) is sent as the text it makes.
    if (list.length >= MAX_EDITS || text.length > MAX_EDITED_CHARS) return this.replaced(uri);
    list.push({ version, start, end, text });
    this.edits.set(uri, list);
  }

  /** The text was replaced in a way no edit describes: the next request sends it whole. */
  replaced(uri: string): void {
    this.held.delete(uri);
    this.edits.delete(uri);
  }

  forget(uri: string): void {
    this.waiting.get(uri)?.resolve(undefined);
    this.waiting.delete(uri);
    this.replaced(uri);
    this.worker?.postMessage({ forget: uri });
  }

  private send(p: Pending, whole = false): void {
    const worker = this.start();
    if (!worker) {
      p.reject(new Error('diagnostics worker unavailable'));
      return;
    }
    const id = this.nextId++;
    this.inFlight.set(id, p);
    this.busyUris.add(p.uri);
    const base = { id, uri: p.uri, version: p.version, config: p.config, locale: p.locale };
    const baseVersion = this.held.get(p.uri);
    const log = this.edits.get(p.uri) ?? [];
    // The edits up to this version; later ones (typed while this version waited) stay for the next.
    let n = 0;
    let chars = 0;
    while (n < log.length && log[n].version <= p.version) chars += log[n++].text.length;
    const request: Request =
      !whole && baseVersion !== undefined && baseVersion <= p.version && chars <= MAX_EDITED_CHARS
        ? { ...base, baseVersion, edits: log.slice(0, n), length: p.source.length }
        : { ...base, text: joinedText(p.source) };
    if ('text' in request) this.wholeTexts++;
    this.held.set(p.uri, p.version);
    if (n < log.length) this.edits.set(p.uri, log.slice(n));
    else this.edits.delete(p.uri);
    worker.postMessage(request);
  }

  private start(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      const w = new Worker(this.script);
      w.on('message', (res: Response) => this.done(res));
      w.on('error', (e) => this.fail(`baogao: diagnostics worker failed: ${e.stack ?? e}`));
      w.on('exit', (code) => code !== 0 && this.fail(`baogao: diagnostics worker exited with ${code}`));
      w.unref();
      this.worker = w;
      return w;
    } catch (e) {
      this.fail(`baogao: cannot start the diagnostics worker: ${(e as Error).message}`);
      return undefined;
    }
  }

  private done(res: Response): void {
    const p = this.inFlight.get(res.id);
    if (!p) return;
    this.inFlight.delete(res.id);
    if (res.resync) {
      // The worker lost the version the edits were made on (it dropped the document): the whole
      // text of this version, then edits from it again.
      this.send(p, true);
      return;
    }
    this.busyUris.delete(p.uri);
    if (res.error !== undefined) {
      this.replaced(p.uri); // the worker dropped the document
      p.reject(new Error(res.error));
    } else p.resolve(res.diagnostics!);
    const next = this.waiting.get(p.uri);
    if (next) {
      this.waiting.delete(p.uri);
      this.send(next);
    }
  }

  private fail(message: string): void {
    this.log(message);
    this.usable = false;
    this.worker = undefined;
    for (const p of this.inFlight.values()) p.reject(new Error(message));
    for (const p of this.waiting.values()) p.reject(new Error(message));
    this.inFlight.clear();
    this.waiting.clear();
    this.busyUris.clear();
    this.held.clear();
    this.edits.clear();
  }
}
