// A small LSP client for protocol tests: starts dist/server.js over stdio and speaks JSON-RPC to
// it, exactly as an editor does.

import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as rpc from 'vscode-jsonrpc/node';
import { distDir } from './paths';
import { SERVER_ENV, SERVER_NODE_FLAGS } from '../../server/src/protocol';

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; code?: string | number; message: string; severity?: number; source?: string }[];
}

export class TestLspClient {
  readonly proc: ChildProcess;
  readonly conn: rpc.MessageConnection;
  readonly stderr: string[] = [];
  readonly logs: string[] = [];
  readonly diagnostics = new Map<string, PublishedDiagnostics[]>();
  private waiters: { uri: string; pred: (d: PublishedDiagnostics) => boolean; resolve: (d: PublishedDiagnostics) => void }[] = [];

  /** Starts dist/server.js with node, or `command` (an installed executable) when given. */
  constructor(args: string[] = ['--stdio'], command?: string) {
    this.proc = command
      ? spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] })
      : // As the extension starts it (client/src/extension.ts).
        spawn(process.execPath, [...SERVER_NODE_FLAGS, join(distDir, 'server.js'), ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...SERVER_ENV } });
    this.proc.stderr!.on('data', (d) => this.stderr.push(String(d)));
    this.conn = rpc.createMessageConnection(new rpc.StreamMessageReader(this.proc.stdout!), new rpc.StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      const list = this.diagnostics.get(p.uri) ?? [];
      list.push(p);
      this.diagnostics.set(p.uri, list);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri === p.uri && w.pred(p)) {
          w.resolve(p);
          return false;
        }
        return true;
      });
    });
    this.conn.onNotification('window/logMessage', (p: { message: string }) => void this.logs.push(p.message));
    this.conn.onNotification('window/showMessage', (p: { message: string }) => void this.logs.push(p.message));
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('window/showMessageRequest', () => null);
    this.conn.onRequest('workspace/applyEdit', (p: { edit: unknown }) => {
      this.appliedEdits.push(p.edit);
      return { applied: true };
    });
    this.conn.listen();
  }

  settings: unknown = {};
  /** Workspace edits the server asked this client to apply. */
  readonly appliedEdits: any[] = [];

  async initialize(opts: { locale?: string; rootPath?: string; configuration?: boolean; initializationOptions?: unknown } = {}): Promise<any> {
    const result = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      locale: opts.locale ?? 'zh-cn',
      initializationOptions: opts.initializationOptions,
      rootUri: opts.rootPath ? pathToFileURL(opts.rootPath).toString() : null,
      workspaceFolders: opts.rootPath ? [{ uri: pathToFileURL(opts.rootPath).toString(), name: 'root' }] : null,
      capabilities: {
        workspace: { configuration: opts.configuration ?? false, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          publishDiagnostics: { versionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        },
      },
    });
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, version = 1, languageId = 'baogao'): Promise<void> {
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, changes: unknown[]): Promise<void> {
    return this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  /**
   * A writer's edits down an open document: one character typed near the start of `edits` lines
   * spread evenly through `text` (its text at `fromVersion`), each edit's diagnostics waited for.
   * Returns the last version.
   */
  async editDown(uri: string, text: string, edits: number, fromVersion = 1): Promise<number> {
    const lines = text.split('\n').length;
    let version = fromVersion;
    for (let k = 0; k < edits; k++) {
      const v = ++version;
      const line = Math.floor(((k + 1) / (edits + 2)) * lines);
      const published = this.nextDiagnostics(uri, (d) => d.version === v, 60000);
      await this.change(uri, v, [{ range: { start: { line, character: 2 }, end: { line, character: 2 } }, text: '改' }]);
      await published;
    }
    return version;
  }

  request<R = any>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  /** Resolves with the first diagnostics published for uri that satisfy pred (or already were). */
  waitForDiagnostics(uri: string, pred: (d: PublishedDiagnostics) => boolean = () => true, timeoutMs = 10000): Promise<PublishedDiagnostics> {
    const seen = this.diagnostics.get(uri)?.find(pred);
    if (seen) return Promise.resolve(seen);
    return this.nextDiagnostics(uri, pred, timeoutMs);
  }

  /** Resolves with the next diagnostics published from now on for uri that satisfy pred. */
  nextDiagnostics(uri: string, pred: (d: PublishedDiagnostics) => boolean = () => true, timeoutMs = 10000): Promise<PublishedDiagnostics> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ uri, pred, resolve: (d) => (clearTimeout(timer), resolve(d)) });
    });
  }

  async shutdown(): Promise<number | null> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    const code = await new Promise<number | null>((resolve) => {
      if (this.proc.exitCode !== null) return resolve(this.proc.exitCode);
      const t = setTimeout(() => (this.proc.kill(), resolve(null)), 3000);
      this.proc.on('exit', (c) => (clearTimeout(t), resolve(c)));
    });
    this.conn.dispose();
    return code;
  }
}

export function fileUri(path: string): string {
  return pathToFileURL(path).toString();
}
