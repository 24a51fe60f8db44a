// Where the server's configuration comes from: defaults, then VS Code's `baogao` settings, then the
// .baogaorc.json nearest to each report (walking up to its workspace folder) — the same resolver the
// CLI uses, so the editor and `baogao check` agree on every report.

import * as lsp from 'vscode-languageserver';
import { fileURLToPath } from 'node:url';
import { dirname, relative, isAbsolute } from 'node:path';
import { defaultConfig, mergeConfig, ResolvedConfig } from '../core/config/config';
import { ConfigResolver, RcLoaded } from '../core/config/resolve';
import { rcParseErrorText } from '../core/config/rcFile';
import { ruleIds } from '../core/rules';
import { Locale, pick } from '../core/text/i18n';

export class WorkspaceSettings {
  /** Defaults and the editor's settings, before any .baogaorc.json. */
  base: ResolvedConfig = defaultConfig();
  roots: string[] = [];
  supportsConfiguration = false;
  /**
   * The editor's workspace trust (VS Code's workspace.isTrusted, sent by the client). Untrusted:
   * regular expressions from a folder's .baogaorc.json are not run — the folder may be anyone's.
   */
  trusted = true;
  private readonly toldUntrusted = new Set<string>();
  private readonly toldSettings = new Set<string>();
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
        const merged = mergeConfig(config, pickSettings(section), ruleIds());
        config = merged.config;
        // A refused pattern (back-reference, look-around) or another bad value in the settings is
        // named once per session, not on every reload.
        for (const p of merged.problems) {
          const message = pick(this.locale, { zh: `设置“baogao.${p.key}”无效（${p.message.zh}）`, en: `setting "baogao.${p.key}": ${p.message.en}` });
          if (this.toldSettings.has(message)) continue;
          this.toldSettings.add(message);
          this.warn(message);
        }
      } catch (e) {
        this.connection.console.warn(`baogao: could not read settings: ${(e as Error).message}`);
      }
    }
    this.base = config;
    this.resolver.reset(config);
  }

  private report({ path, result }: RcLoaded): void {
    // Called once per file read, before its configuration is used: the place to drop the folder's
    // patterns in an untrusted workspace (the editor's own settings keep theirs).
    if (!this.trusted && !result.parseError && result.config.residue.patterns.length > this.base.residue.patterns.length) {
      result.config.residue.patterns = [...this.base.residue.patterns];
      if (!this.toldUntrusted.has(path)) {
        this.toldUntrusted.add(path);
        this.warn(pick(this.locale, {
          zh: `${path} 中的“residue.patterns”已忽略：当前工作区不受信任（信任此工作区后才会使用文件夹中的正则表达式）`,
          en: `${path}: "residue.patterns" ignored: this workspace is not trusted (trust it to use the folder's patterns)`,
        }));
      }
    }
    if (result.parseError) {
      const text = rcParseErrorText(path, result.parseError);
      this.warn(pick(this.locale, { zh: `${text.zh}，已改用默认设置`, en: `${text.en}; using defaults` }));
      return;
    }
    for (const p of result.problems) {
      this.warn(pick(this.locale, { zh: `${path} 中“${p.key}”无效（${p.message.zh}），已改用默认值`, en: `${path}: "${p.key}" ${p.message.en}; its default is used` }));
    }
  }

  private warn(message: string): void {
    void this.connection.window.showWarningMessage(`Baogao: ${message}`);
    this.connection.console.warn(`baogao: ${message}`);
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
  if (typeof s.genre === 'string' && s.genre.trim()) out.genre = s.genre;
  if (s.maxLength !== null && s.maxLength !== undefined && !(typeof s.maxLength === 'object' && Object.keys(s.maxLength).length === 0)) out.maxLength = s.maxLength;
  return out;
}
