// Diagnostics of very large documents (a yearly 汇编 can reach 10–20 MB) run in a worker thread,
// so the server keeps answering requests about other documents meanwhile. The worker is the same
// bundle (dist/server.js) started as a thread; it keeps its own paragraph caches per document and
// answers with core diagnostics (the main thread converts them to LSP at its one edge).
// Only the newest version of a document is computed: a request that arrives while one is in
// flight replaces any waiting one, and superseded requests resolve to undefined.

import { parentPort, Worker } from 'node:worker_threads';
import { ResolvedConfig } from '../core/config/config';
import { runRules } from '../core/lint/runRules';
import { Locale } from '../core/text/i18n';
import { parseReport } from '../core/model/reportModel';
import { ParagraphFindingsCache } from '../core/lint/paragraphCache';
import { Diagnostic } from '../core/rules/rule';

import { WORKER_THRESHOLD } from './workerThreshold';

export { WORKER_THRESHOLD };

interface Request {
  id: number;
  uri: string;
  text: string;
  config: ResolvedConfig;
  locale: Locale;
}

interface Response {
  id: number;
  diagnostics?: Diagnostic[];
  error?: string;
}

export function runDiagnosticsWorker(): void {
  const caches = new Map<string, ParagraphFindingsCache>();
  /** The settings each cache's findings were computed with (the user's word lists change findings). */
  const cacheConfigs = new Map<string, string>();
  parentPort!.on('message', (req: Request | { forget: string }) => {
    if ('forget' in req) {
      caches.delete(req.forget); // the document was closed
      cacheConfigs.delete(req.forget);
      return;
    }
    try {
      let cache = caches.get(req.uri);
      const configKey = JSON.stringify(req.config);
      if (cache && cacheConfigs.get(req.uri) !== configKey) {
        caches.delete(req.uri);
        cache = undefined;
      }
      cacheConfigs.set(req.uri, configKey);
      if (!cache) {
        if (caches.size >= 8) caches.delete(caches.keys().next().value!);
        caches.set(req.uri, (cache = new ParagraphFindingsCache()));
      }
      const model = parseReport(req.text);
      const diagnostics = runRules(model, { config: req.config, locale: req.locale, cache, documentPath: req.uri });
      parentPort!.postMessage({ id: req.id, diagnostics } satisfies Response);
    } catch (e) {
      parentPort!.postMessage({ id: req.id, error: (e as Error).stack ?? String(e) } satisfies Response);
    }
  });
}

interface Pending {
  req: Omit<Request, 'id'>;
  resolve: (r: Diagnostic[] | undefined) => void;
  reject: (e: Error) => void;
}

export class DiagnosticsWorkerClient {
  readonly threshold = WORKER_THRESHOLD;
  private worker?: Worker;
  private nextId = 1;
  private inFlight = new Map<number, Pending & { uri: string }>();
  private busyUris = new Set<string>();
  private waiting = new Map<string, Pending>();
  /** False after the worker failed to start or died: the caller computes on the main thread. */
  usable = true;

  constructor(private readonly log: (message: string) => void) {}

  /** The core diagnostics of the text, or undefined when a newer request for the document superseded it. */
  compute(uri: string, text: string, config: ResolvedConfig, locale: Locale): Promise<Diagnostic[] | undefined> {
    return new Promise((resolve, reject) => {
      const pending: Pending = { req: { uri, text, config, locale }, resolve, reject };
      if (this.busyUris.has(uri)) {
        this.waiting.get(uri)?.resolve(undefined); // superseded before it started
        this.waiting.set(uri, pending);
      } else this.send(pending);
    });
  }

  forget(uri: string): void {
    this.waiting.get(uri)?.resolve(undefined);
    this.waiting.delete(uri);
    this.worker?.postMessage({ forget: uri });
  }

  private send(p: Pending): void {
    const worker = this.start();
    if (!worker) {
      p.reject(new Error('diagnostics worker unavailable'));
      return;
    }
    const id = this.nextId++;
    this.inFlight.set(id, { ...p, uri: p.req.uri });
    this.busyUris.add(p.req.uri);
    worker.postMessage({ id, ...p.req } satisfies Request);
  }

  private start(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      const w = new Worker(__filename);
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
    this.busyUris.delete(p.uri);
    if (res.error !== undefined) p.reject(new Error(res.error));
    else p.resolve(res.diagnostics!);
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
  }
}
