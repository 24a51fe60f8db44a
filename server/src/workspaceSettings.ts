// Where the server's configuration comes from: defaults, then VS Code's `baogao` settings, then
// the workspace's .baogaorc.json (so the editor and `baogao check` agree on a project).

import * as lsp from 'vscode-languageserver';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { defaultConfig, mergeConfig, ResolvedConfig } from './core/config';
import { RC_FILE, readRcFile } from './core/rcFile';
import { ruleIds } from './core/rules';
import { Locale } from './core/i18n';

export class WorkspaceSettings {
  config: ResolvedConfig = defaultConfig();
  roots: string[] = [];
  supportsConfiguration = false;
  /**
   * The editor's workspace trust (VS Code's workspace.isTrusted, sent by the client). Untrusted:
   * regular expressions from a folder's .baogaorc.json are not run — the folder may be anyone's.
   */
  trusted = true;
  private toldUntrusted = new Set<string>();

  constructor(private readonly connection: lsp.Connection) {}

  setRoots(params: lsp.InitializeParams): void {
    const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.roots = uris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    this.supportsConfiguration = !!params.capabilities.workspace?.configuration;
  }

  async reload(locale: Locale): Promise<void> {
    let config = defaultConfig();
    const known = ruleIds();
    if (this.supportsConfiguration) {
      try {
        const section = await this.connection.workspace.getConfiguration('baogao');
        config = mergeConfig(config, pickSettings(section), known).config;
      } catch (e) {
        this.connection.console.warn(`baogao: could not read settings: ${(e as Error).message}`);
      }
    }
    for (const root of this.roots) {
      const path = join(root, RC_FILE);
      if (!existsSync(path)) continue;
      const result = readRcFile(path, config);
      if (result.parseError) {
        this.warn(locale, path, locale === 'en' ? `is not valid JSON (${result.parseError}); using defaults` : `不是有效的 JSON（${result.parseError}），已改用默认设置`);
        continue;
      }
      for (const p of result.problems) {
        this.warn(locale, path, locale === 'en' ? `"${p.key}" ${p.message}; its default is used` : `“${p.key}”无效（${p.message}），已改用默认值`);
      }
      if (!this.trusted && result.config.residue.patterns.length > config.residue.patterns.length) {
        result.config.residue.patterns = config.residue.patterns;
        if (!this.toldUntrusted.has(path)) {
          this.toldUntrusted.add(path);
          this.warn(locale, path, locale === 'en'
            ? '"residue.patterns" ignored: this workspace is not trusted (trust it to use the folder\'s patterns)'
            : '中的“residue.patterns”已忽略：当前工作区不受信任（信任此工作区后才会使用文件夹中的正则表达式）');
        }
      }
      config = result.config;
    }
    this.config = config;
  }

  private warn(_locale: Locale, path: string, message: string): void {
    void this.connection.window.showWarningMessage(`Baogao: ${path} ${message}`);
    this.connection.console.warn(`baogao: ${path} ${message}`);
  }
}

/** The parts of the `baogao` settings section that mean the same as .baogaorc.json keys. */
function pickSettings(section: unknown): Record<string, unknown> {
  if (!section || typeof section !== 'object') return {};
  const s = section as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if (s.rules && typeof s.rules === 'object' && Object.keys(s.rules).length) out.rules = s.rules;
  if (s.numbering) out.numbering = s.numbering;
  if (s.residue && typeof s.residue === 'object' && Array.isArray((s.residue as { patterns?: unknown }).patterns) && (s.residue as { patterns: unknown[] }).patterns.length) out.residue = s.residue;
  if (Array.isArray(s.ignore)) out.ignore = s.ignore;
  const exp = s.export as { fonts?: Record<string, unknown> } | undefined;
  if (exp?.fonts && Object.keys(exp.fonts).length) out.export = { fonts: exp.fonts };
  return out;
}
