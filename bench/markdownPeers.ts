// The peers the bench compares against, on the same content written as Markdown headings
// (# 一、… ## （一）… ### 1. … #### （1）…): vscode-markdown-languageservice's document symbols
// (wired as its own example.mjs does, with markdown-it) and markdownlint with its default rules.

import MarkdownIt from 'markdown-it';
import * as mdls from 'vscode-markdown-languageservice';
import { CancellationTokenSource, Emitter } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseReport } from '../server/src/core/model/reportModel';

/** The report with each heading line prefixed by #s for its level. */
export function asMarkdown(text: string): string {
  const model = parseReport(text);
  const lines = text.split(/\r\n|\r|\n/);
  for (const h of model.headings) {
    const l = h.paragraph.startLine;
    lines[l] = '#'.repeat(Math.min(h.level, 6)) + ' ' + lines[l].replace(/^[\s\u3000]+/, '');
  }
  return lines.join('\n');
}

export function markdownLanguageService(doc: TextDocument) {
  const md = MarkdownIt({ html: true });
  const parser: mdls.IMdParser = { slugifier: mdls.githubSlugifier, tokenize: async (d) => md.parse(d.getText(), {}) as never };
  const workspace: mdls.IWorkspace = {
    get workspaceFolders() {
      return [];
    },
    getAllMarkdownDocuments: async () => [doc],
    hasMarkdownDocument: (r: { toString(): string }) => r.toString() === doc.uri,
    openMarkdownDocument: async (r: { toString(): string }) => (r.toString() === doc.uri ? doc : undefined),
    stat: async (r: { toString(): string }) => (r.toString() === doc.uri ? {} : undefined),
    readDirectory: async () => [],
    onDidChangeMarkdownDocument: new Emitter<mdls.ITextDocument>().event,
    onDidCreateMarkdownDocument: new Emitter<mdls.ITextDocument>().event,
    onDidDeleteMarkdownDocument: new Emitter<never>().event,
  } as unknown as mdls.IWorkspace;
  const service = mdls.createLanguageService({ workspace, parser, logger: { level: mdls.LogLevel.Off, log() {} } as unknown as mdls.ILogger });
  return {
    async documentSymbols(d: TextDocument) {
      const cts = new CancellationTokenSource();
      try {
        return await service.getDocumentSymbols(d, { includeLinkDefinitions: true }, cts.token);
      } finally {
        cts.dispose();
      }
    },
  };
}

export async function markdownlintSync(): Promise<(text: string) => unknown> {
  const { lint } = (await import('markdownlint/sync')) as { lint: (o: { strings: Record<string, string> }) => unknown };
  return (text: string) => lint({ strings: { report: text } });
}
