// The language server in VS Code for the Web: the same serve() over a MessagePort. The web
// extension runs it in its own extension host worker (see client/src/browserExtension.ts), since
// VS Code Server refuses workers started by a web extension it serves (microsoft/vscode#168942).
// No .baogaorc.json is read here (a browser has no local disk; the editor's baogao.* settings
// apply) and nothing is offloaded: the extension host is already off the editor's thread.

import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { setRuleDocRoot } from './convert';
import { serve } from './serve';
import { ChangeArrivals } from './changeArrivals';

export interface BrowserServerOptions {
  /** The extension's root URI: the rule pages (docs/rules/*.md) are under it. */
  extensionRoot: string;
}

export function startBrowserLanguageServer(port: MessagePort, options: BrowserServerOptions): void {
  setRuleDocRoot(options.extensionRoot);
  const changes = new ChangeArrivals();
  const reader = changes.watch(new BrowserMessageReader(port));
  const connection = createConnection(reader, new BrowserMessageWriter(port));
  reader.onError((e) => connection.console.error(`baogao: ignored a malformed message: ${e.message}`));
  serve(connection, {
    // The folder check reads files the editor has not opened: the web extension sends none here
    // (its files are in the editor's virtual file systems, not on a disk this worker can read).
    readFile: (uri) => Promise.reject(new Error(`cannot read ${uri} in the browser`)),
    changes,
  });
}
