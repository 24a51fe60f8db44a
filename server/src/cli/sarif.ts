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

export function toSarif(results: { file: string; diagnostics: Diagnostic[]; model: ReportModel }[], version: string, locale: Locale, cwd: string): object {
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
              defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
              helpUri: ruleDocUrl(r.meta.id, pathToFileURL(`${__dirname}/..`).toString()),
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
            };
          }),
        ),
      },
    ],
  };
}
