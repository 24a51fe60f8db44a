// dist/server.js: the language server on the main thread; the same bundle runs as the diagnostics
// worker thread for very large documents.

import { isMainThread } from 'node:worker_threads';
import { startLanguageServer } from './lsp/languageServer';
import { runDiagnosticsWorker } from './lsp/diagnosticsWorker';

if (isMainThread) startLanguageServer();
else runDiagnosticsWorker();
