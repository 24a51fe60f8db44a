// SARIF 2.1.0 output, so code-scanning tools (GitHub code scanning, VS Code's SARIF viewer, CI
// dashboards) read baogao's findings. Columns are UTF-16 code units, as the LSP positions are.

import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Locale, pick } from '../core/text/i18n';
import { allRules, ruleDocUrl } from '../core/rules';
import { Diagnostic } from '../core/rules/rule';
import { Severity } from '../core/config/config';
import { ReportModel } from '../core/model/reportModel';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

declare const BAOGAO_REPOSITORY: string;
/** package.json's repository field, put in by the build (absent in tests run from out/). */
const REPOSITORY: unknown = typeof BAOGAO_REPOSITORY === 'string' ? JSON.parse(BAOGAO_REPOSITORY) : null;

/**
 * Where the repository shows its files on the web, from package.json's repository field
 * ("github:o/r", "o/r", "https://github.com/o/r.git", {url, directory}), for GitHub and GitLab;
 * undefined otherwise. A code-scanning server opens the rule's page there; a local file: path
 * would be dead on it and would leak the path of the machine that ran the check.
 */
export function repositoryDocsBase(repository: unknown): string | undefined {
  const field = typeof repository === 'string' ? { url: repository } : (repository as { url?: unknown; directory?: unknown } | null);
  const url = typeof field?.url === 'string' ? field.url.trim() : '';
  const dir = typeof field?.directory === 'string' && field.directory ? `/${field.directory.replace(/^\/+|\/+$/g, '')}` : '';
  let m = /^(?:github:)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(url);
  if (m) return `https://github.com/${m[1]}/${m[2]}/blob/HEAD${dir}`;
  m = /^(?:git\+)?(?:https?|ssh|git):\/\/(?:git@)?(github\.com|gitlab\.com)[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url) ?? /^git@(github\.com|gitlab\.com):([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(url);
  if (!m) return undefined;
  return m[1] === 'github.com' ? `https://github.com/${m[2]}/${m[3]}/blob/HEAD${dir}` : `https://gitlab.com/${m[2]}/${m[3]}/-/blob/HEAD${dir}`;
}

export function toSarif(results: { file: string; diagnostics: Diagnostic[]; model: ReportModel }[], version: string, locale: Locale, cwd: string, repository: unknown = REPOSITORY): object {
  const docsBase = repositoryDocsBase(repository);
  const ruleIndex = new Map(allRules.map((r, i) => [r.meta.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'baogao',
            version,
            rules: allRules.map((r) => ({
              id: r.meta.id,
              shortDescription: { text: pick(locale, r.meta.summary) },
              help: { text: pick(locale, r.meta.summary) },
              defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
              ...(docsBase ? { helpUri: ruleDocUrl(r.meta.id, docsBase) } : {}),
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd + sep).toString() } },
        results: results.flatMap((r) =>
          r.diagnostics.map((d) => {
            const range = r.model.index.rangeOf(d.span);
            const uri = r.file === '-' ? 'stdin' : relative(cwd, r.file).split(sep).join('/');
            return {
              ruleId: d.rule,
              ruleIndex: ruleIndex.get(d.rule),
              level: LEVEL[d.severity],
              message: { text: d.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri, uriBaseId: 'SRCROOT' },
                    region: { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 },
                  },
                },
              ],
              ...(d.related?.length
                ? {
                    relatedLocations: d.related.map((x, id) => {
                      const rr = r.model.index.rangeOf(x.span);
                      return {
                        id,
                        message: { text: x.message },
                        physicalLocation: {
                          artifactLocation: { uri, uriBaseId: 'SRCROOT' },
                          region: { startLine: rr.start.line + 1, startColumn: rr.start.character + 1, endLine: rr.end.line + 1, endColumn: rr.end.character + 1 },
                        },
                      };
                    }),
                  }
                : {}),
            };
          }),
        ),
      },
    ],
  };
}
