// Which .baogaorc.json applies to a report: the nearest one walking up from the report's own folder
// (ESLint's and markdownlint's rule), merged over a base (defaults, then the editor's settings or
// the CLI's flags). The server and the CLI both resolve through this, so a report gets the same
// settings wherever it is checked. Lookups are cached per folder and each file is read once.

import { dirname, join } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { ConfigProblem, ResolvedConfig } from './config';
import { RC_FILE, RcResult, readRcFile } from './rcFile';

export interface RcLoaded {
  path: string;
  result: RcResult;
}

export interface ResolverOptions {
  knownRules: Set<string>;
  /** The walk looks in this folder and stops above it (a workspace folder, a repository root). */
  isBoundary?: (dir: string) => boolean;
  /** Called once per rc file read, so its problems are reported once, not once per report. */
  onLoad?: (loaded: RcLoaded) => void;
}

const MAX_PARENTS = 64;

export class ConfigResolver {
  private readonly rcOfDir = new Map<string, string | null>();
  private readonly loaded = new Map<string, RcResult>();

  constructor(
    private base: ResolvedConfig,
    private readonly opts: ResolverOptions,
  ) {}

  /** Forgets every cached lookup and file (settings changed, an rc file was edited or created). */
  reset(base: ResolvedConfig = this.base): void {
    this.base = base;
    this.rcOfDir.clear();
    this.loaded.clear();
  }

  /** The nearest rc file for a folder, if any. */
  rcFileFor(dir: string): string | undefined {
    const walked: string[] = [];
    let found: string | null = null;
    let d = dir;
    for (let i = 0; i < MAX_PARENTS; i++) {
      const cached = this.rcOfDir.get(d);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      // A shared folder anyone may write to (the temporary folder, mode 1777) is no project's: a
      // file planted there would change everyone's checks below it. Not read, and the walk ends.
      if (isSharedTemporary(d)) break;
      walked.push(d);
      const p = join(d, RC_FILE);
      if (existsSync(p)) {
        found = p;
        break;
      }
      const parent = dirname(d);
      if (parent === d || this.opts.isBoundary?.(d)) break;
      d = parent;
    }
    for (const w of walked) this.rcOfDir.set(w, found);
    return found ?? undefined;
  }

  /** The configuration of a report file (its folder's nearest rc over the base). */
  forFile(filePath: string): ResolvedConfig {
    return this.forRcFile(this.rcFileFor(dirname(filePath)));
  }

  /** The configuration an rc file gives (the base when there is none, or it is not valid JSON). */
  forRcFile(path: string | undefined): ResolvedConfig {
    if (!path) return this.base;
    let result = this.loaded.get(path);
    if (!result) {
      result = readRcFile(path, this.base, this.opts.knownRules);
      this.loaded.set(path, result);
      this.opts.onLoad?.({ path, result });
    }
    return result.parseError ? this.base : result.config;
  }
}

/**
 * World-writable with the sticky bit (/tmp, /var/tmp, /dev/shm). The sticky bit matters: Windows
 * reports every folder as 0777, and so do drives mounted in WSL; neither has it.
 */
function isSharedTemporary(dir: string): boolean {
  if (typeof process === 'undefined' || process.platform === 'win32') return false;
  try {
    return (statSync(dir).mode & 0o1002) === 0o1002;
  } catch {
    return false;
  }
}

export type { ConfigProblem };
