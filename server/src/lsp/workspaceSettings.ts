// Where the server's configuration comes from: defaults, then VS Code's `baogao` settings, then the
// .baogaorc.json nearest to each report (walking up to its workspace folder) — the same resolver the
// CLI uses, so the editor and `baogao check` agree on every report.

import * as lsp from 'vscode-languageserver';
import { fileURLToPath } from 'node:url';
import { dirname, relative, isAbsolute } from 'node:path';
import { defaultConfig, mergeConfig, ResolvedConfig } from '../core/config/config';
import { ConfigResolver, RcLoaded } from '../core/config/resolve';
import { ruleIds } from '../core/rules';
import { Locale, pick } from '../core/text/i18n';

export class WorkspaceSettings {
  /** Defaults and the editor's settings, before any .baogaorc.json. */
  base: ResolvedConfig = defaultConfig();
  roots: string[] = [];
  supportsConfiguration = false;
  private locale: Locale = 'zh';
  private readonly resolver: ConfigResolver;

  constructor(private readonly connection: lsp.Connection) {
    this.resolver = new ConfigResolver(this.base, {
      knownRules: ruleIds(),
      isBoundary: (dir) => this.roots.includes(dir),
      onLoad: (loaded) => this.report(loaded),
    });
  }

  setRoots(params: lsp.InitializeParams, locale: Locale): void {
    const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.roots = uris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    this.supportsConfiguration = !!params.capabilities.workspace?.configuration;
    this.locale = locale;
  }

  /** The configuration of one document: its nearest .baogaorc.json over the editor's settings. */
  configFor(uri: string): ResolvedConfig {
    if (uri.startsWith('file:')) return this.resolver.forFile(fileURLToPath(uri));
    // An untitled report belongs to the first workspace folder.
    return this.roots.length ? this.resolver.forRcFile(this.resolver.rcFileFor(this.roots[0])) : this.base;
  }

  /** The workspace folder a document lies in (where a new .baogaorc.json would go). */
  rootOf(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return this.roots[0];
    const dir = dirname(fileURLToPath(uri));
    return this.roots.find((r) => {
      const rel = relative(r, dir);
      return !rel.startsWith('..') && !isAbsolute(rel);
    });
  }

  /** Reads the editor's settings again and forgets every .baogaorc.json read so far. */
  async reload(): Promise<void> {
    let config = defaultConfig();
    if (this.supportsConfiguration) {
      try {
        const section = await this.connection.workspace.getConfiguration('baogao');
        config = mergeConfig(config, pickSettings(section), ruleIds()).config;
      } catch (e) {
        this.connection.console.warn(`baogao: could not read settings: ${(e as Error).message}`);
      }
    }
    this.base = config;
    this.resolver.reset(config);
  }

  private report({ path, result }: RcLoaded): void {
    if (result.parseError) {
      this.warn(path, pick(this.locale, { zh: `不是有效的 JSON（${result.parseError}），已改用默认设置`, en: `is not valid JSON (${result.parseError}); using defaults` }));
      return;
    }
    for (const p of result.problems) {
      this.warn(path, pick(this.locale, { zh: `“${p.key}”无效（${p.message}），已改用默认值`, en: `"${p.key}" ${p.message}; its default is used` }));
    }
  }

  private warn(path: string, message: string): void {
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
