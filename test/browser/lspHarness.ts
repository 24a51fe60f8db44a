// Bundled by test/browserServer.test.ts for Chromium: the web extension's language server
// (browserServer.ts) on one end of a MessageChannel, a bare JSON-RPC client on the other, exposed
// to the test as window.lsp. The client answers what a VS Code client would: configuration,
// registrations and workspace/applyEdit (recorded, so the test can apply them).

import { BrowserMessageReader, BrowserMessageWriter, createMessageConnection } from 'vscode-jsonrpc/browser';
import { startBrowserLanguageServer } from '../../server/src/lsp/browserServer';

const channel = new MessageChannel();
startBrowserLanguageServer(channel.port1, { extensionRoot: 'https://extension.invalid/baogao' });
const connection = createMessageConnection(new BrowserMessageReader(channel.port2), new BrowserMessageWriter(channel.port2));
const diagnostics = new Map<string, unknown[]>();
const appliedEdits: unknown[] = [];
connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => {
  diagnostics.set(p.uri, p.diagnostics);
});
connection.onNotification(() => undefined);
connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
connection.onRequest('workspace/applyEdit', (p: { edit: unknown }) => {
  appliedEdits.push(p.edit);
  return { applied: true };
});
connection.onRequest(() => null);
connection.listen();

(globalThis as unknown as { lsp: object }).lsp = {
  request: (method: string, params: unknown) => connection.sendRequest(method, params),
  notify: (method: string, params: unknown) => connection.sendNotification(method, params),
  diagnostics: (uri: string) => diagnostics.get(uri),
  appliedEdits: () => appliedEdits,
};
