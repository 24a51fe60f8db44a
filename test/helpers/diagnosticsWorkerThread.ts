// The diagnostics worker's thread for in-process tests: dist/server.js runs it when started as a
// thread (server.ts); the per-file test build has no such bundle, so tests start this file.

import { runDiagnosticsWorker } from '../../server/src/lsp/diagnosticsWorker';

runDiagnosticsWorker();
