// The language server over Node's transports (stdio, or IPC when VS Code starts it): the process
// around serve.ts, which holds the server's behaviour. Very large documents are diagnosed in a
// worker thread.

import * as lsp from 'vscode-languageserver/node';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve } from './serve';
import { DiagnosticsWorkerClient } from './diagnosticsWorker';
import { FrameGuard } from './frameGuard';
import { ChangeArrivals } from './changeArrivals';
import { loadDocxCommands } from '../docxLoader';
import { getHeapStatistics } from 'node:v8';
import { exposedGc } from './idleCollector';

declare const BAOGAO_VERSION: string;
export function startLanguageServer(): void {
  if (process.argv.includes('--version')) {
    process.stdout.write(`baogao-language-server ${typeof BAOGAO_VERSION === 'string' ? BAOGAO_VERSION : 'dev'}\n`);
    process.exit(0);
  }
  // `baogao-language-server` with no transport flag speaks LSP over stdio, as editors expect.
  if (!process.argv.some((a) => a === '--stdio' || a.startsWith('--node-ipc'))) {
    process.argv.push('--stdio');
  }

  // The transport is built here (not left to createConnection) so that a message that cannot be
  // parsed is logged instead of silently dropped.
  // A broken frame on stdio cannot be skipped (where the next message starts is unknown): the
  // server says why and exits with an error, and the editor restarts it.
  const guard = new FrameGuard((reason) => {
    const message = `baogao: the editor sent a broken message frame (${reason}); the server exits so that it can be restarted`;
    process.stderr.write(message + '\n');
    connection.console.error(message);
    setTimeout(() => process.exit(3), 200);
  });
  const changes = new ChangeArrivals();
  const reader = changes.watch(process.argv.includes('--stdio') ? new lsp.StreamMessageReader(process.stdin.pipe(guard)) : new lsp.IPCMessageReader(process));
  const writer = process.argv.includes('--stdio') ? new lsp.StreamMessageWriter(process.stdout) : new lsp.IPCMessageWriter(process);
  const connection = lsp.createConnection(lsp.ProposedFeatures.all, reader, writer);
  reader.onError((e) => connection.console.error(`baogao: ignored a malformed message: ${e.message}`));
  serve(connection, {
    offload: new DiagnosticsWorkerClient((m) => connection.console.error(m)),
    readFile: (uri) => readFile(fileURLToPath(uri)),
    word: async () => loadDocxCommands(),
    memory: memoryHooks(),
    changes,
  });

  process.on('uncaughtException', (e) => connection.console.error(`baogao: uncaught: ${e.stack ?? e}`));
  process.on('unhandledRejection', (e) => connection.console.error(`baogao: unhandled rejection: ${(e as Error)?.stack ?? e}`));
}

/** Node's gc and the heap's size for the idle collector, when the server was started with --expose-gc. */
function memoryHooks(): { collect: () => void; heap: () => { used: number; committed: number } } | undefined {
  const collect = exposedGc();
  return (
    collect && {
      collect,
      heap: () => {
        const { used_heap_size: used, total_heap_size: committed } = getHeapStatistics();
        return { used, committed };
      },
    }
  );
}
